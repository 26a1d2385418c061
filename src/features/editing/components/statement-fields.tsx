// The statements shown on a page, each added, changed or removed here: facts, quotes (words, speaker, context), dated
// events (title, kind, date with its precision and qualifier) and, on a character's page, relationships (the other
// character, kind, label). Each carries its citation and spoiler season.
import { useEffect, useState, type ReactNode } from 'react';
import { eventKinds, relationshipKinds } from '../../../content/kinds';
import { eventKindLabels, relationshipKindLabels, statementNouns } from '../../../content/labels';
import type { StatementTable, Statements } from '../../../content/page-document';
import { entityRef, refKey, refKind } from '../../../content/refs';
import type { EntityRef } from '../../../content/schema';
import { newStatementId } from '../../../content/slugs';
import type { Row } from '../../../content/tables';
import { CitationFields } from './citation-fields';
import { useEditor, type EditorContextValue } from './editor-context';
import { RowFields } from './field-problems';
import { DateFields, SelectField, TextField, type Option } from './fields';

const headings: Record<StatementTable, string> = {
  facts: 'Facts',
  quotes: 'Quotes',
  events: 'Dated events',
  relationships: 'Relationships',
};

/** A new, empty statement about the page. */
function blankStatement<T extends StatementTable>(table: T, editor: EditorContextValue): Row<T> {
  const { pageRef, choices } = editor;
  const id = newStatementId(statementNouns[table]);
  const base = { id, about: [pageRef], sources: [] };
  const otherCharacter = choices.characters.find((character) => character.key !== refKey(pageRef))?.key ?? '';
  const blanks: { [S in StatementTable]: Row<S> } = {
    facts: { ...base, text: '' },
    quotes: {
      ...base,
      text: '',
      speaker: ['characters', 'people'].includes(refKind(pageRef))
        ? pageRef
        : entityRef('characters', choices.characters[0]?.key ?? ''),
    },
    events: { ...base, title: '', kind: 'press', date: { value: '' } },
    relationships: { id, from: refKey(pageRef), to: otherCharacter, kind: 'friends', label: '', sources: [] },
  };
  return blanks[table];
}

type Update<T extends StatementTable> = (row: Row<T>) => void;

function FactFields({ row, update }: { row: Row<'facts'>; update: Update<'facts'> }) {
  return (
    <TextField label="Fact" path="text" multiline value={row.text} onChange={(text) => update({ ...row, text })} />
  );
}

function QuoteFields({ row, update }: { row: Row<'quotes'>; update: Update<'quotes'> }) {
  const { choices } = useEditor();
  const speakers: Option[] = [
    ...choices.characters.map((c) => ({ value: entityRef('characters', c.key), label: `${c.name} (character)` })),
    ...choices.people.map((p) => ({ value: entityRef('people', p.key), label: `${p.name} (cast & crew)` })),
  ];
  return (
    <>
      <TextField
        label="Words (200 characters at most)"
        path="text"
        multiline
        value={row.text}
        onChange={(text) => update({ ...row, text })}
      />
      <SelectField
        label="Speaker"
        path="speaker"
        value={row.speaker}
        options={speakers}
        onChange={(speaker) => update({ ...row, speaker: speaker as EntityRef })}
      />
      <TextField
        label="Context (optional)"
        path="context"
        value={row.context ?? ''}
        onChange={(context) => {
          const next: Row<'quotes'> = { ...row, context };
          if (context.trim() === '') delete next.context;
          update(next);
        }}
      />
    </>
  );
}

const eventKindOptions: Option[] = eventKinds.map((kind) => ({ value: kind, label: eventKindLabels[kind] }));

function EventFields({ row, update }: { row: Row<'events'>; update: Update<'events'> }) {
  return (
    <>
      <TextField label="What happened" path="title" value={row.title} onChange={(title) => update({ ...row, title })} />
      <SelectField
        label="Kind of event"
        path="kind"
        value={row.kind}
        options={eventKindOptions}
        onChange={(kind) => update({ ...row, kind: kind as Row<'events'>['kind'] })}
      />
      <DateFields label="Date" path="date" value={row.date} onChange={(date) => update({ ...row, date })} />
    </>
  );
}

const relationshipKindOptions: Option[] = relationshipKinds.map((kind) => ({
  value: kind,
  label: relationshipKindLabels[kind],
}));

