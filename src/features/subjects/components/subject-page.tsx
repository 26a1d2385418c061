// A series, topic or place page: its summary (and platform for a series), then the route's sections.
import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { CitedSummary } from '../../../components/cited-summary';
import { CitedValues } from '../../../components/cited-values';
import { EditMark } from '../../../components/edit-mark';
import { Infobox } from '../../../components/infobox';
import { Page } from '../../../components/page';
import { pageKindLabels } from '../../../content/labels';
import type { SubjectKind } from '../api/subject-kinds';
import { subjectQueryOptions } from '../api/subject-query';

export function SubjectPage({
  kind,
  slug,
  actions,
  children,
}: {
  kind: SubjectKind;
  slug: string;
  actions?: ReactNode;
  children?: ReactNode;
}) {
  const { data: subject } = useSuspenseQuery(subjectQueryOptions(kind, slug));
  if (!subject) return null;
  const platform = 'platform' in subject ? subject.platform : undefined;
  const aliases = 'aliases' in subject ? (subject.aliases ?? []) : [];
  return (
    <Page
      actions={actions}
      kind={pageKindLabels[kind].one}
      title={subject.name}
      edit={subject.localEdit}
      lede={<CitedSummary summary={subject.summary} edit={subject.localEdit} />}
      aside={
        platform || aliases.length > 0 ? (
          <Infobox
            title={subject.name}
            rows={[
              {
                label: 'Platform',
                isEmpty: !platform,
                mark: <EditMark mark={subject.localEdit} field="platform" />,
                value: platform ? <CitedValues values={[platform]} /> : null,
              },
              {
                label: 'Also called',
                isEmpty: aliases.length === 0,
                mark: <EditMark mark={subject.localEdit} field="aliases" />,
                value: aliases.join(', '),
              },
            ]}
          />
        ) : undefined
      }
    >
      {children}
    </Page>
  );
}
