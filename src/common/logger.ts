// JSON logs (pino), pretty on a developer's terminal. Request lines carry the request id; keys and secrets are never logged.
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import type { Config } from '../config';

export type { Logger };

/** `destination` defaults to stdout (tests pass a stream). */
export function createLogger(config: Pick<Config, 'logLevel' | 'logPretty'>, destination?: DestinationStream): Logger {
  const options: LoggerOptions = { level: config.logLevel, base: { service: 'explainer-api' } };
  if (!config.logPretty) return destination ? pino(options, destination) : pino(options);
  let pretty: typeof import('pino-pretty') | undefined;
  try {
    // A development dependency: absent from the production image, where logs stay JSON.
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when present
    pretty = require('pino-pretty') as typeof import('pino-pretty');
  } catch {
    const logger = pino(options);
    logger.warn('LOG_PRETTY is on but pino-pretty (a development dependency) is not installed: logging JSON');
    return logger;
  }
  // In-process and synchronous, so that the last lines before process.exit() are not lost.
  return pino(options, pretty({ sync: true, colorize: true, singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname,service' }));
}