function RelationshipFields({ row, update }: { row: Row<'relationships'>; update: Update<'relationships'> }) {
  const { choices, pageRef } = useEditor();
  const self = refKey(pageRef);
  const otherSide = row.from === self ? 'to' : 'from';
  const others: Option[] = choices.characters
    .filter((character) => character.key !== self)
    .map((character) => ({ value: character.key, label: character.name }));
  return (
    <>
      <SelectField
        label="Other character"
        path={otherSide}
        value={row[otherSide]}
        options={others}
        onChange={(other) => update({ ...row, [otherSide]: other })}
      />
      <SelectField
        label="Kind"
        path="kind"
        value={row.kind}
        options={relationshipKindOptions}
        onChange={(kind) => update({ ...row, kind: kind as Row<'relationships'>['kind'] })}
      />
      <TextField
        label="Label (as the page shows it, e.g. “best friend”)"
        path="label"
        value={row.label}
        onChange={(label) => update({ ...row, label })}
      />
    </>
  );
}

function fieldsOf<T extends StatementTable>(table: T, row: Row<T>, update: Update<T>): ReactNode {
  switch (table) {
    case 'facts':
      return <FactFields row={row as Row<'facts'>} update={update as Update<'facts'>} />;
    case 'quotes':
      return <QuoteFields row={row as Row<'quotes'>} update={update as Update<'quotes'>} />;
    case 'events':
      return <EventFields row={row as Row<'events'>} update={update as Update<'events'>} />;
    default:
      return <RelationshipFields row={row as Row<'relationships'>} update={update as Update<'relationships'>} />;
  }
}

function StatementList<T extends StatementTable>({
  table,
  rows,
  onChange,
}: {
  table: T;
  rows: Row<T>[];
  onChange: (rows: Row<T>[]) => void;
}) {
  const editor = useEditor();
  const noun = statementNouns[table];
  const title = noun.charAt(0).toUpperCase() + noun.slice(1);
  const headingId = `edit-${table}-heading`;
  // A statement just added: its first field takes focus once it is on screen.
  const [added, setAdded] = useState<string | undefined>();
  useEffect(() => {
    if (added)
      document.getElementById(`statement-${added}`)?.querySelector<HTMLElement>('input, textarea, select')?.focus();
  }, [added]);
  return (
    <section className="editor-section" aria-labelledby={headingId} id={`edit-${table}`} tabIndex={-1}>
      <h2 id={headingId}>{headings[table]}</h2>
      {rows.length === 0 ? <p className="muted">{`No ${noun}s on this page yet.`}</p> : null}
      <ol className="statement-list">
        {rows.map((row, index) => (
          <li key={row.id}>
            <RowFields table={table} rowKey={row.id}>
              <fieldset className="statement-editor" id={`statement-${row.id}`}>
                <legend>{`${title} ${index + 1}`}</legend>
                {fieldsOf(table, row, (next) => onChange(rows.map((old) => (old.id === row.id ? next : old))))}
                <CitationFields
                  path=""
                  value={row}
                  onChange={(next) => onChange(rows.map((old) => (old.id === row.id ? next : old)))}
                />
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={(event) => {
                    // The button goes with its statement: focus moves to the section.
                    const section = event.currentTarget.closest<HTMLElement>('.editor-section');
                    onChange(rows.filter((old) => old.id !== row.id));
                    section?.focus();
                  }}
                >
                  {`Remove ${noun} ${index + 1}`}
                </button>
              </fieldset>
            </RowFields>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-quiet"
        onClick={() => {
          const row = blankStatement(table, editor);
          onChange([...rows, row]);
          setAdded(row.id);
        }}
      >
        {`Add a${/^[aeiou]/.test(noun) ? 'n' : ''} ${noun}`}
      </button>
    </section>
  );
}

/** Every statement table the page shows, each a list to edit. */
export function StatementFields({
  tables,
  statements,
  onChange,
}: {
  tables: readonly StatementTable[];
  statements: Statements;
  onChange: (statements: Statements) => void;
}) {
  return tables.map((table) => (
    <StatementList
      key={table}
      table={table}
      rows={statements[table]}
      onChange={(rows) => onChange({ ...statements, [table]: rows })}
    />
  ));
}
