// Typed access to the peers' hand-written SQL (sql.cjs, which the plain-JS peer servers load directly).
import sql = require('./sql.cjs');

export const { FLOOR, PEER_SQL } = sql;
