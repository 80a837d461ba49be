// Typed views of the QTeachers entities, for the model's own generators. Users who
// extend the model read entities as plain records, or cast with these helpers.
import type { Entity } from '../types.ts';

export interface School {
  centreCode: string;
  position: number;
  schoolType: string;
  schoolName: string;
  /** Index of the first and last year level taught (Prep = 0). */
  firstLevel: number;
  lastLevel: number;
  yearLevels: string[];
  suburb: string;
  postcode: string;
  phone: string;
  emailDomain: string;
}

export interface SchoolClass {
  localId: string;
  shortName: string;
  longName: string;
  yearLevel: string;
  levelIndex: number;
  group: string;
  subject: string;
  kla: string;
  schoolYear: string;
  teacherIndex: number;
}

export interface Household {
  head: number;
  familyName: string;
  line1: string;
  line2: string | null;
  suburb: string;
  postcode: string;
  isSilent: boolean;
  mailingLine1: string | null;
  effectiveFromDate: string;
  legal: boolean;
  parentCount: number;
  emergencyCount: number;
  homePhone: string;
}

export interface Contact {
  contactId: string;
  sequence: number;
  [field: string]: unknown;
}

export interface Student {
  enrolmentId: string;
  householdHead: number;
  levelIndex: number;
  yearLevel: string;
  birthDate: string;
  entryYear: number;
  previousSchoolName: string | null;
  flagTypes: string[];
  classes: string[];
  [field: string]: unknown;
}

export interface StaffMember {
  staffId: string;
  role: string;
  teaching: boolean;
  [field: string]: unknown;
}

// An Entity is a plain record; these views name the fields the model relies on.
export const asSchool = (e: Entity) => e as unknown as School;
export const asClass = (e: Entity) => e as unknown as SchoolClass;
export const asHousehold = (e: Entity) => e as unknown as Household;
export const asContact = (e: Entity) => e as unknown as Contact;
export const asStudent = (e: Entity) => e as unknown as Student;
export const asStaff = (e: Entity) => e as unknown as StaffMember;
