// What is running: the package version and the git commit, read once at start (GET /version, build_info metric).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';

export interface VersionInfo {
  name: string;
  version: string;
  /** GIT_COMMIT when set (the Docker build passes it), else `git rev-parse HEAD` in the project, else `unknown`. */
  commit: string;
  node: string;
}

function gitHead(cwd: string): string | undefined {
  try {
    const out = execFileSync('git', ['rev-parse', 'HEAD'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 2000 });
    return /^[0-9a-f]{40}$/.test(out.trim()) ? out.trim() : undefined;
  } catch {
    return undefined; // no git binary (container) or no repository
  }
}

export function readVersion(config: Pick<Config, 'projectRoot' | 'gitCommit'>): VersionInfo {
  const pkg = JSON.parse(fs.readFileSync(path.join(config.projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  return {
    name: pkg.name,
    version: pkg.version,
    commit: config.gitCommit ?? gitHead(config.projectRoot) ?? 'unknown',
    node: process.version,
  };
}
