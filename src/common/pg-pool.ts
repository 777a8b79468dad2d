// The pg pool of the primary behind TypeORM's postgres driver. Here, below the features and the database layer,
// because both use it (the webhook dispatcher LISTENs on it; features never import db/).
import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';

/** The pg pool of the primary behind TypeORM's postgres driver (undefined before initialize()). */
export function primaryPool(ds: DataSource): Pool | undefined {
  return (ds.driver as unknown as { master?: Pool }).master;
}

/** The connection URL of the primary (the master's under replication). */
export function primaryUrl(ds: DataSource): string | undefined {
  const o = ds.options as { url?: string; replication?: { master: { url?: string } } };
  return o.replication ? o.replication.master.url : o.url;
}
