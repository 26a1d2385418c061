// How each kind of search result is named in badges and group headings.
import type { SearchDocumentType } from '../api/search-documents';

export const searchTypeLabels: Record<SearchDocumentType, { one: string; many: string }> = {
  character: { one: 'Character', many: 'Characters' },
  person: { one: 'Cast & crew', many: 'Cast & crew' },
  season: { one: 'Season', many: 'Seasons' },
  series: { one: 'Series', many: 'Series' },
  topic: { one: 'Topic', many: 'Topics' },
  place: { one: 'Place', many: 'Places' },
  source: { one: 'Source', many: 'Sources' },
  event: { one: 'Event', many: 'Events' },
  quote: { one: 'Quote', many: 'Quotes' },
  fact: { one: 'Fact', many: 'Facts' },
};
