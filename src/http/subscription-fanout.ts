// Live fan-out over graphql-ws: an event is executed ONCE per group of subscribers that would get the same answer
// (same query text, operation name and variables, and the same visibility: role, drafts, preview), and its answer
// serialized once; each subscriber's `next` message is its own id spliced in front of the group's payload text.
// Before (1,000 readers of one article): each subscriber executed the selection over the shared event, serialized it
// and wrote it; the profile's per-write time was graphql-js execution, JSON.stringify and the garbage they made.
import { createSourceEventStream, execute, type ExecutionArgs, type ExecutionResult } from 'graphql';
import type { Viewer } from '../common/viewer';

/** Executions of subscription events (one per event and group), for tests and the bench. */
export interface FanoutCounter {
  executions: number;
}

/** What decides a subscriber's answer to an event besides the event itself. */
export function groupKey(query: string, operationName: string | null | undefined, variables: unknown, viewer: Viewer): string {
  // Reads depend on the viewer through these only (modules/visibility.read.ts); the key's id and name select nothing.
  return JSON.stringify([query, operationName ?? null, variables ?? null, viewer.role, viewer.canSeeDrafts, viewer.previewArticleId ?? null]);
}

/** The group of each subscription's execution arguments (the object onSubscribe returns, which graphql-ws passes on). */
const groups = new WeakMap<ExecutionArgs, string>();
/** Per event (the hub's object, the same for every subscriber) and group: its one execution. */
const answers = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

export function inGroup(args: ExecutionArgs, key: string): ExecutionArgs {
  groups.set(args, key);
  return args;
}

function executeOnce(event: unknown, args: ExecutionArgs, counter: FanoutCounter): Promise<ExecutionResult> {
  const run = () => {
    counter.executions++;
    return Promise.resolve(execute({ ...args, rootValue: event }));
  };
  const key = groups.get(args);
  if (key === undefined || typeof event !== 'object' || event === null) return run();
  let byGroup = answers.get(event);
  if (!byGroup) answers.set(event, (byGroup = new Map()));
  let answer = byGroup.get(key);
  if (!answer) byGroup.set(key, (answer = run()));
  return answer;
}

/** An async iterator of `source` mapped through `map`; return() and throw() reach the source (a client leaving). */
function mapEvents<T, U>(source: AsyncIterator<T>, map: (value: T) => Promise<U>): AsyncIterableIterator<U> {
  const mapped = async (r: IteratorResult<T>): Promise<IteratorResult<U>> => (r.done ? r : { value: await map(r.value), done: false });
  return {
    next: () => source.next().then(mapped),
    return: () => (source.return ? source.return().then(mapped) : Promise.resolve({ value: undefined, done: true })),
    throw: (err?: unknown) => (source.throw ? source.throw(err).then(mapped) : Promise.reject(err)),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** graphql-js's subscribe, but each event executed once per group (see inGroup) instead of once per subscriber. */
export function sharedSubscribe(counter: FanoutCounter) {
  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const stream = await createSourceEventStream(args);
    if (!(Symbol.asyncIterator in stream)) return stream;
    return mapEvents((stream as AsyncIterable<unknown>)[Symbol.asyncIterator](), (event) => executeOnce(event, args, counter));
  };
}

// ---- one serialization per answer -----------------------------------------------------------------------------
// graphql-ws serializes every message with JSON.stringify just before it hands the text to the socket's send, in the
// same synchronous step. A shared answer goes to graphql-ws as a SharedPayload, whose toJSON gives a short marker and
// records itself; the socket's send (spliceSharedPayloads) replaces the marker with the answer's text, made once.

const MARK = 'explainer-shared-payload:';
let tokens = 0;
/** The SharedPayload JSON.stringify met last: the one the next send's marker names. */
let current: SharedPayload | null = null;

interface SharedPayload {
  readonly token: number;
  /** The answer's JSON text, made at the first send. */
  readonly text: string;
  toJSON(): string;
}

function sharedPayload(result: ExecutionResult): SharedPayload {
  let json: string | undefined;
  const p: SharedPayload = {
    token: ++tokens,
    get text() {
      return (json ??= JSON.stringify(result));
    },
    toJSON() {
      current = p;
      return MARK + p.token;
    },
  };
  return p;
}

const payloads = new WeakMap<ExecutionResult, SharedPayload>();

/** What graphql-ws should send as the `next` payload of `result` (an answer without errors: shared by its group). */
export function sharedPayloadOf(result: ExecutionResult): ExecutionResult {
  let p = payloads.get(result);
  if (!p) payloads.set(result, (p = sharedPayload(result)));
  return p as unknown as ExecutionResult;
}

/** The message text with a SharedPayload's marker replaced by its text; other messages as they are. */
export function splice(data: unknown): unknown {
  if (typeof data !== 'string' || current === null || !data.endsWith('"}')) return data;
  const tail = `"payload":"${MARK}${current.token}"}`;
  if (!data.endsWith(tail)) {
    if (data.includes(`"payload":"${MARK}`)) throw new Error('live fan-out: a shared payload was serialized but not sent before another');
    return data;
  }
  const text = current.text;
  current = null;
  return `${data.slice(0, data.length - tail.length)}"payload":${text}}`;
}

/** Makes `socket.send` splice shared payloads into the messages graphql-ws sends through it. */
export function spliceSharedPayloads(socket: { send: (data: never, ...rest: never[]) => void }): void {
  const send = socket.send.bind(socket) as (data: unknown, ...rest: unknown[]) => void;
  socket.send = ((data: unknown, ...rest: unknown[]) => send(splice(data), ...rest)) as typeof socket.send;
}
