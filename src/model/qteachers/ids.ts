// The names of QTeachers' people that layers above the model read: the field that identifies
// a student or a staff member, the collection that lists them, their photos, and what a
// message calls one. Generic code learns these here (or from a model's `owners`), never
// from a literal of its own.
import type { OwnerSpec } from '../types.ts';

export const QTEACHERS_PEOPLE = {
  student: { idField: 'enrolmentId', collection: 'students', photos: 'photos', noun: 'student', title: 'Students' },
  staff: { idField: 'staffId', collection: 'staff', photos: 'staff-photos', noun: 'staff member', title: 'Staff' },
} as const;

/** A student's ID field, on every endpoint that names a student. */
export const STUDENT_ID = QTEACHERS_PEOPLE.student.idField;
/** A staff member's ID field, on every endpoint that names one. */
export const STAFF_ID = QTEACHERS_PEOPLE.staff.idField;

/** QTeachers' owner kinds: whose records its collections are, and how many a school has. */
export const QTEACHERS_OWNERS: Readonly<Record<string, OwnerSpec>> = {
  // The school knows its own size (the options' in exact sizes, its own in realistic ones).
  student: { idField: STUDENT_ID, count: (options, school) => (school?.enrolment === undefined ? options.studentsPerSchool : Number(school.enrolment)) },
  staff: { idField: STAFF_ID, count: (options, school) => (school?.staffCount === undefined ? options.staffPerSchool : Number(school.staffCount)) },
};
