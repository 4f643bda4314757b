import { describe, expect, it } from 'vitest';
import { hasToken, isOwnHost, isOwnOrigin } from './requestGuard';

const token = 'abcdefghijklmnopqrstuvwxyz012345';

describe('isOwnHost', () => {
  it('accepts the loopback names with the right port', () => {
    expect(isOwnHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isOwnHost('localhost:4000', 4000)).toBe(true);
    expect(isOwnHost('LOCALHOST:4000', 4000)).toBe(true);
  });
  it('refuses rebinding names, other ports and missing hosts', () => {
    expect(isOwnHost('evil.example:4000', 4000)).toBe(false);
    expect(isOwnHost('127.0.0.1.nip.io:4000', 4000)).toBe(false);
    expect(isOwnHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isOwnHost('127.0.0.1', 4000)).toBe(false);
    expect(isOwnHost(undefined, 4000)).toBe(false);
  });
});

describe('isOwnOrigin', () => {
  it('allows our origin or none', () => {
    expect(isOwnOrigin(undefined, 4000)).toBe(true);
    expect(isOwnOrigin('http://127.0.0.1:4000', 4000)).toBe(true);
  });
  it('refuses other sites, null origins and https look-alikes', () => {
    expect(isOwnOrigin('http://evil.example', 4000)).toBe(false);
    expect(isOwnOrigin('null', 4000)).toBe(false);
    expect(isOwnOrigin('https://127.0.0.1:4000', 4000)).toBe(false);
    expect(isOwnOrigin('http://127.0.0.1:4000.evil.example', 4000)).toBe(false);
  });
});

describe('hasToken', () => {
  it('accepts exactly the launch token', () => {
    expect(hasToken(`Bearer ${token}`, token)).toBe(true);
  });
  it('refuses missing, wrong, prefixed or padded tokens', () => {
    expect(hasToken(undefined, token)).toBe(false);
    expect(hasToken(token, token)).toBe(false);
    expect(hasToken(`Bearer ${token}x`, token)).toBe(false);
    expect(hasToken(`Bearer ${token.slice(1)}`, token)).toBe(false);
    expect(hasToken(`Bearer  ${token}`, token)).toBe(false);
    expect(hasToken(`Basic ${token}`, token)).toBe(false);
  });
});
