// Verifying a golden file against today's generator: regenerate from the manifest's
// options and report, entity by entity, what moved. The manifest's sizes must be its
// records' first: a hub is regenerated at those sizes, and the file could ask for any.
import { GoldenError, HubConfigError, ModelError, reasonOf } from '../errors.ts';
import { allRecords, createDataset, type Dataset } from '../generate/dataset.ts';
import { qteachers } from '../model/qteachers/index.ts';
import type { Model } from '../model/types.ts';
import { diffCollection, fieldChanges } from './diff.ts';
import { recordLine } from './format.ts';
import type { Golden } from './parse.ts';
import { readGolden } from './replay.ts';
import type { DriftReport } from './types.ts';
import { quoted } from './validate.ts';
import { dataVersions } from '../generate/versions.ts';
import { rerecordHint } from './rerecord.ts';

function allLines(dataset: Dataset, centreCode: string, name: string): string[] {
  return allRecords(dataset.collection(centreCode, name)).map(recordLine);
}

/**
 * How a drift report names each collection: its path, and where a path is another's too,
 * the API it belongs to before it (QTeachers' staff photos are `staff/photos`).
 */
function endpointNames(collections: readonly { name: string; api: string; path: string }[]): Map<string, string> {
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const { name, api, path } of collections) {
    names.set(name, taken.has(path) ? `${api}/${path}` : path);
    taken.add(path);
  }
  return names;
}

/** Compares a parsed golden with a dataset (by default, the generator at the golden's options). */
export function compareGolden(golden: Golden, today: Dataset): DriftReport {
  const { manifest, lines } = golden;
  const installed = dataVersions();
  const names = [...new Set([...Object.keys(manifest.versions), ...Object.keys(installed)])];
  const version = (versions: Record<string, string>, name: string) => (Object.hasOwn(versions, name) ? versions[name] : undefined);
  const report: DriftReport = {
    file: golden.file,
    clean: true,
    versions: names
      .map((name) => ({ name, golden: version(manifest.versions, name), installed: version(installed, name) }))
      .filter((v) => v.golden !== v.installed),
    schools: [],
    collections: [],
    drift: [],
    rerecord: rerecordHint(golden.file, manifest.options, today.model),
  };
  for (const school of manifest.schools) {
    const now = today.school(school.centreCode);
    if (!now) report.schools.push({ centreCode: school.centreCode, change: 'removed' });
    else if (JSON.stringify(now) !== JSON.stringify(school)) report.schools.push({ centreCode: school.centreCode, change: 'changed', fields: fieldChanges({ ...school }, { ...now }) });
  }
  for (const school of today.schools) if (!lines.has(school.centreCode)) report.schools.push({ centreCode: school.centreCode, change: 'added' });
  const routeOf = (c: { api: string; path: string }) => `${c.api}/${c.path}`;
  for (const c of manifest.collections) if (!today.collections.some((t) => t.name === c.name && routeOf(t) === routeOf(c))) report.collections.push({ name: c.name, change: 'removed' });
  for (const c of today.collections) if (!manifest.collections.some((g) => g.name === c.name && routeOf(g) === routeOf(c))) report.collections.push({ name: c.name, change: 'added' });
  const endpoints = endpointNames(manifest.collections);
  for (const school of manifest.schools) {
    if (!today.school(school.centreCode)) continue;
    for (const c of manifest.collections) {
      if (!today.collections.some((t) => t.name === c.name)) continue;
      const endpoint = endpoints.get(c.name)!;
      const drift = diffCollection({ centreCode: school.centreCode, endpoint, collection: c.name }, lines.get(school.centreCode)!.get(c.name)!, allLines(today, school.centreCode, c.name));
      if (drift) report.drift.push(drift);
    }
  }
  report.clean = report.schools.length === 0 && report.collections.length === 0 && report.drift.length === 0;
  return report;
}

/** The sizes a QTeachers golden's records show: students and staff per school, where it has those collections. */
const SIZED = [
  { option: 'studentsPerSchool', collection: { name: 'students', api: 'student', path: 'students' } },
  { option: 'staffPerSchool', collection: { name: 'staff', api: 'staff', path: 'staff' } },
] as const;

function sizeMismatch(file: string, reason: string): never {
  throw new GoldenError(`Failed to verify golden ${file}: ${reason}. Re-record it with "seedhub record" (or SEEDHUB_GOLDEN=update), or restore it from git.`);
}

/**
 * Throws GoldenError when the manifest's options are not the sizes of its records: the
 * school count always, students and staff per school (in exact sizes) where it has
 * QTeachers' collections.
 */
export function checkSizes(golden: Golden): void {
  const { file, manifest, lines } = golden;
  const { options, schools, collections } = manifest;
  const wanted = typeof options.schools === 'number' ? options.schools : options.schools.length;
  if (wanted !== schools.length) sizeMismatch(file, `its manifest says schools ${quoted(options.schools)}, but it holds ${schools.length} schools`);
  // With realistic sizes each school has its own: the regenerated data is compared record by record instead.
  if (options.schoolSizes === 'realistic') return;
  for (const { option, collection } of SIZED) {
    if (!collections.some((c) => c.name === collection.name && c.api === collection.api && c.path === collection.path)) continue;
    for (const { centreCode } of schools) {
      const held = lines.get(centreCode)!.get(collection.name)!.length;
      if (held !== options[option]) sizeMismatch(file, `its manifest says ${option} ${options[option]}, but ${centreCode} /${collection.name} holds ${held} records`);
    }
  }
}

/**
 * A model of its own sizes its owners in its own way, which no option names: before any
 * record is made, a collection of one record per owner must not have more owners today
 * than the golden holds records.
 */
function checkOwners(golden: Golden, today: Dataset): void {
  const collections = today.model?.collections ?? {};
  for (const { name } of golden.manifest.collections) {
    if (!Object.hasOwn(collections, name) || collections[name]!.count) continue;
    for (const [centreCode, held] of golden.lines) {
      const made = today.collection(centreCode, name)?.owners?.count ?? 0;
      const records = held.get(name)!.length;
      if (made > records) sizeMismatch(golden.file, `with its manifest's options this model makes ${made} /${name} records per school, but ${centreCode} /${name} holds ${records}`);
    }
  }
}

/** Today's dataset at a golden's options, once its sizes are checked: GoldenError when they make no hub with `model`. */
export function regenerate(golden: Golden, model: Model): Dataset {
  checkSizes(golden);
  let today: Dataset;
  try {
    today = createDataset(golden.manifest.options, model);
  } catch (error) {
    if (!(error instanceof HubConfigError || error instanceof ModelError)) throw error;
    throw new GoldenError(`Failed to verify golden ${golden.file}: its manifest's options make no hub with this model: ${reasonOf(error)}`);
  }
  checkOwners(golden, today);
  return today;
}

/**
 * Regenerates a golden file's data from its manifest's options (with `model`, by default
 * QTeachers) and reports the drift. Throws GoldenError when the file itself is broken.
 * @example const report = await verifyGolden('fixtures/golden/default.json'); if (!report.clean) console.log(renderDrift(report))
 */
export async function verifyGolden(file: string | Golden, model: Model = qteachers): Promise<DriftReport> {
  const golden = typeof file === 'string' ? await readGolden(file) : file;
  return compareGolden(golden, regenerate(golden, model));
}
