// The entity manager of one request: the same data source, with every statement it sends (and its transactions')
// counted into the request's scope (common/request-scope.ts). A TypeORM EntityManager makes a query runner per
// statement or transaction; this one ties each to the request before it sends anything.
import { EntityManager, type DataSource, type QueryRunner } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import { bindScope, type RequestScope } from '../common/request-scope';

export class RequestManager extends EntityManager {
  constructor(
    dataSource: DataSource,
    readonly scope: RequestScope,
  ) {
    super(dataSource);
    bindScope(this, scope);
  }

  /** A query runner of the data source, tied to this request. */
  runner(): QueryRunner {
    return bindScope(this.connection.createQueryRunner(), this.scope);
  }

  // TypeORM's own signature.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override async query<T = any>(sql: string, parameters?: any[]): Promise<T> {
    const qr = this.runner();
    try {
      return (await qr.query(sql, parameters)) as T;
    } finally {
      await qr.release();
    }
  }

  // As EntityManager.transaction, on a runner tied to this request.
  override transaction<T>(run: (m: EntityManager) => Promise<T>): Promise<T>;
  override transaction<T>(isolation: IsolationLevel, run: (m: EntityManager) => Promise<T>): Promise<T>;
  override async transaction<T>(isolationOrRun: IsolationLevel | ((m: EntityManager) => Promise<T>), runParam?: (m: EntityManager) => Promise<T>): Promise<T> {
    const isolation = typeof isolationOrRun === 'string' ? isolationOrRun : undefined;
    const run = typeof isolationOrRun === 'function' ? isolationOrRun : runParam;
    if (!run) throw new Error('transaction: no function to run');
    const qr = this.runner();
    try {
      await qr.startTransaction(isolation);
      const result = await run(qr.manager);
      await qr.commitTransaction();
      return result;
    } catch (err) {
      try {
        await qr.rollbackTransaction();
      } catch {
        // the original error is the one to report
      }
      throw err;
    } finally {
      await qr.release();
    }
  }
}

/** The manager a request uses on `dataSource`. */
export function requestManager(dataSource: DataSource, scope: RequestScope): RequestManager {
  return new RequestManager(dataSource, scope);
}
