// A pg Pool that counts the statements its clients send (the peers report them at GET /__stats).
'use strict';
const { Pool } = require('pg');

function countingPool(config) {
  const pool = new Pool(config);
  const stats = { statements: 0 };
  pool.on('connect', (client) => {
    const query = client.query.bind(client);
    client.query = (...args) => {
      stats.statements++;
      return query(...args);
    };
  });
  return { pool, stats };
}

module.exports = { countingPool };
