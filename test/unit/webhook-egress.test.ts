import { isPublicAddress } from '../../src/modules/webhooks/webhook.egress';

describe('which addresses webhooks may reach without WEBHOOK_ALLOW_PRIVATE', () => {
  it.each([
    '127.0.0.1',
    '127.8.9.10',
    '::1',
    '0.0.0.0',
    '::',
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '100.64.0.1',
    '169.254.169.254',
    'fe80::1',
    'fd00:ec2::254',
    'fc00::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:a00:1::1',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.1',
    '2001:db8::1',
  ])('refuses %s', (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(['93.184.215.14', '8.8.8.8', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s (positive control)', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});
