// Typed views of the QTeachers entities, for the model's own generators. Users who
// extend the model read entities as plain records, or cast with these helpers.
import type { Entity } from '../types.ts';
import type { Care } from '../vocab/codes.ts';
import type { StagePlan } from './class-budget.ts';

export interface School {
  centreCode: string;
  refId: string;
  schoolType: string;
  schoolName: string;
  /** Index of the first and last year level taught (Prep = 0). */
  firstLevel: number;
  lastLevel: number;
  yearLevels: string[];
  suburbIndex: number;
  suburb: string;
  postcode: string;
  region: string;
  phone: string;
  emailDomain: string;
  /** Students and staff: the options' in exact sizes, the school's own in realistic ones. */
  enrolment: number;
  staffCount: number;
  /** Home groups and classes per stage, for the class plan. */
  stages: StagePlan;
  houses: readonly string[];
  /** The language the school teaches (Years 5 to 8 at least). */
  language: string;
}

/** Where a family came from, and when, if they came during their children's school years. */
export type Origin = 'local' | 'interstate' | 'overseas';

export interface ParentPlan {
  sex: string;
  relationshipCode: string;
  /** Whether this parent carries the household's family name (the one its children have). */
  sharesFamilyName: boolean;
  birthYear: number;
  /** A carer of children in out-of-home care, not a parent. */
  carer: boolean;
}

/** A family's latest move to another school in Queensland. */
export interface FamilyMove {
  year: number;
  term: number;
  kind: 'sameDistrict' | 'otherDistrict';
}

export interface Household {
  head: number;
  refId: string;
  indigenousStatus: string;
  background: string;
  /** ASCL code of an Aboriginal or Torres Strait Islander language (or Aboriginal English) spoken at home. */
  indigenousLanguage: string | null;
  /** A language other than English is spoken at home (LBOTE). */
  lote: boolean;
  /** That language is the children's main language at home. */
  speaksLanguage: boolean;
  /** ASCL code of the children's main language at home. */
  homeLanguage: string;
  origin: Origin;
  /** The year and term the family came to Queensland; null for families here before their children's schooling. */
  arrivalYear: number | null;
  arrivalTerm: number;
  /** SACC code of the country the family came from, for children born before they came. */
  originCountry: string;
  move: FamilyMove | null;
  familyName: string;
  legal: boolean;
  care: Care | null;
  parents: ParentPlan[];
  parentCount: number;
  emergencyCount: number;
  landline: boolean;
  suburbIndex: number;
  suburb: string;
  postcode: string;
  line1: string;
  line2: string | null;
  isSilent: boolean;
  mailingLine1: string | null;
  effectiveFromDate: string;
  homePhone: string;
}

export interface Contact {
  contactId: string;
  refId: string;
  sequence: number;
  givenName: string;
  familyName: string;
  [field: string]: unknown;
}

export interface Student {
  enrolmentId: string;
  refId: string;
  householdHead: number;
  levelIndex: number;
  yearLevel: string;
  birthDate: string;
  givenName: string;
  familyName: string;
  countryOfBirth: string;
  homegroup: string;
  classes: string[];
  entryDate: string;
  conditions: string[];
  nccd: { level: string; category: string } | null;
  eald: boolean;
  flagTypes: string[];
  [field: string]: unknown;
}

export interface StaffMember {
  staffId: string;
  refId: string;
  role: string;
  [field: string]: unknown;
}

// An Entity is a plain record; these views name the fields the model relies on.
export const asSchool = (e: Entity) => e as unknown as School;
export const asHousehold = (e: Entity) => e as unknown as Household;
export const asContact = (e: Entity) => e as unknown as Contact;
export const asStudent = (e: Entity) => e as unknown as Student;
export const asStaff = (e: Entity) => e as unknown as StaffMember;
