// What an entity page gets from editing: links to its editor and history, and (loaded after the page) what the fan's
// edits on it need said: a notice to settle, the switch to see the page as published.
import { Link } from '@tanstack/react-router';
import { lazy, Suspense } from 'react';
import { refPath } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';

const EditStatus = lazy(() => import('./edit-status').then(({ EditStatus }) => ({ default: EditStatus })));

export function EditTools({ about }: { about: EntityRef }) {
  const history: string = `${refPath(about)}/history`;
  const edit: string = `${refPath(about)}/edit`;
  return (
    <>
      <Link to={edit} className="button button-quiet page-edit-link">
        Edit
      </Link>
      <Link className="button button-quiet" to={history}>
        History
      </Link>
      <Suspense fallback={null}>
        <EditStatus about={about} history={history} />
      </Suspense>
    </>
  );
}
