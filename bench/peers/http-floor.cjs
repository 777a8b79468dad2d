// The HTTP floor: bare node:http answering every request with one fixed explainer-sized JSON body (BODY_FILE).
'use strict';
const http = require('node:http');
const fs = require('node:fs');

const body = fs.readFileSync(process.env.BODY_FILE);
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length });
    res.end(body);
  });
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log(`http floor ready on ${process.env.PORT}`));
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
