// The page's own fields, for each kind: name, aliases, summary and the infobox's fields (portrayed by, occupations,
// affiliations, seasons, roles, other works, premiere, platform, episode count, directors; a source's publication,
// address, date and excerpt), each cited where the corpus cites it.
import type { EntityKind } from '../../../content/schema';
import type { Row } from '../../../content/tables';
import { CitationFields } from './citation-fields';
import { useEditor } from './editor-context';
import { CheckboxField, DateFields, ListField, SelectField, TextField, type Option } from './fields';

type Cited = { sources: string[]; spoils?: number };
const uncited = (): Cited => ({ sources: [] });

/** A field the corpus may leave out: empty text leaves it out. */
function optionalText<T extends object, F extends string>(row: T, field: F, text: string): T {
  const next = { ...row, [field]: text } as T & Record<F, string>;
  if (text.trim() === '') delete (next as Partial<Record<F, string>>)[field];
  return next;
}

function SummaryFields({
  value,
  onChange,
}: {
  value: Row<'places'>['summary'];
  onChange: (value: Row<'places'>['summary']) => void;
}) {
  return (
    <div className="cited-field">
      <TextField
        label="Summary"
        path="summary.text"
        multiline
        value={value.text}
        onChange={(text) => onChange({ ...value, text })}
      />
      <CitationFields path="summary" value={value} onChange={onChange} />
    </div>
  );
}

type CitedValue = Row<'characters'>['occupations'][number];

function CitedValues({
  legend,
  itemName,
  path,
  items,
  onChange,
}: {
  legend: string;
  itemName: string;
  path: string;
  items: CitedValue[];
  onChange: (items: CitedValue[]) => void;
}) {
  return (
    <ListField
      legend={legend}
      itemName={itemName}
      path={path}
      items={items}
      onChange={onChange}
      blank={() => ({ value: '', ...uncited() })}
      render={(item, update, at) => (
        <>
          <TextField
            label="Value"
            path={`${at}.value`}
            value={item.value}
            onChange={(value) => update({ ...item, value })}
          />
          <CitationFields path={at} value={item} onChange={update} />
        </>
      )}
    />
  );
}

type Alias = Row<'characters'>['aliases'][number];

function Aliases({ items, onChange }: { items: Alias[]; onChange: (items: Alias[]) => void }) {
  return (
    <ListField<Alias>
      legend="Also known as"
      itemName="alias"
      path="aliases"
      items={items}
      onChange={onChange}
      blank={() => ({ name: '', ...uncited() })}
      render={(item, update, at) => (
        <>
          <TextField
            label="Alias"
            path={`${at}.name`}
            value={item.name}
            onChange={(name) => update({ ...item, name })}
          />
          <TextField
            label="Note (optional)"
            path={`${at}.note`}
            value={item.note ?? ''}
            onChange={(note) => update(optionalText(item, 'note', note))}
          />
          <CitationFields path={at} value={item} onChange={update} />
        </>
      )}
    />
  );
}

type PersonCredit = Row<'characters'>['portrayedBy'][number];

/** People credited on the page (actors, directors), each picked from the wiki's cast and crew. */
function PeoplePicks({
  legend,
  itemName,
  path,
  items,
  onChange,
}: {
  legend: string;
  itemName: string;
  path: string;
  items: PersonCredit[];
  onChange: (items: PersonCredit[]) => void;
}) {
  const { choices } = useEditor();
  const options: Option[] = [
    { value: '', label: 'Choose a person' },
    ...choices.people.map((p) => ({ value: p.key, label: p.name })),
  ];
  return (
    <ListField
      legend={legend}
      itemName={itemName}
      path={path}
      items={items}
      onChange={onChange}
      blank={() => ({ person: '', ...uncited() })}
      render={(item, update, at) => (
        <>
          <SelectField
            label="Person"
            path={`${at}.person`}
            value={item.person}
            options={options}
            onChange={(person) => update({ ...item, person })}
          />
          <CitationFields path={at} value={item} onChange={update} />
        </>
      )}
    />
  );
}

