import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

/** Who a transaction acts for; empty for an anonymous visitor. */
export interface Actor {
  userId?: string;
  organisationId?: string;
}

/** The role requests run as: not a superuser, not an owner, no BYPASSRLS (see the first migration). */
export const APP_ROLE = 'helix_app';

/**
 * One database transaction for one unit of work (a GraphQL request, a health probe, a job).
 * It opens lazily on first use and, for request work, starts with `SET LOCAL ROLE helix_app` and
 * transaction-local settings for the actor, so row-level security sees who is asking and nothing
 * survives on the pooled connection after COMMIT or ROLLBACK.
 */
export class RequestTransaction {
  private opening?: Promise<QueryRunner>;
  private finished = false;
  private readonly rollbackTasks: (() => Promise<void> | void)[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private actor: Actor,
    readonly role: 'request' | 'system' = 'request',
  ) {}

  get started(): boolean {
    return this.opening !== undefined;
  }

  async manager(): Promise<EntityManager> {
    if (this.finished) throw new Error('The request transaction has already finished');
    this.opening ??= this.open();
    return (await this.opening).manager;
  }

  /** Changes who the transaction acts for (after sign-in, or once the organisation is known). */
  async setActor(actor: Actor): Promise<void> {
    this.actor = actor;
    if (this.opening) await this.applyActor(await this.opening);
  }

  getActor(): Actor {
    return this.actor;
  }

  /**
   * Undoes work done outside the database (bytes put in the file storage, say) when this
   * transaction ends without committing: a rollback or a failed COMMIT. Best effort: a failing
   * task does not stop the others.
   */
  onRollback(task: () => Promise<void> | void): void {
    this.rollbackTasks.push(task);
  }

  /** Commits (or rolls back) and hands the connection back to the pool; safe to call twice. */
  async finish(outcome: 'commit' | 'rollback'): Promise<void> {
    if (this.finished) return;
    this.finished = true;
    if (!this.opening) return outcome === 'rollback' ? this.runRollbackTasks() : undefined;
    const runner = await this.opening;
    let committed = false;
    try {
      if (runner.isTransactionActive) {
        if (outcome === 'commit') {
          await runner.commitTransaction();
          committed = true;
        } else await runner.rollbackTransaction();
      }
    } finally {
      await runner.release();
      if (!committed) await this.runRollbackTasks();
    }
  }

  private async runRollbackTasks(): Promise<void> {
    const tasks = this.rollbackTasks.splice(0);
    for (const task of tasks) {
      try {
        await task();
      } catch {
        // Best effort: what could not be undone stays, as if the process had stopped here.
      }
    }
  }

  private async open(): Promise<QueryRunner> {
    const runner = this.dataSource.createQueryRunner();
    try {
      await runner.connect();
      serialiseQueries(runner);
      await runner.startTransaction();
      if (this.role === 'request') await runner.query(`SET LOCAL ROLE ${APP_ROLE}`);
      await this.applyActor(runner);
      return runner;
    } catch (error) {
      await runner.release();
      throw error;
    }
  }

  /**
   * The actor, and JIT off: row-level security's sub-plans inflate the planner's estimates (about
   * 7 a row), so ordinary statements cross jit_above_cost and PostgreSQL spent up to 3 s compiling
   * statements that run in milliseconds (docs/performance.md). Same round trip; PGlite has no JIT.
   */
  private async applyActor(runner: QueryRunner): Promise<void> {
    await runner.query(`SELECT set_config('helix.user_id', $1, true), set_config('helix.org_id', $2, true), set_config('jit', 'off', true)`, [
      this.actor.userId ?? '',
      this.actor.organisationId ?? '',
    ]);
  }
}

/**
 * One statement at a time on the transaction's connection. Resolvers of one GraphQL request run
 * side by side (a DataLoader batch per relation), and pg only queues overlapping calls on one
 * client as a deprecated behaviour (removed in pg 9); here they wait their turn explicitly.
 */
function serialiseQueries(runner: QueryRunner): void {
  const query = runner.query.bind(runner);
  let previous: Promise<unknown> = Promise.resolve();
  runner.query = ((...args: Parameters<QueryRunner['query']>) => {
    const next = previous.then(() => query(...args));
    previous = next.catch(() => undefined);
    return next;
  }) as QueryRunner['query'];
}

/** Runs `work` in its own transaction and commits it, or rolls back when it throws. */
export async function inTransaction<T>(transaction: RequestTransaction, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    const result = await work(await transaction.manager());
    await transaction.finish('commit');
    return result;
  } catch (error) {
    await transaction.finish('rollback');
    throw error;
  }
}
