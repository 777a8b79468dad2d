// Recently authenticated API keys, by key hash, for the requests that check their key again anyway: a keyed
// mutation (Idempotency-Key) checks it in its transaction's first round trip (modules/idempotency), so it needs no
// lookup of its own, and a key revoked on any instance is refused on its next request there as everywhere. Entries
// live TTL_MS (after which the key is looked up again, which also stamps its last use to the minute).
import type { Viewer } from '../../common/viewer';

const TTL_MS = 30_000;
const MAX_KEYS = 1000;

export class KeyCache {
  private readonly entries = new Map<string, { viewer: Viewer; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** The viewer of a key hash seen less than TTL_MS ago, marked `keyUnchecked` (the request checks it later). */
  get(hash: string): Viewer | undefined {
    const e = this.entries.get(hash);
    if (!e) return undefined;
    if (e.until <= this.now()) {
      this.entries.delete(hash);
      return undefined;
    }
    return { ...e.viewer, keyUnchecked: true };
  }

  set(hash: string, viewer: Viewer): void {
    // bounded: past MAX_KEYS the oldest entry goes (a Map keeps insertion order)
    if (this.entries.size >= MAX_KEYS && !this.entries.has(hash)) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(hash, { viewer: { ...viewer }, until: this.now() + TTL_MS });
  }

  /** Forgets every entry of this key (refused when checked: it was revoked). */
  forget(keyId: string): void {
    for (const [hash, e] of this.entries) if (e.viewer.keyId === keyId) this.entries.delete(hash);
  }
}
