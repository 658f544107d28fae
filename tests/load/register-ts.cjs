// Lets `node -r ./tests/load/register-ts.cjs file.ts` run the TypeScript benchmarks directly:
// each .ts file is compiled on require with SWC, as Jest does (type-checking is `tsc -p tests`).
const { readFileSync } = require('node:fs');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};
