// A responsive grid of link cards: title, optional kicker and description. A long grid keeps only the rows near the
// viewport in the document (its code loads only for such a grid).
import { lazy, Suspense } from 'react';
import { CardItem, type Card } from './card-item';

type CardGridProps = { cards: Card[]; label: string };

/** Up to this many cards are all rendered; a longer grid renders the rows near the viewport only. */
const allCardsUpTo = 120;

const WindowedCardGrid = lazy(() =>
  import('./windowed-card-grid').then((module) => ({ default: module.WindowedCardGrid })),
);

export function CardGrid({ cards, label }: CardGridProps) {
  const plainGrid = (shown: Card[]) => (
    <ul className="card-grid" aria-label={label}>
      {shown.map((card) => (
        <CardItem key={card.ref} card={card} />
      ))}
    </ul>
  );
  if (cards.length <= allCardsUpTo) return plainGrid(cards);
  // While the windowing code loads, the first cards show as a plain grid.
  return (
    <Suspense fallback={plainGrid(cards.slice(0, allCardsUpTo))}>
      <WindowedCardGrid cards={cards} label={label} />
    </Suspense>
  );
}
