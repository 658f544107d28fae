const preset = require('../../jest.preset.js');

module.exports = {
  ...preset,
  displayName: 'web',
  roots: ['<rootDir>/apps/web/src'],
  testEnvironment: '<rootDir>/apps/web/jest.environment.js',
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  moduleNameMapper: { '\\.css$': 'identity-obj-proxy', ...preset.moduleNameMapper },
  setupFilesAfterEnv: ['<rootDir>/apps/web/jest.setup.ts'],
};
