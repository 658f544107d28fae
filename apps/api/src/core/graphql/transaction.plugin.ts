import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import { GraphQLError } from 'graphql';
import { DEFAULT_LOCALE, formatMessage } from '@helix/domain';
import { ClsService } from 'nestjs-cls';
import type { RequestStore } from '@api/core/context/request-context';

/**
 * Ends each GraphQL request's transaction before the response leaves: COMMIT when the operation
 * produced no error, ROLLBACK otherwise, so a refused or failed mutation leaves no partial write.
 */
@Plugin()
export class TransactionPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger('TransactionPlugin');

  constructor(private readonly cls: ClsService<RequestStore>) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const transaction = this.cls.get('transaction');
    return {
      willSendResponse: async ({ response, errors }) => {
        if (!transaction) return;
        const body = response.body;
        const failed = (errors?.length ?? 0) > 0 || (body.kind === 'single' && (body.singleResult.errors?.length ?? 0) > 0);
        try {
          await transaction.finish(failed ? 'rollback' : 'commit');
        } catch (error) {
          // A failed COMMIT means nothing was written: say so instead of returning stale success.
          this.logger.error({ err: error }, 'commit failed');
          if (body.kind === 'single') {
            body.singleResult.data = null;
            body.singleResult.errors = [new GraphQLError(formatMessage('INTERNAL', this.cls.get('locale') ?? DEFAULT_LOCALE), { extensions: { code: 'INTERNAL' } })];
          }
        }
      },
    };
  }
}
