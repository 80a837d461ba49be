// Credentials for a hub whose document declares security, as the sandbox issues and checks
// them (its client, user and key are model/sandbox.ts's). Tokens are issued by the sandbox's
// token endpoint (OAuth 2 client credentials) and carry their scopes, sealed with the hub's
// seed: any process of the same hub verifies them without sharing state, and a token of
// another seed is refused.
import { createHash } from 'node:crypto';
import type { SecurityScheme } from '../model/operations.ts';
import { SANDBOX } from '../model/sandbox.ts';

export { SANDBOX, TOKEN_LIFETIME } from '../model/sandbox.ts';

const PREFIX = 'shb';
const seal = (seed: string, scope: string) => createHash('sha256').update(`seedhub-token\u0000${seed}\u0000${scope}`).digest('base64url').slice(0, 32);

/** A token for `scopes` (`['*']`: every scope), for the hub of `seed`. */
export function tokenFor(seed: string, scopes: readonly string[]): string {
  const scope = scopes.join(' ');
  return `${PREFIX}.${Buffer.from(scope).toString('base64url')}.${seal(seed, scope)}`;
}

/** The scopes a token carries, or undefined when it is not one the hub of `seed` issued. */
export function scopesOf(seed: string, token: string): readonly string[] | undefined {
  const [prefix, scope64, mac, extra] = token.split('.');
  if (prefix !== PREFIX || scope64 === undefined || mac === undefined || extra !== undefined || scope64.length > 4096) return undefined;
  const scope = Buffer.from(scope64, 'base64url').toString('utf8');
  return seal(seed, scope) === mac ? scope.split(' ').filter(Boolean) : undefined;
}

/** The `Authorization: Basic` value of the sandbox's user. */
export const basicCredentials = (): string => Buffer.from(`${SANDBOX.clientId}:${SANDBOX.clientSecret}`).toString('base64');

/** The user and password of a `Basic` authorization, or undefined. */
export function basicOf(authorization: string | undefined): { user: string; password: string } | undefined {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]{1,1024})\s*$/i.exec(authorization ?? '')?.[1];
  if (!encoded) return undefined;
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  return colon < 0 ? undefined : { user: text.slice(0, colon), password: text.slice(colon + 1) };
}

/** The value of a cookie in a `Cookie` header. */
export function cookieOf(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

/** Request headers (and a query or cookie, as headers) that carry the sandbox's credentials for every scheme of `set`. */
export function sandboxCredentials(set: readonly SecurityScheme[], seed: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const scheme of set) {
    if (scheme.type === 'bearer') out.authorization = `Bearer ${tokenFor(seed, ['*'])}`;
    else if (scheme.type === 'basic') out.authorization = `Basic ${basicCredentials()}`;
    else if (scheme.in === 'header') out[scheme.param!] = SANDBOX.apiKey;
    else if (scheme.in === 'cookie') out.cookie = `${scheme.param}=${SANDBOX.apiKey}`;
  }
  return out;
}
