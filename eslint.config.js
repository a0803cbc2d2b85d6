import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  {ignores: ['dist/', 'node_modules/', 'coverage/', '.bench/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {...globals.browser, ...globals.node},
    },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    // chai's `expect(x).to.exist` is an expression statement by design.
    files: ['test/**'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
);
