// What seedhub makes of an OpenAPI document before it makes a model: its collections and
// their names, each one's identity and references (the document's, the caller's, or inferred
// from names), where each collection's records sit (per school or per owner), and the report
// of it all that `serve` prints at start-up.
import { OpenApiError } from '../errors.ts';
import type { OpenApiInput } from './load.ts';
import { listOperations, type ListOperation, type NotServed } from './shape.ts';
import { effective, typeOf, unsupported, type Schema } from './values.ts';

export interface Relation {
  field: string;
  kind: string;
  /** Said by the document (`x-seedhub`), inferred from names, or set by the caller. */
  how: 'x-seedhub' | 'inferred' | 'option';
}

export interface CollectionReport {
  name: string;
  path: string;
  identity?: Relation;
  references: Relation[];
  /** Whose records these are, and how many. */
  owner: string;
  count: string;
}

/** What seedhub made of a document: shown at start-up for the user to confirm or override. */
export interface OpenApiReport {
  collections: CollectionReport[];
  notServed: NotServed[];
  /** Schema features served in their nearest supported form, with where. */
  unsupported: string[];
  /** Other notes (paging that differs between operations...). */
  notes: string[];
}

export interface OpenApiModelOptions {
  /**
   * Identities and references to set or undo, as `"collection.field": kind` (a reference),
   * `"collection.field": "=kind"` (the collection's identity) or `null` (neither).
   */
  relations?: Readonly<Record<string, string | null>>;
}

