// What each path parameter of a document's operations takes. A parameter after a list's path
// is an identity of that list's collection: the record itself at the end of an item's path
// (`/classes/{id}`), else a parent whose records the operation serves (`/schools/{id}/classes`,
// `/accounts/{accountId}/transactions`). A parameter before every operation's collections, with
// no list of its own (`/campuses/{campusId}/learners`), is the tenant: the hub's schools. A
// document without one has one tenant.
import type { Operation, ParamBinding, QueryParam } from '../model/operations.ts';
import { nameKey, type Planned } from './collections.ts';
import type { NotServed, ReadOperation } from './operations.ts';
import type { Schema } from './values.ts';

/** A tenant parameter: its name and its schema. */
export interface Tenant {
  param: string;
  schema: Schema;
}

export interface Bound {
  operation: ReadOperation;
  collection: Planned;
  params: ParamBinding[];
  /** What its declared query parameters do (plan.ts). */
  query?: QueryParam[];
  only?: Operation['only'];
}

/** The prefix of a path up to (not including) a parameter. */
const prefixOf = (path: string, param: string) => path.slice(0, path.indexOf(`{${param}}`)).replace(/\/$/, '');

/** The tenant parameter of a document: one, by name, with no list of its own, before at least half its operations' collections. */
export function findTenant(planned: readonly Planned[]): Tenant | undefined {
  const lists = new Set(planned.flatMap((p) => p.operations.filter((o) => o.kind === 'list').map((o) => o.path.toLowerCase())));
  const seen = new Map<string, Tenant & { uses: number }>();
  const all = planned.flatMap((p) => p.operations);
  for (const operation of all) {
    for (const { name, schema } of operation.pathParams) {
      const prefix = prefixOf(operation.path, name);
      if (lists.has(prefix.toLowerCase())) continue;
      const last = operation.path.endsWith(`{${name}}`) && operation.kind === 'item';
      if (last) continue;
      const found = seen.get(name) ?? { param: name, schema, uses: 0 };
      found.uses++;
      seen.set(name, found);
    }
  }
  const best = [...seen.values()].sort((a, b) => b.uses - a.uses)[0];
  return best && best.uses * 2 >= all.length ? { param: best.param, schema: best.schema } : undefined;
}

/** The field of `child` that refers to `parent`'s records (a reference to its kind), and the parent's field it holds. */
function referenceTo(child: Planned, parent: Planned): { field: string; key?: string } | undefined {
  const ref = child.references.find((r) => r.kind === parent.identity?.kind);
  if (!ref) return undefined;
  return { field: ref.via ? `${ref.field}.${ref.via}` : ref.field, ...(ref.key ? { key: ref.key } : {}) };
}

/** Each operation's parameter bindings; an operation with one that binds nothing is not served. */
export function bindParams(planned: readonly Planned[], tenant: Tenant | undefined): { bound: Bound[]; notServed: NotServed[] } {
  const byList = new Map<string, Planned>();
  for (const p of planned) for (const o of p.operations) if (o.kind === 'list') byList.set(o.path.toLowerCase(), p);
  const byName = new Map(planned.map((p) => [nameKey(p.name), p]));
  const bound: Bound[] = [];
  const notServed: NotServed[] = [];
  for (const collection of planned) {
    for (const operation of collection.operations) {
      const params: ParamBinding[] = [];
      let why: string | undefined;
      for (const { name } of operation.pathParams) {
        const prefix = prefixOf(operation.path, name);
        if (tenant && name === tenant.param && !byList.has(prefix.toLowerCase())) {
          params.push({ name, binds: 'school' });
          continue;
        }
        if (operation.kind === 'item' && operation.path.endsWith(`{${name}}`)) {
          if (!collection.identity) why = `${collection.name} has no identity for {${name}} to name`;
          // `/user/{username}` names a user by a field of its own; `/pet/{petId}` by its identity.
          const own = Object.keys(collection.properties).find((f) => f === name) ?? Object.keys(collection.properties).find((f) => f.toLowerCase() === name.toLowerCase());
          params.push({ name, binds: 'identity', ...(own && own !== collection.identity?.field ? { field: own } : {}) });
          continue;
        }
        const parent = byList.get(prefix.toLowerCase()) ?? byName.get(nameKey(prefix.split('/').at(-1) ?? ''));
        if (!parent?.identity) {
          why = `{${name}} names nothing seedhub serves (no list at ${prefix || '/'})`;
          continue;
        }
        const ref = parent === collection ? { field: collection.identity!.field } : referenceTo(collection, parent);
        params.push({ name, binds: 'parent', collection: parent.name, field: ref?.field ?? '', ...(ref?.key ? { key: ref.key } : {}) });
      }
      if (why) notServed.push({ method: 'GET', path: operation.path, why });
      else bound.push({ operation, collection, params });
    }
  }
  return { bound, notServed };
}
