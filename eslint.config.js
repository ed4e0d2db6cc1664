import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** Imports run one way: data → state → charts/export → components → app. */
const layers = {
  data: ['state', 'charts', 'export', 'components', 'app'],
  state: ['charts', 'export', 'components', 'app'],
  charts: ['export', 'components', 'app'],
  export: ['components', 'app'],
  components: ['app'],
};

const boundaryRules = Object.entries(layers).map(([layer, forbidden]) => ({
  files: [`src/${layer}/**/*.{ts,tsx}`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((target) => ({
          group: [`../${target}/*`, `../../${target}/*`],
          message: `src/${layer} may not import from src/${target}: imports run data → state → charts/export → components → app.`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // "${…}" in a plain string is written out as it stands, never filled in.
      'no-template-curly-in-string': 'error',
    },
  },
  ...boundaryRules,
);
