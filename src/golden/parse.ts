// Reading a golden file, trusting nothing: its JSON, its manifest (see validate.ts), the type
// of every record, every collection's count and SHA-256. Every failure is a GoldenError of
// one line naming the file and what is wrong.
import { MAX_DEPTH, depthOf } from '../depth.ts';
import { GoldenError } from '../errors.ts';
import { digester, GOLDEN_FORMAT, GOLDEN_VERSION, recordLine } from './format.ts';
import { jsonBreak } from './json-syntax.ts';
import type { CollectionDigest, GoldenManifest } from './types.ts';
import { checkManifest, isJsonObject, own, quoted } from './validate.ts';

/** A parsed, checked golden file: its manifest, and each collection's record lines. */
export interface Golden {
  file: string;
  manifest: GoldenManifest;
  /** `lines.get(centreCode)!.get(collection)`: each record as the hub serves it. */
  lines: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>>;
}

const RERECORD = 'Re-record it with "seedhub record" (or SEEDHUB_GOLDEN=update), or restore it from git.';

function fail(file: string, reason: string): never {
  throw new GoldenError(`Failed to read golden ${file}: ${reason}. ${RERECORD}`);
}

/** Where in the file `position` sits: `in 4650 /parents, line 812`, `in the manifest, line 3` or `at line 1`. */
function whereIs(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const recordsAt = before.indexOf('\n"records": {');
  if (recordsAt < 0) return before.includes('\n"manifest": {') ? `in the manifest, line ${line}` : `at line ${line}`;
  const school = [...before.slice(recordsAt).matchAll(/\n"([^"\\\n]+)": \{/g)].at(-1);
  const collection = school ? [...before.slice(recordsAt + school.index).matchAll(/\n"([^"\\\n]+)": \[/g)].at(-1) : undefined;
  return `in ${school ? `${school[1]} ` : ''}${collection ? `/${collection[1]}` : 'records'}, line ${line}`;
}

function parseJson(text: string, file: string): unknown {
  if (text.startsWith('\uFEFF')) fail(file, 'the file starts with a byte-order mark (U+FEFF), which JSON does not allow: save it as UTF-8 without one');
  try {
    return JSON.parse(text);
  } catch (error) {
    if (error instanceof RangeError) fail(file, `it nests deeper than ${MAX_DEPTH} levels, which no golden does`);
    // JSON.parse's message may lack the position, or quote the text across lines: find it here.
    const broken = jsonBreak(text);
    if (!broken) fail(file, `it is not JSON (${(error as Error).message.split('\n')[0]})`);
    if (broken.atEnd) fail(file, `the file ends early (truncated?) ${whereIs(text, broken.offset)}`);
    const column = broken.offset - text.lastIndexOf('\n', broken.offset - 1);
    fail(file, `it is not JSON: unexpected ${JSON.stringify(text[broken.offset])} ${whereIs(text, broken.offset)}, column ${column}`);
  }
}

/** A collection's records as the hub serves them, each checked to be a JSON object. */
function recordLines(file: string, list: unknown, centreCode: string, name: string): string[] {
  const where = `records[${JSON.stringify(centreCode)}][${JSON.stringify(name)}]`;
  if (!Array.isArray(list)) fail(file, `the records of ${centreCode} /${name} are missing (${where} is not a list)`);
  return list.map((record: unknown, i) => {
    if (!isJsonObject(record)) fail(file, `${where}[${i}] must be a JSON object, got ${quoted(record)}`);
    return recordLine(record);
  });
}

/**
 * Parses and checks golden file text; `file` names it in errors.
 * @example const golden = parseGolden(await readFile(path, 'utf8'), path)
 */
export function parseGolden(text: string, file = 'golden file'): Golden {
  if (text.trim() === '') fail(file, 'the file is empty');
  const document = parseJson(text, file);
  // A golden is a few levels deep (records, schools, collections, a record's own nesting).
  if (depthOf(document) > MAX_DEPTH) fail(file, `it nests deeper than ${MAX_DEPTH} levels, which no golden does`);
  if (!isJsonObject(document) || own(document, 'format') !== GOLDEN_FORMAT) fail(file, `it is not a seedhub golden file (no "format": "${GOLDEN_FORMAT}")`);
  const version = own(document, 'version');
  if (version !== GOLDEN_VERSION) fail(file, `it has format version ${JSON.stringify(version)}; this seedhub reads version ${GOLDEN_VERSION}`);
  const manifest = checkManifest(own(document, 'manifest'), (reason) => fail(file, reason));
  const records = own(document, 'records');
  if (!isJsonObject(records)) fail(file, 'it has no "records"');
  const collections = new Set(manifest.collections.map((c) => c.name));
  const schools = new Set(manifest.schools.map((s) => s.centreCode));
  const lines = new Map<string, Map<string, string[]>>();
  for (const centreCode of schools) {
    const schoolRecords = own(records, centreCode);
    if (!isJsonObject(schoolRecords)) fail(file, `the records of school ${centreCode} are missing`);
    const ofSchool = new Map<string, string[]>();
    lines.set(centreCode, ofSchool);
    for (const name of collections) {
      // checkManifest has seen a digest for every school and collection.
      const expected = own(own(manifest.digests, centreCode) as Record<string, unknown>, name) as CollectionDigest;
      const collectionLines = recordLines(file, own(schoolRecords, name), centreCode, name);
      const digest = digester();
      for (const line of collectionLines) digest.add(line);
      const actual = digest.digest();
      if (actual.count !== expected.count) {
        fail(file, `${centreCode} /${name} has ${actual.count} records; the manifest says ${expected.count}`);
      }
      if (actual.sha256 !== expected.sha256) {
        fail(file, `the records of ${centreCode} /${name} fail their checksum (SHA-256 ${actual.sha256.slice(0, 12)}…, the manifest says ${expected.sha256.slice(0, 12)}…): a record was changed by hand`);
      }
      ofSchool.set(name, collectionLines);
    }
    const extra = Object.keys(schoolRecords).find((name) => !collections.has(name));
    if (extra !== undefined) fail(file, `${centreCode} has records of ${JSON.stringify(extra)}, which the manifest does not list`);
  }
  const extraSchool = Object.keys(records).find((code) => !schools.has(code));
  if (extraSchool !== undefined) fail(file, `it has records of school ${JSON.stringify(extraSchool)}, which the manifest does not list`);
  return { file, manifest, lines };
}
