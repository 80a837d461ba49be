// Reading a golden file, trusting nothing: the layout, the manifest, every collection's
// count and SHA-256. Every failure is a GoldenError naming the file and what is wrong.
import { GoldenError } from '../errors.ts';
import type { Entity } from '../model/types.ts';
import { digester, GOLDEN_FORMAT, GOLDEN_VERSION, recordLine } from './format.ts';
import type { GoldenManifest } from './types.ts';

/** A parsed, checked golden file: its manifest, and each collection's record lines. */
export interface Golden {
  file: string;
  manifest: GoldenManifest;
  /** `lines[centreCode][collection]`: each record as the hub serves it. */
  lines: Record<string, Record<string, string[]>>;
}

const RERECORD = 'Re-record it with "seedhub record" (or SEEDHUB_GOLDEN=update), or restore it from git.';

function fail(file: string, reason: string): never {
  throw new GoldenError(`Failed to read golden ${file}: ${reason}. ${RERECORD}`);
}

/** Where in the records a syntax error at `position` sits: `in 4650 /parents, line 812`. */
function whereIs(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const recordsAt = before.indexOf('\n"records": {');
  if (recordsAt < 0) return `in the manifest, line ${line}`;
  const school = [...before.slice(recordsAt).matchAll(/\n"(\d+)": \{/g)].at(-1);
  const collection = school ? [...before.slice(recordsAt + school.index).matchAll(/\n"([^"\n]+)": \[/g)].at(-1) : undefined;
  return `in ${school ? `${school[1]} ` : ''}${collection ? `/${collection[1]}` : 'records'}, line ${line}`;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const position = at ? Number(at[1]) : text.length;
    const truncated = position >= text.length - 1 || /end of JSON/i.test(message);
    fail(file, `${truncated ? 'the file ends early (truncated?)' : `it is not valid JSON (${message})`} ${whereIs(text, Math.min(position, text.length))}`);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function checkManifest(file: string, manifest: unknown): asserts manifest is GoldenManifest {
  if (!isObject(manifest)) fail(file, 'it has no manifest');
  for (const key of ['versions', 'options', 'digests'] as const) if (!isObject(manifest[key])) fail(file, `its manifest has no "${key}"`);
  for (const key of ['collections', 'schools'] as const) if (!Array.isArray(manifest[key])) fail(file, `its manifest has no "${key}" list`);
}

/**
 * Parses and checks golden file text; `file` names it in errors.
 * @example const golden = parseGolden(await readFile(path, 'utf8'), path)
 */
export function parseGolden(text: string, file = 'golden file'): Golden {
  if (text.trim() === '') fail(file, 'the file is empty');
  const document = parseJson(text, file);
  if (!isObject(document) || document.format !== GOLDEN_FORMAT) fail(file, `it is not a seedhub golden file (no "format": "${GOLDEN_FORMAT}")`);
  if (document.version !== GOLDEN_VERSION) {
    fail(file, `it has format version ${JSON.stringify(document.version)}; this seedhub reads version ${GOLDEN_VERSION}`);
  }
  const manifest = document.manifest;
  checkManifest(file, manifest);
  const records = document.records;
  if (!isObject(records)) fail(file, 'it has no "records"');
  const lines: Golden['lines'] = {};
  for (const { centreCode } of manifest.schools) {
    const schoolRecords = records[centreCode];
    if (!isObject(schoolRecords)) fail(file, `the records of school ${centreCode} are missing`);
    lines[centreCode] = {};
    for (const { name } of manifest.collections) {
      const list = schoolRecords[name];
      const expected = manifest.digests[centreCode]?.[name];
      if (!expected) fail(file, `the manifest has no count and checksum for ${centreCode} /${name}`);
      if (!Array.isArray(list)) fail(file, `the records of ${centreCode} /${name} are missing`);
      const digest = digester();
      const collectionLines = (list as Entity[]).map(recordLine);
      for (const line of collectionLines) digest.add(line);
      const actual = digest.digest();
      if (actual.count !== expected.count) {
        fail(file, `${centreCode} /${name} has ${actual.count} records; the manifest says ${expected.count}`);
      }
      if (actual.sha256 !== expected.sha256) {
        fail(file, `the records of ${centreCode} /${name} fail their checksum (SHA-256 ${actual.sha256.slice(0, 12)}…, the manifest says ${expected.sha256.slice(0, 12)}…): a record was changed by hand`);
      }
      lines[centreCode][name] = collectionLines;
    }
    const extra = Object.keys(schoolRecords).find((name) => !manifest.collections.some((c) => c.name === name));
    if (extra) fail(file, `${centreCode} has records of "${extra}", which the manifest does not list`);
  }
  const extraSchool = Object.keys(records).find((code) => !manifest.schools.some((s) => s.centreCode === code));
  if (extraSchool) fail(file, `it has records of school ${extraSchool}, which the manifest does not list`);
  return { file, manifest, lines };
}
