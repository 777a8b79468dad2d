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
