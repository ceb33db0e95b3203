import tseslint from 'typescript-eslint';

// The boundaries of ARCHITECTURE.md, enforced: platform knows no module; a module reaches
// another only through its index.ts; routes never query; repositories never decide.
// Test fixtures (`*.fixture.ts`) are shared test support, not a module's surface: any module's may be used.
const crossModule = {
  regex: '^\\.\\./[^./][^/]*/(?!index\\.tsx?$|[^/]+\\.fixture\\.ts$)[^/]+$',
  message: 'Import another module only through its index.ts.',
};
const webCrossModule = [
  { regex: '^\\.\\./(?!pages/|components/)[^./][^/]*/(?!index\\.tsx?$)[^/]+$', message: crossModule.message },
  { regex: '^\\.\\./\\.\\./(?!components/|platform/|app/|test/)[^./][^/]*/(?!index\\.tsx?$).+$', message: crossModule.message },
];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'data/**', '.test-data/**', 'server/migrations/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['server/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/**', '**/modules.ts'], message: 'platform/ imports no module.' }] }],
    },
  },
  {
    files: ['server/modules/**/*.ts'],
    ignores: ['**/*.routes.ts', '**/*.test.ts', '**/*.repository.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [crossModule] }] },
  },
  {
    // A web module keeps pages/ and components/ beside each other (ARCHITECTURE.md); reaching into
    // another module's folders from its root or from one of its sub-folders is what stays forbidden.
    files: ['web/modules/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: webCrossModule }] },
  },
  {
    files: ['server/modules/**/*.routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'Routes never query: call the service.' }],
          patterns: [crossModule, { group: ['./*.repository.ts', './*.schema.ts'], message: 'Routes never query: call the service.' }],
        },
      ],
    },
  },
  {
    files: ['server/modules/**/*.repository.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [crossModule, { group: ['./*.service.ts', './*.policy.ts', './*.rules.ts'], message: 'Repositories never decide.' }] },
      ],
    },
  },
);
