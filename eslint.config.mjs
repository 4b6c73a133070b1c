// @ts-check
/**
 * Lint for the TypeScript tree (src/ with the dashboard client, test/) and the plain JavaScript around it
 * (scripts/, jest.config.js). typescript-eslint's strictest type-aware presets; Prettier owns layout, so no rule
 * here is about spacing. Every rule turned off or loosened below says why.
 */
import eslint from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // generated/ holds GraphQL Code Generator's output (npm run codegen), checked by a test against the SDL.
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.neo4j/', 'export/', 'test-artifacts/', '**/target/', '**/generated/'] },
  eslint.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      // Each file is checked with the tsconfig.json nearest to it: the server's, the dashboard client's (DOM, bundled)
      // or the browser tests'.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // Counts and sizes are what messages are made of; null, undefined, booleans and objects still need a decision.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: false, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
      // `() => run(x)` as a callback is the idiom; what the rule is for, a void call's result used as a value, it still catches.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // `text || fallback` on a string means that an empty one takes the fallback too, as URL parameters and
      // environment variables want; for numbers and booleans ?? is still required.
      '@typescript-eslint/prefer-nullish-coalescing': ['error', { ignorePrimitives: { string: true } }],
      // Destructuring a key away (`const { limit: _limit, ...rest } = params`) is how an object is copied without it.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      // `() => {}` is the do-nothing default for an optional logger; empty functions and methods are still refused.
      '@typescript-eslint/no-empty-function': ['error', { allow: ['arrowFunctions'] }],
      // neo4j-driver declares its option bags (Config, SessionConfig) as classes, yet its own documentation passes
      // object literals for them, as every call here does.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      // Prettier wraps code at 140 columns (.prettierrc.json) but leaves comments alone: they are held to the same width.
      // A string, template or regular expression is kept whole on its line, however long, so that a message or a
      // query can be found by searching for its text.
      'max-len': ['error', { code: 140, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true, ignoreUrls: true }],
    },
  },
  {
    // The drafter indexes CoreNLP's sentences and tokens by the numbers CoreNLP's own parse gives (sentence and
    // token indices, dependency governors); a guard before each read would only restate that the parse is whole.
    files: ['src/draft/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests read GraphQL answers, query rows and parsed files as untyped JSON and check their shape with expect: a
      // wrong shape fails the assertion, which is the check these rules would ask to be written twice.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // A test that reads a row or element that is not there fails on the spot, which is the outcome wanted; a guard
      // before each read would only restate the assertion that follows.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // What beforeAll or beforeEach sets is declared without undefined, as every test reads it; the after hooks must
      // still guard it (`server?.stop()`) for the case where the set-up failed.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Query rows hold unknown values; String() of a Neo4j DATE or Integer is its ISO or decimal text, which is what
      // the tests compare.
      '@typescript-eslint/no-base-to-string': 'off',
      // The same untyped answers go into messages and queries built in template literals.
      '@typescript-eslint/restrict-template-expressions': [
        'error',
        { allowNumber: true, allowAny: true, allowBoolean: false, allowNullish: false, allowRegExp: false, allowNever: false },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: {
      // The build script and jest's config run under plain node before anything is compiled: CommonJS is what they are.
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  { files: ['**/*.mjs'], languageOptions: { sourceType: 'module' } },
);
