// What the browser tests share: Debian's chromium (never a downloaded browser) and the loopback check of every request.
import { execFileSync } from 'node:child_process';

/** Debian's chromium from PATH; a missing browser fails the test (CI installs it with apt-get, see .ci/run). */
export function chromiumPath(): string {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('chromium is not installed: `apt-get install -y chromium` (this test never downloads a browser)');
  }
}

export function isLoopback(raw: string): boolean {
  const u = new URL(raw);
  if (u.protocol === 'data:' || u.protocol === 'about:') return true;
  if (u.protocol === 'blob:') return isLoopback(raw.slice('blob:'.length));
  const host = u.hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
