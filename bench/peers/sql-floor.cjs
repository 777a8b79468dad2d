// The SQL floor: bare node:http + pg, each operation answered by ONE hand-written statement (sql.cjs) that builds
// the response as JSON text, sent as it comes (prepared statements, no GraphQL). It reads operationName and
// variables from the same POST body the others get. Env: DATABASE_URL, PORT, DB_POOL_SIZE.
'use strict';
const http = require('node:http');
const { FLOOR, FLOOR_WRITE } = require('./sql.cjs');
const { countingPool } = require('./counting-pool.cjs');

const { pool, stats } = countingPool({ connectionString: process.env.DATABASE_URL, max: Number(process.env.DB_POOL_SIZE ?? 10) });

const ARGS = {
  Explainer: (v) => [v.slug],
  ExplainerBefore: (v) => [v.slug],
  TwoSections: (v) => [v.slug, v.keys],
  DayPage: (v) => [v.day],
  Search: (v) => [v.q],
};

const WRITE_ARGS = {
  UpdateSection: (v) => [v.articleId, v.sectionId, v.v, v.body],
  CreateArticle: (v) => [JSON.stringify(v.input)],
};

// POST /write: the writes' floor (bench/writes.ts); 409 when the version check fails, as a lost edit must not pass.
async function write(operationName, variables) {
  const { rows } = await pool.query({ name: operationName, text: FLOOR_WRITE[operationName], values: WRITE_ARGS[operationName](variables) });
  if (rows.length === 0 || rows[0].sections === 0) return [409, JSON.stringify({ error: 'VERSION_CONFLICT' })];
  return [200, JSON.stringify(rows[0])];
}

const server = http.createServer((req, res) => {
  if (req.url === '/__stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(stats));
    return;
  }
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const { operationName, variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      if (req.url === '/write') {
        const [status, body] = await write(operationName, variables);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
        res.end(body);
        return;
      }
      const { rows } = await pool.query({ name: operationName, text: FLOOR[operationName], values: ARGS[operationName](variables ?? {}) });
      const body = rows[0].body;
      res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body) });
      res.end(body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(err && err.message));
    }
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`sql floor ready on ${process.env.PORT}`));
const stop = () => server.close(() => pool.end().then(() => process.exit(0)));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
