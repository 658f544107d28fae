const preset = require('../../jest.preset.js');
module.exports = { ...preset, displayName: 'domain', roots: ['<rootDir>/libs/domain/src'], testMatch: ['**/*.spec.ts'], testEnvironment: 'node' };
