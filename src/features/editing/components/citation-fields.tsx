// A statement's or cited field's citation: the sources it cites (any in the wiki, or one the fan adds here: title,
// publication, http(s) address, date, a short excerpt) and the season whose plot it reveals.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Citation, PartialDate } from '../../../content/schema';
import type { Row } from '../../../content/tables';
import type { FieldProblem } from '../../../content/validate-row';
import { newSourceIdQueryOptions } from '../api/new-page-key-query';
import { useEditor } from './editor-context';
import { FieldError, fieldId, focusProblem, ProblemsProvider, RowFields, useField } from './field-problems';
import { DateFields, SelectField, TextField } from './fields';

/** `path`: where the citation sits in its row ("summary", "aliases[0]", or "" for a statement's own). */
export function CitationFields<T extends Citation>({
  path,
  value,
  onChange,
}: {
  path: string;
  value: T;
  onChange: (value: T) => void;
}) {
  const { choices, addedSources } = useEditor();
  const at = (field: string) => (path ? `${path}.${field}` : field);
  const sourcesField = useField(at('sources'));
  const cite = (id: string, cited: boolean) =>
    onChange({ ...value, sources: cited ? [...value.sources, id] : value.sources.filter((source) => source !== id) });
  const seasonOptions = [
    { value: '', label: 'No season (not a spoiler)' },
    ...choices.seasons.map((season) => ({ value: String(season), label: `Season ${season}` })),
  ];
  // Once saved, an added source is also among the wiki's (the choices re-read): it is listed once, as added.
  const addedIds = new Set(addedSources.map((source) => source.id));
  const options = [
    ...choices.sources.filter((source) => !addedIds.has(source.id)).map((source) => ({ ...source, added: false })),
    ...addedSources.map((source) => ({ ...source, added: true })),
  ];
  return (
    <div className="citation-fields">
      <fieldset {...sourcesField.groupProps} tabIndex={-1} className="citation-sources">
        <legend>Cited sources</legend>
        <FieldError field={sourcesField} />
        <ul className="citation-options">
          {options.map((source) => (
            <li key={source.id}>
              <label>
                <input
                  type="checkbox"
                  checked={value.sources.includes(source.id)}
                  onChange={(event) => cite(source.id, event.target.checked)}
                />
                <span>
                  {source.title}
                  {source.publication ? <span className="muted"> ({source.publication})</span> : null}
                  {source.added ? <span className="added-mark"> added by you</span> : null}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <NewSourceForm onAdded={(id) => cite(id, true)} />
      </fieldset>
      <SelectField
        label="Reveals the plot of"
        path={at('spoils')}
        value={value.spoils === undefined ? '' : String(value.spoils)}
        options={seasonOptions}
        onChange={(season) => {
          const next: T = { ...value, spoils: Number(season) };
          if (!season) delete next.spoils;
          onChange(next);
        }}
      />
    </div>
  );
}

type SourceFields = { title: string; publication: string; url: string; published: PartialDate; excerpt: string };
const blankSource: SourceFields = { title: '', publication: '', url: '', published: { value: '' }, excerpt: '' };

/** The row a fan's new source becomes (the fields the corpus's own sources have, said plainly). */
function sourceRow(id: string, fields: SourceFields): Row<'sources'> {
  const title = fields.title.trim();
  const publication = fields.publication.trim();
  const url = fields.url.trim();
  const excerpt = fields.excerpt.trim();
  return {
    id,
    title,
    headline: title,
    ...(publication ? { publication } : {}),
    published: fields.published,
    dateBasis: 'The date the fan who added this source gave for it.',
    summary: `A source a fan added${publication ? `, from ${publication}` : ''}.`,
    ...(url ? { url } : {}),
    ...(excerpt ? { excerpt } : {}),
  };
}

function NewSourceForm({ onAdded }: { onAdded: (id: string) => void }) {
  const { addedSources, addSource } = useEditor();
  const queryClient = useQueryClient();
  const formId = useId();
  const [open, setOpen] = useState(false);
  const [fields, setFields] = useState(blankSource);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const opener = useRef<HTMLButtonElement>(null);
  const rowKey = `new-source${formId}`;
  const set = (patch: Partial<SourceFields>) => setFields((previous) => ({ ...previous, ...patch }));
  // Opening the form moves focus to its first field; closing it (added or cancelled), back to the button.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (!wasOpen.current && open) document.getElementById(fieldId('sources', rowKey, 'title'))?.focus();
    if (wasOpen.current && !open) opener.current?.focus();
    wasOpen.current = open;
  }, [open, rowKey]);

  const add = async () => {
    const address = fields.url.trim() || fields.title.trim();
    const id = await queryClient.fetchQuery(
      newSourceIdQueryOptions(
        address,
        addedSources.map((source) => source.id),
      ),
    );
    const row = sourceRow(id, fields);
    // The schema (zod) loads on demand, as a save's checks do (see loadChecks).
    const { rowProblems } = await import('../../../content/validate-row');
    const found = rowProblems('sources', id, row).map((problem) => ({ ...problem, key: rowKey }));
    setProblems(found);
    const [first] = found;
    if (first) return focusProblem(first);
    addSource(row);
    onAdded(id);
    setFields(blankSource);
    setOpen(false);
  };
  // Enter in a field adds the source here rather than saving the whole page.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.target instanceof HTMLTextAreaElement) return;
    event.preventDefault();
    void add();
  };

  if (!open)
    return (
      <button ref={opener} type="button" className="button button-quiet button-small" onClick={() => setOpen(true)}>
        Add a new source
      </button>
    );
  return (
    <ProblemsProvider problems={problems}>
      <RowFields table="sources" rowKey={rowKey}>
        <div role="group" aria-label="New source" className="new-source" onKeyDown={onKeyDown}>
          <TextField label="Source title" path="title" value={fields.title} onChange={(title) => set({ title })} />
          <TextField
            label="Publication (optional)"
            path="publication"
            value={fields.publication}
            onChange={(publication) => set({ publication })}
          />
          <TextField
            label="Address (optional)"
            path="url"
            type="url"
            hint="Starts with https:// or http://"
            value={fields.url}
            onChange={(url) => set({ url })}
          />
          <DateFields
            label="Published"
            path="published"
            value={fields.published}
            onChange={(published) => set({ published })}
          />
          <TextField
            label="Excerpt that supports it (optional, 500 characters at most)"
            path="excerpt"
            multiline
            value={fields.excerpt}
            onChange={(excerpt) => set({ excerpt })}
          />
          <div className="form-actions">
            <button type="button" className="button button-small" onClick={() => void add()}>
              Add source
            </button>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => {
                setProblems([]);
                setOpen(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      </RowFields>
    </ProblemsProvider>
  );
}
