// The TypeORM DataSource of the app, as the TypeORM CLI and tools expect it at the project root.
// The app itself builds its data source through createDataSource() once the database URL is known
// (an embedded PostgreSQL is started when DATABASE_URL is unset).
import 'reflect-metadata';
import { loadConfig } from './src/config';
import { createDataSource } from './src/db/data-source';
import { embeddedUrl } from './src/db/database';

const config = loadConfig();

export { createDataSource };
export const AppDataSource = createDataSource({
  url: config.database.url ?? embeddedUrl(config),
  poolSize: config.database.poolSize,
});
export default AppDataSource;
