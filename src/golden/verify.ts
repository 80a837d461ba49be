// Verifying a golden file against today's generator: regenerate from the manifest's
// options and report, entity by entity, what moved.
import { allRecords, createDataset, type Dataset } from '../generate/dataset.ts';
import { qteachers } from '../model/qteachers/index.ts';
import type { Model } from '../model/types.ts';
import { diffCollection, fieldChanges } from './diff.ts';
import { recordLine } from './format.ts';
import type { Golden } from './parse.ts';
import { loadGolden } from './replay.ts';
import type { DriftReport } from './types.ts';
import { dataVersions } from '../generate/versions.ts';

function allLines(dataset: Dataset, centreCode: string, name: string): string[] {
  return allRecords(dataset.collection(centreCode, name)).map(recordLine);
}

/** Compares a parsed golden with a dataset (by default, the generator at the golden's options). */
export function compareGolden(golden: Golden, today: Dataset): DriftReport {
  const { manifest, lines } = golden;
  const installed = dataVersions();
  const names = [...new Set([...Object.keys(manifest.versions), ...Object.keys(installed)])];
  const report: DriftReport = {
    file: golden.file,
    clean: true,
    versions: names.filter((n) => manifest.versions[n] !== installed[n]).map((name) => ({ name, golden: manifest.versions[name], installed: installed[name] })),
    schools: [],
    collections: [],
    drift: [],
  };
  for (const school of manifest.schools) {
    const now = today.school(school.centreCode);
    if (!now) report.schools.push({ centreCode: school.centreCode, change: 'removed' });
    else if (JSON.stringify(now) !== JSON.stringify(school)) report.schools.push({ centreCode: school.centreCode, change: 'changed', fields: fieldChanges({ ...school }, { ...now }) });
  }
  for (const school of today.schools) if (!lines[school.centreCode]) report.schools.push({ centreCode: school.centreCode, change: 'added' });
  const routeOf = (c: { api: string; path: string }) => `${c.api}/${c.path}`;
  for (const c of manifest.collections) if (!today.collections.some((t) => t.name === c.name && routeOf(t) === routeOf(c))) report.collections.push({ name: c.name, change: 'removed' });
  for (const c of today.collections) if (!manifest.collections.some((g) => g.name === c.name && routeOf(g) === routeOf(c))) report.collections.push({ name: c.name, change: 'added' });
  for (const school of manifest.schools) {
    if (!today.school(school.centreCode)) continue;
    for (const c of manifest.collections) {
      if (!today.collections.some((t) => t.name === c.name)) continue;
      const endpoint = c.api === 'staff' && c.path !== 'staff' ? `staff/${c.path}` : c.path;
      const drift = diffCollection({ centreCode: school.centreCode, endpoint, collection: c.name }, lines[school.centreCode]![c.name]!, allLines(today, school.centreCode, c.name));
      if (drift) report.drift.push(drift);
    }
  }
  report.clean = report.schools.length === 0 && report.collections.length === 0 && report.drift.length === 0;
  return report;
}

/**
 * Regenerates a golden file's data from its manifest's options (with `model`, by default
 * QTeachers) and reports the drift. Throws GoldenError when the file itself is broken.
 * @example const report = await verifyGolden('fixtures/golden/default.json'); if (!report.clean) console.log(renderDrift(report))
 */
export async function verifyGolden(file: string | Golden, model: Model = qteachers): Promise<DriftReport> {
  const golden = typeof file === 'string' ? await loadGolden(file) : file;
  return compareGolden(golden, createDataset(golden.manifest.options, model));
}
