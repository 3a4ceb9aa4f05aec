import { describe, expect, it } from 'vitest';
import { blockedAddressReason, checkTarget } from '../../../src/feeds/ssrf.js';

describe('blockedAddressReason', () => {
  const blocked: [string, RegExp][] = [
    ['127.0.0.1', /loopback/],
    ['127.255.0.9', /loopback/],
    ['::1', /loopback/],
    ['[::1]', /loopback/],
    ['::ffff:127.0.0.1', /loopback/],
    ['::ffff:7f00:1', /loopback/],
    ['0.0.0.0', /this network/],
    ['0.1.2.3', /this network/],
    ['::', /unspecified/],
    ['10.1.2.3', /private/],
    ['172.16.0.1', /private/],
    ['172.31.255.255', /private/],
    ['192.168.1.1', /private/],
    ['::ffff:192.168.1.1', /private/],
    ['100.64.0.1', /carrier-grade/],
    ['169.254.169.254', /cloud metadata/],
    ['169.254.10.1', /link-local/],
    ['fd00:ec2::254', /cloud metadata/],
    ['fc00::1', /unique local/],
    ['fdab:cd::1', /unique local/],
    ['fe80::1', /link-local/],
    ['fe80::1%eth0', /link-local/],
    ['febf::1', /link-local/],
    ['224.0.0.1', /multicast/],
    ['ff02::1', /multicast/],
    ['255.255.255.255', /reserved/],
    ['64:ff9b::7f00:1', /loopback/],
    ['2002:c0a8:0101::1', /private/],
    ['192.0.2.10', /documentation/],
    ['2001:db8::1', /documentation/],
    ['localhost', /not an IP/],
  ];
  it.each(blocked)('refuses %s', (address, reason) => {
    expect(blockedAddressReason(address)).toMatch(reason);
  });

  const open = [
    '8.8.8.8',
    '172.15.255.255',
    '172.32.0.1',
    '169.253.1.1',
    '100.128.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '2002:0808:0808::1',
    '2a00:1450::1',
  ];
  it.each(open)('lets %s through', (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });
});

describe('checkTarget', () => {
  const resolveTo =
    (...addresses: string[]) =>
    async () =>
      addresses;

  it('refuses IP literals in every spelling without asking DNS', async () => {
    const dns = async () => {
      throw new Error('DNS must not be asked');
    };
    for (const url of [
      'http://127.0.0.1/feed',
      'http://2130706433/feed',
      'http://0x7f.1/feed',
      'http://127.1/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::1]:8080/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00:ec2::254]/',
    ]) {
      const result = await checkTarget(url, dns);
      expect(result.ok, url).toBe(false);
    }
  });

  it('refuses a name when any of its addresses is private, and names the address', async () => {
    const result = await checkTarget('https://feeds.example/rss', resolveTo('93.184.216.34', '10.0.0.5'));
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/10\.0\.0\.5, a private/) });
  });

  it('lets a name through when all its addresses are public', async () => {
    expect(
      await checkTarget('https://feeds.example/rss', resolveTo('93.184.216.34', '2606:4700::1')),
    ).toEqual({ ok: true });
  });

  it('refuses other schemes, credentials and names that do not resolve', async () => {
    expect(await checkTarget('ftp://feeds.example/x', resolveTo('8.8.8.8'))).toMatchObject({
      ok: false,
      reason: /only http and https/,
    });
    expect(await checkTarget('https://u:p@feeds.example/x', resolveTo('8.8.8.8'))).toMatchObject({
      ok: false,
      reason: /password/,
    });
    const nx = async () => {
      throw Object.assign(new Error('nx'), { code: 'ENOTFOUND' });
    };
    expect(await checkTarget('https://nowhere.example/', nx)).toMatchObject({
      ok: false,
      reason: /does not resolve \(ENOTFOUND\)/,
    });
  });
});
