// The HTTP app lives in src/http (createServer is its composition root); this path stays for its importers.
export { createServer, API_SECURITY_HEADERS, type App } from './http/server';
