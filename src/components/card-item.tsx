// One card of a card grid: the page's link as its title, an optional kicker and description, and its place in the whole
// list when the grid is windowed.
import type { ReactNode } from 'react';
import type { EntityRef } from '../content/schema';
import { RefLink } from './ref-link';

export type Card = { ref: EntityRef; title: string; kicker?: ReactNode; description?: ReactNode };

export type CardItemProps = {
  card: Card;
  position?: { index: number; of: number };
  measureRef?: (element: HTMLLIElement | null) => void;
  row?: number;
};

export function CardItem({ card, position, measureRef, row }: CardItemProps) {
  return (
    <li
      ref={measureRef}
      className="card"
      data-index={row}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.of}
    >
      <RefLink to={card.ref} className="card-link">
        {card.title}
      </RefLink>
      {card.kicker ? <p className="card-kicker">{card.kicker}</p> : null}
      {card.description ? <p className="card-description">{card.description}</p> : null}
    </li>
  );
}
