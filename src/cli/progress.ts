// A progress bar for long CLI work (seeding, and later imports and dataset generation), on stderr.
import { SingleBar, Presets } from 'cli-progress';
import type { CliIo } from './io';

export interface Progress {
  /** One step done; `label` names it. */
  tick(label: string): void;
  stop(): void;
}

export function startProgress(io: CliIo, title: string, total: number): Progress {
  if (!io.isTTY) {
    let done = 0;
    return {
      tick: (label) => io.err(`${title} ${++done}/${total} ${label}\n`),
      stop: () => undefined,
    };
  }
  const bar = new SingleBar(
    { format: `${title} [{bar}] {value}/{total} {label}`, hideCursor: true, clearOnComplete: false, stream: process.stderr },
    Presets.shades_classic,
  );
  bar.start(total, 0, { label: '' });
  return {
    tick: (label) => bar.increment(1, { label }),
    stop: () => bar.stop(),
  };
}
