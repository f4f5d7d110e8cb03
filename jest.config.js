// Unit, runtime-fidelity and end-to-end tests; the type-check runs separately (npm run typecheck).
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.node.json', isolatedModules: true, diagnostics: false }],
  },
  testTimeout: 120000,
};
