// What an entity page gets from this feature: the bookmark toggle, and the page recorded in "Recently viewed".
import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { EntityRef } from '../../../content/schema';
import { pageTitleQueryOptions } from '../api/page-title-query';
import { useRecordView } from '../api/record-view';
import { BookmarkToggle } from './bookmark-toggle';

export function PageTools({ about }: { about: EntityRef }) {
  const { data: title } = useQuery(pageTitleQueryOptions(about));
  const { mutate: recordView } = useRecordView();
  useEffect(() => {
    if (title) recordView({ ref: about, title });
  }, [recordView, about, title]);
  if (!title) return null;
  return (
    <div className="page-tools">
      <BookmarkToggle pageRef={about} title={title} />
    </div>
  );
}
