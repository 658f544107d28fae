import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ClsServiceManager } from 'nestjs-cls';
import { DEFAULT_LOCALE } from '@helix/domain';
import type { AppConfig } from '@api/core/config/config';
import type { RequestStore } from '@api/core/context/request-context';
import { formatGraphQLError } from './error-formatter';

/** Operation limits (OWASP GraphQL cheat sheet); generous for the client's real queries. */
export const OPERATION_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxTokens: 3000,
  maxDirectives: 30,
  maxCost: 20000,
} as const;

const logger = new Logger('GraphQL');

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  const production = config.env === 'production';
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxTokens: { n: OPERATION_LIMITS.maxTokens },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: production },
  });
  const protection = armor.protect();
  return {
    driver: ApolloDriver,
    path: '/graphql',
    // The schema lives in memory; `npm run schema` writes apps/api/schema.gql from the same code.
    autoSchemaFile: true,
    sortSchema: true,
    introspection: !production,
    playground: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    plugins: [...protection.plugins, ...(production ? [] : [ApolloServerPluginLandingPageLocalDefault({ embed: true })])],
    validationRules: protection.validationRules,
    context: ({ req, res }: { req: unknown; res: unknown }) => ({ req, res }),
    formatError: (formatted, error) => {
      const cls = ClsServiceManager.getClsService<RequestStore>();
      return formatGraphQLError(formatted, error, {
        locale: (cls.isActive() && cls.get('locale')) || DEFAULT_LOCALE,
        exposeDetails: config.env === 'development',
        report: (unexpected) => logger.error({ err: unexpected }, 'unexpected error in a GraphQL operation'),
      });
    },
  };
}
