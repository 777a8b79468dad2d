// The package's public entry: what a program outside src/ (the benchmark, an embedding service) may use.
export { loadConfig, type Config } from './config';
export { createServer } from './server';
export { openDatabase } from './db/database';
export { createDataSource } from './db/data-source';
export { ensureDatabase, startEmbeddedPostgres } from './db/embedded-postgres';
export { parseExplainer } from './importer/parse-explainer';
