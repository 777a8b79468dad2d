// JSON logs (pino). Request lines carry the request id; keys and secrets are never logged.
import pino, { type Logger } from 'pino';
import type { Config } from '../config';

export type { Logger };

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'explainer-api' } });
}
