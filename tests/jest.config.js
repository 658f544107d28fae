const preset = require('../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'tests',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/api/**/*.api-spec.ts', '**/e2e/**/*.e2e-spec.ts', '**/workspace/**/*.spec.ts'],
  testEnvironment: 'node',
  testTimeout: 120000,
};
