/**
 * Three tiers: unit tests need no database; integration tests run against a real Neo4j that
 * test/support/globalSetup.ts starts (or the one NEO4J_URI names); browser tests drive Debian's chromium
 * against the dashboard served on that Neo4j. The integration tier can run in workers (`--maxWorkers=N`): each
 * worker gets a Neo4j of its own (test/support/workerStores.ts). The npm scripts run every tier in band, which
 * measured faster on the two-core machine CI runs on (README, "Tests", has the figures).
 *
 * ts-jest compiles each file by itself without type-checking it (tsconfig.json sets isolatedModules): `tsc --noEmit`
 * type-checks the whole tree once, in CI and before a commit, and the same setting makes tsc refuse any code that
 * compiling file by file would get wrong.
 */
const common = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }] },
};

module.exports = {
  testTimeout: 60000,
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/support/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
      setupFiles: ['<rootDir>/test/support/workerDatabase.ts'],
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'test/browser/tsconfig.json', diagnostics: { warnOnly: false } }] },
      globalSetup: '<rootDir>/test/browser/globalSetup.ts',
      globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
    },
  ],
};
