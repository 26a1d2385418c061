// The way from a list to creating a page of its kind: "New character" → /characters/new.
import { Link } from '@tanstack/react-router';
import { pageKindLabels } from '../content/labels';
import type { EntityKind } from '../content/schema';

export function NewPageLink({ kind }: { kind: EntityKind }) {
  return (
    <Link to={`/${kind}/new`} className="button button-quiet">
      {`New ${pageKindLabels[kind].noun}`}
    </Link>
  );
}
