// The project's own lint bans really fire: no dangerouslySetInnerHTML anywhere, Dexie only inside src/db, and the
// design's import boundaries (features never import each other; shared code never imports a feature; only src/db and
// the features' api/ folders read the database).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
const lint = async (code: string, filePath: string) =>
  (await eslint.lintText(code, { filePath }))[0]?.messages.map((message) => message.message) ?? [];

// The first lint loads the TypeScript parser and every plugin: seconds on a busy machine.
describe('lint bans', { timeout: 60_000 }, () => {
  it('refuses dangerouslySetInnerHTML in any component', async () => {
    const code =
      'export const Note = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;\n';
    expect(await lint(code, 'src/features/bookmarks/components/note.tsx')).toContain(
      'Render content and user text as text.',
    );
  });

  it('accepts the same text rendered as text', async () => {
    expect(
      await lint(
        'export const Note = ({ text }: { text: string }) => <p>{text}</p>;\n',
        'src/features/bookmarks/components/note.tsx',
      ),
    ).toEqual([]);
  });

  it('refuses Dexie outside src/db', async () => {
    const messages = await lint(
      "import Dexie from 'dexie';\nexport const db = new Dexie('x');\n",
      'src/features/characters/api/direct.ts',
    );
    expect(messages).toContain(
      "'dexie' import is restricted from being used. Only src/db reads Dexie directly; use a query factory.",
    );
  });

  it('refuses a feature importing another feature, from its api or its components', async () => {
    const message = 'Features never import each other: compose them in a route.';
    expect(
      await lint(
        "import { searchQueryOptions } from '../../search/api/search-query';\nexport const x = searchQueryOptions;\n",
        'src/features/bookmarks/api/x.ts',
      ),
    ).toContainEqual(expect.stringContaining(message));
    expect(
      await lint(
        "import { SearchBox } from '../../search/components/search-box';\nexport const x = SearchBox;\n",
        'src/features/bookmarks/components/x.tsx',
      ),
    ).toContainEqual(expect.stringContaining(message));
  });

  it('accepts a feature importing its own modules and the shared folders', async () => {
    const code =
      "import { byName } from '../../../lib/by-name';\nimport { bookmarksQueryOptions } from '../api/bookmarks-query';\nimport { x } from './x';\nexport const y = [byName, bookmarksQueryOptions, x];\n";
    expect(await lint(code, 'src/features/bookmarks/components/y.tsx')).toEqual([]);
  });

  it('refuses shared code importing a feature or a route', async () => {
    const message = 'Shared code (content, lib, components, db) never imports a feature or a route.';
    expect(
      await lint(
        "import { SearchBox } from '../features/search/components/search-box';\nexport const x = SearchBox;\n",
        'src/components/x.tsx',
      ),
    ).toContainEqual(expect.stringContaining(message));
    expect(
      await lint("import { Route } from '../routes/__root';\nexport const x = Route;\n", 'src/db/x.ts'),
    ).toContainEqual(expect.stringContaining(message));
  });

  it('refuses the database in components and routes, and React in src/content', async () => {
    const database = "Only src/db and the features' query factories and mutations (api/) read the database.";
    expect(
      await lint(
        "import { getDatabase } from '../../../db/database';\nexport const x = getDatabase;\n",
        'src/features/bookmarks/components/x.tsx',
      ),
    ).toContainEqual(expect.stringContaining(database));
    expect(
      await lint("import { getDatabase } from '../db/database';\nexport const x = getDatabase;\n", 'src/routes/x.tsx'),
    ).toContainEqual(expect.stringContaining(database));
    expect(
      await lint(
        "import { getDatabase } from '../../../db/database';\nexport const x = getDatabase;\n",
        'src/features/bookmarks/api/x.ts',
      ),
    ).toEqual([]);
    expect(
      await lint("import { useState } from 'react';\nexport const x = useState;\n", 'src/content/x.ts'),
    ).toContainEqual(expect.stringContaining('src/content is plain data and types: no React, no Dexie.'));
  });
});
