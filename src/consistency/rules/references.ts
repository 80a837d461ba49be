// Rules of a model of its own (one built from an OpenAPI document): read from the
// identities and references the hub states, not from QTeachers' endpoint names.
import { referencedValues } from '../../model/types.ts';
import type { Finding, PagedRow } from '../types.ts';
import { finding, rowsOf, text, type Rule } from './rule.ts';

export const identityUnique: Rule = {
  name: 'identity-unique',
  description: "a model of its own: each collection's identity (x-seedhub-id) is present and unique, within a school and across schools",
  check(crawl) {
    const out: Finding[] = [];
    for (const { collection, field, kind } of crawl.references?.identities ?? []) {
      const first = new Map<string, string>();
      for (const school of crawl.schools) {
        for (const { page, record } of rowsOf(school, collection) ?? []) {
          const id = text(record[field]);
          if (id === undefined) {
            out.push(finding('identity-unique', school, collection, page, undefined, `a ${kind} has no ${field}`));
            continue;
          }
          const seen = first.get(id);
          if (seen === undefined) first.set(id, school.centreCode);
          else out.push(finding('identity-unique', school, collection, page, id, `${field} ${id} is ${seen === school.centreCode ? 'twice' : `also a ${kind} of ${seen}`}`));
        }
      }
    }
    return out;
  },
};

export const orphanReference: Rule = {
  name: 'orphan-reference',
  description: 'a model of its own: every reference (x-seedhub-ref) names a record of that kind in the same school',
  check(crawl) {
    const out: Finding[] = [];
    const { identities = [], references = [] } = crawl.references ?? {};
    for (const school of crawl.schools) {
      const known = new Map<string, Set<string> | undefined>();
      // The values a kind's records are referred to by: its identity, or a natural key.
      const idsOf = (kind: string, key: string | undefined) => {
        const name = `${kind}\u0000${key ?? ''}`;
        if (!known.has(name)) {
          const identity = identities.find((i) => i.kind === kind);
          const rows: PagedRow[] | undefined = identity ? rowsOf(school, identity.collection) : undefined;
          known.set(name, rows && new Set(rows.map((r) => String(r.record[key ?? identity!.field]))));
        }
        return known.get(name);
      };
      for (const reference of references) {
        const { collection, field, kind } = reference;
        const ids = idsOf(kind, reference.key);
        // A kind whose collection was not crawled to the end cannot be judged.
        if (!ids) continue;
        for (const { page, record } of rowsOf(school, collection) ?? []) {
          for (const value of referencedValues(record, reference)) {
            const id = text(value);
            if (id !== undefined && !ids.has(id)) out.push(finding('orphan-reference', school, collection, page, id, `${field}${reference.via ? `.${reference.via}` : ''} ${id} is not a ${kind} of ${school.centreCode}`));
          }
        }
      }
    }
    return out;
  },
};
