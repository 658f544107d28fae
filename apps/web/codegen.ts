import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where `nx run web:codegen` runs.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'apps/web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Enums as string-literal unions (what `enumsAsTypes` used to do), so they match @helix/domain.
        enumType: 'string-literal',
        useTypeImports: true,
        scalars: { DateTime: 'string', Long: 'number' },
        defaultScalarType: 'unknown',
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
      },
    },
  },
};

export default config;
