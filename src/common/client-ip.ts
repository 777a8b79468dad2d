// The client address that rate limits and per-IP caps count, from the socket or from X-Forwarded-For behind
// proxies we trust. A proxy that appends (ALB, nginx's $proxy_add_x_forwarded_for) keeps whatever the client sent
// on the left, so only the entries the trusted proxies wrote, counted from the right, say who the client is.
import ipaddr from 'ipaddr.js';

export interface ProxyTrust {
  /** TRUST_PROXY: read X-Forwarded-For at all. */
  trustProxy: boolean;
  /** TRUST_PROXY_HOPS: how many proxies we run in front of the API (each appends one entry). */
  hops: number;
}

/** An address as one canonical string (IPv4-mapped IPv6 as IPv4, IPv6 compressed), or null when it is none. */
function canonical(text: string | undefined): string | null {
  if (!text) return null;
  let t = text.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(t); // [v6]:port
  if (bracketed) t = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(t)) t = t.slice(0, t.lastIndexOf(':')); // v4:port
  t = t.replace(/%.*$/, ''); // zone id
  if (!ipaddr.IPv4.isValidFourPartDecimal(t) && !ipaddr.IPv6.isValid(t)) return null;
  return ipaddr.process(t).toString();
}

/**
 * The client's address: the socket's peer; with TRUST_PROXY, the X-Forwarded-For entry `hops` places from the right
 * (1: the last entry, appended by the proxy in front of us). With fewer entries than hops, the leftmost. An entry
 * that is not an address falls back to the peer.
 */
export function clientAddress(remote: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  const peer = canonical(remote) ?? remote ?? 'unknown';
  if (!trust.trustProxy || forwardedFor === undefined) return peer;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return peer;
  return canonical(entries[Math.max(entries.length - trust.hops, 0)]) ?? peer;
}

/**
 * What limits count as one client: an IPv4 address, or an IPv6 address's /64 (one subscriber's network: a client
 * holds the whole /64 and could otherwise take a new address per request).
 */
export function limitSubject(address: string): string {
  if (!ipaddr.IPv6.isValid(address) || ipaddr.IPv4.isValid(address)) return address;
  const v6 = ipaddr.IPv6.parse(address);
  const prefix = ipaddr.IPv6.networkAddressFromCIDR(`${v6.toString()}/64`);
  return `${prefix.toString()}/64`;
}
