// Every PostgreSQL connection of the process has an 'error' listener from the moment it exists. pg reports a
// connection that breaks while no query runs on it (PostgreSQL killed, restarted or terminating the backend) as an
// 'error' event on the client, and an 'error' event nobody listens to is thrown from the socket's callback: an
// uncaught exception that ends the process. Such a break can come before the caller's own listener is in place:
// a backend that sees its postmaster die right after it accepted a connection sends ReadyForQuery and
// `FATAL 57P01 terminating connection due to unexpected postmaster exit` in one packet, and pg handles both before
// the promise of connect() (or of the pool's checkout, in TypeORM) has resumed its caller.
// The owner still learns of the loss: its next query fails (the client is no longer queryable) and a pool drops
// the connection.
import { Client, type ClientConfig } from 'pg';

export type ConnectionErrorListener = (err: Error) => void;

const ignore: ConnectionErrorListener = () => undefined;

/** A pg.Client with an 'error' listener (`onError`, by default none beyond keeping the process up). */
export function pgClient(config: string | ClientConfig, onError: ConnectionErrorListener = ignore): Client {
  const client = new Client(config);
  client.on('error', onError);
  return client;
}

/**
 * The pg-pool `onConnect` hook that gives each new pooled connection its listener: called as soon as the
 * connection is up, before the pool hands it out (pg-pool's own listener only covers it while idle, TypeORM's
 * only once its checkout promise has resolved).
 */
export function listenOnPooledConnections(onError: ConnectionErrorListener = ignore): (client: Client) => void {
  return (client) => {
    client.on('error', onError);
  };
}
