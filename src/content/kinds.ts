// The corpus's closed vocabularies (kept free of zod so the app can import them without the schema).
export const entityKinds = ['characters', 'people', 'seasons', 'series', 'topics', 'places', 'sources'] as const;
export const dateQualifiers = ['about', 'expected', 'planned', 'scheduled'] as const;
export const relationshipKinds = [
  'friends',
  'romance',
  'neighbours',
  'enemies',
  'colleagues',
  'employer',
  'family',
] as const;
export const eventKinds = ['premiere', 'announcement', 'production', 'press', 'publication'] as const;
