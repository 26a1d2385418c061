// Every series, topic or place as a card with its summary.
import { useSuspenseQuery } from '@tanstack/react-query';
import { CardGrid } from '../../../components/card-grid';
import { entityRef } from '../../../content/refs';
import { subjectListLabels, type SubjectKind } from '../api/subject-kinds';
import { subjectsQueryOptions } from '../api/subjects-query';

export function SubjectList({ kind }: { kind: SubjectKind }) {
  const { data: subjects } = useSuspenseQuery(subjectsQueryOptions(kind));
  return (
    <CardGrid
      label={subjectListLabels[kind].title}
      cards={subjects.map((subject) => ({
        ref: entityRef(kind, subject.slug),
        title: subject.name,
        description: subject.summary.spoils ? undefined : subject.summary.text,
      }))}
    />
  );
}
