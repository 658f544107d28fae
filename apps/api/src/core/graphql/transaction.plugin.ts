import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { ClsService } from 'nestjs-cls';
import { DEFAULT_LOCALE, formatMessage } from '@helix/domain';
import type { RequestStore } from '@api/core/context/request-context';

/**
 * Did the operation itself fail? An error on a root field (or one that nulled a root field) means
 * the work was not done; an error only in a nested field of an answer (a private relation the
 * caller may not read, say) does not undo the work the answer reports.
 */
export function operationFailed(data: Record<string, unknown> | null | undefined, errors: readonly GraphQLFormattedError[] | undefined): boolean {
  if (!errors?.length) return false;
  if (!data) return true;
  return errors.some((error) => (error.path?.length ?? 0) <= 1) || Object.values(data).some((value) => value === null);
}

/**
 * Ends each GraphQL request's transaction before the response leaves: COMMIT when the operation
 * succeeded, ROLLBACK otherwise — and then a mutation's response carries no data, so it never
 * reports a write that was undone. A refused or failed mutation leaves no partial write.
 */
@Plugin()
export class TransactionPlugin implements ApolloServerPlugin {
  private readonly logger = new Logger('TransactionPlugin');

  constructor(private readonly cls: ClsService<RequestStore>) {}

  async requestDidStart(): Promise<GraphQLRequestListener<Record<string, unknown>>> {
    const transaction = this.cls.get('transaction');
    return {
      willSendResponse: async ({ response, operation }) => {
        if (!transaction || response.body.kind !== 'single') {
          await transaction?.finish('rollback');
          return;
        }
        const result = response.body.singleResult;
        const failed = operationFailed(result.data, result.errors);
        try {
          await transaction.finish(failed ? 'rollback' : 'commit');
          if (failed && operation?.operation === 'mutation') result.data = null;
        } catch (error) {
          // A failed COMMIT means nothing was written: say so instead of returning stale success.
          this.logger.error({ err: error }, 'commit failed');
          result.data = null;
          result.errors = [new GraphQLError(formatMessage('INTERNAL', this.cls.get('locale') ?? DEFAULT_LOCALE), { extensions: { code: 'INTERNAL' } })];
        }
      },
    };
  }
}
