// The QTeachers model: Queensland state-school data, SIF AU aligned (see docs/data-model.md).
import type { CollectionSpec, FieldSchema, Model } from '../types.ts';
import { addresses, emergencyContacts, parents } from './collections/household.ts';
import { enrolmentHistory } from './collections/history.ts';
import { staff as staffCollection, staffPhotos } from './collections/staff.ts';
import { flags, photos, students } from './collections/students.ts';
import { emergencyContact, parent } from './contacts.ts';
import { household } from './household.ts';
import { FIELD_SCHEMAS, NULLABLE } from './schemas.ts';
import { school } from './school.ts';
import { staff } from './staff.ts';
import { student } from './student.ts';

/** A collection with the schema of each of its fields, from the one QTeachers table. */
function described(name: string, spec: CollectionSpec): CollectionSpec {
  const idField = spec.owner === 'student' ? 'enrolmentId' : 'staffId';
  const schemas: Record<string, FieldSchema> = {};
  for (const field of [idField, 'centreCode', ...Object.keys(spec.fields)]) {
    const schema = FIELD_SCHEMAS[field];
    if (schema) schemas[field] = NULLABLE[name]?.includes(field) ? { ...schema, nullable: true } : schema;
  }
  return { ...spec, schemas };
}

const collections = {
  students,
  photos,
  flags,
  addresses,
  parents,
  'emergency-contacts': emergencyContacts,
  'enrolment-history': enrolmentHistory,
  staff: staffCollection,
  'staff-photos': staffPhotos,
};

/** The default model. Extend it with `extendModel` rather than editing it. */
export const qteachers: Model = {
  entities: { school, household, parent, emergencyContact, student, staff },
  collections: Object.fromEntries(Object.entries(collections).map(([name, spec]) => [name, described(name, spec)])),
};
