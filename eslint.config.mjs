import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import esx from 'eslint-plugin-es-x';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**', 'results/**', 'test-artifacts/**', 'src/**/*.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Regexes here run on user text inside a send handler: no super-linear backtracking.
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine runs in Outlook's JavaScript-only runtime, which is ES2016 on classic
    // Windows builds before 2403: no newer built-ins (Object.entries, padStart...) and no
    // newer regex features (look-behind, \p{...}, named groups, the s flag).
    files: ['src/engine/**/*.ts'],
    ...esx.configs['flat/restrict-to-es2016'],
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      // Syntax is lowered by TypeScript; only built-ins and regex features matter here.
      'es-x/no-async-functions': 'off',
      'es-x/no-trailing-function-commas': 'off',
      'es-x/no-optional-chaining': 'off',
      'es-x/no-nullish-coalescing-operators': 'off',
      'es-x/no-logical-assignment-operators': 'off',
      'es-x/no-rest-spread-properties': 'off',
      'es-x/no-optional-catch-binding': 'off',
      'es-x/no-numeric-separators': 'off',
      'es-x/no-class-fields': 'off',
      'es-x/no-class-instance-fields': 'off',
      'es-x/no-class-static-fields': 'off',
      'es-x/no-class-private-fields': 'off',
      'es-x/no-class-private-methods': 'off',
      'es-x/no-async-iteration': 'off',
    },
  },
  {
    // React components: the rules of hooks (effects that subscribe once, no state set during render)
    // and accessibility of the JSX itself.
    files: ['**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    files: ['**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['scripts/**/*.js', 'bench/**/*.js', 'bin/**/*.js', 'webpack.config.js', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', URL: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
