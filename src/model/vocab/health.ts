// Conditions a school flags, as SIF AU Wellbeing Characteristic Sub Category codes, each
// with how many students have it, and the NCCD adjustments schools make. Rates are per
// student and independent; docs/data-model.md gives the source of each ([S…] below names it
// there). A condition that often needs an adjustment carries it (`nccd`), so the flags a
// nurse and a learning-support teacher keep agree.

export interface Condition {
  /** A WellbeingCharacteristicSubCategory code; its label must start the description. */
  code: string;
  severity: 'Low' | 'Moderate' | 'High' | 'Severe';
  /** Share of students with it: one rate, or one under age 10 and one from 10. */
  rate: number | { under10: number; from10: number };
  /** The chance it comes with an NCCD adjustment, and the category and levels of that adjustment (assumptions). */
  nccd?: { chance: number; category: string; levels: readonly (readonly [string, number])[] };
}

const PHYSICAL_LOW = [['QDTP', 60], ['Supplementary', 40]] as const;

export const CONDITIONS: readonly Condition[] = [
  // [S18] boys 12.1%, girls 7.9% (ABS 2017–18); [S1] AIHW: about 10% of children 0–14.
  { code: 'MRD-1', severity: 'Moderate', rate: 0.1 },
  // [S2] 1 in 74 students at risk of anaphylaxis (WA survey); peanut and tree nut the most common (SchoolNuts).
  { code: 'MAA-10', severity: 'Severe', rate: 0.005 },
  { code: 'MAA-12', severity: 'Severe', rate: 0.003 },
  { code: 'MAA-3', severity: 'Severe', rate: 0.0015 },
  { code: 'MAA-2', severity: 'High', rate: 0.001 },
  { code: 'MAA-11', severity: 'Severe', rate: 0.0015 },
  { code: 'MAA-6', severity: 'Severe', rate: 0.0015 },
  // [S3] AIHW: type 1 diabetes, 123 per 100,000 aged 5–9 and 278 per 100,000 aged 10–14.
  { code: 'MEM-2', severity: 'High', rate: { under10: 0.00123, from10: 0.00278 }, nccd: { chance: 0.5, category: 'Physical', levels: PHYSICAL_LOW } },
  // [S4] AIHW: 0.6% of Australians have epilepsy (no child-specific figure was found).
  { code: 'MS-1', severity: 'Moderate', rate: 0.003, nccd: { chance: 0.5, category: 'Physical', levels: PHYSICAL_LOW } },
  { code: 'MS-2', severity: 'High', rate: 0.003, nccd: { chance: 0.6, category: 'Physical', levels: [['QDTP', 30], ['Supplementary', 50], ['Substantial', 20]] } },
  // [S5] Young Minds Matter: ADHD in 7.4% of 4–17 year olds.
  { code: 'MH-5', severity: 'Low', rate: 0.074, nccd: { chance: 0.6, category: 'Social-Emotional', levels: [['QDTP', 30], ['Supplementary', 50], ['Substantial', 15], ['Extensive', 5]] } },
  // [S6] Australian Hearing: about 0.3% have permanent hearing loss needing aids by 17.
  { code: 'MD-04', severity: 'Moderate', rate: 0.003, nccd: { chance: 0.9, category: 'Sensory', levels: [['Supplementary', 50], ['Substantial', 40], ['Extensive', 10]] } },
  // [S7] Coeliac Australia: 1 in 70, 80% undiagnosed, so about 0.3% diagnosed.
  { code: 'MAIM-1', severity: 'Moderate', rate: 0.003 },
];

/** [S8] Students with an NCCD adjustment: 24.2% of Australian students in 2023 (ACARA, all sectors). */
export const NCCD_RATE = 0.242;
/** [S8] Levels of adjustment of NCCD students: QDTP 7.3, supplementary 10.4, substantial 4.3, extensive 2.2 of 24.2 (our arithmetic). */
export const NCCD_LEVELS = [['QDTP', 7.3], ['Supplementary', 10.4], ['Substantial', 4.3], ['Extensive', 2.2]] as const;
/**
 * [S8] Categories of NCCD students: cognitive 54.3%, social-emotional 33.6%, physical 9.3%,
 * sensory 2.7%. For adjustments not tied to a flagged condition, the split that keeps the
 * whole at ACARA's once the conditions' own are counted (our arithmetic).
 */
export const NCCD_CATEGORIES = [['Cognitive', 59.5], ['Social-Emotional', 28.7], ['Physical', 9.7], ['Sensory', 2.0]] as const;
/** The chance of an adjustment for a student whose conditions carry none: what keeps the total at NCCD_RATE (our arithmetic). */
export const NCCD_OTHER = 0.209;
