// A page document as labelled lines of readable text, and the word-level diff between two documents.
import { describe, expect, it } from 'vitest';
import type { PageDocument } from '../../src/content/page-document';
import type { Row } from '../../src/content/tables';
import { diffDocuments } from '../../src/features/editing/api/document-diff';
import { documentLines, readableValue } from '../../src/features/editing/api/document-text';
import { smallCorpus, sourceA, sourceB } from '../fixtures/small-corpus';

function villainDocument(): PageDocument {
  const corpus = smallCorpus();
  return {
    ref: 'characters:test-villain',
    page: corpus.characters[1] ?? null,
    statements: { facts: [corpus.facts[1] as Row<'facts'>], quotes: [], events: [], relationships: [] },
  };
}

describe('a page document as text', () => {
  it('gives each page field and statement a labelled line, citations and spoilers spelled out', () => {
    const lines = documentLines(villainDocument());
    expect(lines).toContainEqual({ label: 'Name', text: 'Test Villain' });
    expect(lines).toContainEqual({ label: 'Summary', text: `A fixture villain. (cites ${sourceB})` });
    expect(lines).toContainEqual({ label: 'Seasons', text: `1 (cites ${sourceB})` });
    expect(lines).toContainEqual({ label: 'Aliases', text: '' });
    expect(lines.at(-1)).toEqual({
      label: 'Fact heroine-defeats-villain',
      text: `Test Heroine defeats Test Villain. about: characters:test-heroine, characters:test-villain (cites ${sourceB}) (spoils season 1)`,
    });
  });

  it('writes dates as people do, and leaves the fan’s mark out', () => {
    expect(readableValue({ date: { value: '2015-11-20' }, sources: [sourceA] })).toBe(
      `November 20, 2015 (cites ${sourceA})`,
    );
    expect(readableValue({ value: '2017', qualifier: 'expected' })).toBe('expected 2017');
    const marked = villainDocument();
    marked.page = { ...(marked.page as Row<'characters'>), localEdit: { state: 'applied' } } as Row<'characters'>;
    expect(documentLines(marked).map((line) => line.label)).not.toContain('Local edit');
  });

  it('an empty page has no lines', () => {
    expect(
      documentLines({
        ...villainDocument(),
        page: null,
        statements: { facts: [], quotes: [], events: [], relationships: [] },
      }),
    ).toEqual([]);
  });
});

describe('the diff between two documents', () => {
  it('lists only the lines that differ, word by word', () => {
    const before = villainDocument();
    const after = villainDocument();
    after.page = {
      ...(after.page as Row<'characters'>),
      summary: { text: 'A cruel fixture villain.', sources: [sourceB] },
    };
    const [summary, ...rest] = diffDocuments(before, after);
    expect(rest).toEqual([]);
    expect(summary?.label).toBe('Summary');
    expect(summary?.parts.filter((part) => part.added).map((part) => part.value.trim())).toEqual(['cruel']);
    expect(summary?.parts.some((part) => part.removed)).toBe(false);
  });

  it('shows an added statement as all new words and a removed one as all removed, in document order', () => {
    const before = villainDocument();
    const after = villainDocument();
    after.statements.facts = [
      { id: 'villain-fan-fact', text: 'A fan adds this.', about: ['characters:test-villain'], sources: [sourceA] },
    ];
    const diff = diffDocuments(before, after);
    expect(diff.map((line) => line.label)).toEqual(['Fact heroine-defeats-villain', 'Fact villain-fan-fact']);
    expect(diff[0]?.parts.every((part) => part.removed)).toBe(true);
    expect(diff[1]?.parts.every((part) => part.added)).toBe(true);
  });

  it('compares with nothing before a page existed, and nothing after it was deleted', () => {
    const document = villainDocument();
    expect(diffDocuments(null, document).every((line) => line.parts.every((part) => part.added))).toBe(true);
    expect(diffDocuments(document, null).every((line) => line.parts.every((part) => part.removed))).toBe(true);
    expect(diffDocuments(document, document)).toEqual([]);
  });
});