type SeasonCredit = Row<'characters'>['seasons'][number];

function SeasonPicks({ items, onChange }: { items: SeasonCredit[]; onChange: (items: SeasonCredit[]) => void }) {
  const { choices } = useEditor();
  const options: Option[] = choices.seasons.map((season) => ({ value: String(season), label: `Season ${season}` }));
  return (
    <ListField
      legend="Seasons"
      itemName="season"
      path="seasons"
      items={items}
      onChange={onChange}
      blank={() => ({ number: choices.seasons[0] ?? 1, ...uncited() })}
      render={(item, update, at) => (
        <>
          <SelectField
            label="Season"
            path={`${at}.number`}
            value={String(item.number)}
            options={options}
            onChange={(number) => update({ ...item, number: Number(number) })}
          />
          <CitationFields path={at} value={item} onChange={update} />
        </>
      )}
    />
  );
}

type Work = Row<'people'>['otherWorks'][number];

function OtherWorks({ items, onChange }: { items: Work[]; onChange: (items: Work[]) => void }) {
  const { choices } = useEditor();
  const options: Option[] = [
    { value: '', label: 'None' },
    ...choices.series.map((s) => ({ value: s.key, label: s.name })),
  ];
  return (
    <ListField<Work>
      legend="Other works"
      itemName="work"
      path="otherWorks"
      items={items}
      onChange={onChange}
      blank={() => ({ title: '', ...uncited() })}
      render={(item, update, at) => (
        <>
          <TextField
            label="Title"
            path={`${at}.title`}
            value={item.title}
            onChange={(title) => update({ ...item, title })}
          />
          <SelectField
            label="Series page (optional)"
            path={`${at}.series`}
            value={item.series ?? ''}
            options={options}
            onChange={(series) => update(optionalText(item, 'series', series))}
          />
          <TextField
            label="Note (optional)"
            path={`${at}.note`}
            value={item.note ?? ''}
            onChange={(note) => update(optionalText(item, 'note', note))}
          />
          <CitationFields path={at} value={item} onChange={update} />
        </>
      )}
    />
  );
}

function NameField({ value, onChange }: { value: string; onChange: (name: string) => void }) {
  return <TextField label="Name" path="name" value={value} onChange={onChange} />;
}

function CitedPlatform({ value, onChange }: { value: CitedValue; onChange: (value: CitedValue) => void }) {
  return (
    <div className="cited-field">
      <TextField
        label="Platform"
        path="platform.value"
        value={value.value}
        onChange={(text) => onChange({ ...value, value: text })}
      />
      <CitationFields path="platform" value={value} onChange={onChange} />
    </div>
  );
}

type PageFieldsProps<K extends EntityKind> = { page: Row<K>; onChange: (page: Row<K>) => void };

function CharacterFields({ page, onChange }: PageFieldsProps<'characters'>) {
  return (
    <>
      <NameField value={page.name} onChange={(name) => onChange({ ...page, name })} />
      <CheckboxField
        label="The sources leave this role unnamed (the name describes it)"
        path="unnamed"
        checked={page.unnamed ?? false}
        onChange={(unnamed) => {
          const next: Row<'characters'> = { ...page, unnamed };
          if (!unnamed) delete next.unnamed;
          onChange(next);
        }}
      />
      <SummaryFields value={page.summary} onChange={(summary) => onChange({ ...page, summary })} />
      <Aliases items={page.aliases} onChange={(aliases) => onChange({ ...page, aliases })} />
      <PeoplePicks
        legend="Portrayed by"
        itemName="actor"
        path="portrayedBy"
        items={page.portrayedBy}
        onChange={(portrayedBy) => onChange({ ...page, portrayedBy })}
      />
      <SeasonPicks items={page.seasons} onChange={(seasons) => onChange({ ...page, seasons })} />
      <CitedValues
        legend="Occupations"
        itemName="occupation"
        path="occupations"
        items={page.occupations}
        onChange={(occupations) => onChange({ ...page, occupations })}
      />
      <CitedValues
        legend="Affiliations"
        itemName="affiliation"
        path="affiliations"
        items={page.affiliations}
        onChange={(affiliations) => onChange({ ...page, affiliations })}
      />
    </>
  );
}

