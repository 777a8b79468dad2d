// Which articles a transaction wrote, announced once it commits: the response cache drops what they touched.
// Every write path records its article here (writeRevision, which every versioned write, create and import
// calls; deleteArticle), inside its transaction; listeners run after COMMIT and are awaited by it, so the
// mutation's response leaves only once the cache has forgotten the old content.
import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { EventSubscriber } from 'typeorm';

export type ArticlesWritten = (articleIds: string[]) => Promise<void> | void;

const listeners = new WeakMap<DataSource, Set<ArticlesWritten>>();
const KEY = 'writtenArticles';

/** Calls `listener` after every commit that wrote articles through `ds`; returns the unsubscribe. */
export function onArticlesWritten(ds: DataSource, listener: ArticlesWritten): () => void {
  let set = listeners.get(ds);
  if (!set) listeners.set(ds, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

async function announce(ds: DataSource, ids: string[]): Promise<void> {
  const set = listeners.get(ds);
  if (!set || ids.length === 0) return;
  await Promise.all([...set].map((l) => l(ids)));
}

/** Records that `articleId` was written in `m`'s transaction (announced after commit; at once outside one). */
export async function noteArticleWrite(m: EntityManager, articleId: string): Promise<void> {
  const qr = m.queryRunner;
  if (qr?.isTransactionActive) {
    ((qr.data[KEY] as Set<string> | undefined) ?? (qr.data[KEY] = new Set<string>())).add(articleId);
  } else {
    await announce(m.connection, [articleId]);
  }
}

@EventSubscriber()
export class ArticleWriteSubscriber implements EntitySubscriberInterface {
  afterTransactionCommit(event: TransactionCommitEvent): Promise<void> | void {
    // A released savepoint: the outer transaction may still roll back.
    if (event.queryRunner.isTransactionActive) return;
    const ids = event.queryRunner.data[KEY] as Set<string> | undefined;
    if (!ids) return;
    delete event.queryRunner.data[KEY];
    return announce(event.dataSource, [...ids]);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) delete event.queryRunner.data[KEY];
  }
}
