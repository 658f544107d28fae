const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'web',
  roots: ['<rootDir>/apps/web/src'],
  testEnvironment: '<rootDir>/apps/web/jest.environment.js',
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  moduleNameMapper: { '\\.css$': 'identity-obj-proxy', ...preset.moduleNameMapper },
  setupFilesAfterEnv: ['<rootDir>/apps/web/jest.setup.ts'],
  // Whole pages (lazy chunks, Mantine, forms filled key by key) render slowly in jsdom on a busy machine.
  testTimeout: 15_000,
};
