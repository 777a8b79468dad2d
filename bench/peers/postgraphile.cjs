// PostGraphile v5 (amber preset) on the benchmark database: `node -r ./polyfill.cjs postgraphile.cjs`.
// Env: DATABASE_URL, PORT, DB_POOL_SIZE. GET /__stats gives the statements sent so far.
'use strict';
const http = require('node:http');
const { postgraphile } = require('postgraphile');
const { PostGraphileAmberPreset } = require('postgraphile/presets/amber');
const { makePgService } = require('postgraphile/adaptors/pg');
const { grafserv } = require('postgraphile/grafserv/node');
const { jsonPgSmartTags } = require('postgraphile/utils');
const { countingPool } = require('./counting-pool.cjs');

// PostGraphile offers conditions and orderings only on indexed columns, and ignores partial indexes. Two of the
// columns the benchmark needs are indexed in a way it does not see: article.slug (unique among live articles:
// a partial index WHERE draft_of IS NULL, so the queries also ask draftOf: null, which lets PostgreSQL use it)
// and the position of an article's contributors and topics (their rows are found by the article_id index and
// sorted: a few rows each). Tags say so, as a PostGraphile user would.
const indexed = { tags: { isIndexed: true } };
const IndexTags = jsonPgSmartTags({
  version: 1,
  config: {
    attribute: {
      'article.slug': indexed,
      'article_contributor.position': indexed,
      'article_topic.position': indexed,
    },
  },
});

const { pool, stats } = countingPool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [IndexTags],
  pgServices: [makePgService({ pool, schemas: ['public'] })],
  grafserv: { graphiql: false, watch: false, maxRequestLength: 1_000_000 },
  grafast: { explain: false },
};

async function main() {
  const pgl = postgraphile(preset);
  const serv = pgl.createServ(grafserv);
  const handler = serv.createHandler();
  await pgl.getSchema();
  const server = http.createServer((req, res) => {
    if (req.url === '/__stats') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(stats));
    } else {
      handler(req, res);
    }
  });
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`postgraphile ready on ${process.env.PORT}`));
  const stop = () => server.close(() => pgl.release().then(() => pool.end()).then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
