// Short cited values (an occupation, a role, a platform) shown one after another, each with its citation markers.
import type { CitedValue } from '../content/schema';
import { Cite } from './citations';

export function CitedValues({ values }: { values: readonly CitedValue[] }) {
  return values.map((entry) => (
    <span key={entry.value} className="infobox-item">
      {entry.value}
      <Cite sources={entry.sources} />
    </span>
  ));
}
