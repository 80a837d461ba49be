// SIF AU code sets used by the QTeachers model (codes only; labels in docs/data-model.md).

/** Year levels of Queensland state schools: Prep, then Years 1 to 12. */
export const YEAR_LEVELS = ['P', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/** School types with the year levels they teach and how often they occur. */
export const SCHOOL_TYPES = [
  { type: 'Prim', suffix: 'State School', first: 0, last: 6, weight: 6 },
  { type: 'Sec', suffix: 'State High School', first: 7, last: 12, weight: 3 },
  { type: 'Pri/Sec', suffix: 'State College', first: 0, last: 12, weight: 1 },
] as const;

/** Subjects: code, name, Key Learning Area (ACStrand), for primary and secondary classes. */
export const SUBJECTS = [
  { code: 'ENG', name: 'English', kla: 'E' },
  { code: 'MAT', name: 'Mathematics', kla: 'M' },
  { code: 'SCI', name: 'Science', kla: 'S' },
  { code: 'HAS', name: 'Humanities and Social Sciences', kla: 'U' },
  { code: 'ART', name: 'The Arts', kla: 'A' },
  { code: 'HPE', name: 'Health and Physical Education', kla: 'P' },
  { code: 'DIG', name: 'Digital Technologies', kla: 'I' },
  { code: 'LAN', name: 'Japanese', kla: 'L' },
] as const;

export const SEX = [['1', 48], ['2', 48], ['3', 1], ['4', 1], ['9', 2]] as const;
export const YES_NO = ['Y', 'N', 'U', 'X'] as const;
export const INDIGENOUS_STATUS = ['1', '2', '3', '4', '9'] as const;
export const COUNTRY_AUSTRALIA = '1101';
export const COUNTRIES_OF_BIRTH = [['1101', 85], ['1201', 3], ['5105', 2], ['7103', 2], ['2100', 2], ['9225', 2], ['6101', 2], ['4106', 2]] as const;
export const LANGUAGE_ENGLISH = '1201';
export const HOME_LANGUAGES = [['1201', 85], ['7101', 3], ['5201', 3], ['6302', 3], ['2201', 2], ['7201', 2], ['4202', 2]] as const;

export const PARENT_RELATIONSHIPS = [['01', 88], ['02', 4], ['03', 2], ['04', 2], ['20', 2], ['11', 2]] as const;
export const EMERGENCY_RELATIONSHIPS = [['06', 3], ['07', 3], ['11', 4], ['12', 3], ['10', 1], ['09', 1]] as const;
export const EMPLOYMENT_TYPES = ['1', '2', '3', '4', '8', '9'] as const;
export const SCHOOL_EDUCATION_LEVELS = ['0', '1', '2', '3', '4'] as const;
export const NON_SCHOOL_EDUCATION = ['0', '5', '6', '7', '8'] as const;
export const CONTACT_METHODS = ['Mailing', 'AltMailing', 'Email', 'Phone', 'ParentPortal'] as const;

export const PUBLISHING_CATEGORIES = ['OKPrintedMaterial', 'OKOnlineMaterial', 'OKMediaRelease'] as const;

/** Wellbeing flags: type, SIF WellbeingAlertCategory. */
export const FLAG_CATEGORIES = {
  MEDICAL: 'M', LEGAL: 'L', INDIGENOUS: 'O', EALD: 'E', DISABILITY_NCCD: 'D', ILP: 'E',
} as const;
export type FlagType = keyof typeof FLAG_CATEGORIES;

/** Medical conditions: Wellbeing Characteristic sub-category, severity, description. */
export const MEDICAL_CONDITIONS = [
  { code: 'MAA-10', severity: 'Severe', description: 'Anaphylaxis – peanuts; adrenaline auto-injector in office' },
  { code: 'MAA-3', severity: 'High', description: 'Anaphylaxis – bee stings; adrenaline auto-injector in office' },
  { code: 'MA-1', severity: 'Moderate', description: 'Asthma; reliever puffer in bag' },
  { code: 'MS-2', severity: 'High', description: 'Epilepsy (tonic-clonic); seizure plan on file' },
  { code: 'MD-1', severity: 'High', description: 'Type 1 diabetes; management plan on file' },
  { code: 'MAL-5', severity: 'Low', description: 'Hay fever; seasonal antihistamine' },
] as const;

export const NCCD_LEVELS = ['QDTP', 'Supplementary', 'Substantial', 'Extensive'] as const;
export const NCCD_CATEGORIES = ['Physical', 'Cognitive', 'Sensory', 'Social-Emotional'] as const;

export const ENTRY_ORIGINAL = '1838';
export const ENTRY_TRANSFERS = ['1821', '1822', '1823', '1824', '1830'] as const;
export const EXIT_TRANSFERS = ['1907', '1908', '1909'] as const;

export const STAFF_TITLES = { '1': ['Mr', 'Dr'], '2': ['Ms', 'Mrs', 'Miss', 'Dr'], other: ['Mx'] } as const;
