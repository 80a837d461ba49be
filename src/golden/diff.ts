// Entity-level comparison of one collection: records matched by their ID, then field by field.
import { STAFF_ID, STUDENT_ID } from '../model/qteachers/ids.ts';
import type { CollectionDrift, FieldChange } from './types.ts';

type Row = Record<string, unknown>;

/** A field of a record read from a file: its own, never one inherited from `Object.prototype`. */
const field = (row: Row, name: string): unknown => (Object.hasOwn(row, name) ? row[name] : undefined);
/** An ID part as text; JSON for what is not a string (`String()` of an object can throw). */
const text = (part: unknown): string => (typeof part === 'string' ? part : JSON.stringify(part));

/** Fields that identify a record itself rather than its owner (`contactId`, `flagId`, ...). */
const OWN_ID = new RegExp(`^(?!refId$|eqId$|${STUDENT_ID}$|${STAFF_ID}$)[a-z]+Id$`);

/** Each record's ID: owner ID, own ID where there is one; `#n` tells apart records that share one. */
export function recordIds(rows: readonly Row[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row, index) => {
    const owner = field(row, STUDENT_ID) ?? field(row, STAFF_ID);
    const ownKey = Object.keys(row).find((key) => OWN_ID.test(key) && typeof row[key] === 'string');
    const parts = [owner, ownKey ? row[ownKey] : undefined].filter((part) => part !== undefined && part !== null).map(text);
    const base = parts.length > 0 ? parts.join(' ') : `#${index}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return n === 0 ? base : `${base} #${n + 1}`;
  });
}

/** JSON of a value, cut short for display (photos are kilobytes of base64). */
export function shown(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 60)}…(${text.length} chars)` : text;
}

/** The fields that differ between two records, in the golden's field order then today's. */
export function fieldChanges(golden: Row, today: Row): FieldChange[] {
  const names = [...new Set([...Object.keys(golden), ...Object.keys(today)])];
  return names
    .filter((name) => JSON.stringify(field(golden, name)) !== JSON.stringify(field(today, name)) || Object.hasOwn(golden, name) !== Object.hasOwn(today, name))
    .map((name) => ({ field: name, from: shown(field(golden, name)), to: shown(field(today, name)) }));
}

/** How a collection's golden lines differ from today's; undefined when they are the same bytes. */
export function diffCollection(where: Pick<CollectionDrift, 'centreCode' | 'endpoint' | 'collection'>, golden: readonly string[], today: readonly string[]): CollectionDrift | undefined {
  if (golden.length === today.length && golden.every((line, i) => line === today[i])) return undefined;
  const goldenRows = golden.map((line) => JSON.parse(line) as Row);
  const todayRows = today.map((line) => JSON.parse(line) as Row);
  const goldenIds = recordIds(goldenRows);
  const todayIds = recordIds(todayRows);
  const todayById = new Map(todayIds.map((id, i) => [id, i]));
  const goldenById = new Map(goldenIds.map((id, i) => [id, i]));
  const drift: CollectionDrift = { ...where, changed: [], added: [], removed: [], reordered: false };
  const kept: string[] = [];
  goldenIds.forEach((id, i) => {
    const t = todayById.get(id);
    if (t === undefined) return drift.removed.push(id);
    kept.push(id);
    const fields = fieldChanges(goldenRows[i]!, todayRows[t]!);
    if (fields.length > 0) drift.changed.push({ id, fields });
    else if (golden[i] !== today[t]) drift.reordered = true; // same values, another key order
  });
  drift.added = todayIds.filter((id) => !goldenById.has(id));
  const todayKept = todayIds.filter((id) => goldenById.has(id));
  if (todayKept.some((id, i) => id !== kept[i])) drift.reordered = true;
  return drift;
}
