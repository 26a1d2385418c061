// How each kind of search result is named in badges and group headings: a page by its kind's shared label.
import { pageKindLabels } from '../../../content/labels';
import type { SearchDocumentType } from '../api/search-documents';

export const searchTypeLabels: Record<SearchDocumentType, { one: string; many: string }> = {
  character: pageKindLabels.characters,
  person: pageKindLabels.people,
  season: pageKindLabels.seasons,
  series: pageKindLabels.series,
  topic: pageKindLabels.topics,
  place: pageKindLabels.places,
  source: pageKindLabels.sources,
  event: { one: 'Event', many: 'Events' },
  quote: { one: 'Quote', many: 'Quotes' },
  fact: { one: 'Fact', many: 'Facts' },
};
