// Unit, runtime-fidelity and end-to-end tests; the type-check runs separately (npm run typecheck).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', diagnostics: false }],
    '^.+\\.html$': '<rootDir>/test/html-transform.js',
  },
  // Every test runs in the script's time zone, as Apps Script runs the code (appsscript.json).
  globalSetup: '<rootDir>/test/global-setup.js',
  testTimeout: 120000,
};
