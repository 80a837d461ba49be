// What seedhub makes of an OpenAPI document before it makes a model: its operations, the
// collections they serve, each collection's identity and references, what each path
// parameter takes (the tenant, an identity, a parent), where each collection's records sit
// (per school, or per owner), and the report of it all that `serve` prints at start-up.
import { OpenApiError } from '../errors.ts';
import { SANDBOX } from '../model/sandbox.ts';
import { bindParams, findTenant, type Bound, type Tenant } from './bindings.ts';
import { groupCollections, type Planned, type Relation } from './collections.ts';
import type { OpenApiInput } from './load.ts';
import { readOperations, type NotServed } from './operations.ts';
import { describeQuery, onlyOf, queryOf } from './query.ts';
import { relate, type RelationOptions } from './relations.ts';
import { effective, typeOf, unsupported } from './values.ts';

export type { Planned, Relation };

export interface CollectionReport {
  name: string;
  path: string;
  identity?: Relation;
  references: Relation[];
  /** Whose records these are, and how many. */
  owner: string;
  count: string;
  /** Every operation that serves it: `GET /classes` (list), `GET /classes/{id}` (item). */
  operations: string[];
}

/** What seedhub made of a document: shown at start-up for the user to confirm or override. */
export interface OpenApiReport {
  collections: CollectionReport[];
  /** The path parameter that names the school (tenant), when the document has one. */
  tenant?: string;
  notServed: NotServed[];
  /** Schema features served in their nearest supported form, with where. */
  unsupported: string[];
  /** Other notes (paging that differs between operations...). */
  notes: string[];
  /** The security and headers the operations declare, as the sandbox serves them: a line each. */
  declared: string[];
}

export type OpenApiModelOptions = RelationOptions;

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
 * `enrolmentId`) are records of that kind, unless `x-seedhub-owner` says otherwise. Records
 * that refer to others through objects (`school: { sourcedId }`) are kinds of their own.
 */
const isTop = (p: Planned) => p.identity !== undefined && !p.list.owner && (p.identity.how !== 'inferred' || p.references.every((r) => r.via !== undefined) || p.references.length === 0);

/** Where each collection's records sit: top-level kinds per school, the rest per owner. */
function place(planned: readonly Planned[]): Placed[] {
  const top = new Set(planned.filter(isTop).map((p) => p.identity!.kind));
  return planned.map((p) => {
    if (isTop(p)) return { p, owner: p.identity!.kind, top: true, perOwner: 1 };
    const owner = p.list.owner ?? p.references.find((r) => top.has(r.kind))?.kind ?? p.references[0]?.kind;
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

export interface Plan {
  report: OpenApiReport;
  planned: Planned[];
  placed: Placed[];
  bound: Bound[];
  tenant?: Tenant;
}

/** The plan of a document: its report, and the collections and operations as the model is made of them. */
export function analyse(document: OpenApiInput, options: OpenApiModelOptions): Plan {
  if (typeof document !== 'object' || document === null || typeof document.openapi !== 'string' || !/^3\./.test(document.openapi)) {
    throw new OpenApiError(`Failed to read the OpenAPI document at #/openapi: ${JSON.stringify((document as OpenApiInput | null)?.openapi ?? null)} is not an OpenAPI 3.x version.`);
  }
  const read = readOperations(document);
  const planned = groupCollections(read.operations, document);
  relate(planned, options);
  const tenant = findTenant(planned);
  const { bound, notServed } = bindParams(planned, tenant);
  for (const b of bound) {
    b.query = queryOf(b.operation.query, b.operation.api, b.collection.properties);
    const only = onlyOf(b.operation.kind === 'item' ? b.operation.path.replace(/\/\{[^}]+\}$/, '') : b.operation.path, b.collection.list.path, b.collection.properties);
    if (only) b.only = only;
  }
  const placed = place(planned);
  const gaps = new Map<string, string>();
  for (const p of planned) unsupported(p.list.item, `${p.list.at}/responses/200`, gaps);
  const notes: string[] = [...read.notes];
  const identityOf = new Map(planned.filter((p) => p.identity).map((p) => [p.identity!.kind, p]));
  for (const p of planned) {
    for (const ref of p.references) {
      if (ref.via) continue;
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
      references: [...p.references, ...(p.nested ?? [])],
      owner: top || owner === p.name ? 'school' : owner,
      count: top || owner === p.name ? `${p.list.count ?? (!p.identity && !p.operations.some((o) => o.kind === 'list') ? 1 : STAFF_NAMES.test(p.name) ? 'staffPerSchool' : 'studentsPerSchool')} per school` : `${perOwner} per ${owner}`,
      operations: bound.filter((b) => b.collection === p).map((b) => {
        const query = describeQuery(b.query ?? []);
        return `GET ${b.operation.path} (${b.operation.kind}${b.only ? `: ${b.only.field} ${b.only.value}` : ''})${query ? `: ${query}` : ''}`;
      }),
    })),
    ...(tenant ? { tenant: tenant.param } : {}),
    notServed: [...read.notServed, ...notServed],
    unsupported: [...gaps].map(([keyword, at]) => `${keyword} at ${at}`),
    notes,
    declared: declaredLines(bound),
  };
  return { report, planned, placed, bound, ...(tenant ? { tenant } : {}) };
}

