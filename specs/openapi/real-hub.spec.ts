// A hub made from a real document answers as that document declares: its query parameters
// (equality filters, OneRoster's filter, sort and fields, lists that serve some records),
// its security (the sandbox's token endpoint, scopes, API keys), its headers and its error
// schemas, its published /openapi.json, and values that follow their names.
import { expect, test } from '@playwright/test';
import {
  contractOf, createDataset, createHandler, HubServer, loadOpenApi, modelFromOpenAPI, SANDBOX,
  type Dataset, type Entity, type HubResponse, type OpenApiInput,
} from 'seedhub/core';
import { ROOT } from '../support/processes.ts';

const REAL = `${ROOT}fixtures/openapi/real/`;
const OR = '/ims/oneroster/rostering/v1p2';
const SCOPE = 'https://purl.imsglobal.org/spec/or/v1p2/scope';

interface Hub {
  document: OpenApiInput;
  dataset: Dataset;
  get(url: string, headers?: Record<string, string>): HubResponse & { json: () => Record<string, unknown> };
  post(url: string, body: string, headers?: Record<string, string>): HubResponse & { json: () => Record<string, unknown> };
}

async function hubOf(file: string): Promise<Hub> {
  const document = await loadOpenApi(`${REAL}${file}`, () => {});
  const dataset = createDataset({}, modelFromOpenAPI(document));
  const handle = createHandler(dataset);
  const answer = (response: HubResponse) => ({ ...response, json: () => JSON.parse(response.body) as Record<string, unknown> });
  return {
    document,
    dataset,
    get: (url, headers = {}) => answer(handle({ method: 'GET', url, headers: { host: 'hub.test', ...headers } })),
    post: (url, body, headers = {}) => answer(handle({ method: 'POST', url, body, headers: { host: 'hub.test', 'content-type': 'application/x-www-form-urlencoded', ...headers } })),
  };
}

const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** A token from the hub's own token endpoint. */
function tokenOf(hub: Hub, path: string, scope?: string): string {
  const answer = hub.post(path, `grant_type=client_credentials${scope ? `&scope=${encodeURIComponent(scope)}` : ''}`, { authorization: basic(SANDBOX.clientId, SANDBOX.clientSecret) });
  expect(answer.status, answer.body).toBe(200);
  return String(answer.json().access_token);
}

const all = (dataset: Dataset, name: string): Entity[] => {
  const view = dataset.collection(dataset.schools[0]!.centreCode, name)!;
  return view.slice(0, view.count);
};

