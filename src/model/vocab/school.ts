// School vocabulary: year levels, school types and the subjects classes are made of.
// Codes are SIF AU's (SchoolLevel, YearLevelCode, ACStrand for a subject's learning area).

/** Year levels of Queensland state schools: Prep, then Years 1 to 12. */
export const YEAR_LEVELS = ['P', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/** School types: SIF SchoolLevel code, the name's suffix, the levels taught, how often they occur. */
export const SCHOOL_TYPES = [
  { type: 'Prim', suffix: 'State School', first: 0, last: 6, weight: 6 },
  { type: 'Sec', suffix: 'State High School', first: 7, last: 12, weight: 3 },
  { type: 'Pri/Sec', suffix: 'State College', first: 0, last: 12, weight: 1 },
] as const;

/** Which cohorts a subject is taught to: primary (P–6), junior secondary (7–10), senior (11–12). */
export type SubjectPool = 'primary' | 'junior' | 'senior';

/** A subject: a short code (the end of a class's localId), its name, ACStrand learning area, pools and staffing area. */
export interface Subject {
  code: string;
  name: string;
  kla: string;
  pools: readonly SubjectPool[];
  /** Subject teachers take classes within one area (an English teacher may take HASS too). */
  area: 'humanities' | 'stem' | 'arts';
}

export const SUBJECTS: readonly Subject[] = [
  { code: 'ENG', name: 'English', kla: 'E', pools: ['primary', 'junior', 'senior'], area: 'humanities' },
  { code: 'MAT', name: 'Mathematics', kla: 'M', pools: ['primary', 'junior'], area: 'stem' },
  { code: 'MAT', name: 'General Mathematics', kla: 'M', pools: ['senior'], area: 'stem' },
  { code: 'SCI', name: 'Science', kla: 'S', pools: ['primary', 'junior'], area: 'stem' },
  { code: 'HAS', name: 'Humanities and Social Sciences', kla: 'U', pools: ['primary', 'junior'], area: 'humanities' },
  { code: 'HPE', name: 'Health and Physical Education', kla: 'P', pools: ['primary', 'junior', 'senior'], area: 'arts' },
  { code: 'ART', name: 'The Arts', kla: 'A', pools: ['primary', 'junior'], area: 'arts' },
  { code: 'LAN', name: 'Japanese', kla: 'L', pools: ['primary', 'junior'], area: 'humanities' },
  { code: 'DIG', name: 'Digital Technologies', kla: 'I', pools: ['primary', 'junior'], area: 'stem' },
  { code: 'DES', name: 'Design and Technologies', kla: 'D', pools: ['junior'], area: 'stem' },
  { code: 'PHY', name: 'Physics', kla: 'S', pools: ['senior'], area: 'stem' },
  { code: 'CHE', name: 'Chemistry', kla: 'S', pools: ['senior'], area: 'stem' },
  { code: 'BIO', name: 'Biology', kla: 'S', pools: ['senior'], area: 'stem' },
  { code: 'MHI', name: 'Modern History', kla: 'H', pools: ['senior'], area: 'humanities' },
  { code: 'GEO', name: 'Geography', kla: 'G', pools: ['senior'], area: 'humanities' },
  { code: 'LEG', name: 'Legal Studies', kla: 'C', pools: ['senior'], area: 'humanities' },
  { code: 'ECO', name: 'Economics', kla: 'B', pools: ['senior'], area: 'humanities' },
  { code: 'VIS', name: 'Visual Art', kla: 'A', pools: ['senior'], area: 'arts' },
  { code: 'MUS', name: 'Music', kla: 'A', pools: ['senior'], area: 'arts' },
  { code: 'DSO', name: 'Digital Solutions', kla: 'I', pools: ['senior'], area: 'stem' },
];

/** School houses, named after Queensland plants. */
export const HOUSES = ['Banksia', 'Grevillea', 'Waratah', 'Wattle'] as const;
