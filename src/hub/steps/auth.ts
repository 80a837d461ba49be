// Bearer-token auth, one rule for every route: a request to any route but the pages for
// people (whose data comes through the person API) and the contract (published without
// examples while auth is on) needs a token the hub knows, compared in constant time; a
// route of one school (a list, an item, the explorer's person API) needs a token for that
// school, and a 403 does not say which school the token opens. The contract then says the
// hub asks for a token, and every answer varies by Authorization. Preflights pass: a browser
// sends them without credentials.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Answer } from '../answer.ts';
import { problem } from '../problem.ts';
import type { RoutedRequest } from '../request.ts';
import type { Step } from '../pipeline.ts';
import type { Auth } from '../scenario-options.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Whether two tokens are equal, in time that does not depend on where they differ. */
export const sameToken = (a: string, b: string): boolean => timingSafeEqual(digest(a), digest(b));

/** The school a request's data is of: its route's, or the one the person API asks for. */
function schoolOf(request: RoutedRequest): string | undefined {
  const { route } = request;
  if (route.kind === 'collection' || route.kind === 'item' || route.kind === 'unknown-school') return route.centreCode;
  if (route.kind === 'person') return request.query.get('centreCode') ?? '';
  return undefined;
}

/** 401 without a valid token, 403 with one that does not open the request's school; undefined when it opens it. */
function refusal(auth: Auth, request: RoutedRequest): Answer | undefined {
  const given = /^Bearer\s+(\S{1,4096})\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  const challenge = (error?: string) => ({ 'www-authenticate': `Bearer realm="seedhub"${error ? `, error="${error}"` : ''}`, vary: 'Authorization' });
  if (given === undefined) return problem({ kind: 'unauthorized', status: 401, detail: 'This hub asks for a bearer token: send Authorization: Bearer <token>.', headers: challenge() });
  // Every token is compared, so the time taken does not say which one matched.
  const opens = [...auth.tokens].filter(([, token]) => sameToken(token, given)).map(([code]) => code);
  if (opens.length === 0) return problem({ kind: 'unauthorized', status: 401, detail: 'The bearer token is not one this hub knows.', headers: challenge('invalid_token') });
  const school = schoolOf(request);
  if (school !== undefined && !opens.includes('*') && !opens.includes(school)) {
    return problem({ kind: 'forbidden', status: 403, detail: `The bearer token does not open school ${school}.`, headers: { vary: 'Authorization' } });
  }
  return undefined;
}

/** Auth as `current()` says, or nothing while it returns undefined. */
export function auth(current: () => Auth | undefined): Step {
  return (request, context, next) => {
    const on = current();
    if (!on || request.method === 'OPTIONS') return next();
    context.auth = true;
    const open = request.route.kind === 'html' || request.route.kind === 'openapi';
    const refused = open ? undefined : refusal(on, request);
    if (refused) return refused;
    const answer = next();
    return { ...answer, headers: { ...answer.headers, vary: 'Authorization' } };
  };
}
