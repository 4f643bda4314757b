import { timingSafeEqual } from 'node:crypto';

/** The origins a loopback server on `port` answers to; anything else is another site. */
export function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

/**
 * Whether the Host header names this server. Checking it defeats DNS
 * rebinding: a hostile page whose name resolves to 127.0.0.1 still sends its
 * own name as Host.
 */
export function isOwnHost(host: string | undefined, port: number): boolean {
  return host !== undefined && ownOrigins(port).some((origin) => origin === `http://${host.toLowerCase()}`);
}

/** Whether a request may come from this origin: our own, or none at all (same-origin GET, curl). */
export function isOwnOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || ownOrigins(port).includes(origin.toLowerCase());
}

/** Constant-time check of the `Authorization: Bearer <token>` header. */
export function hasToken(authorization: string | undefined, token: string): boolean {
  const match = /^Bearer ([A-Za-z0-9_-]{16,256})$/.exec(authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]!);
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
