// The QTeachers model: Queensland state-school data, SIF AU aligned (see docs/data-model.md).
import type { Model } from '../types.ts';
import { addresses, emergencyContacts, parents } from './collections/household.ts';
import { enrolmentHistory } from './collections/history.ts';
import { staff as staffCollection, staffPhotos } from './collections/staff.ts';
import { flags, photos, students } from './collections/students.ts';
import { emergencyContact, household, parent } from './household.ts';
import { school } from './school.ts';
import { staff } from './staff.ts';
import { student } from './student.ts';

/** The default model. Extend it with `extendModel` rather than editing it. */
export const qteachers: Model = {
  entities: { school, household, parent, emergencyContact, student, staff },
  collections: {
    students,
    photos,
    flags,
    addresses,
    parents,
    'emergency-contacts': emergencyContacts,
    'enrolment-history': enrolmentHistory,
    staff: staffCollection,
    'staff-photos': staffPhotos,
  },
};
