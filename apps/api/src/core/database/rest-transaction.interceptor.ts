import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { catchError, concatMap, from, type Observable } from 'rxjs';
import type { RequestStore } from '@api/core/context/request-context';

/**
 * Ends the request transaction of a plain HTTP route (uploads, downloads, logos) the way the
 * GraphQL TransactionPlugin ends an operation's: COMMIT once the handler has succeeded, before
 * Nest sends what it returned, and ROLLBACK when it throws, before the error is answered. So a
 * route that writes either answers success with its write committed, or fails with nothing
 * written. A handler that writes the response itself (`@Res()`) is committed when it returns;
 * one that streams should return once the stream is set up, so the transaction does not stay
 * open while a slow client reads. GraphQL requests are left to the plugin.
 */
@Injectable()
export class RestTransactionInterceptor implements NestInterceptor {
  constructor(private readonly cls: ClsService<RequestStore>) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const transaction = context.getType() === 'http' && this.cls.isActive() ? this.cls.get('transaction') : undefined;
    if (!transaction) return next.handle();
    return next.handle().pipe(
      concatMap(async (value: unknown) => {
        await transaction.finish('commit');
        return value;
      }),
      catchError((error: unknown) =>
        from(
          transaction.finish('rollback').then(
            () => Promise.reject(error),
            () => Promise.reject(error),
          ),
        ),
      ),
    );
  }
}