/** What the operations ask of a caller and add to their answers, with the sandbox's credentials for each. */
function declaredLines(bound: readonly Bound[]): string[] {
  const schemes = new Map<string, { how: string; count: number }>();
  for (const b of bound) {
    for (const scheme of new Map((b.operation.declared.security ?? []).flat().map((s) => [s.name, s])).values()) {
      const how = scheme.type === 'bearer'
        ? `a bearer token: POST ${scheme.tokenPath ?? '/oauth/token'} grant_type=client_credentials, client ${SANDBOX.clientId} / ${SANDBOX.clientSecret}`
        : scheme.type === 'basic' ? `basic auth: ${SANDBOX.clientId} / ${SANDBOX.clientSecret}` : `the API key ${SANDBOX.apiKey} in ${scheme.in} ${scheme.param}`;
      schemes.set(scheme.name, { how, count: (schemes.get(scheme.name)?.count ?? 0) + 1 });
    }
  }
  const count = (n: number) => `${n} operation${n === 1 ? '' : 's'}`;
  const requires = new Map<string, number>();
  const answers = new Set<string>();
  for (const b of bound) {
    for (const name of b.operation.declared.requires ?? []) requires.set(name, (requires.get(name) ?? 0) + 1);
    for (const { name } of b.operation.declared.headers ?? []) answers.add(name);
  }
  return [
    ...[...schemes].map(([name, { how, count: n }]) => `security ${name}: ${how} (${count(n)}; --no-security turns it off)`),
    ...[...requires].map(([name, n]) => `request header ${name} is required (${count(n)}): 400 without it`),
    ...(answers.size > 0 ? [`answers carry ${[...answers].join(', ')} (the request's own value played back when it sends one)`] : []),
  ];
}

/** The report as lines a person reads at start-up. */
export function renderReport(report: OpenApiReport): string[] {
  const lines = report.collections.flatMap((c) => {
    const id = c.identity ? `identity ${c.identity.field} (${c.identity.kind}${c.identity.how === 'inferred' ? ', inferred' : ''})` : 'no identity';
    const refs = c.references.map((r) => `${r.field}${r.via ? `.${r.via}` : ''} → ${r.kind}${r.how === 'inferred' ? ' (inferred)' : ''}`).join(', ');
    // The collection's own list is its first line; it is named again only to say what its query parameters do.
    const own = `GET ${c.path} (list)`;
    const ordered = [...c.operations.filter((o) => o.startsWith(`${own}:`)), ...c.operations.filter((o) => o !== own && !o.startsWith(`${own}:`))];
    const more = ordered.map((o) => `  ${''.padEnd(20)} ${o.startsWith(`${own}:`) ? '' : 'also '}${o}`);
    return [`  ${c.name.padEnd(20)} ${c.path}: ${id}${refs ? `; refers ${refs}` : ''}; ${c.count}`, ...more];
  });
  return [
    `seedhub serves ${report.collections.length} collections${report.tenant ? ` (schools are ${report.tenant})` : ''}:`,
    ...lines,
    ...report.notServed.map((n) => `  not served: ${n.method} ${n.path} (${n.why})`),
    ...report.unsupported.map((u) => `  served in a nearer form: ${u}`),
    ...report.declared.map((d) => `  ${d}`),
    ...report.notes.map((n) => `  note: ${n}`),
  ];
}
