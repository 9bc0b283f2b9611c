// Lint rules: typescript-eslint's recommended set, and the architecture's dependency rule:
// nothing in src/core or src/registry may touch Office, Excel, CustomFunctions or the DOM.
import tseslint from 'typescript-eslint';

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
);
