// Lint rules for the Apps Script source, the local runtime and the tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'workspace/**', 'season/**', 'coverage/**', 'test-artifacts/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'require', 'process', 'Buffer', 'setTimeout', 'setInterval'],
      'no-restricted-imports': [
        'error',
        { patterns: ['node:*', 'fs', 'path', 'vm', '../local/*', '../../local/*'] },
      ],
    },
  },
  // The layers (docs/ARCHITECTURE.md): main → workflow → gas / domain; domain imports nothing of the others, gas
  // nothing of workflow; the runtime emulates Google from the ports and the domain's types alone.
  {
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'vm', '**/local/**'],
              message: 'The script runs on Apps Script.',
            },
            {
              group: [
                '../gas/*',
                '../workflow/*',
                '../main',
                '../ui/*',
                '../../gas/*',
                '../../workflow/*',
                '../../main',
                '../../ui/*',
              ],
              message: 'The domain is pure: it imports only the domain.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/gas/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'vm', '**/local/**'],
              message: 'The script runs on Apps Script.',
            },
            {
              group: ['../workflow/*', '../main', '../../workflow/*', '../../main'],
              message: 'gas/ serves workflow/, never the other way.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/workflow/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'path', 'vm', '**/local/**'],
              message: 'The script runs on Apps Script.',
            },
            {
              group: ['../main', '../../main'],
              message: 'main.ts is the entry points only; workflow/ never imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    files: [
      'local/world/**/*.ts',
      'local/host.ts',
      'local/runtime/**/*.ts',
      'local/runtime-shape.ts',
      'local/cost.ts',
      'local/services/**/*.ts',
      'local/spreadsheet/**/*.ts',
      'local/persist/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)src/(?!gas/ports(/[a-z-]+)?$|domain/types$)',
              message:
                'The runtime never imports the product: only src/gas/ports (the folder or its files) and src/domain/types, so it cannot share the product’s mistakes.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
