// School vocabulary: year levels, school types and sizes, houses, the language a school
// teaches, and the subjects classes are made of. Codes are SIF AU's (SchoolLevel,
// YearLevelCode, ACStrand for a subject's learning area). Shares marked [S…] are sourced
// in docs/data-model.md; the others are assumptions, and the docs say so.

/** Year levels of Queensland state schools: Prep, then Years 1 to 12. */
export const YEAR_LEVELS = ['P', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'] as const;

/**
 * School types: SIF SchoolLevel code, the name's suffix, the levels taught, how often they
 * occur (assumed: no count of Queensland state schools by type was found), and a realistic
 * size: log-normal around `median` students with spread `sigma`, within `min` and `max`.
 * The shapes are assumptions, scaled so the mean is about Queensland's 455 students per
 * state school (575,000 students in 1,264 schools, 2024 [S23]; our arithmetic).
 */
export const SCHOOL_TYPES = [
  { type: 'Prim', suffix: 'State School', first: 0, last: 6, weight: 74, size: { median: 240, sigma: 0.75, min: 15, max: 1800 } },
  { type: 'Sec', suffix: 'State High School', first: 7, last: 12, weight: 18, size: { median: 700, sigma: 0.5, min: 150, max: 3300 } },
  { type: 'Pri/Sec', suffix: 'State College', first: 0, last: 12, weight: 8, size: { median: 1000, sigma: 0.55, min: 300, max: 3500 } },
] as const;

/** School houses, named after Queensland plants, birds and waters; a school has four of them (assumption). */
export const HOUSES = [
  'Banksia', 'Grevillea', 'Waratah', 'Wattle', 'Jacaranda', 'Kurrajong', 'Bunya', 'Cedar', 'Ironbark', 'Tallowwood',
  'Boronia', 'Acacia', 'Poinciana', 'Melaleuca', 'Kauri', 'Hoop Pine', 'Macadamia', 'Casuarina', 'Coolibah', 'Mulga',
  'Brolga', 'Kookaburra', 'Jabiru', 'Currawong', 'Lorikeet', 'Rosella', 'Cassowary', 'Emu', 'Pelican', 'Osprey',
  'Burnett', 'Fitzroy', 'Mary', 'Condamine', 'Barron', 'Burdekin', 'Herbert', 'Logan', 'Brisbane', 'Dawson',
] as const;
export const HOUSES_PER_SCHOOL = 4;

/**
 * The language a school teaches (Queensland state schools must teach one in Years 5 to 8
 * [S24]), by the share of Queensland state schools offering each in 2018 [S25].
 */
export const SCHOOL_LANGUAGES = [['Japanese', 54], ['German', 15], ['Chinese', 14], ['French', 9], ['Italian', 7], ['Indonesian', 6]] as const;
/** Year levels (indices) that must take a language [S24]. */
export const LANGUAGE_LEVELS = [5, 6, 7, 8] as const;

/** Which subject teachers take a class: teachers take classes within one area. */
export type StaffArea = 'humanities' | 'stem' | 'arts' | 'vocational';

/** A subject: a short code (the end of a class's localId), its name, ACStrand learning area and staffing area. */
export interface Subject {
  code: string;
  name: string;
  kla: string;
  area: StaffArea;
}

/** The learning areas every Prep to Year 10 class group takes [S26]; a language where LANGUAGE_LEVELS say. */
export const CORE_SUBJECTS: readonly Subject[] = [
  { code: 'ENG', name: 'English', kla: 'E', area: 'humanities' },
  { code: 'MAT', name: 'Mathematics', kla: 'M', area: 'stem' },
  { code: 'SCI', name: 'Science', kla: 'S', area: 'stem' },
  { code: 'HAS', name: 'Humanities and Social Sciences', kla: 'U', area: 'humanities' },
  { code: 'HPE', name: 'Health and Physical Education', kla: 'P', area: 'arts' },
  { code: 'ART', name: 'The Arts', kla: 'A', area: 'arts' },
  { code: 'TEC', name: 'Technologies', kla: 'T', area: 'stem' },
];
/** The language class; its name is the school's language. */
export const LANGUAGE: Subject = { code: 'LAN', name: 'Language', kla: 'L', area: 'humanities' };

/** A senior (Years 11–12) subject: QCAA General or Applied, or a VET certificate; its line and how many choose it. */
export interface SeniorSubject extends Subject {
  kind: 'general' | 'applied' | 'vet';
  /** Students take one English and one Mathematics, then electives. */
  line: 'english' | 'maths' | 'specialist' | 'elective';
  /** Relative uptake among the subjects of its kind and line (assumptions, except where docs/data-model.md cites one). */
  weight: number;
}

const senior = (code: string, name: string, kla: string, area: StaffArea, kind: SeniorSubject['kind'], line: SeniorSubject['line'], weight: number): SeniorSubject =>
  ({ code, name, kla, area, kind, line, weight });

/** QCAA senior subjects and VET certificates a Queensland state school offers, most taken first within each kind. */
export const SENIOR_SUBJECTS: readonly SeniorSubject[] = [
  senior('ENG', 'English', 'E', 'humanities', 'general', 'english', 92),
  senior('LIT', 'Literature', 'E', 'humanities', 'general', 'english', 8),
  senior('ENE', 'Essential English', 'E', 'humanities', 'applied', 'english', 100),
  senior('MAM', 'Mathematical Methods', 'M', 'stem', 'general', 'maths', 27),
  senior('MAG', 'General Mathematics', 'M', 'stem', 'general', 'maths', 37),
  senior('MAE', 'Essential Mathematics', 'M', 'stem', 'applied', 'maths', 36),
  senior('MAS', 'Specialist Mathematics', 'M', 'stem', 'general', 'specialist', 9),
  senior('BIO', 'Biology', 'S', 'stem', 'general', 'elective', 30),
  senior('PSY', 'Psychology', 'S', 'stem', 'general', 'elective', 22),
  senior('CHE', 'Chemistry', 'S', 'stem', 'general', 'elective', 15),
  senior('PED', 'Physical Education', 'P', 'arts', 'general', 'elective', 14),
  senior('PHY', 'Physics', 'S', 'stem', 'general', 'elective', 12),
  senior('MHI', 'Modern History', 'H', 'humanities', 'general', 'elective', 12),
  senior('LEG', 'Legal Studies', 'C', 'humanities', 'general', 'elective', 12),
  senior('BUS', 'Business', 'B', 'humanities', 'general', 'elective', 12),
  senior('GEO', 'Geography', 'G', 'humanities', 'general', 'elective', 8),
  senior('HEA', 'Health', 'P', 'arts', 'general', 'elective', 8),
  senior('VIS', 'Visual Art', 'A', 'arts', 'general', 'elective', 8),
  senior('DSO', 'Digital Solutions', 'I', 'stem', 'general', 'elective', 6),
  senior('DSN', 'Design', 'D', 'stem', 'general', 'elective', 6),
  senior('DRA', 'Drama', 'A', 'arts', 'general', 'elective', 6),
  senior('FTV', 'Film, Television and New Media', 'A', 'arts', 'general', 'elective', 6),
  senior('MUS', 'Music', 'A', 'arts', 'general', 'elective', 5),
  senior('ACC', 'Accounting', 'B', 'humanities', 'general', 'elective', 5),
  senior('ECO', 'Economics', 'B', 'humanities', 'general', 'elective', 4),
  senior('ENR', 'Engineering', 'D', 'stem', 'general', 'elective', 4),
  senior('FNU', 'Food and Nutrition', 'D', 'stem', 'general', 'elective', 4),
  senior('SPR', 'Sport and Recreation', 'P', 'arts', 'applied', 'elective', 25),
  senior('HOS', 'Hospitality Practices', 'D', 'vocational', 'applied', 'elective', 18),
  senior('ITS', 'Industrial Technology Skills', 'D', 'vocational', 'applied', 'elective', 15),
  senior('BST', 'Business Studies', 'B', 'humanities', 'applied', 'elective', 15),
  senior('SCS', 'Social and Community Studies', 'U', 'humanities', 'applied', 'elective', 15),
  senior('VAP', 'Visual Arts in Practice', 'A', 'arts', 'applied', 'elective', 12),
  senior('ECS', 'Early Childhood Studies', 'W', 'vocational', 'applied', 'elective', 12),
  senior('BCS', 'Building and Construction Skills', 'D', 'vocational', 'applied', 'elective', 10),
  senior('SIP', 'Science in Practice', 'S', 'stem', 'applied', 'elective', 10),
  senior('TOU', 'Tourism', 'B', 'humanities', 'applied', 'elective', 6),
  senior('CBU', 'Certificate III in Business', 'W', 'vocational', 'vet', 'elective', 20),
  senior('CHO', 'Certificate II in Hospitality', 'W', 'vocational', 'vet', 'elective', 15),
  senior('CFI', 'Certificate III in Fitness', 'W', 'vocational', 'vet', 'elective', 12),
  senior('CCP', 'Certificate II in Construction Pathways', 'W', 'vocational', 'vet', 'elective', 12),
  senior('CEP', 'Certificate II in Engineering Pathways', 'W', 'vocational', 'vet', 'elective', 8),
  senior('CAU', 'Certificate II in Automotive Vocational Preparation', 'W', 'vocational', 'vet', 'elective', 6),
];

/** The English and Mathematics subject codes, at every level. */
export const ENGLISH_CODES = ['ENG', 'LIT', 'ENE'] as const;
export const MATHS_CODES = ['MAT', 'MAM', 'MAG', 'MAE', 'MAS'] as const;

/** Every subject by its code, for a class's learning area (LAN named by the school's language). */
export const SUBJECT_KLA: ReadonlyMap<string, string> = new Map([...CORE_SUBJECTS, LANGUAGE, ...SENIOR_SUBJECTS].map((s) => [s.code, s.kla]));
