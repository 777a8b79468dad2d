// The live hub an operation's subscriptions read from: given to the contexts of operations over WebSocket by the
// transport (http/websocket.ts), so that the request context itself knows nothing of live events.
import type { LiveHub } from './live.events';

const hubs = new WeakMap<object, LiveHub>();

export function withLive<C extends object>(ctx: C, live: LiveHub): C {
  hubs.set(ctx, live);
  return ctx;
}

/** The hub of an operation over WebSocket; undefined over HTTP. */
export function liveOf(ctx: object): LiveHub | undefined {
  return hubs.get(ctx);
}
