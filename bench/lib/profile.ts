// Reads a V8 CPU profile (node --cpu-prof) into the frames that took the most time: self time per function
// (name, file, line) and per package or source folder, and total time (self and callees) per function, as shares
// of the sampled time; compare() sets two profiles side by side per request.
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface Frame {
  frame: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  /** Sampled time, the server's start (module loading, schema) left out. */
  totalMs: number;
  startupMs: number;
  idleShare: number;
  /** Self time per function. */
  functions: Frame[];
  /** Total time per function: the samples with it anywhere on the stack (a recursive frame counted once). */
  inclusive: Frame[];
  groups: { group: string; ms: number; share: number }[];
  /** Every function's self and total time, in ms, for compare(). */
  all: { self: Map<string, number>; total: Map<string, number>; groups: Map<string, number> };
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

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const short = url.replace(/^.*\/(node_modules|dist)\//, '$1/');
  return `${functionName || '(anonymous)'} ${short ? `${short}:${lineNumber + 1}` : ''}`.trim();
}

export function summarizeProfile(file: string, top = 25): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  let total = [...self.values()].reduce((a, b) => a + b, 0);
  const fns = new Map<string, number>();
  const incl = new Map<string, number>();
  const groups = new Map<string, number>();
  let idle = 0;
  // The server's start (loading its modules, building the schema) is no request's work.
  const startup = new Set<number>();
  for (const n of profile.nodes) {
    let at: number | undefined = n.id;
    while (at !== undefined && !/run_main_module/.test(byId.get(at)!.callFrame.url)) at = parent.get(at);
    if (at !== undefined) startup.add(n.id);
  }
  let startupMs = 0;
  for (const [id, ms] of self) {
    if (startup.has(id)) {
      startupMs += ms;
      continue;
    }
    const node = byId.get(id)!;
    const { functionName, url } = node.callFrame;
    if (functionName === '(idle)') idle += ms;
    const frame = frameName(node);
    fns.set(frame, (fns.get(frame) ?? 0) + ms);
    const g = functionName.startsWith('(') ? functionName : groupOf(url);
    groups.set(g, (groups.get(g) ?? 0) + ms);
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) onStack.add(frameName(byId.get(at)!));
    for (const f of onStack) incl.set(f, (incl.get(f) ?? 0) + ms);
  }
  total -= startupMs;
  // The root covers everything: no information.
  incl.delete('(root)');
  const rank = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).slice(0, top);
  return {
    totalMs: total,
    startupMs,
    idleShare: idle / total,
    functions: rank(fns).map(([frame, ms]) => ({ frame, ms, share: ms / total })),
    inclusive: rank(incl).map(([frame, ms]) => ({ frame, ms, share: ms / total })),
    groups: rank(groups).map(([group, ms]) => ({ group, ms, share: ms / total })),
    all: { self: fns, total: incl, groups },
  };
}

export interface Difference {
  name: string;
  /** Microseconds per request in this build and in the baseline. */
  us: number;
  baseUs: number;
}

/**
 * Two profiles of the same load per request (µs): the `top` entries whose time per request differs most, this
 * build's excess first. `pick` chooses self time, total time or groups.
 */
export function compare(
  a: ProfileSummary,
  aRequests: number,
  b: ProfileSummary,
  bRequests: number,
  pick: (s: ProfileSummary) => Map<string, number>,
  top = 20,
): Difference[] {
  // Frames of dist/ files are named alike in both builds, but a changed file moves its line numbers: matched by
  // function and file.
  const byFunction = (m: Map<string, number>) => {
    const out = new Map<string, number>();
    for (const [k, v] of m) out.set(k.replace(/:\d+$/, ''), (out.get(k.replace(/:\d+$/, '')) ?? 0) + v);
    return out;
  };
  const ma = byFunction(pick(a));
  const mb = byFunction(pick(b));
  const names = new Set([...ma.keys(), ...mb.keys()]);
  names.delete('(idle)');
  return [...names]
    .map((name) => ({ name, us: ((ma.get(name) ?? 0) * 1000) / aRequests, baseUs: ((mb.get(name) ?? 0) * 1000) / bRequests }))
    .sort((x, y) => Math.abs(y.us - y.baseUs) - Math.abs(x.us - x.baseUs))
    .slice(0, top);
}
