// Lint rules: TypeScript-aware recommended rules, React hooks rules, and the project's own bans: no
// dangerouslySetInnerHTML, and the design's import boundaries (shared code → features → routes; features never import
// each other; only src/db and the features' api/ folders read the database).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const dexieBan = { name: 'dexie', message: 'Only src/db reads Dexie directly; use a query factory.' };
// Import paths as written: from src/features/<feature>/<folder>/file.ts, "../../<x>" is another feature.
const anotherFeature = {
  regex: '^\\.\\./\\.\\./(?!\\.\\./)|/features/',
  message: 'Features never import each other: compose them in a route.',
};
const featuresOrRoutes = {
  regex: '/(features|routes)/',
  message: 'Shared code (content, lib, components, db) never imports a feature or a route.',
};
const database = {
  regex: '(^|/)db/',
  message: "Only src/db and the features' query factories and mutations (api/) read the database.",
};
const reactOrDexie = {
  regex: '^(react|react-dom|dexie)(/|$)',
  message: 'src/content is plain data and types: no React, no Dexie.',
};

const restrict = (...patterns) => ['error', { paths: [dexieBan], patterns }];

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'src/routeTree.gen.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Render content and user text as text.',
        },
      ],
      'no-restricted-imports': restrict(),
    },
  },
  { files: ['src/features/*/api/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(anotherFeature) } },
  {
    files: ['src/features/*/components/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(anotherFeature, database) },
  },
  { files: ['src/routes/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': restrict(database) } },
  {
    files: ['src/{lib,components}/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': restrict(featuresOrRoutes, database) },
  },
  {
    files: ['src/content/**/*.ts'],
    rules: { 'no-restricted-imports': restrict(featuresOrRoutes, database, reactOrDexie) },
  },
  { files: ['src/db/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [featuresOrRoutes] }] } },
  { files: ['tests/**/*.{ts,tsx}', 'bench/**/*.ts', 'build/**/*.ts'], rules: { 'no-restricted-imports': 'off' } },
);
