// Lint rules, including the layer boundaries of ARCHITECTURE.md:
// core imports nothing of ours; db → core; documents → core; server → core, db, documents; cli → core, db, law-data;
// web → core (pure helpers).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: patterns.map((group) => ({ group: [group], message })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'web/dist/**', 'node_modules/**', 'data/**', 'fixtures/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      ...restrict(
        [
          '**/db/**',
          '**/server/**',
          '**/cli/**',
          '**/law-data/**',
          '**/paths*',
          'node:fs*',
          'fs',
          'node:path',
          'pg',
          'better-sqlite3',
          'fastify*',
          'playwright-core',
        ],
        'core is pure: no I/O and no imports from outer layers',
      ),
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'core must not read process.env or argv' },
      ],
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: restrict(['**/server/**', '**/cli/**'], 'db may import core only'),
  },
  {
    files: ['src/documents/**/*.ts'],
    rules: restrict(
      ['**/db/**', '**/server/**', '**/cli/**', '**/law-data/**'],
      'documents may import core only',
    ),
  },
  {
    files: ['src/server/**/*.ts'],
    rules: restrict(['**/cli/**'], 'server may not import cli'),
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    rules: restrict(['**/db/**', '**/cli/**', 'node:*'], 'web may import core helpers and server types only'),
  },
);
