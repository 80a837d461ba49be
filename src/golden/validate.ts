// Checking a golden's manifest before anything uses it. A golden file is data from anywhere,
// so every field is read as an own property (never `in`, never an inherited one) and must
// have the type the rest of seedhub relies on; what is wrong is said as the place and the
// value: `manifest.schools[0].centreCode must be 4 digits, got "__proto__"`.
import { COUNT_OPTIONS } from '../options.ts';
import type { GoldenManifest } from './types.ts';

/** Throws the file's GoldenError with `reason`. */
export type Fail = (reason: string) => never;

/** Keys that would reach `Object.prototype` if they indexed a plain object. */
const RESERVED = new Set(['__proto__', 'constructor', 'prototype']);
const SHA256 = /^[0-9a-f]{64}$/;
const ENVELOPE_PATHS = ['items', 'page', 'size', 'total', 'totalPages'] as const;

/** A JSON object: not null, not an array. */
export const isJsonObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `object`'s own property `key`, never an inherited one. */
export const own = (object: Record<string, unknown>, key: string): unknown => (Object.hasOwn(object, key) ? object[key] : undefined);

/** A value as a message quotes it: JSON, cut short. */
export function quoted(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 32)}…` : text;
}

const isWhole = (value: unknown, min: number): value is number => typeof value === 'number' && Number.isInteger(value) && value >= min;
const isName = (value: unknown): value is string => typeof value === 'string' && value !== '' && !RESERVED.has(value);

/** The checks of one file: each returns the value it checked, typed, or fails naming its place. */
function checks(fail: Fail) {
  const wrong = (where: string, what: string, value: unknown): never => fail(`${where} must be ${what}, got ${quoted(value)}`);
  const object = (value: unknown, where: string) => (isJsonObject(value) ? value : wrong(where, 'an object', value));
  const list = (value: unknown, where: string) => (Array.isArray(value) ? (value as unknown[]) : wrong(where, 'a list', value));
  const string = (value: unknown, where: string) => (typeof value === 'string' ? value : wrong(where, 'a string', value));
  const name = (value: unknown, where: string) => (isName(value) ? value : wrong(where, 'a name other than "", __proto__, constructor and prototype', value));
  const whole = (value: unknown, where: string, min = 0) => (isWhole(value, min) ? value : wrong(where, `a whole number from ${min}`, value));
  return { wrong, object, list, string, name, whole };
}
type Checks = ReturnType<typeof checks>;

/** The resolved hub options, with the types seedhub relies on; verify's `createDataset` checks their bounds. */
function checkOptions(c: Checks, value: unknown, codeOf: (value: unknown, where: string) => string): void {
  const options = c.object(value, 'manifest.options');
  const seed = own(options, 'seed');
  if (typeof seed !== 'string' || seed === '') c.wrong('manifest.options.seed', 'a non-empty string', seed);
  const schools = own(options, 'schools');
  if (Array.isArray(schools) && schools.length > 0) schools.forEach((code, i) => codeOf(code, `manifest.options.schools[${i}]`));
  else if (!isWhole(schools, 1)) c.wrong('manifest.options.schools', 'a whole number from 1, or a list of codes', schools);
  for (const key of COUNT_OPTIONS) c.whole(own(options, key), `manifest.options.${key}`);
}

/** A model's paging shape: the hub walks its envelope paths into plain objects. */
function checkApi(c: Checks, value: unknown, at = 'manifest.api'): void {
  const api = c.object(value, at);
  const page = c.object(own(api, 'page'), `${at}.page`);
  const style = own(page, 'style');
  if (style !== 'page' && style !== 'offset' && style !== 'cursor' && style !== 'none') c.wrong(`${at}.page.style`, '"page", "offset", "cursor" or "none"', style);
  if (style !== 'none') c.name(own(page, 'param'), `${at}.page.param`);
  if (style === 'page' && own(page, 'first') !== 0 && own(page, 'first') !== 1) c.wrong(`${at}.page.first`, '0 or 1', own(page, 'first'));
  const size = c.object(own(api, 'size'), `${at}.size`);
  if (own(size, 'param') !== '') c.name(own(size, 'param'), `${at}.size.param`);
  c.whole(own(size, 'default'), `${at}.size.default`, 1);
  c.whole(own(size, 'max'), `${at}.size.max`, 1);
  const envelope = c.object(own(api, 'envelope'), `${at}.envelope`);
  const paths: [string, string][] = [];
  for (const key of ENVELOPE_PATHS) {
    const path = own(envelope, key);
    if (key === 'items' || path !== undefined) paths.push([`${at}.envelope.${key}`, c.string(path, `${at}.envelope.${key}`)]);
  }
  if (Object.hasOwn(envelope, 'links')) paths.push(...Object.keys(c.object(own(envelope, 'links'), `${at}.envelope.links`)).map((path): [string, string] => [`a key of ${at}.envelope.links`, path]));
  if (Object.hasOwn(envelope, 'extra')) paths.push(...Object.keys(c.object(own(envelope, 'extra'), `${at}.envelope.extra`)).map((path): [string, string] => ['a key of manifest.api.envelope.extra', path]));
  for (const [where, path] of paths) {
    if (path.split('.').some((key) => RESERVED.has(key))) c.wrong(where, 'a dotted path without __proto__, constructor or prototype', path);
    const outer = paths.find(([, other]) => other !== '' && path.startsWith(`${other}.`));
    if (outer) c.wrong(where, `a path outside ${outer[0]} ("${outer[1]}")`, path);
  }
}

/** A model's identities and references, each about a collection of the manifest. */
function checkReferences(c: Checks, value: unknown, collections: ReadonlySet<string>): void {
  const references = c.object(value, 'manifest.references');
  for (const key of ['identities', 'references']) {
    c.list(own(references, key), `manifest.references.${key}`).forEach((entry, i) => {
      const where = `manifest.references.${key}[${i}]`;
      const relation = c.object(entry, where);
      const collection = own(relation, 'collection');
      if (typeof collection !== 'string' || !collections.has(collection)) c.wrong(`${where}.collection`, 'a collection of the manifest', collection);
      c.string(own(relation, 'field'), `${where}.field`);
      c.string(own(relation, 'kind'), `${where}.kind`);
    });
  }
}

/** A model's own operations: each about a collection of the manifest, with parameters and paging the hub can use. */
function checkOperations(c: Checks, value: unknown, collections: ReadonlySet<string>): void {
  c.list(value, 'manifest.operations').forEach((entry, i) => {
    const where = `manifest.operations[${i}]`;
    const operation = c.object(entry, where);
    const path = own(operation, 'path');
    if (typeof path !== 'string' || !path.startsWith('/')) c.wrong(`${where}.path`, 'a path starting with "/"', path);
    const collection = own(operation, 'collection');
    if (typeof collection !== 'string' || !collections.has(collection)) c.wrong(`${where}.collection`, 'a collection of the manifest', collection);
    const kind = own(operation, 'kind');
    if (kind !== 'list' && kind !== 'item') c.wrong(`${where}.kind`, '"list" or "item"', kind);
    c.list(own(operation, 'params'), `${where}.params`).forEach((param, j) => {
      const binding = c.object(param, `${where}.params[${j}]`);
      c.name(own(binding, 'name'), `${where}.params[${j}].name`);
      const binds = own(binding, 'binds');
      if (binds !== 'school' && binds !== 'identity' && binds !== 'parent') c.wrong(`${where}.params[${j}].binds`, '"school", "identity" or "parent"', binds);
      if (binds === 'parent') {
        const parent = own(binding, 'collection');
        if (typeof parent !== 'string' || !collections.has(parent)) c.wrong(`${where}.params[${j}].collection`, 'a collection of the manifest', parent);
        c.string(own(binding, 'field'), `${where}.params[${j}].field`);
      }
    });
    checkApi(c, own(operation, 'api'), `${where}.api`);
    if (Object.hasOwn(operation, 'query')) {
      c.list(own(operation, 'query'), `${where}.query`).forEach((param, j) => {
        const at = `${where}.query[${j}]`;
        const entry = c.object(param, at);
        c.string(own(entry, 'name'), `${at}.name`);
        const does = own(entry, 'does');
        if (typeof does !== 'string' || !QUERY_DOES.has(does)) c.wrong(`${at}.does`, [...QUERY_DOES].map((d) => `"${d}"`).join(', '), does);
        if (does === 'equals') c.string(own(entry, 'field'), `${at}.field`);
      });
    }
    if (Object.hasOwn(operation, 'only')) {
      const only = c.object(own(operation, 'only'), `${where}.only`);
      c.string(own(only, 'field'), `${where}.only.field`);
      c.string(own(only, 'value'), `${where}.only.value`);
    }
  });
}

/** What a declared query parameter may do. */
const QUERY_DOES = new Set(['equals', 'filter', 'sort', 'order', 'fields', 'ignored']);

/**
 * Checks a parsed manifest, field by field; `fail` throws the file's GoldenError.
 * @example const manifest = checkManifest(document.manifest, (reason) => { throw new GoldenError(reason) })
 */
export function checkManifest(value: unknown, fail: Fail): GoldenManifest {
  const c = checks(fail);
  const manifest = c.object(value, 'manifest');
  const versions = c.object(own(manifest, 'versions'), 'manifest.versions');
  for (const [name, version] of Object.entries(versions)) c.string(version, `manifest.versions[${JSON.stringify(name)}]`);
  const names = new Set<string>();
  const collections = c.list(own(manifest, 'collections'), 'manifest.collections').map((entry, i) => {
    const where = `manifest.collections[${i}]`;
    const collection = c.object(entry, where);
    const name = c.name(own(collection, 'name'), `${where}.name`);
    if (names.has(name)) c.wrong(`${where}.name`, 'a name listed once', name);
    names.add(name);
    c.string(own(collection, 'api'), `${where}.api`);
    c.string(own(collection, 'path'), `${where}.path`);
    const route = own(collection, 'route');
    if (Object.hasOwn(collection, 'route') && (typeof route !== 'string' || !route.startsWith('/'))) c.wrong(`${where}.route`, 'a path starting with "/"', route);
    return collection;
  });
  if (Object.hasOwn(manifest, 'api')) checkApi(c, own(manifest, 'api'));
  if (Object.hasOwn(manifest, 'references')) checkReferences(c, own(manifest, 'references'), names);
  if (Object.hasOwn(manifest, 'operations')) checkOperations(c, own(manifest, 'operations'), names);
  // A model made from an OpenAPI document (its own routes and paging) names schools its own way: "C101".
  const ownCodes = Object.hasOwn(manifest, 'api') && collections.every((collection) => Object.hasOwn(collection, 'route'));
  const codeOf = ownCodes
    ? (code: unknown, where: string) => (isName(code) ? code : c.wrong(where, 'a non-empty string other than __proto__, constructor and prototype', code))
    : (code: unknown, where: string) => (typeof code === 'string' && /^\d{4}$/.test(code) ? code : c.wrong(where, '4 digits', code));
  const schools = c.list(own(manifest, 'schools'), 'manifest.schools');
  if (schools.length === 0) c.wrong('manifest.schools', 'a list of at least one school', schools);
  const codes = new Set<string>();
  schools.forEach((entry, i) => {
    const code = codeOf(own(c.object(entry, `manifest.schools[${i}]`), 'centreCode'), `manifest.schools[${i}].centreCode`);
    if (codes.has(code)) c.wrong(`manifest.schools[${i}].centreCode`, 'a code listed once', code);
    codes.add(code);
  });
  checkOptions(c, own(manifest, 'options'), codeOf);
  const digests = c.object(own(manifest, 'digests'), 'manifest.digests');
  for (const code of codes) {
    const ofSchool = c.object(own(digests, code), `manifest.digests[${JSON.stringify(code)}]`);
    for (const name of names) {
      const where = `manifest.digests[${JSON.stringify(code)}][${JSON.stringify(name)}]`;
      const digest = c.object(own(ofSchool, name), where);
      c.whole(own(digest, 'count'), `${where}.count`);
      const sha256 = own(digest, 'sha256');
      if (typeof sha256 !== 'string' || !SHA256.test(sha256)) c.wrong(`${where}.sha256`, 'a SHA-256 in hex', sha256);
    }
  }
  return manifest as unknown as GoldenManifest;
}