function PersonFields({ page, onChange }: PageFieldsProps<'people'>) {
  return (
    <>
      <NameField value={page.name} onChange={(name) => onChange({ ...page, name })} />
      <SummaryFields value={page.summary} onChange={(summary) => onChange({ ...page, summary })} />
      <Aliases items={page.aliases} onChange={(aliases) => onChange({ ...page, aliases })} />
      <CitedValues
        legend="Roles"
        itemName="role"
        path="roles"
        items={page.roles}
        onChange={(roles) => onChange({ ...page, roles })}
      />
      <OtherWorks items={page.otherWorks} onChange={(otherWorks) => onChange({ ...page, otherWorks })} />
    </>
  );
}

function SeasonFields({ page, onChange }: PageFieldsProps<'seasons'>) {
  const episodes = page.episodeCount;
  return (
    <>
      <NameField value={page.name} onChange={(name) => onChange({ ...page, name })} />
      <SummaryFields value={page.summary} onChange={(summary) => onChange({ ...page, summary })} />
      <div className="cited-field">
        <DateFields
          label="Premiere"
          path="premiere.date"
          value={page.premiere.date}
          onChange={(date) => onChange({ ...page, premiere: { ...page.premiere, date } })}
        />
        <CitationFields
          path="premiere"
          value={page.premiere}
          onChange={(premiere) => onChange({ ...page, premiere })}
        />
      </div>
      <CitedPlatform value={page.platform} onChange={(platform) => onChange({ ...page, platform })} />
      <div className="cited-field">
        <TextField
          label="Episodes (optional)"
          path="episodeCount.value"
          type="number"
          inputMode="numeric"
          value={episodes ? String(episodes.value) : ''}
          onChange={(text) => {
            const next: Row<'seasons'> = { ...page, episodeCount: { ...uncited(), ...episodes, value: Number(text) } };
            if (text.trim() === '') delete next.episodeCount;
            onChange(next);
          }}
        />
        {episodes ? (
          <CitationFields
            path="episodeCount"
            value={episodes}
            onChange={(episodeCount) => onChange({ ...page, episodeCount })}
          />
        ) : null}
      </div>
      <PeoplePicks
        legend="Directors"
        itemName="director"
        path="directors"
        items={page.directors}
        onChange={(directors) => onChange({ ...page, directors })}
      />
    </>
  );
}

function SeriesFields({ page, onChange }: PageFieldsProps<'series'>) {
  return (
    <>
      <NameField value={page.name} onChange={(name) => onChange({ ...page, name })} />
      <SummaryFields value={page.summary} onChange={(summary) => onChange({ ...page, summary })} />
      <CitedPlatform value={page.platform} onChange={(platform) => onChange({ ...page, platform })} />
    </>
  );
}

function TopicFields({ page, onChange }: PageFieldsProps<'topics'>) {
  return (
    <>
      <NameField value={page.name} onChange={(name) => onChange({ ...page, name })} />
      <SummaryFields value={page.summary} onChange={(summary) => onChange({ ...page, summary })} />
      <ListField
        legend="Other words fans search for it by"
        itemName="word"
        path="aliases"
        items={page.aliases ?? []}
        onChange={(aliases) => {
          const next: Row<'topics'> = { ...page, aliases };
          if (aliases.length === 0) delete next.aliases;
          onChange(next);
        }}
        blank={() => ''}
        render={(word, update, at) => <TextField label="Word" path={at} value={word} onChange={update} />}
      />
    </>
  );
}

