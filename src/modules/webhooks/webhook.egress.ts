// How a webhook delivery leaves the server: one POST to an endpoint an admin registered, which must not become a
// way to reach what only the server can reach (SSRF). Unless WEBHOOK_ALLOW_PRIVATE=true, the address actually
// connected to must be a public unicast one: the check runs in the socket's own DNS lookup at each delivery (a
// name that resolved to a public address at registration and to 127.0.0.1 later is refused: DNS rebinding), and on
// IP literals. The answer is read up to a cap, and what is kept of a failure is its class (HTTP 5xx, timeout,
// connection failed), never the error text of the connection, so recentDeliveries cannot map internal ports.
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';

export interface EgressPolicy {
  allowPrivate: boolean;
  timeoutMs: number;
  maxResponseBytes: number;
}

export const REFUSED_PRIVATE = 'refused: the endpoint is a loopback, private, link-local or reserved address (WEBHOOK_ALLOW_PRIVATE)';
export const CONNECTION_FAILED = 'connection failed';

/** Loopback, private, link-local (cloud metadata: 169.254.169.254, fd00:ec2::254), CGNAT, multicast, reserved... */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  // ::ffff:10.0.0.1 is 10.0.0.1; NAT64, 6to4 and Teredo embed IPv4 addresses and are not 'unicast' either.
  return ipaddr.process(address).range() === 'unicast';
}

class RefusedAddress extends Error {
  readonly code = 'EWEBHOOKPRIVATE';
}

// dns.lookup, keeping only public addresses; none left: the connection fails with RefusedAddress.
const publicLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 0);
    const allowed = (addresses as dns.LookupAddress[]).filter((a) => isPublicAddress(a.address));
    if (allowed.length === 0) return callback(new RefusedAddress(REFUSED_PRIVATE), '', 0);
    if (options.all) (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, allowed);
    else callback(null, allowed[0].address, allowed[0].family);
  });
};

/** The egress policy of the server that uses a data source (set by its dispatcher; unknown: private refused). */
const policies = new WeakMap<object, { allowPrivate: boolean }>();

export function setEgressPolicy(owner: object, policy: { allowPrivate: boolean }): void {
  policies.set(owner, policy);
}

export function allowsPrivate(owner: object): boolean {
  return policies.get(owner)?.allowPrivate ?? false;
}

/** How long registration waits for a name to resolve. */
export const REGISTRATION_LOOKUP_MS = 5000;

/**
 * Why `url` cannot be registered as an endpoint, or null: not an http(s) URL, or (unless private addresses are
 * allowed) a host that is, or resolves now to, a loopback, private, link-local or reserved address, or does not
 * resolve. Deliveries check the address again each time (a name can be pointed elsewhere after registration).
 */
export async function endpointProblem(url: string, allowPrivate: boolean): Promise<string | null> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return 'not a URL';
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return 'http or https only';
  if (allowPrivate) return null;
  const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
  const privateAddress = 'a loopback, private, link-local or reserved address is refused (WEBHOOK_ALLOW_PRIVATE)';
  if (isIP(host)) return isPublicAddress(host) ? null : privateAddress;
  let timer: NodeJS.Timeout | undefined;
  try {
    const addresses = await Promise.race([
      dns.promises.lookup(host, { all: true }),
      new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timeout')), REGISTRATION_LOOKUP_MS))),
    ]);
    return addresses.every((a) => isPublicAddress(a.address)) ? null : `${host} resolves to ${privateAddress}`;
  } catch {
    return `${host} does not resolve`;
  } finally {
    clearTimeout(timer);
  }
}

const statusClass = (status: number): string | null => (status >= 200 && status < 300 ? null : `HTTP ${Math.floor(status / 100)}xx`);

/** POSTs `body`; null when the endpoint acknowledged (2xx), else why not, as a class. */
export function postWebhook(url: string, headers: Record<string, string>, body: string, policy: EgressPolicy): Promise<string | null> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      return resolve('refused: not a URL');
    }
    const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
    if (!client) return resolve('refused: http or https only');
    const host = target.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!policy.allowPrivate && isIP(host) && !isPublicAddress(host)) return resolve(REFUSED_PRIVATE);

    let settled = false;
    const finish = (verdict: string | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      resolve(verdict);
    };
    const req = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        // One connection per delivery (no pooled socket outlives a check), resolved through the guard.
        agent: false,
        ...(policy.allowPrivate ? {} : { lookup: publicLookup }),
      },
      (res) => {
        const verdict = statusClass(res.statusCode ?? 0);
        let read = 0;
        res.on('data', (chunk: Buffer) => {
          read += chunk.length;
          if (read > policy.maxResponseBytes) finish(verdict); // enough: the status is what counts
        });
        res.on('end', () => finish(verdict));
        res.on('error', () => finish(verdict));
      },
    );
    const timer = setTimeout(() => finish(`timeout after ${policy.timeoutMs} ms`), policy.timeoutMs);
    req.on('error', (err: Error & { code?: string }) => finish(err.code === 'EWEBHOOKPRIVATE' ? REFUSED_PRIVATE : CONNECTION_FAILED));
    req.end(body);
  });
}
