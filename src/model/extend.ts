// Extending a model without forking it: add a field, replace a field's generator,
// remove a field, change a collection's cardinality, or add a whole collection.
// Fields keep their positions: a replaced field stays where it was, a new one goes last,
// so existing values and key order do not move.
import { ModelError } from '../errors.ts';
import { qteachersRoute, SCHOOL_PARAM } from './api.ts';
import { ownersOf, type CollectionSpec, type EntitySpec, type FieldSchema, type Model } from './types.ts';

type FieldChanges<F> = Readonly<Record<string, F | null>>;

/** Changes to an existing collection, or a whole new one. `null` removes a field. */
export interface CollectionChange {
  api?: CollectionSpec['api'];
  path?: string;
  route?: string;
  owner?: CollectionSpec['owner'];
  count?: CollectionSpec['count'];
  fields?: FieldChanges<CollectionSpec['fields'][string]>;
  /** Schemas of new or changed fields, for the OpenAPI document; `null` drops one. */
  schemas?: FieldChanges<FieldSchema>;
}

export interface ModelExtension {
  entities?: Readonly<Record<string, { fields: FieldChanges<EntitySpec['fields'][string]> }>>;
  /** `null` removes a collection (and its endpoint). */
  collections?: Readonly<Record<string, CollectionChange | null>>;
}

function mergeFields<F>(base: Readonly<Record<string, F>>, changes: FieldChanges<F> = {}): Record<string, F> {
  const merged: Record<string, F> = { ...base };
  for (const [name, field] of Object.entries(changes)) {
    if (field === null) delete merged[name];
    else merged[name] = field;
  }
  return merged;
}

/**
 * A new model: `base` with `extension` applied. The base is not changed.
 * @example extendModel(qteachers, { collections: { students: { fields: { nickname: ({ faker }) => faker.word.adjective() } } } })
 */
export function extendModel(base: Model, extension: ModelExtension): Model {
  const entities: Record<string, EntitySpec> = { ...base.entities };
  for (const [name, change] of Object.entries(extension.entities ?? {})) {
    entities[name] = { fields: mergeFields(base.entities[name]?.fields ?? {}, change.fields) };
  }
  const collections: Record<string, CollectionSpec> = { ...base.collections };
  for (const [name, change] of Object.entries(extension.collections ?? {})) {
    if (change === null) {
      delete collections[name];
      continue;
    }
    const existing = base.collections[name];
    const api = change.api ?? existing?.api;
    const path = change.path ?? existing?.path;
    const owner = change.owner ?? existing?.owner;
    if (!api || !path || !owner) {
      throw new ModelError(`Failed to add collection "${name}": a new collection needs api, path and owner (${Object.keys(ownersOf(base)).map((k) => `'${k}'`).join(' or ')}).`);
    }
    const count = 'count' in change ? change.count : existing?.count;
    const route = change.route ?? existing?.route;
    const fields = mergeFields(existing?.fields ?? {}, change.fields);
    // A replaced generator may make other values than the old schema says: its schema goes
    // with it unless a new one is given, and the document describes it from the data.
    const replaced = Object.fromEntries(Object.keys(change.fields ?? {}).map((field) => [field, null]));
    const schemas = mergeFields(existing?.schemas ?? {}, { ...replaced, ...change.schemas });
    collections[name] = { api, path, ...(route ? { route } : {}), owner, fields, schemas, ...(count ? { count } : {}) };
  }
  const { entities: _e, collections: _c, ...rest } = base;
  return validateModel({ ...rest, entities, collections });
}

/** The route template of a collection. */
export const routeTemplate = (spec: CollectionSpec) => spec.route ?? qteachersRoute(spec.api, spec.path);

/** Models already checked: a model is data, and is checked once however often it is used. */
const VALID = new WeakSet<Model>();

/** Checks what generation relies on: a school entity, an entity per owner kind, one endpoint per route. */
export function validateModel(model: Model): Model {
  if (VALID.has(model)) return model;
  const owners = ownersOf(model);
  for (const kind of ['school', ...Object.keys(owners)]) {
    if (!model.entities[kind]) throw new ModelError(`Failed to use the model: it has no "${kind}" entity.`);
  }
  const routes = new Map<string, string>();
  for (const [name, spec] of Object.entries(model.collections)) {
    if (!spec.route && !/^[a-z0-9][a-z0-9-]*$/.test(spec.path)) {
      throw new ModelError(`Failed to use the model: collection "${name}" has path "${spec.path}"; use lower-case letters, digits and dashes.`);
    }
    if (!owners[spec.owner]) throw new ModelError(`Failed to use the model: collection "${name}" is owned by "${spec.owner}", which is not an owner kind (${Object.keys(owners).join(', ')}).`);
    const route = routeTemplate(spec);
    const clash = routes.get(route);
    if (clash) throw new ModelError(`Failed to use the model: collections "${clash}" and "${name}" both serve ${route.replace(SCHOOL_PARAM, '{centreCode}')}.`);
    routes.set(route, name);
  }
  VALID.add(model);
  return model;
}
