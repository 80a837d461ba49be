// The Dataset: the lazy, random-access view of a hub's data that the rest of seedhub
// reads. `createDataset` generates it from options; a golden file can replay one.
import { QTEACHERS_API, type ApiShape } from '../model/api.ts';
import { ownersOf, type CollectionSpec, type Entity, type Model, type ModelReferences } from '../model/types.ts';
import { ModelError } from '../errors.ts';
import { listOperationsOf, type Operation } from '../model/operations.ts';
import { routeTemplate, validateModel } from '../model/extend.ts';
import { qteachers } from '../model/qteachers/index.ts';
import { resolveOptions, type CentreCode, type HubOptions, type ResolvedOptions } from '../options.ts';
import { centreCodesFor } from './centre-codes.ts';
import { SchoolGenerator } from './school-generator.ts';

/** A school as the hub's index lists it. */
export interface SchoolSummary {
  centreCode: CentreCode;
  /** The school's SIF RefId (SchoolInfo): what records' `schoolInfoRefId` point at. */
  refId?: string;
  /** QTeachers' fields; a model of its own lists the school's code alone. */
  schoolName?: string;
  schoolType?: string;
  yearLevels?: string[];
  suburb?: string;
  postcode?: string;
  /** The Department of Education region. */
  region?: string;
}

/** Fields of the school entity that `GET /` lists beside the centre code, when the model has them. */
const SUMMARY_FIELDS = ['refId', 'schoolName', 'schoolType', 'yearLevels', 'suburb', 'postcode', 'region'] as const;

/** Where a collection is served: QTeachers' `/qt_{api}/school-api/schools/{centreCode}/{path}`, or `route`. */
export interface CollectionRoute {
  name: string;
  api: string;
  path: string;
  /** The route template, `{school}` standing for the centre code. */
  route: string;
}

/** One collection of one school: its size, and any run of its records. */
export interface CollectionView {
  readonly count: number;
  /** Records `offset` to `offset + limit - 1`; fewer (or none) past the end. */
  slice(offset: number, limit: number): Entity[];
  /**
   * Generated datasets only: the students or staff the records belong to, and the records
   * of owners `from` to `to - 1` in order. Writing every collection a run of owners at a
   * time builds each owner once, where writing collection after collection rebuilds them.
   */
  readonly owners?: { kind: string; count: number; records(from: number, to: number): Entity[] };
}

export interface Dataset {
  readonly options: ResolvedOptions;
  /** How the collections are paged and enveloped. */
  readonly api: ApiShape;
  /** The model the data was generated from; absent for a replayed golden. */
  readonly model?: Model;
  /** A model of its own: which fields are identities and which refer to them (the consistency rules read these). */
  readonly references?: ModelReferences;
  readonly schools: readonly SchoolSummary[];
  readonly collections: readonly CollectionRoute[];
  /** What the hub serves: the model's operations, or one list per collection at its route. */
  readonly operations: readonly Operation[];
  school(centreCode: CentreCode): SchoolSummary | undefined;
  /** A collection of a school; undefined for an unknown school or collection. */
  collection(centreCode: CentreCode, name: string): CollectionView | undefined;
}

/** Every record of a view, in order; none for a missing view. */
export function allRecords(view: CollectionView | undefined): Entity[] {
  return view ? view.slice(0, view.count) : [];
}

/** Index of the last prefix entry ≤ offset: the owner that holds record `offset`. */
function ownerAt(prefix: Float64Array, offset: number): number {
  let low = 0;
  let high = prefix.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >>> 1;
    if (prefix[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function view(generator: SchoolGenerator, name: string, spec: CollectionSpec): CollectionView {
  const owners = ownersOf(generator.model)[spec.owner]!.count(generator.options, generator.school);
  let prefix: Float64Array | undefined;
  // Cumulative record counts per owner, built on first use when owners have varying counts:
  // in doubles, so no total wraps; one past 2^53 (where they stop being exact) is refused.
  const prefixSums = () => {
    if (!prefix) {
      const sums = new Float64Array(owners + 1);
      for (let o = 0; o < owners; o++) sums[o + 1] = sums[o]! + generator.countOf(name, spec, o);
      if (sums[owners]! > Number.MAX_SAFE_INTEGER) throw new ModelError(`Failed to count "${name}" of school ${generator.centreCode}: ${sums[owners]} records is more than a hub can count exactly (2^53). Lower its count per ${spec.owner}.`);
      prefix = sums;
    }
    return prefix;
  };
  return {
    owners: {
      kind: spec.owner,
      count: owners,
      records(from, to) {
        const records: Entity[] = [];
        for (let o = from; o < Math.min(to, owners); o++) {
          const n = generator.countOf(name, spec, o);
          for (let i = 0; i < n; i++) records.push(generator.record(name, spec, o, i));
        }
        return records;
      },
    },
    get count() {
      return spec.count ? prefixSums()[owners]! : owners;
    },
    slice(offset, limit) {
      const end = Math.min(offset + limit, this.count);
      const records: Entity[] = [];
      if (!spec.count) {
        for (let i = offset; i < end; i++) records.push(generator.record(name, spec, i, 0));
        return records;
      }
      const sums = prefixSums();
      let owner = ownerAt(sums, offset);
      for (let i = offset; i < end; i++) {
        while (sums[owner + 1]! <= i) owner++;
        records.push(generator.record(name, spec, owner, i - sums[owner]!));
      }
      return records;
    },
  };
}

/**
 * A generated dataset: every value a pure function of the seed and options.
 * @example const data = createDataset({ seed: 'demo', schools: 2 }); data.collection('4650', 'students')?.slice(0, 5)
 */
export function createDataset(options: HubOptions = {}, model: Model = qteachers): Dataset {
  const resolved = resolveOptions(options, model.schoolParam);
  validateModel(model);
  const codes = centreCodesFor(resolved, model.schoolCodes);
  for (const limit of model.limits ?? []) {
    const needed = limit.needed(resolved, codes.length);
    if (needed > limit.capacity) {
      throw new ModelError(`Failed to generate the hub: it needs ${needed} ${limit.what}, which has only ${limit.capacity}. ${limit.hint}`);
    }
  }
  const generators = new Map(codes.map((code) => [code, new SchoolGenerator(model, resolved, code)]));
  const schools = codes.map((code): SchoolSummary => {
    const school = generators.get(code)!.school;
    const summary: Record<string, unknown> = { centreCode: code };
    for (const field of SUMMARY_FIELDS) if (school[field] !== undefined) summary[field] = field === 'yearLevels' ? [...(school[field] as string[])] : school[field];
    return summary as unknown as SchoolSummary;
  });
  const byCode = new Map(schools.map((s) => [s.centreCode, s]));
  const collections = Object.entries(model.collections).map(([name, spec]) => ({ name, api: spec.api, path: spec.path, route: routeTemplate(spec) }));
  const api = model.api ?? QTEACHERS_API;
  const views = new Map<string, CollectionView>();
  return {
    options: resolved,
    api,
    model,
    ...(model.references ? { references: model.references } : {}),
    schools,
    collections,
    operations: model.operations ?? listOperationsOf(collections, api),
    school: (code) => byCode.get(code),
    collection(code, name) {
      const generator = generators.get(code);
      const spec = model.collections[name];
      if (!generator || !spec) return undefined;
      const key = `${code}/${name}`;
      let found = views.get(key);
      if (!found) views.set(key, (found = view(generator, name, spec)));
      return found;
    },
  };
}
