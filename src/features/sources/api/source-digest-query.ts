// Query factory: "What this article says": the statements one source article makes, in the article's order (from
// seeds/coverage.json, shipped as virtual:source-digest, a chunk of its own loaded by the first digest read), each
// with the page that carries it.
import { queryOptions } from '@tanstack/react-query';
import { entityRef } from '../../../content/refs';
import type { EntityKind, EntityRef } from '../../../content/schema';
import { getDatabase } from '../../../db/database';
import { readPageLinks } from '../../../db/page-links';
import { readPages, readTable, readWhere } from '../../../db/read-content';
import { digestStatements, fieldPeople, parseCarrier, type DigestStatement } from './digest-statements';
import { readsContentOnly } from '../../../lib/query-client';

const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));

export const sourceDigestQueryOptions = (id: string) =>
  queryOptions({
    queryKey: ['sources', id, 'digest'],
    meta: readsContentOnly,
    queryFn: async (): Promise<DigestStatement[]> => {
      const { default: digest } = await import('virtual:source-digest');
      const carriers = digest[id] ?? [];
      if (carriers.length === 0) return [];
      const { db } = await getDatabase();
      const parsed = carriers.map(parseCarrier);
      const pageKeys = new Map<EntityKind, string[]>();
      for (const { table, key, field } of parsed)
        if (field) pageKeys.set(table as EntityKind, [...(pageKeys.get(table as EntityKind) ?? []), key]);
      const [facts, quotes, events, relationships, pageRows] = await Promise.all([
        readWhere(db, 'facts', 'source', [id]),
        readWhere(db, 'quotes', 'source', [id]),
        readWhere(db, 'events', 'source', [id]),
        parsed.some(({ table }) => table === 'relationships') ? readTable(db, 'relationships') : [],
        Promise.all(
          [...pageKeys].map(async ([kind, keys]) =>
            (await readPages(db, kind, kind === 'seasons' ? keys.map(Number) : keys)).map(
              (row) => [kind, row] as const,
            ),
          ),
        ),
      ]);
      const pages = new Map<EntityRef, Record<string, unknown>>();
      for (const [kind, row] of pageRows.flat())
        pages.set(entityRef(kind, 'number' in row ? row.number : 'slug' in row ? row.slug : row.id), row);
      const named: EntityRef[] = [
        ...facts.flatMap((fact) => fact.about),
        ...quotes.flatMap((quote) => [quote.speaker, ...quote.about]),
        ...events.flatMap((event) => event.about),
        ...relationships.flatMap((relationship) => [
          entityRef('characters', relationship.from),
          entityRef('characters', relationship.to),
        ]),
        ...parsed.flatMap(({ table, key, field }) => {
          const ref = entityRef(table as EntityKind, key);
          const row = pages.get(ref);
          return field && row ? [ref, ...fieldPeople(row, field, id)] : [];
        }),
      ];
      const names = await readPageLinks(db, named);
      return digestStatements(carriers, id, {
        facts: byId(facts),
        quotes: byId(quotes),
        events: byId(events),
        relationships: byId(relationships),
        pages,
        names,
      });
    },
  });
