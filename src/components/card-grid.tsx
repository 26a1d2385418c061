// A responsive grid of link cards: title, optional kicker and description.
import type { ReactNode } from 'react';
import type { EntityRef } from '../content/schema';
import { RefLink } from './ref-link';

export type Card = { ref: EntityRef; title: string; kicker?: ReactNode; description?: ReactNode };

export function CardGrid({ cards, label }: { cards: Card[]; label: string }) {
  return (
    <ul className="card-grid" aria-label={label}>
      {cards.map((card) => (
        <li key={card.ref} className="card">
          <RefLink to={card.ref} className="card-link">{card.title}</RefLink>
          {card.kicker ? <p className="card-kicker">{card.kicker}</p> : null}
          {card.description ? <p className="card-description">{card.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
