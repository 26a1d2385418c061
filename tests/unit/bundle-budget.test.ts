// The bundle budget's rule for what a first visit runs: the entry's static imports and the page's own chunk, never what
// the page loads later.
import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { budgetOf, editorBudgetKb, firstVisitBudgetKb, weighRoutes } from '../../build/bundle-budget-vite-plugin';

const routesDir = '/app/src/routes';
const chunk = (fileName: string, fields: Partial<OutputChunk>) =>
  ({
    type: 'chunk',
    fileName,
    imports: [],
    dynamicImports: [],
    isEntry: false,
    facadeModuleId: null,
    ...fields,
  }) as unknown as OutputChunk;

const bundle = Object.fromEntries(
  [
    chunk('index.js', { isEntry: true, imports: ['vendor.js'], dynamicImports: ['slug.js', 'people.js', 'corpus.js'] }),
    chunk('vendor.js', {}),
    chunk('slug.js', {
      facadeModuleId: `${routesDir}/characters/$slug.tsx?tsr-split=component---loader`,
      imports: ['shared.js'],
      dynamicImports: ['map.js'],
    }),
    chunk('slug-missing.js', { facadeModuleId: `${routesDir}/characters/$slug.tsx?tsr-split=notFoundComponent` }),
    chunk('people.js', {
      facadeModuleId: `${routesDir}/people/index.tsx?tsr-split=component---loader`,
      imports: ['shared.js'],
    }),
    chunk('shared.js', { imports: ['vendor.js'] }),
    chunk('map.js', { imports: ['d3.js'] }),
    chunk('d3.js', {}),
    chunk('corpus.js', { facadeModuleId: '\0virtual:corpus' }),
  ].map((output) => [output.fileName, output]),
) as OutputBundle;

describe('weighRoutes', () => {
  it('counts the entry with its static imports and the page chunk with its own, but nothing the page loads later', () => {
    const weights = weighRoutes(bundle, routesDir, () => 1024);
    expect(weights.find((weight) => weight.route === 'characters/$slug')).toEqual({
      route: 'characters/$slug',
      files: ['index.js', 'shared.js', 'slug.js', 'vendor.js'],
      codeKb: 4,
      overBudget: false,
    });
    expect(weights.find((weight) => weight.route === 'people/index')?.files).toEqual([
      'index.js',
      'people.js',
      'shared.js',
      'vendor.js',
    ]);
    expect(weights.map((weight) => weight.route)).toHaveLength(2);
  });

  it('gives the editors their own budget, and keeps the read pages to theirs', () => {
    expect(budgetOf('characters/$slug_.edit')).toBe(editorBudgetKb);
    expect(budgetOf('characters/new')).toBe(editorBudgetKb);
    expect(budgetOf('characters/$slug')).toBe(firstVisitBudgetKb);
    expect(budgetOf('characters/index')).toBe(firstVisitBudgetKb);
    expect(budgetOf('edits')).toBe(editorBudgetKb);
    expect(budgetOf('import')).toBe(editorBudgetKb);
    expect(budgetOf('seasons/$number')).toBe(firstVisitBudgetKb);
  });

  it('flags a page over the budget', () => {
    const weights = weighRoutes(bundle, routesDir, (file) => (file === 'slug.js' ? firstVisitBudgetKb * 1024 : 1024));
    expect(weights.filter((weight) => weight.overBudget).map((weight) => weight.route)).toEqual(['characters/$slug']);
  });
});
