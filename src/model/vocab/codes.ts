// The SIF AU codes the QTeachers model chooses among, with how often (labels are in
// sif-codesets.ts). Shares marked [S…] are sourced in docs/data-model.md; the others are
// seedhub's assumptions and the docs say so.

/** SexCode: students and contacts; 3 (intersex), 4 (self-described) and 9 (not stated) are rare. */
export const SEX = [['1', 49.2], ['2', 49.2], ['3', 0.1], ['4', 0.2], ['9', 1.3]] as const;
export const YES_NO = ['Y', 'N', 'U', 'X'] as const;

/** [S17] About 10% of Queensland state school students are Aboriginal and/or Torres Strait Islander. */
export const INDIGENOUS_SHARE = 0.1;
/** IndigenousStatus of an Indigenous household: 1 Aboriginal, 2 Torres Strait Islander, 3 both (assumed split). */
export const INDIGENOUS_CODES = [['1', 85], ['2', 6], ['3', 9]] as const;
/** Students whose status is not stated (IndigenousStatus 9). */
export const INDIGENOUS_NOT_STATED = 0.01;

/** RelationshipToStudent of carers who are not parents: grandparent, foster parent, guardian. */
export const CARER_RELATIONSHIPS = [['11', 50], ['04', 30], ['20', 20]] as const;
export const EMERGENCY_RELATIONSHIPS = [['11', 40], ['12', 25], ['06', 10], ['07', 20], ['09', 5]] as const;
export const EMPLOYMENT_TYPES = ['1', '2', '3', '4', '8', '9'] as const;
export const SCHOOL_EDUCATION_LEVELS = ['0', '1', '2', '3', '4'] as const;
export const NON_SCHOOL_EDUCATION = ['0', '5', '6', '7', '8'] as const;
export const CONTACT_METHODS = ['Mailing', 'AltMailing', 'Email', 'Phone', 'ParentPortal'] as const;

export const PUBLISHING_CATEGORIES = ['OKPrintedMaterial', 'OKOnlineMaterial', 'OKMediaRelease'] as const;

/** Flag types and their WellbeingAlertCategory: Medical, Legal, Other, Educational, SpecialNeeds/Disability, Plan Review. */
export const FLAG_CATEGORIES = {
  MEDICAL: 'M', LEGAL: 'L', INDIGENOUS: 'O', EALD: 'E', DISABILITY_NCCD: 'S', ILP: 'P',
} as const;
export type FlagType = keyof typeof FLAG_CATEGORIES;

/** EntryType of a first enrolment, and the pairs of ExitWithdrawalType and the EntryType that follows it. */
export const ENTRY_ORIGINAL = '1838';
export const ENTRY_CONTINUING = '1835';
export const ENTRY_FROM_OVERSEAS = '1830';
export const ENTRY_FROM_INTERSTATE = '1823';
export const MOVES = {
  sameDistrict: { exit: '1907', entry: '1821' },
  otherDistrict: { exit: '1908', entry: '1822' },
} as const;
export const EXIT_PERMANENT = '1905';
