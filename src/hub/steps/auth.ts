// Bearer-token auth on the data routes: 401 with a challenge without a valid token, 403 with
// a token of another school; the contract then says the hub asks for a token, and every
// answer varies by Authorization. Preflights pass: a browser sends them without credentials.
import type { Answer } from '../answer.ts';
import { problem } from '../problem.ts';
import type { RoutedRequest } from '../request.ts';
import type { Step } from '../pipeline.ts';
import type { Auth } from '../scenario-options.ts';

/** 401 without a valid token, 403 with one for another school; undefined when the token opens it. */
function refusal(auth: Auth, request: RoutedRequest): Answer | undefined {
  const centreCode = request.route.kind === 'collection' || request.route.kind === 'item' ? request.route.centreCode : undefined;
  const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  const challenge = (error?: string) => ({ 'www-authenticate': `Bearer realm="seedhub"${error ? `, error="${error}"` : ''}`, vary: 'Authorization' });
  if (given === undefined) return problem({ kind: 'unauthorized', status: 401, detail: 'This hub asks for a bearer token: send Authorization: Bearer <token>.', headers: challenge() });
  const schools = [...auth.tokens].filter(([, token]) => token === given).map(([code]) => code);
  if (schools.length === 0) return problem({ kind: 'unauthorized', status: 401, detail: 'The bearer token is not one this hub knows.', headers: challenge('invalid_token') });
  if (centreCode !== undefined && !schools.includes('*') && !schools.includes(centreCode)) {
    return problem({ kind: 'forbidden', status: 403, detail: `The bearer token is for ${schools.join(', ')}, not ${centreCode}.`, headers: { vary: 'Authorization' } });
  }
  return undefined;
}

/** Auth as `current()` says, or nothing while it returns undefined. */
export function auth(current: () => Auth | undefined): Step {
  return (request, context, next) => {
    const on = current();
    if (!on || request.method === 'OPTIONS') return next();
    const data = request.route.kind === 'collection' || request.route.kind === 'item' || request.route.kind === 'person';
    const refused = data ? refusal(on, request) : undefined;
    if (refused) return refused;
    context.auth = true;
    const answer = next();
    return { ...answer, headers: { ...answer.headers, vary: 'Authorization' } };
  };
}
