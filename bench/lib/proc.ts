// CPU time a process has used so far (user + system, from /proc/<pid>/stat), in milliseconds.
import fs from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

export function cpuMs(pid: number): number {
  try {
    // fields after "(comm) ": state is [0], utime [11], stime [12]
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return NaN;
  }
}
