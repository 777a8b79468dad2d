import { clientAddress, limitSubject } from '../../src/common/client-ip';

describe('client address behind proxies', () => {
  const one = { trustProxy: true, hops: 1 };
  it('takes the entry the trusted proxies wrote, counted from the right, not what the client sent on the left', () => {
    // An appending proxy (ALB, nginx) keeps the client's own header and adds the peer it saw.
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7', one)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', ['6.6.6.6', '203.0.113.7'], one)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '6.6.6.6, 203.0.113.7, 10.0.0.9', { trustProxy: true, hops: 2 })).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '203.0.113.7', { trustProxy: true, hops: 3 })).toBe('203.0.113.7');
  });

  it('ignores the header without TRUST_PROXY, and falls back to the peer on what is not an address', () => {
    expect(clientAddress('198.51.100.4', '6.6.6.6', { trustProxy: false, hops: 1 })).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4', 'unknown', one)).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4', '', one)).toBe('198.51.100.4');
    expect(clientAddress('198.51.100.4', '1.2.3', one)).toBe('198.51.100.4');
  });

  it('reads one address in one way: mapped IPv4, ports, brackets, zero-compression', () => {
    expect(clientAddress('::ffff:198.51.100.4', undefined, one)).toBe('198.51.100.4');
    expect(clientAddress('10.0.0.2', '203.0.113.7:51234', one)).toBe('203.0.113.7');
    expect(clientAddress('10.0.0.2', '[2001:db8:0:0:0:0:0:1]:443', one)).toBe('2001:db8::1');
  });
});

describe('what limits count as one client', () => {
  it('an IPv6 address counts as its /64; IPv4 addresses one by one', () => {
    expect(limitSubject('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(limitSubject('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(limitSubject('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(limitSubject('203.0.113.7')).toBe('203.0.113.7');
    expect(limitSubject('unknown')).toBe('unknown');
  });
});
