// What an entity page gets from editing: a link to its history, then (loaded after the page is usable) the "As
// published" switch and the notice of what a new published version left to settle.
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { refPath } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';

const EditState = lazy(() => import('./edit-state'));

export function EditTools({ about }: { about: EntityRef }) {
  const history = `${refPath(about)}/history`;
  return (
    <>
      <Link className="button button-quiet" to={history}>
        History
      </Link>
      <Suspense fallback={null}>
        <EditState about={about} history={history} />
      </Suspense>
    </>
  );
}
