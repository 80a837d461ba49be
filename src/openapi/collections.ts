// The collections of an OpenAPI document: its operations grouped by the record schema they
// answer with, so `/classes`, `/classes/{id}` and `/schools/{id}/classes` are one collection of
// classes; an item operation under a list's path (`/accounts/{accountId}`) belongs to that
// list's collection even when it answers a fuller schema (its details). Each collection is
// named once, and every name a document uses for it (its paths' segments, its schema's name)
// is an alias that a property or a path parameter may name it by.
import type { OpenApiInput } from './load.ts';
import type { ReadOperation } from './operations.ts';
import { effective, type Schema } from './values.ts';

export interface Relation {
  field: string;
  kind: string;
  /** Said by the document (`x-seedhub`), inferred from names, or set by the caller. */
  how: 'x-seedhub' | 'inferred' | 'option';
  /**
   * A reference held in an object (`{ sourcedId, href, type }`, `{ studentUniqueId, link }`):
   * the property of that object that holds the target's value.
   */
  via?: string;
  /** The target's field the reference holds, when it is not the target's identity (a natural key). */
  key?: string;
  /** An array of references (`students: [...]`). */
  many?: boolean;
  /** Other properties of a reference object the target has too (`id` beside `localEducationAgencyId`): copied from it. */
  copies?: string[];
}

export interface Planned {
  name: string;
  /** The collection's first operation: its first list when it has one. */
  list: ReadOperation;
  operations: ReadOperation[];
  /** Every property its operations' record schemas have (a list's first, then an item's details). */
  properties: Record<string, Schema>;
  identity?: Relation;
  references: Relation[];
  /** References held inside a field's objects (`roles[].org`), by dotted path: `roles.org`. */
  nested?: Relation[];
}

/** `learners` → `learner`, `classes` → `class`, `staff` → `staff`. */
export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, 'y');
  if (/(ss|x|z|ch|sh)es$/.test(word)) return word.replace(/es$/, '');
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/** A name as names are compared: lower case, no punctuation, singular. */
export const nameKey = (word: string) => singular(word.replace(/[^A-Za-z0-9]/g, '').toLowerCase());

const literals = (path: string) => path.split('/').filter((s) => s && !s.startsWith('{'));

/** The path of a list that an item operation sits under: `/accounts/{accountId}` → `/accounts`. */
const parentPath = (path: string) => (/\/\{[^}]+\}$/.test(path) ? path.replace(/\/\{[^}]+\}$/, '') : undefined);

const kebab = (word: string) => word.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9-]/g, '-');

/**
 * The list that serves all of a collection's records: the one at the path named after its
 * schema (`/users` of `user`, beside `/students` and `/teachers`), else the first.
 */
function mainList(group: readonly ReadOperation[]): ReadOperation | undefined {
  const lists = group.filter((o) => o.kind === 'list');
  const schema = lists[0]?.recordKey.startsWith('#/') ? nameKey(lists[0].recordKey.split('/').at(-1)!) : undefined;
  return lists.find((o) => schema !== undefined && nameKey(literals(o.path).at(-1) ?? '') === schema) ?? lists[0];
}

/** A collection's name: its main list's operationId without `list`/`get`, or its path's last fixed segment. */
function nameOf(first: ReadOperation, group: readonly ReadOperation[]): string {
  const lists = group.filter((o) => o.kind === 'list');
  if (lists.length > 1 && first.recordKey.startsWith('#/')) {
    // Several lists of one schema name the list named after it (`/users`), else the schema (`findByStatus`, `findByTags`: `pet`).
    const schema = first.recordKey.split('/').at(-1)!;
    const segment = literals(first.path).at(-1) ?? '';
    return kebab(nameKey(segment) === nameKey(schema) ? segment : schema);
  }
  const fromId = first.id?.replace(/^(list|get|find|search)(?=[A-Z])|^(list|get|find|search)[-_](?=[a-z])/i, '').replace(/By[A-Z].*$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
  if (fromId && /^[a-z0-9][a-z0-9-]*$/.test(fromId)) return fromId;
  return (literals(first.path).at(-1) ?? 'records').toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** The collections of a document's operations, in the order of their first operation. */
export function groupCollections(operations: readonly ReadOperation[], _document: OpenApiInput): Planned[] {
  const groups = new Map<string, ReadOperation[]>();
  const listAt = new Map<string, string>();
  for (const operation of operations) {
    if (operation.kind === 'list') {
      if (!groups.has(operation.recordKey)) groups.set(operation.recordKey, []);
      groups.get(operation.recordKey)!.push(operation);
      listAt.set(operation.path.toLowerCase(), operation.recordKey);
    }
  }
  for (const operation of operations) {
    if (operation.kind !== 'item') continue;
    const under = parentPath(operation.path);
    const key = groups.has(operation.recordKey) ? operation.recordKey : (under && listAt.get(under.toLowerCase())) ?? operation.recordKey;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key)!.push(operation);
  }
  const taken = new Set<string>();
  return [...groups.values()].map((group) => {
    const first = mainList(group) ?? group[0]!;
    let name = nameOf(first, group);
    for (let n = 2; taken.has(name); n++) name = `${nameOf(first, group)}-${n}`;
    taken.add(name);
    const properties: Record<string, Schema> = {};
    for (const operation of [...group.filter((o) => o.kind === 'list'), ...group.filter((o) => o.kind === 'item')]) {
      for (const [key, schema] of Object.entries((effective(operation.item).properties ?? {}) as Record<string, Schema>)) if (!(key in properties)) properties[key] = schema;
    }
    return { name, list: first, operations: group, properties, references: [] };
  });
}

/** Every name a collection goes by (its name, its paths' last segments, its schema's name), by `nameKey`. */
export function aliases(planned: readonly Planned[]): Map<string, Planned> {
  const found = new Map<string, Planned>();
  const add = (word: string, p: Planned) => {
    const key = nameKey(word);
    if (key && !found.has(key)) found.set(key, p);
  };
  for (const p of planned) add(p.name, p);
  for (const p of planned) for (const o of p.operations) add(literals(o.path).at(-1) ?? '', p);
  for (const p of planned) if (p.list.recordKey.startsWith('#/')) add(p.list.recordKey.split('/').at(-1)!, p);
  return found;
}
