import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'coverage/**', '.perf/**'] },
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The engine is pure computation: no I/O modules, no process globals.
    files: ['packages/engine/src/**/*.ts'],
    ignores: ['packages/engine/src/**/*.test.ts', 'packages/engine/src/**/*.test-support.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'fs', 'path', 'http', 'https', 'net', 'child_process', 'worker_threads', 'zlib'], message: 'the engine does no I/O; do it in server or cli' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'the engine runs in the browser too; take configuration as parameters' }],
    },
  },
  {
    // Only parameterised SQL: text spliced into a query is how injection happens. The schema's CHECK lists
    // (constants of the code) are the one exception; tests may build their own (table names of the schema).
    files: ['packages/server/src/**/*.ts'],
    ignores: ['packages/server/src/storage/schema/check-in.ts', 'packages/server/src/**/*.test.ts', 'packages/server/src/**/*.test-support.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='sql'][callee.property.name='raw']", message: 'sql.raw splices text into SQL; pass values as ${parameters} of the sql template' },
        { selector: "CallExpression[callee.property.name='unsafe']", message: 'no unsafe SQL; use parameters' },
      ],
    },
  },
);
