// A drift report as text for people: what changed, where, from what to what.
import type { CollectionDrift, DriftReport } from './types.ts';

/** Lines of detail shown per collection before the rest are counted. */
export const SHOWN_PER_COLLECTION = 12;

function collectionLines(d: CollectionDrift): string[] {
  const where = `${d.centreCode} /${d.endpoint}`;
  const details = [
    ...d.changed.flatMap(({ id, fields }) =>
      fields.map((f) => `  ${where} ${id} ${f.field}: ${f.from ?? '(absent)'} → ${f.to ?? '(absent)'}`)),
    ...d.removed.map((id) => `  ${where} ${id}: removed`),
    ...d.added.map((id) => `  ${where} ${id}: added`),
  ];
  const fields = [...new Set(d.changed.flatMap((c) => c.fields.map((f) => f.field)))];
  const summary = [
    d.changed.length ? `${d.changed.length} changed (${fields.join(', ')})` : '',
    d.removed.length ? `${d.removed.length} removed` : '',
    d.added.length ? `${d.added.length} added` : '',
    d.reordered ? 'order changed' : '',
  ].filter(Boolean).join(', ');
  const shown = details.slice(0, SHOWN_PER_COLLECTION);
  if (details.length > shown.length) shown.push(`  … and ${details.length - shown.length} more in ${where}`);
  return [`${where}: ${summary}`, ...shown];
}

/** The report as text; the first line says whether the golden still holds. */
export function renderDrift(report: DriftReport): string {
  const lines = [
    report.clean
      ? `seedhub golden ${report.file}: no drift; today's generator makes the same data.`
      : `seedhub golden ${report.file}: drift; today's generator makes other data than the golden.`,
  ];
  for (const v of report.versions) lines.push(`version ${v.name}: ${v.golden ?? '(absent)'} in the golden, ${v.installed ?? '(absent)'} installed`);
  for (const s of report.schools) {
    lines.push(`school ${s.centreCode}: ${s.change}`);
    for (const f of s.fields ?? []) lines.push(`  ${s.centreCode} GET / ${f.field}: ${f.from ?? '(absent)'} → ${f.to ?? '(absent)'}`);
  }
  for (const c of report.collections) lines.push(`collection ${c.name}: ${c.change}`);
  for (const d of report.drift) lines.push(...collectionLines(d));
  if (!report.clean) {
    const command = report.rerecord.startsWith('npx ');
    lines.push(command
      ? `If the change is on purpose, re-record it with the options it was recorded with: ${report.rerecord} (or SEEDHUB_GOLDEN=update where CI is not set).`
      : `If the change is on purpose, re-record it: ${report.rerecord}.`);
  }
  return lines.join('\n');
}
