// The whole suite in one run: domain and API units, API integration against PostgreSQL,
// black-box GraphQL over HTTP, the web client's units and the browser journeys.
module.exports = {
  // Global only (Jest ignores it per project): servers and databases start inside hooks.
  testTimeout: 120000,
  projects: ['<rootDir>/libs/domain/jest.config.js', '<rootDir>/apps/api/jest.config.js', '<rootDir>/apps/web/jest.config.js', '<rootDir>/tests/jest.config.js'],
};
