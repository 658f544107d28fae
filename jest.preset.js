// Shared Jest settings: SWC compiles TypeScript (with decorator metadata for NestJS) and the
// workspace path aliases are mapped to their sources, so tests run what the build runs.
const path = require('node:path');
const root = __dirname;
module.exports = {
  rootDir: root,
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true, decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
          target: 'es2022',
          keepClassNames: true,
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@helix/domain$': path.join(root, 'libs/domain/src/index.ts'),
    '^@api/(.*)$': path.join(root, 'apps/api/src/$1'),
    '^@web/(.*)$': path.join(root, 'apps/web/src/$1'),
    '^@tests/(.*)$': path.join(root, 'tests/$1'),
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
