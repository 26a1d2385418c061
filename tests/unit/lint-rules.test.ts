// The project's own lint bans really fire: no dangerouslySetInnerHTML anywhere, and Dexie only inside src/db.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });
const lint = async (code: string, filePath: string) => (await eslint.lintText(code, { filePath }))[0]?.messages.map((message) => message.message) ?? [];

describe('lint bans', () => {
  it('refuses dangerouslySetInnerHTML in any component', async () => {
    const code = "export const Note = ({ text }: { text: string }) => <p dangerouslySetInnerHTML={{ __html: text }} />;\n";
    expect(await lint(code, 'src/features/bookmarks/components/note.tsx')).toContain('Render content and user text as text.');
  });

  it('accepts the same text rendered as text', async () => {
    expect(await lint('export const Note = ({ text }: { text: string }) => <p>{text}</p>;\n', 'src/features/bookmarks/components/note.tsx')).toEqual([]);
  });

  it('refuses Dexie outside src/db', async () => {
    const messages = await lint("import Dexie from 'dexie';\nexport const db = new Dexie('x');\n", 'src/features/characters/api/direct.ts');
    expect(messages).toContain("'dexie' import is restricted from being used. Only src/db reads Dexie directly; use a query factory.");
  });
});
