import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ClsService } from 'nestjs-cls';
import type { DataSource, EntityManager } from 'typeorm';
import { ActorService } from '@api/core/auth/actor.service';
import type { RequestStore } from '@api/core/context/request-context';
import { type Actor, inTransaction, RequestTransaction } from './request-transaction';

/**
 * The one way services reach the database. Inside a request, `manager()` is the request's single
 * transaction (as `helix_app`, so row-level security applies); outside one, work runs in a
 * transaction of its own.
 */
@Injectable()
export class DatabaseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cls: ClsService<RequestStore>,
    private readonly actors: ActorService,
  ) {}

  /**
   * The current request's transaction manager; opens the transaction on first use, after the
   * caller is known, so row-level security sees who asks from the first query on.
   */
  async manager(): Promise<EntityManager> {
    const transaction = this.cls.isActive() ? this.cls.get('transaction') : undefined;
    if (!transaction) throw new Error('No request transaction: use DatabaseService.run() outside requests');
    if (transaction.role === 'request') await this.actors.current();
    return transaction.manager();
  }

  /** A fresh transaction for the request role, acting for `actor` (health probes, tests, jobs). */
  run<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return inTransaction(new RequestTransaction(this.dataSource, actor, 'request'), work);
  }

  /**
   * A transaction as the owning role, which row-level security does not restrict: only for trusted
   * platform work (migrations, demo data, the start-up administrator), never for a request.
   */
  runAsSystem<T>(work: (manager: EntityManager) => Promise<T>, actor: Actor = {}): Promise<T> {
    this.refuseInsideOpenRequest();
    return inTransaction(new RequestTransaction(this.dataSource, actor, 'system'), work);
  }

  /**
   * Runs `work` with `manager()` bound to a system transaction, so services written for requests
   * (and their domain rules) serve the seed and the start-up tasks unchanged.
   */
  asSystem<T>(actor: Actor, work: () => Promise<T>): Promise<T> {
    this.refuseInsideOpenRequest();
    const transaction = new RequestTransaction(this.dataSource, actor, 'system');
    return this.cls.run(async () => {
      this.cls.set('transaction', transaction);
      return inTransaction(transaction, () => work());
    });
  }

  newRequestTransaction(actor: Actor = {}): RequestTransaction {
    return new RequestTransaction(this.dataSource, actor, 'request');
  }

  /**
   * The embedded database runs one transaction at a time: a second transaction opened while the
   * request's is open would wait for it forever. Platform work inside a request therefore goes
   * through the request's transaction (security-definer functions), never beside it.
   */
  private refuseInsideOpenRequest(): void {
    const transaction = this.cls.isActive() ? this.cls.get('transaction') : undefined;
    if (transaction?.role === 'request' && transaction.started) {
      throw new Error('A system transaction cannot open while the request transaction is open');
    }
  }
}
