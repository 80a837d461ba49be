// The SIF AU codes the QTeachers model chooses among, with how often (labels are in
// sif-codesets.ts). Shares marked [S…] are sourced in docs/data-model.md; the others are
// seedhub's assumptions and the docs say so.

/** SexCode: students and contacts; 3 (intersex), 4 (self-described) and 9 (not stated) are rare. */
export const SEX = [['1', 49.2], ['2', 49.2], ['3', 0.1], ['4', 0.2], ['9', 1.3]] as const;
export const YES_NO = ['Y', 'N', 'U', 'X'] as const;

/** [S33] IndigenousStatus of an Indigenous household: Queensland's Aboriginal 79.9%, Torres Strait Islander 11.3%, both 8.8% (2016). */
export const INDIGENOUS_CODES = [['1', 79.9], ['2', 11.3], ['3', 8.8]] as const;
/** Students whose status is not stated (IndigenousStatus 9). */
export const INDIGENOUS_NOT_STATED = 0.01;

/** How children in out-of-home care are placed. */
export type Care = 'kinship' | 'foster' | 'residential';
/** RelationshipToStudent of the carers of children in care: kin (grandparents most, assumption), foster parents, or a residential care worker. */
export const CARE_RELATIONSHIPS: Readonly<Record<Care, readonly (readonly [string, number])[]>> = {
  kinship: [['11', 70], ['12', 25], ['06', 5]],
  foster: [['04', 100]],
  residential: [['30', 100]],
};
export const EMERGENCY_RELATIONSHIPS = [['11', 40], ['12', 25], ['06', 10], ['07', 20], ['09', 5]] as const;

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
