// The security an operation declares, checked: a bearer token the sandbox issued (with the
// scopes the operation needs), the sandbox user for basic auth, the sandbox API key in the
// header, query or cookie the document names. The sandbox's token endpoint (OAuth 2 client
// credentials, RFC 6749 §4.4) is served at each token URL's path. A request without what
// its operation asks for is a 401 that says what to send, one with too few scopes a 403.
import type { Dataset } from '../../generate/dataset.ts';
import type { SecurityScheme } from '../../model/operations.ts';
import { JSON_TYPE, type Answer } from '../answer.ts';
import { basicOf, cookieOf, SANDBOX, scopesOf, TOKEN_LIFETIME, tokenFor } from '../credentials.ts';
import { problem } from '../problem.ts';
import type { RoutedRequest } from '../request.ts';
import type { Step } from '../pipeline.ts';

/** Whether a request carries what one scheme asks for; a string says what is wrong. */
function carries(scheme: SecurityScheme, request: RoutedRequest, seed: string): true | string {
  const { headers } = request;
  switch (scheme.type) {
    case 'bearer': {
      const token = /^Bearer\s+(\S{1,8192})\s*$/i.exec(headers.authorization ?? '')?.[1];
      if (token === undefined) return 'no bearer token';
      const scopes = scopesOf(seed, token);
      if (!scopes) return 'a bearer token the sandbox did not issue';
      const missing = (scheme.scopes ?? []).filter((s) => !scopes.includes(s) && !scopes.includes('*'));
      return missing.length === 0 ? true : `a token without the scope ${missing.join(', ')}`;
    }
    case 'basic': {
      const basic = basicOf(headers.authorization);
      if (!basic) return 'no basic credentials';
      return basic.user === SANDBOX.clientId && basic.password === SANDBOX.clientSecret ? true : 'basic credentials that are not the sandbox user';
    }
    default: {
      const name = scheme.param ?? '';
      const given = scheme.in === 'query' ? request.query.get(name) ?? undefined : scheme.in === 'cookie' ? cookieOf(headers.cookie, name) : headers[name];
      if (given === undefined) return `no API key in ${scheme.in} ${name}`;
      return given === SANDBOX.apiKey ? true : 'an API key that is not the sandbox key';
    }
  }
}

/** How to send one scheme's credentials, for a refusal's detail. */
function howTo(scheme: SecurityScheme): string {
  if (scheme.type === 'bearer') return `Authorization: Bearer <token> (POST ${scheme.tokenPath ?? '/oauth/token'} with grant_type=client_credentials, client ${SANDBOX.clientId}:${SANDBOX.clientSecret}${scheme.scopes?.length ? `, scope ${scheme.scopes.join(' ')}` : ''})`;
  if (scheme.type === 'basic') return `Authorization: Basic (user ${SANDBOX.clientId}, password ${SANDBOX.clientSecret})`;
  return `the API key ${SANDBOX.apiKey} in ${scheme.in} ${scheme.param}`;
}

/** 401 or 403 when no requirement of the operation is met; undefined when one is. */
function refusal(sets: readonly (readonly SecurityScheme[])[], request: RoutedRequest, seed: string): Answer | undefined {
  const why: string[] = [];
  for (const set of sets) {
    const failed = set.map((scheme) => [scheme, carries(scheme, request, seed)] as const).filter(([, ok]) => ok !== true);
    if (failed.length === 0) return undefined;
    why.push(...failed.map(([, reason]) => reason as string));
  }
  const scoped = why.length > 0 && why.every((w) => w.startsWith('a token without'));
  const bearer = sets.flat().some((s) => s.type === 'bearer');
  const challenge = { 'www-authenticate': bearer ? `Bearer realm="seedhub"${scoped ? ', error="insufficient_scope"' : why.some((w) => w.includes('did not issue')) ? ', error="invalid_token"' : ''}` : 'Basic realm="seedhub"', vary: 'Authorization' };
  const detail = `This operation asks for ${sets.map((set) => set.map(howTo).join(' and ')).join(', or ')}; the request has ${[...new Set(why)].join(', ')}.`;
  return problem({ kind: scoped ? 'forbidden' : 'unauthorized', status: scoped ? 403 : 401, detail, headers: challenge });
}

/** A token endpoint's RFC 6749 error. */
const oauthError = (status: number, error: string, description: string): Answer => ({
  status,
  headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store', ...(status === 401 ? { 'www-authenticate': 'Basic realm="seedhub"' } : {}) },
  body: JSON.stringify({ error, error_description: description }),
});

/** The sandbox's token endpoint: client credentials in, a token for the scopes asked (or all the endpoint's) out. */
function tokenAnswer(request: RoutedRequest, scopes: ReadonlySet<string>, seed: string): Answer {
  if (request.method !== 'POST') return problem({ kind: 'method-not-allowed', status: 405, detail: 'The token endpoint takes POST with grant_type=client_credentials.', headers: { allow: 'POST' } });
  const form = new URLSearchParams(request.raw.body ?? '');
  const basic = basicOf(request.headers.authorization);
  const client = basic ? { id: basic.user, secret: basic.password } : { id: form.get('client_id') ?? '', secret: form.get('client_secret') ?? '' };
  if (form.get('grant_type') !== 'client_credentials') return oauthError(400, form.has('grant_type') ? 'unsupported_grant_type' : 'invalid_request', 'The sandbox issues tokens for grant_type=client_credentials.');
  if (client.id !== SANDBOX.clientId || client.secret !== SANDBOX.clientSecret) return oauthError(401, 'invalid_client', `The sandbox's client is ${SANDBOX.clientId} with secret ${SANDBOX.clientSecret}.`);
  const asked = (form.get('scope') ?? '').split(' ').filter(Boolean);
  const unknown = asked.find((s) => !scopes.has(s));
  if (unknown !== undefined) return oauthError(400, 'invalid_scope', `${unknown} is not a scope of this hub.`);
  const granted = asked.length > 0 ? asked : scopes.size > 0 ? [...scopes] : ['*'];
  const body = { access_token: tokenFor(seed, granted), token_type: 'Bearer', expires_in: TOKEN_LIFETIME, scope: granted.join(' ') };
  return { status: 200, headers: { 'content-type': JSON_TYPE, 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

/** The token endpoints of a dataset's operations, each with the scopes its operations name. */
export function tokenEndpoints(dataset: Dataset): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const scheme of dataset.operations.flatMap((o) => (o.security ?? []).flat())) {
    if (scheme.tokenPath === undefined) continue;
    if (!out.has(scheme.tokenPath)) out.set(scheme.tokenPath, new Set());
    for (const scope of scheme.scopes ?? []) out.get(scheme.tokenPath)!.add(scope);
  }
  return out;
}

/** Declared security while `on()` says so; the token endpoints always. */
export function security(dataset: Dataset, on: () => boolean): Step {
  const endpoints = tokenEndpoints(dataset);
  const seed = dataset.options.seed;
  return (request, context, next) => {
    const scopes = endpoints.get(request.path);
    if (scopes && request.method !== 'OPTIONS') return tokenAnswer(request, scopes, seed);
    const { route } = request;
    const sets = route.kind === 'collection' || route.kind === 'item' ? route.operation.security : undefined;
    if (!sets || !on() || request.method === 'OPTIONS') return next();
    const refused = refusal(sets, request, seed);
    if (refused) return refused;
    context.auth = true;
    const answer = next();
    return { ...answer, headers: { ...answer.headers, vary: 'Authorization' } };
  };
}