/** `learners` → `learner`, `classes` → `class`, `staff` → `staff`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.replace(/es$/, '');
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A collection's name: its operationId without `list`/`get`, or its path's last fixed segment, made unique. */
function namesOf(lists: readonly ListOperation[], document: OpenApiInput): string[] {
  const taken = new Set<string>();
  return lists.map((list) => {
    const operation = ((document.paths as Record<string, Record<string, { operationId?: string }>>)[list.path]?.get);
    const fromId = operation?.operationId?.replace(/^(list|get|find|search)(?=[A-Z])/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
    let name = fromId && /^[a-z0-9][a-z0-9-]*$/.test(fromId) ? fromId : list.name.toLowerCase().replace(/[^a-z0-9-]/g, '-');
    for (let n = 2; taken.has(name); n++) name = `${list.name}-${n}`;
    taken.add(name);
    return name;
  });
}

export interface Planned {
  name: string;
  list: ListOperation;
  properties: Record<string, Schema>;
  identity?: Relation;
  references: Relation[];
}

/** Identities and references of every collection: the document's, the caller's, then inferred by name. */
function relate(planned: Planned[], options: OpenApiModelOptions): void {
  const set = options.relations ?? {};
  for (const p of planned) {
    for (const [field, schema] of Object.entries(p.properties)) {
      const key = `${p.name}.${field}`;
      if (key in set) {
        const value = set[key];
        if (typeof value === 'string' && value.startsWith('=')) p.identity = { field, kind: value.slice(1), how: 'option' };
        continue;
      }
      if (typeof schema['x-seedhub-id'] === 'string') p.identity = { field, kind: schema['x-seedhub-id'], how: 'x-seedhub' };
    }
    if (!p.identity) {
      const kind = singular(p.name);
      const field = [`${kind}Id`, `${kind}_id`, 'id'].find((f) => f in p.properties && !(`${p.name}.${f}` in set));
      if (field) p.identity = { field, kind, how: 'inferred' };
    }
  }
  const identities = planned.filter((p) => p.identity).map((p) => p.identity!);
  for (const p of planned) {
    for (const [field, schema] of Object.entries(p.properties)) {
      if (p.identity?.field === field) continue;
      const key = `${p.name}.${field}`;
      if (key in set) {
        const value = set[key];
        if (typeof value === 'string' && !value.startsWith('=')) p.references.push({ field, kind: value, how: 'option' });
        continue;
      }
      const ref = schema['x-seedhub-ref'];
      if (typeof ref === 'string') p.references.push({ field, kind: ref, how: 'x-seedhub' });
      else {
        // A property named like another collection's identity (learnerId), or `{kind}Id` of a known kind.
        const match = identities.find((id) => (id.field !== 'id' && id.field === field) || `${id.kind}Id` === field || `${id.kind}_id` === field);
        if (match) p.references.push({ field, kind: match.kind, how: 'inferred' });
      }
    }
  }
  const kinds = new Set(identities.map((i) => i.kind));
  for (const p of planned) {
    const unknown = p.references.find((r) => !kinds.has(r.kind));
    if (unknown) throw new OpenApiError(`Failed to read the OpenAPI document at ${p.list.at}: ${p.name}.${unknown.field} refers to "${unknown.kind}", which no collection has as its identity (x-seedhub-id).`);
  }
}

/** Collections named like staff count `staffPerSchool` by default; any other `studentsPerSchool`. */
export const STAFF_NAMES = /staff|teacher|employee|educator|personnel/i;

/** How a collection's records are made: a top-level kind of its own, or records of an owner. */
export interface Placed {
  p: Planned;
  /** The owner kind: the collection's own identity kind when top-level. */
  owner: string;
  top: boolean;
  /** Records per owner (top-level: 1). */
  perOwner: number;
}

/**
 * Whether a collection's records are a kind of their own, counted per school: an identity
 * the document or the caller states, or an inferred one on records that refer to no other
 * kind. Inferred identities of records that refer to another kind (a `flagId` beside an
 * `enrolmentId`) are records of that kind, unless `x-seedhub-owner` says otherwise.
 */
const isTop = (p: Planned) => p.identity !== undefined && !p.list.owner && (p.identity.how !== 'inferred' || p.references.length === 0);

/** Where each collection's records sit: top-level kinds per school, the rest per owner. */
function place(planned: readonly Planned[]): Placed[] {
  const top = new Set(planned.filter(isTop).map((p) => p.identity!.kind));
  return planned.map((p) => {
    if (isTop(p)) return { p, owner: p.identity!.kind, top: true, perOwner: 1 };
    const owner = p.list.owner ?? p.references[0]?.kind;
    if (owner === undefined) return { p, owner: p.name, top: false, perOwner: 1 };
    if (!top.has(owner)) {
      throw new OpenApiError(`Failed to read the OpenAPI document at ${p.list.at}: ${p.name} belongs to "${owner}", which is not a collection's identity of its own (x-seedhub-id without x-seedhub-owner).`);
    }
    return { p, owner, top: false, perOwner: p.list.count ?? 1 };
  }).map((placed) => {
    const ref = placed.p.references.find((r) => !top.has(r.kind));
    if (ref) throw new OpenApiError(`Failed to read the OpenAPI document at ${placed.p.list.at}: ${placed.p.name}.${ref.field} refers to "${ref.kind}", whose records belong to others (x-seedhub-owner); refer to a collection's identity of its own.`);
    return placed;
  });
}

/**
 * Analyses a document: the collections, identities, references and paging seedhub will
 * serve, what it will not, and the schema features it serves in a nearer form.
 */
export function openApiReport(document: OpenApiInput, options: OpenApiModelOptions = {}): OpenApiReport {
  return analyse(document, options).report;
}

/** The plan of a document: its report, and the collections as the model is made of them. */
export function analyse(document: OpenApiInput, options: OpenApiModelOptions) {
  if (typeof document !== 'object' || document === null || typeof document.openapi !== 'string' || !/^3\./.test(document.openapi)) {
    throw new OpenApiError(`Failed to read the OpenAPI document at #/openapi: ${JSON.stringify((document as OpenApiInput | null)?.openapi ?? null)} is not an OpenAPI 3.x version.`);
  }
  const { lists, notServed } = listOperations(document);
  const names = namesOf(lists, document);
  const planned: Planned[] = lists.map((list, i) => ({ name: names[i]!, list, properties: ((effective(list.item).properties ?? {}) as Record<string, Schema>), references: [] }));
  relate(planned, options);
  const placed = place(planned);
  const gaps = new Map<string, string>();
  for (const p of planned) unsupported(p.list.item, `${p.list.at}/responses/200`, gaps);
  const notes: string[] = [];
  const api = lists[0]!.api;
  for (const p of planned.slice(1)) {
    if (JSON.stringify(p.list.api) !== JSON.stringify(api)) notes.push(`${p.list.path} pages differently from ${lists[0]!.path}; it is served with the latter's paging`);
  }
  const identityOf = new Map(planned.filter((p) => p.identity).map((p) => [p.identity!.kind, p]));
  for (const p of planned) {
    for (const ref of p.references) {
      const target = identityOf.get(ref.kind)!;
      const from = typeOf(effective(p.properties[ref.field]!));
      const to = typeOf(effective(target.properties[target.identity!.field]!));
      if (from !== to) notes.push(`${p.name}.${ref.field} is ${from ?? 'untyped'} but ${target.name}.${target.identity!.field} is ${to ?? 'untyped'}: it is served the identity's values`);
    }
  }
  const report: OpenApiReport = {
    collections: placed.map(({ p, owner, top, perOwner }) => ({
      name: p.name,
      path: p.list.path,
      ...(p.identity ? { identity: p.identity } : {}),
      references: p.references,
      owner: top || owner === p.name ? 'school' : owner,
      count: top || owner === p.name ? `${p.list.count ?? (STAFF_NAMES.test(p.name) ? 'staffPerSchool' : 'studentsPerSchool')} per school` : `${perOwner} per ${owner}`,
    })),
    notServed,
    unsupported: [...gaps].map(([keyword, at]) => `${keyword} at ${at}`),
    notes,
  };
  return { report, planned, placed, api, lists };
}

/** The report as lines a person reads at start-up. */
export function renderReport(report: OpenApiReport): string[] {
  const lines = report.collections.map((c) => {
    const id = c.identity ? `identity ${c.identity.field} (${c.identity.kind}${c.identity.how === 'inferred' ? ', inferred' : ''})` : 'no identity';
    const refs = c.references.map((r) => `${r.field} → ${r.kind}${r.how === 'inferred' ? ' (inferred)' : ''}`).join(', ');
    return `  ${c.name.padEnd(20)} ${c.path}: ${id}${refs ? `; refers ${refs}` : ''}; ${c.count}`;
  });
  return [
    `seedhub serves ${report.collections.length} collections:`,
    ...lines,
    ...report.notServed.map((n) => `  not served: ${n.method} ${n.path} (${n.why})`),
    ...report.unsupported.map((u) => `  served in a nearer form: ${u}`),
    ...report.notes.map((n) => `  note: ${n}`),
  ];
}
