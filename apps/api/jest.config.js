const preset = require('../../jest.preset.js');
module.exports = {
  ...preset,
  displayName: 'api',
  roots: ['<rootDir>/apps/api/src'],
  testMatch: ['**/*.spec.ts', '**/*.int-spec.ts'],
  testEnvironment: 'node',
  testTimeout: 60000,
};