test.describe('OneRoster 1.2', () => {
  let hub: Hub;
  let auth: Record<string, string>;
  test.beforeAll(async () => {
    hub = await hubOf('oneroster-1.2.yaml');
    auth = { authorization: `Bearer ${tokenOf(hub, '/oauth/token')}` };
  });
  const users = (query: string) => {
    const answer = hub.get(`${OR}/users?limit=1000&${query}`, auth);
    expect(answer.status, answer.body).toBe(200);
    return answer.json().users as Entity[];
  };

  test('filter keeps exactly the records its expression holds for: =, !=, ~, >, AND binding tighter than OR', () => {
    const every = all(hub.dataset, 'users');
    const named = users("filter=givenName~'an' AND status='active'");
    expect(named.length).toBe(every.filter((u) => String(u.givenName).toLowerCase().includes('an') && u.status === 'active').length);
    expect(named.length).toBeGreaterThan(0);
    const either = users(`filter=${encodeURIComponent("status='tobedeleted' OR givenName='" + String(every[0]!.givenName) + "' AND familyName='" + String(every[0]!.familyName) + "'")}`);
    expect(either.map((u) => u.sourcedId)).toEqual(every.filter((u) => u.status === 'tobedeleted' || (u.givenName === every[0]!.givenName && u.familyName === every[0]!.familyName)).map((u) => u.sourcedId));
    expect(users("filter=status!='active'").every((u) => u.status !== 'active')).toBe(true);
    const later = users("filter=dateLastModified>'2025-07-01'");
    expect(later.length).toBe(every.filter((u) => String(u.dateLastModified) > '2025-07-01').length);
    // A value held among others (roles of a user) matches when one of them does.
    expect(users("filter=roles.role='teacher'").every((u) => ((u.roles as { role: string }[] | null) ?? []).some((r) => r.role === 'teacher'))).toBe(true);
  });

  test('sort and orderBy order the whole list, ties in collection order; fields keeps only the fields asked', () => {
    const sorted = users('sort=familyName&orderBy=desc');
    const names = sorted.map((u) => String(u.familyName));
    expect(names).toEqual([...names].sort().reverse());
    expect(sorted.length).toBe(all(hub.dataset, 'users').length);
    const slim = users('fields=sourcedId,givenName');
    expect(slim.every((u) => Object.keys(u).join() === 'sourcedId,givenName')).toBe(true);
  });

  test('a query the records cannot answer is a 400 that names the parameter and says why', () => {
    const problem = (query: string) => {
      const answer = hub.get(`${OR}/users?${query}`, auth);
      expect(answer.status, query).toBe(400);
      expect(answer.headers['content-type']).toBe('application/problem+json');
      return answer.json() as { detail: string; parameter: string };
    };
    expect(problem("filter=shoeSize='9'")).toMatchObject({ parameter: 'filter', detail: "filter names shoeSize, which the records do not have." });
    expect(problem("filter=status='active' XOR x='y'").detail).toContain('where AND or OR should be');
    expect(problem('filter=status=active').detail).toContain("does not read as field op 'value'");
    expect(problem(`filter=${encodeURIComponent(`status='${'a'.repeat(2100)}'`)}`).detail).toContain('longer than 2000');
    expect(problem('sort=shoeSize').parameter).toBe('sort');
    expect(problem('sort=familyName&orderBy=sideways').detail).toBe('orderBy must be asc or desc, got "sideways".');
    expect(problem('fields=sourcedId,shoeSize').detail).toContain('shoeSize');
  });

  test('/students serves the users who are students, and a user who is not one is not a student by ID', () => {
    const students = hub.get(`${OR}/students?limit=1000`, auth).json().users as Entity[];
    const isStudent = (u: Entity) => ((u.roles as { role: string }[] | null) ?? []).some((r) => r.role === 'student');
    expect(students.length).toBe(all(hub.dataset, 'users').filter(isStudent).length);
    expect(students.every(isStudent)).toBe(true);
    const other = all(hub.dataset, 'users').find((u) => !isStudent(u))!;
    expect(hub.get(`${OR}/students/${String(other.sourcedId)}`, auth).status).toBe(404);
    expect(hub.get(`${OR}/users/${String(other.sourcedId)}`, auth).status).toBe(200);
  });

  test('its OAuth 2 security: no token 401 with a challenge, a token without the scope 403, the right scope 200', () => {
    const none = hub.get(`${OR}/users`);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="seedhub"');
    expect(String(none.json().detail)).toContain('POST /oauth/token with grant_type=client_credentials, client seedhub:sandbox-secret');
    const core = { authorization: `Bearer ${tokenOf(hub, '/oauth/token', `${SCOPE}/roster-core.readonly`)}` };
    expect(hub.get(`${OR}/users?limit=1`, core).status).toBe(200);
    const demographics = hub.get(`${OR}/demographics?limit=1`, core);
    expect(demographics.status).toBe(403);
    expect(demographics.headers['www-authenticate']).toContain('error="insufficient_scope"');
    expect(hub.get(`${OR}/demographics?limit=1`, { authorization: `Bearer ${tokenOf(hub, '/oauth/token', `${SCOPE}/roster.readonly`)}` }).status).toBe(200);
    // A token of another hub (another seed) is not this one's.
    const foreign = createHandler(createDataset({ seed: 'other' }, hub.dataset.model!));
    const theirs = JSON.parse(foreign({ method: 'POST', url: '/oauth/token', body: 'grant_type=client_credentials', headers: { authorization: basic(SANDBOX.clientId, SANDBOX.clientSecret) } }).body) as { access_token: string };
    const refused = hub.get(`${OR}/users`, { authorization: `Bearer ${theirs.access_token}` });
    expect(refused.status).toBe(401);
    expect(refused.headers['www-authenticate']).toContain('error="invalid_token"');
  });

  test('the token endpoint answers as RFC 6749 says: client in the body or by basic auth; wrong client, grant or scope refused', () => {
    expect(hub.post('/oauth/token', `grant_type=client_credentials&client_id=${SANDBOX.clientId}&client_secret=${SANDBOX.clientSecret}`).json()).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const wrong = hub.post('/oauth/token', 'grant_type=client_credentials', { authorization: basic(SANDBOX.clientId, 'guess') });
    expect([wrong.status, wrong.json().error]).toEqual([401, 'invalid_client']);
    expect(hub.post('/oauth/token', 'grant_type=password', { authorization: basic(SANDBOX.clientId, SANDBOX.clientSecret) }).json().error).toBe('unsupported_grant_type');
    expect(hub.post('/oauth/token', 'scope=x', { authorization: basic(SANDBOX.clientId, SANDBOX.clientSecret) }).json().error).toBe('invalid_request');
    expect(hub.post('/oauth/token', 'grant_type=client_credentials&scope=everything', { authorization: basic(SANDBOX.clientId, SANDBOX.clientSecret) }).json().error).toBe('invalid_scope');
    const got = hub.get('/oauth/token');
    expect([got.status, got.headers.allow]).toEqual([405, 'POST']);
    expect(hub.post('/oauth/token', 'grant_type=client_credentials', { authorization: basic(SANDBOX.clientId, SANDBOX.clientSecret) }).headers['cache-control']).toBe('no-store');
  });

  test('values follow their names: masked secrets, usernames and emails of the person, references to real orgs', () => {
    const every = all(hub.dataset, 'users');
    const orgs = new Set(all(hub.dataset, 'orgs').map((o) => o.sourcedId));
    for (const user of every) {
      if (user.password !== undefined) expect(user.password).toBe('********');
      const given = String(user.givenName).toLowerCase().replace(/[^a-z]/g, '');
      const family = String(user.familyName).toLowerCase().replace(/[^a-z]/g, '');
      expect(String(user.email)).toMatch(new RegExp(`^${given}\\.${family}\\d+@example\\.com$`));
      expect(String(user.username)).toMatch(new RegExp(`^${given}\\.${family}\\d+$`));
      for (const role of (user.roles as { org: { sourcedId: string; href: string } }[]) ?? []) {
        expect(orgs.has(role.org.sourcedId), role.org.sourcedId).toBe(true);
        expect(role.org.href).toMatch(/^https?:\/\/.+\/orgs?\/|\/schools\//);
      }
    }
    // Statuses are mostly the usual one.
    expect(every.filter((u) => u.status === 'active').length).toBeGreaterThan(every.length * 0.75);
  });

  test('its /openapi.json is the source document with seedhub additions: the sandbox server, its token endpoint, marks', async () => {
    const published = hub.get('/openapi.json').json() as OpenApiInput & { paths: Record<string, Record<string, Record<string, unknown>>>; 'x-seedhub': { sandbox: { tokenEndpoints: string[] } }; servers: { url: string }[] };
    for (const [path, item] of Object.entries(hub.document.paths as Record<string, unknown>)) expect(Object.keys(published.paths[path]!)).toEqual(Object.keys(item as object));
    expect(published.paths[`${OR}/users`]!.get!.security).toEqual((hub.document.paths as Record<string, Record<string, Record<string, unknown>>>)[`${OR}/users`]!.get!.security);
    expect(published.servers).toEqual([{ url: '/', description: expect.any(String) }]);
    expect(published['x-seedhub'].sandbox.tokenEndpoints).toEqual(['/oauth/token']);
    expect(published.paths['/oauth/token']!.post).toBeDefined();
    const { Validator } = await import('@seriousme/openapi-schema-validator');
    expect((await new Validator().validate(published as never)).errors ?? []).toEqual([]);
  });
});

test.describe('Consumer Data Right banking', () => {
  let hub: Hub;
  test.beforeAll(async () => {
    hub = await hubOf('cdr-banking.json');
  });

  test('a required request header is asked for (400 in the document\'s error schema); declared answer headers are sent', () => {
    const contract = contractOf(hub.document as Parameters<typeof contractOf>[0]);
    const missing = hub.get('/banking/accounts');
    expect(missing.status).toBe(400);
    expect(missing.headers['content-type']).toBe('application/json');
    expect(missing.json()).toEqual({ errors: [{ code: 'missing-header', title: 'Bad Request', detail: 'This operation requires the request header x-v.', meta: {} }] });
    expect(contract.check('/banking/accounts', missing.json(), 400)).toEqual([]);
    const played = hub.get('/banking/accounts?page-size=2', { 'x-v': '3', 'x-fapi-interaction-id': 'b7d0a4f2-5e4c-4c1d-9f0e-1f2a3b4c5d6e' });
    expect(played.status).toBe(200);
    expect([played.headers['x-v'], played.headers['x-fapi-interaction-id']]).toEqual(['3', 'b7d0a4f2-5e4c-4c1d-9f0e-1f2a3b4c5d6e']);
    expect(played.headers['access-control-expose-headers']).toContain('x-fapi-interaction-id');
    expect(hub.get('/banking/accounts?page-size=2', { 'x-v': '3' }).headers['x-fapi-interaction-id']).toMatch(/^[0-9a-f-]{36}$/);
    const unknown = hub.get('/banking/accounts/nobody', { 'x-v': '3' });
    expect(unknown.status).toBe(404);
    expect(contract.check('/banking/accounts/nobody', unknown.json(), 404)).toEqual([]);
    expect((unknown.json().errors as { detail: string }[])[0]!.detail).toContain('"nobody"');
  });

  test('values follow their names: amounts as decimal strings, the currency, dates, masked numbers, durations', () => {
    const accounts = all(hub.dataset, 'accounts');
    for (const account of accounts) {
      expect(account.maskedNumber).toMatch(/^xxxx xxxx xxxx \d{4}$/);
      expect(account.creationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      for (const deposit of (account.termDeposit as Record<string, string>[] | undefined) ?? []) {
        expect(deposit.maturityAmount).toMatch(/^\d+\.\d{2}$/);
        expect(deposit.maturityCurrency).toBe('AUD');
        expect(deposit.maturityDate! >= deposit.lodgementDate!, JSON.stringify(deposit)).toBe(true);
      }
    }
    const balances = all(hub.dataset, 'balances-bulk');
    expect(balances.every((b) => /^\d+\.\d{2}$/.test(String(b.currentBalance)))).toBe(true);
  });

  test('equality filters as declared: a code of the enum, a boolean, a value that means all, anything else a 400', () => {
    const page = (query: string) => hub.get(`/banking/accounts?page-size=1000&${query}`, { 'x-v': '1' });
    const every = all(hub.dataset, 'accounts');
    const data = (query: string) => (page(query).json().data as { accounts: Entity[] }).accounts;
    expect(data('product-category=PERS_LOANS').length).toBe(every.filter((a) => a.productCategory === 'PERS_LOANS').length);
    expect(data('is-owned=false').every((a) => a.isOwned === false)).toBe(true);
    expect(data('open-status=ALL').length).toBe(every.length);
    expect(page('product-category=SHARES').status).toBe(400);
    // In the document's error schema.
    expect(page('is-owned=maybe').json()).toEqual({ errors: [{ code: 'invalid-query', title: 'Bad Request', detail: 'is-owned must be true or false, got "maybe".', meta: {} }] });
    // A literal route wins over a template at the same place.
    expect(hub.get('/banking/accounts/balances?page-size=1', { 'x-v': '1' }).status).toBe(200);
  });
});

test.describe('Swagger Petstore', () => {
  let hub: Hub;
  test.beforeAll(async () => {
    hub = await hubOf('petstore-3.0.json');
  });

  test('status and tags filter as declared, with the default when left out; its API key opens an item', () => {
    const token = { authorization: `Bearer ${tokenOf(hub, '/oauth/token')}` };
    const pets = all(hub.dataset, 'pet');
    const list = (query: string) => JSON.parse(hub.get(`/pet/findByStatus?${query}`, token).body) as Entity[];
    expect(list('').length).toBe(pets.filter((p) => p.status === 'available').length);
    expect(list('status=sold,pending').length).toBe(pets.filter((p) => p.status === 'sold' || p.status === 'pending').length);
    expect(list('status=sold&status=pending').length).toBe(list('status=sold,pending').length);
    expect(hub.get('/pet/findByStatus?status=lost', token).status).toBe(400);
    const tag = String((pets[0]!.tags as { name: string }[])[0]!.name);
    const tagged = JSON.parse(hub.get(`/pet/findByTags?tags=${encodeURIComponent(tag)}`, token).body) as Entity[];
    expect(tagged.length).toBe(pets.filter((p) => (p.tags as { name: string }[]).some((t) => t.name === tag)).length);
    const id = String(pets[0]!.id);
    expect(hub.get(`/pet/${id}`).status).toBe(401);
    expect(hub.get(`/pet/${id}`, { api_key: 'guess' }).status).toBe(401);
    expect(JSON.parse(hub.get(`/pet/${id}`, { api_key: SANDBOX.apiKey }).body)).toEqual(pets[0]);
  });
});

test('a request body longer than the hub reads is a 413, and a token request\'s body reaches the token endpoint over HTTP', async () => {
  const document = await loadOpenApi(`${REAL}oneroster-1.2.yaml`, () => {});
  const server = await HubServer.start(createHandler(createDataset({}, modelFromOpenAPI(document))), { port: 0, host: '127.0.0.1' });
  try {
    const big = await fetch(`${server.url}/oauth/token`, { method: 'POST', body: 'x'.repeat(1_048_577) });
    expect(big.status).toBe(413);
    const token = await fetch(`${server.url}/oauth/token`, { method: 'POST', headers: { authorization: basic(SANDBOX.clientId, SANDBOX.clientSecret), 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
    expect(token.status).toBe(200);
    const { access_token } = (await token.json()) as { access_token: string };
    expect((await fetch(`${server.url}${OR}/orgs?limit=1`, { headers: { authorization: `Bearer ${access_token}` } })).status).toBe(200);
  } finally {
    await server.close();
  }
});
