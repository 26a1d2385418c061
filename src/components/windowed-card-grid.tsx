// A long card grid windowed on the page's scroll (@tanstack/react-virtual): only the rows near the viewport are in the
// document. Loaded only for grids too long to render whole.
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useState } from 'react';
import { CardItem, type Card } from './card-item';

/** About a row's height in CSS pixels (a three-line card), until the row is measured. */
const estimatedRowHeight = 130;

/**
 * The same list, windowed on the page's scroll: the rows near the viewport are its items (each saying its position in
 * the whole list), and padding above and below stands in for the rest. Tabbing to the last card scrolls it into view,
 * which renders the next rows, so the keyboard reaches every card.
 */
export function WindowedCardGrid({ cards, label }: { cards: Card[]; label: string }) {
  const [{ columns, gap, top }, measureList] = useGridLayout();
  const virtualizer = useWindowVirtualizer({
    count: Math.ceil(cards.length / columns),
    estimateSize: () => estimatedRowHeight,
    // A row that is not laid out (hidden, or in a test's DOM) keeps its estimate rather than measuring 0, which would
    // bring every row into the window.
    measureElement: (element, entry) =>
      entry?.borderBoxSize[0]?.blockSize || element.getBoundingClientRect().height || estimatedRowHeight,
    overscan: 4,
    gap,
    scrollMargin: top,
    // Row heights are measured per column count: a row of another layout holds other cards.
    getItemKey: (row) => `${columns}:${row}`,
  });
  const rows = virtualizer.getVirtualItems();
  const before = Math.max(0, (rows[0]?.start ?? top) - top);
  const after = Math.max(0, virtualizer.getTotalSize() - ((rows.at(-1)?.end ?? top) - top));
  return (
    <ul ref={measureList} className="card-grid" aria-label={label} style={{ paddingTop: before, paddingBottom: after }}>
      {rows.flatMap((row) =>
        cards.slice(row.index * columns, (row.index + 1) * columns).map((card, column) => (
          <CardItem
            key={card.ref}
            card={card}
            position={{ index: row.index * columns + column, of: cards.length }}
            // The first card of a row measures it: the grid stretches every card of a row to the row's height.
            measureRef={column === 0 ? virtualizer.measureElement : undefined}
            row={column === 0 ? row.index : undefined}
          />
        )),
      )}
    </ul>
  );
}

type GridLayout = { columns: number; gap: number; top: number };

/**
 * The grid's columns and row gap as CSS resolved them, and its distance from the top of the page, followed as the page
 * changes.
 */
function useGridLayout(): [GridLayout, (element: HTMLUListElement | null) => (() => void) | undefined] {
  const [layout, setLayout] = useState<GridLayout>({ columns: 1, gap: 0, top: 0 });
  const measure = useCallback((list: HTMLUListElement | null) => {
    if (!list) return undefined;
    const update = () => {
      const style = getComputedStyle(list);
      const next = {
        columns: Math.max(
          1,
          style.gridTemplateColumns.split(' ').filter((track) => track !== '' && track !== 'none').length,
        ),
        gap: Number.parseFloat(style.rowGap) || 0,
        top: Math.round(list.getBoundingClientRect().top + window.scrollY),
      };
      setLayout((current) =>
        current.columns === next.columns && current.gap === next.gap && current.top === next.top ? current : next,
      );
    };
    update();
    if (typeof ResizeObserver === 'undefined') return undefined;
    // The page's size changes when the window does, or a notice above the grid comes or goes.
    const observer = new ResizeObserver(update);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, []);
  return [layout, measure];
}