function PlaceFields({ page, onChange }: PageFieldsProps<'places'>) {
  return (
    <>
      <NameField value={page.name} onChange={(name) => onChange({ ...page, name })} />
      <SummaryFields value={page.summary} onChange={(summary) => onChange({ ...page, summary })} />
    </>
  );
}

function SourceFields({ page, onChange }: PageFieldsProps<'sources'>) {
  return (
    <>
      <TextField label="Title" path="title" value={page.title} onChange={(title) => onChange({ ...page, title })} />
      <TextField
        label="Headline"
        path="headline"
        value={page.headline}
        onChange={(headline) => onChange({ ...page, headline })}
      />
      <TextField
        label="Publication (optional)"
        path="publication"
        value={page.publication ?? ''}
        onChange={(publication) => onChange(optionalText(page, 'publication', publication))}
      />
      <TextField
        label="Address (optional)"
        path="url"
        type="url"
        hint="Starts with https:// or http://"
        value={page.url ?? ''}
        onChange={(url) => onChange(optionalText(page, 'url', url.trim()))}
      />
      <DateFields
        label="Published"
        path="published"
        value={page.published}
        onChange={(published) => onChange({ ...page, published })}
      />
      <TextField
        label="How the date is known"
        path="dateBasis"
        value={page.dateBasis}
        onChange={(dateBasis) => onChange({ ...page, dateBasis })}
      />
      <TextField
        label="Summary"
        path="summary"
        multiline
        value={page.summary}
        onChange={(summary) => onChange({ ...page, summary })}
      />
      <TextField
        label="Excerpt that supports what cites it (optional, 500 characters at most)"
        path="excerpt"
        multiline
        value={page.excerpt ?? ''}
        onChange={(excerpt) => onChange(optionalText(page, 'excerpt', excerpt))}
      />
    </>
  );
}

/** The fields of a page of any kind. */
export function PageFields({
  kind,
  page,
  onChange,
}: {
  kind: EntityKind;
  page: Row<EntityKind>;
  onChange: (page: Row<EntityKind>) => void;
}) {
  switch (kind) {
    case 'characters':
      return <CharacterFields page={page as Row<'characters'>} onChange={onChange} />;
    case 'people':
      return <PersonFields page={page as Row<'people'>} onChange={onChange} />;
    case 'seasons':
      return <SeasonFields page={page as Row<'seasons'>} onChange={onChange} />;
    case 'series':
      return <SeriesFields page={page as Row<'series'>} onChange={onChange} />;
    case 'topics':
      return <TopicFields page={page as Row<'topics'>} onChange={onChange} />;
    case 'places':
      return <PlaceFields page={page as Row<'places'>} onChange={onChange} />;
    case 'sources':
      return <SourceFields page={page as Row<'sources'>} onChange={onChange} />;
  }
}

/** An empty page of a kind, keyed `key` until it is saved. */
export function blankPage(kind: EntityKind, key: string): Row<EntityKind> {
  const summary = { text: '', ...uncited() };
  const platform = { value: '', ...uncited() };
  switch (kind) {
    case 'characters':
      return {
        slug: key,
        name: '',
        aliases: [],
        summary,
        portrayedBy: [],
        seasons: [],
        occupations: [],
        affiliations: [],
      };
    case 'people':
      return { slug: key, name: '', aliases: [], summary, roles: [], otherWorks: [] };
    case 'seasons':
      return {
        number: Number(key) || 0,
        name: '',
        summary,
        premiere: { date: { value: '' }, ...uncited() },
        platform,
        directors: [],
      };
    case 'series':
      return { slug: key, name: '', summary, platform };
    case 'topics':
    case 'places':
      return { slug: key, name: '', summary };
    case 'sources':
      return { id: key, title: '', headline: '', published: { value: '' }, dateBasis: '', summary: '' };
  }
}
