// What an entity page gets from editing: links to its editor and history, then, once the page is on screen (so its code never
// delays the page), the "As published" switch and the notice of what a new published version left to settle.
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { refPath } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';

type EditStateView = typeof import('./edit-state').default;

export function EditTools({ about }: { about: EntityRef }) {
  const history: string = `${refPath(about)}/history`;
  const edit: string = `${refPath(about)}/edit`;
  const [EditState, setEditState] = useState<EditStateView>();
  useEffect(() => {
    let live = true;
    // A task later: React can run this effect in the very task that shows the page.
    const timer = setTimeout(() =>
      import('./edit-state').then(
        (module) => live && setEditState(() => module.default),
        // Its code unreachable (offline before the app was cached): the page goes without the switch.
        () => undefined,
      ),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  return (
    <>
      <Link to={edit} className="button button-quiet page-edit-link">
        Edit
      </Link>
      <Link className="button button-quiet" to={history}>
        History
      </Link>
      {EditState ? <EditState about={about} history={history} /> : null}
    </>
  );
}
