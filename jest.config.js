/** Tests run on a real PostgreSQL started once per run in the global setup; each test file makes its own database. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: false, diagnostics: { ignoreCodes: [151002] } }] },
  globalSetup: '<rootDir>/test/setup/global-setup.ts',
  globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker that has closed everything still needs time to exit (it frees its heap); on a loaded 2-core machine
  // that took 0.6-2.9 s, past jest's 500 ms, and jest printed "failed to exit gracefully" with no handle left open
  // (docs/testing.md). A real leak keeps a worker alive for good and is still reported.
  workerGracefulExitTimeout: 10000,
};
