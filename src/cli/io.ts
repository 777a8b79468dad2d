// What a CLI command may touch of its process: output streams, whether stderr is a terminal, the environment.
import { CommanderError } from 'commander';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Progress bars draw only on a terminal; elsewhere each step is one line. */
  isTTY: boolean;
  /** The environment for loadConfig(); unset means the process's own. */
  env?: Record<string, string | undefined>;
}

/** Wrong usage (unknown fixture set, bad migration name): exit code 2, like commander's own usage errors. */
export class UsageError extends CommanderError {
  constructor(message: string) {
    super(2, 'explainer.usage', `error: ${message}`);
  }
}

/** What the bin needs of stdout and stderr. */
export interface OutputStream {
  write(chunk: string, done: () => void): boolean;
  on(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

/**
 * Exits once the streams have taken everything written: to a pipe ("import-quality --verbose | grep"), writes are
 * asynchronous, and exiting right away cut the output short.
 */
export function exitAfterOutput(code: number, streams: OutputStream[], exit: (code: number) => void): void {
  let pending = streams.length;
  const done = () => {
    if (--pending === 0) exit(code);
  };
  for (const s of streams) s.write('', done);
}

/**
 * A reader that stops early ("import-quality --verbose | head") closes the pipe: stop quietly with exit code 0, as
 * Unix tools do, instead of dying on an unhandled EPIPE with a stack trace. Other stream errors are thrown.
 */
export function stopQuietlyOnClosedPipe(streams: OutputStream[], exit: (code: number) => void): void {
  for (const s of streams)
    s.on('error', (err) => {
      if (err.code === 'EPIPE') return exit(0);
      throw err;
    });
}
