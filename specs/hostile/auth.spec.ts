// Hostile round two, auth (issue 23 rows 1, 3, 15): one rule for every route. A token of
// one school opens no other school anywhere (the explorer's person API included); the
// contract, open to anyone, shows no record the hub serves; a 403 does not say which
// school a token opens; the index needs a token.
import { expect, test } from 'seedhub';

test.use({ schools: 2, studentsPerSchool: 8, hubAuth: { bearer: { '4650': 'token-a', '*': 'admin' } } });

test('a token for 4650 opens nothing of 1690: lists, the person API, and a 403 that names no school it opens', async ({ hub }) => {
  const other = hub.students('1690')[0]!;
  const asA = { authorization: 'Bearer token-a' };
  const person = await fetch(hub.url(`/explore/api/person?centreCode=1690&id=${String(other.enrolmentId)}`), { headers: asA });
  const body = await person.text();
  expect(person.status).toBe(403);
  expect(body).not.toContain(String(other.givenName));
  expect(body).not.toContain('4650');
  expect(JSON.parse(body).detail).toBe('The bearer token does not open school 1690.');
  const list = await fetch(hub.url('/qt_student/school-api/schools/1690/parents'), { headers: asA });
  expect(list.status).toBe(403);
  // Its own school, and every school for the admin token.
  const mine = hub.students('4650')[0]!;
  expect((await fetch(hub.url(`/explore/api/person?centreCode=4650&id=${String(mine.enrolmentId)}`), { headers: asA })).status).toBe(200);
  expect((await fetch(hub.url(`/explore/api/person?centreCode=1690&id=${String(other.enrolmentId)}`), { headers: { authorization: 'Bearer admin' } })).status).toBe(200);
});

test('the index and unknown paths need a token; the pages for people and preflights do not', async ({ hub }) => {
  expect((await fetch(hub.url('/'))).status).toBe(401);
  expect((await fetch(hub.url('/'), { headers: { authorization: 'Bearer token-a' } })).status).toBe(200);
  // An unknown path or school without a token says nothing of what exists.
  const unknown = await fetch(hub.url('/qt_student/school-api/schools/01690/students'));
  expect([unknown.status, await unknown.text()]).toEqual([401, expect.not.stringContaining('Did you mean')]);
  expect((await fetch(hub.url('/docs'))).status).toBe(200);
  expect((await fetch(hub.url('/explore'))).status).toBe(200);
  expect((await fetch(hub.url('/'), { method: 'OPTIONS', headers: { origin: 'http://app.test', 'access-control-request-method': 'GET' } })).status).toBe(204);
});

test("the contract, open to anyone while auth is on, holds no record the hub serves", async ({ hub }) => {
  const response = await fetch(hub.url('/openapi.json'));
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).not.toContain('"example"');
  for (const code of ['4650', '1690']) {
    for (const record of [...hub.students(code).slice(0, 3), ...hub.records(code, 'emergency-contacts').slice(0, 3)]) {
      for (const value of Object.values(record).filter((v): v is string => typeof v === 'string' && v.length > 6 && /[a-z]/i.test(v))) {
        expect(text, `${code} ${value}`).not.toContain(JSON.stringify(value));
      }
    }
  }
  expect(JSON.parse(text).components.securitySchemes.bearer).toBeDefined();
});
