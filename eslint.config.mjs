// Lint rules: typescript-eslint's recommended set, and the architecture's dependency rules:
// nothing in src/core or src/registry may touch Office, Excel, CustomFunctions or the DOM, and
// the families of functions (the folders of src/core and src/registry/functions) import one
// another only through shared/ or a family's index.ts (scripts/family-boundaries.mjs); tests read no clock.
import tseslint from 'typescript-eslint';
import { familyBoundaries } from './scripts/family-boundaries.mjs';

const officeGlobals = ['Office', 'Excel', 'CustomFunctions', 'OfficeRuntime', 'window', 'document', 'navigator', 'location'];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', 'test-results/', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/core/**/*.ts', 'src/registry/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...officeGlobals.map((name) => ({ name, message: 'core and registry stay free of Office and the DOM' }))],
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/excel/*', '**/taskpane/*', '**/commands/*'], message: 'core and registry do not depend on the Excel side' }] }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/registry/functions/**/*.ts'],
    plugins: { nqp: { rules: { 'family-boundaries': familyBoundaries } } },
    rules: { 'nqp/family-boundaries': 'error' },
  },
  {
    // Embedded data sits below the core: it may name the shared Text type, nothing above it.
    files: ['src/data/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/registry', '**/registry/*', '**/excel/*', '**/taskpane/*', '**/commands/*', '**/templates/*', '**/glossary/*'], message: 'src/data depends on nothing above src/core/shared' }] }],
    },
  },
  {
    // Speed is measured by npm run bench, never by a timed unit test: a clock in a test fails on a loaded machine.
    // Tests count the work between a pacer's ticks instead.
    files: ['tests/**/*.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'time belongs in npm run bench; count pacer ticks or work instead' },
        { object: 'performance', property: 'now', message: 'time belongs in npm run bench; count pacer ticks or work instead' },
        { object: 'process', property: 'hrtime', message: 'time belongs in npm run bench; count pacer ticks or work instead' },
      ],
    },
  },
);
