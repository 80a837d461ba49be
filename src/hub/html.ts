// The hub's two pages for people: `/docs`, an API reference of `/openapi.json` (Swagger UI,
// served from the installed package, no CDN), and `/explore`, a small explorer that shows
// one student's or staff member's records from every endpoint side by side.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { QTEACHERS_PEOPLE } from '../model/qteachers/ids.ts';
import type { HubResponse } from './types.ts';

const HTML = 'text/html; charset=utf-8';

/** Swagger UI's files that /docs serves, by the path they are served at. */
const ASSETS: Readonly<Record<string, { file: string; type: string }>> = {
  '/docs/swagger-ui.css': { file: 'swagger-ui.css', type: 'text/css; charset=utf-8' },
  '/docs/swagger-ui-bundle.js': { file: 'swagger-ui-bundle.js', type: 'text/javascript; charset=utf-8' },
};

const DOCS = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>seedhub API reference</title><link rel="stylesheet" href="/docs/swagger-ui.css"></head>
<body>
<div id="ui"></div>
<script src="/docs/swagger-ui-bundle.js"></script>
<script>
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#ui', validatorUrl: null, deepLinking: true, defaultModelsExpandDepth: 0 });
</script>
</body>
</html>
`;

const EXPLORE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>seedhub explorer</title>
<style>
  body { font: 14px/1.4 system-ui, sans-serif; margin: 0; display: grid; grid-template-columns: 16rem 1fr; height: 100vh; }
  nav { border-right: 1px solid #ccc; overflow: auto; padding: .5rem; }
  main { overflow: auto; padding: .5rem; }
  h1 { font-size: 1rem; margin: .25rem 0 .5rem; }
  button { display: block; width: 100%; text-align: left; border: 0; background: none; padding: .2rem .3rem; cursor: pointer; }
  button:hover, button[aria-pressed="true"] { background: #e8eefc; }
  #records { display: flex; gap: .5rem; align-items: flex-start; }
  section { border: 1px solid #ccc; border-radius: 4px; padding: .4rem; min-width: 16rem; }
  section h2 { font-size: .9rem; margin: 0 0 .3rem; }
  pre { margin: 0 0 .4rem; font-size: 12px; white-space: pre-wrap; }
  .id { background: #fff3a3; font-weight: 600; }
  .ref { background: #d8f5d0; }
</style>
</head>
<body>
<nav>
  <h1>seedhub explorer</h1>
  <div id="schools"></div>
  <div id="people"></div>
</nav>
<main>
  <h1 id="title">Choose a school, then a student or a staff member.</h1>
  <div id="records"></div>
</main>
<script>
const $ = (id) => document.getElementById(id);
const esc = (s) => String(s).replace(/[&<>"]/g, (c) => '&#' + c.charCodeAt(0) + ';');
let index = { schools: [] };
// Where a page's records sit: the hub's own envelope when its index states one, else QTeachers' data.
const items = (body) => (index.api ? index.api.envelope.items.split('.').filter(Boolean).reduce((v, k) => (v ?? {})[k], body) : body.data) ?? [];
const nameOf = (person) => [person.givenName ?? person.firstName, person.familyName ?? person.lastName ?? person.surname].filter(Boolean).join(' ');
async function json(url) { const r = await fetch(url); return r.json(); }
function button(label, onClick) { const b = document.createElement('button'); b.textContent = label; b.onclick = onClick; return b; }
function highlight(record, ids) {
  const text = JSON.stringify(record, null, 2);
  return esc(text).replace(/&#34;([A-Za-z]*(?:Id|RefId|refId))&#34;: &#34;([^&]*)&#34;/g, (all, key, value) =>
    '&#34;' + key + '&#34;: &#34;<span class="' + (ids.has(value) ? 'id' : /refid/i.test(key) ? 'ref' : '') + '">' + value + '</span>&#34;');
}
async function showPerson(code, id) {
  const person = await json('/explore/api/person?centreCode=' + encodeURIComponent(code) + '&id=' + encodeURIComponent(id));
  $('title').textContent = person.kind + ' ' + id + ' of ' + code;
  // The person's ID and own refId (on their first endpoint's record) are highlighted wherever they appear.
  const own = Object.values(person.records)[0]?.[0];
  const ids = new Set([id, ...(own && own.refId ? [own.refId] : [])]);
  $('records').innerHTML = Object.entries(person.records).map(([name, list]) =>
    '<section data-endpoint="' + esc(name) + '"><h2>' + esc(name) + ' (' + list.length + ')</h2>' + list.map((r) => '<pre>' + highlight(r, ids) + '</pre>').join('') + '</section>').join('');
}
async function showSchool(school) {
  $('people').innerHTML = '';
  // A model of its own lists its identities; QTeachers has students and staff.
  const lists = index.references ? index.references.identities.map((i) => [i.collection, i.field, i.collection])
    : ${JSON.stringify(Object.values(QTEACHERS_PEOPLE).map((p) => [p.collection, p.idField, p.title]))};
  for (const [endpoint, idField, label] of lists) {
    if (!school.endpoints[endpoint]) continue;
    const page = items(await json(school.endpoints[endpoint]));
    const heading = document.createElement('h1'); heading.textContent = label; $('people').append(heading);
    for (const person of page) $('people').append(button((nameOf(person) ? nameOf(person) + ' ' : '') + '(' + person[idField] + ')', () => showPerson(school.centreCode, String(person[idField]))));
  }
}
json('/').then((found) => {
  index = found;
  for (const school of index.schools) $('schools').append(button(school.centreCode + ' ' + (school.schoolName ?? ''), () => showSchool(school)));
});
</script>
</body>
</html>
`;

const swaggerDir = () => dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const assets = new Map<string, string>();

/** A page or asset of /docs or /explore, or undefined for any other path. */
export function htmlAt(path: string): HubResponse | undefined {
  if (path === '/docs' || path === '/docs/') return { status: 200, headers: { 'content-type': HTML }, body: DOCS };
  if (path === '/explore' || path === '/explore/') return { status: 200, headers: { 'content-type': HTML }, body: EXPLORE };
  const asset = ASSETS[path];
  if (!asset) return undefined;
  let body = assets.get(path);
  if (body === undefined) assets.set(path, (body = readFileSync(join(swaggerDir(), asset.file), 'utf8')));
  return { status: 200, headers: { 'content-type': asset.type }, body };
}
