// Reads a V8 CPU profile (node --cpu-prof) into the frames that took the most time: self time per function
// (name, file, line) and per package or source folder, as shares of the sampled time.
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface ProfileSummary {
  totalMs: number;
  idleShare: number;
  functions: { frame: string; ms: number; share: number }[];
  groups: { group: string; ms: number; share: number }[];
}

/** Where a frame's file belongs: a package (node_modules/<name>), a folder of src/, node's own, or V8. */
function groupOf(url: string): string {
  if (!url) return '(V8/native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const src = /\/dist\/src\/([^/]+(?:\/[^/]+)?)\//.exec(url) ?? /\/dist\/src\/([^/]+)$/.exec(url);
  if (src) return `src/${src[1]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url;
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const groups = new Map<string, number>();
  let idle = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    if (functionName === '(idle)') idle += ms;
    const short = url.replace(/^.*\/(node_modules|dist)\//, '$1/');
    const frame = `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
    fns.set(frame, (fns.get(frame) ?? 0) + ms);
    const g = functionName.startsWith('(') ? functionName : groupOf(url);
    groups.set(g, (groups.get(g) ?? 0) + ms);
  }
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    totalMs: total,
    idleShare: idle / total,
    functions: rank(fns).map(([frame, ms]) => ({ frame, ms, share: ms / total })),
    groups: rank(groups).map(([group, ms]) => ({ group, ms, share: ms / total })),
  };
}
