// The at-a-glance box beside a page: a title and label/value rows, skipping rows with nothing to show.
import type { ReactNode } from 'react';

/** `mark`: the fan's edit mark for the row's field, if any. */
export type InfoboxRow = { label: string; value: ReactNode; isEmpty?: boolean; mark?: ReactNode };

export function Infobox({ title, rows }: { title: string; rows: InfoboxRow[] }) {
  return (
    <aside className="infobox" aria-label={`${title} at a glance`}>
      <p className="infobox-title">{title}</p>
      <dl>
        {rows
          .filter((row) => !row.isEmpty)
          .map((row) => (
            <div className="infobox-row" key={row.label}>
              <dt>
                {row.label}
                {row.mark}
              </dt>
              <dd>{row.value}</dd>
            </div>
          ))}
      </dl>
    </aside>
  );
}
