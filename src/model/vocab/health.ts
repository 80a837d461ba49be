// Conditions a school flags, as SIF AU Wellbeing Characteristic Sub Category codes, each
// with how many students have it. Rates are per student and independent; docs/data-model.md
// gives the source of each ([S…] below names it there).

export interface Condition {
  /** A WellbeingCharacteristicSubCategory code; its label must start the description. */
  code: string;
  severity: 'Low' | 'Moderate' | 'High' | 'Severe';
  /** What the school does about it, after the code's label. */
  care: string;
  /** Share of students with it: one rate, or one under age 10 and one from 10. */
  rate: number | { under10: number; from10: number };
}

export const CONDITIONS: readonly Condition[] = [
  // [S1] AIHW: 10% of children 0–14 have asthma.
  { code: 'MRD-1', severity: 'Moderate', care: 'reliever puffer carried; asthma action plan on file', rate: 0.1 },
  // [S2] 1 in 74 students at risk of anaphylaxis (WA survey); peanut and tree nut the most common (SchoolNuts).
  { code: 'MAA-10', severity: 'Severe', care: 'anaphylaxis; adrenaline autoinjector in office; ASCIA action plan on file', rate: 0.005 },
  { code: 'MAA-12', severity: 'Severe', care: 'anaphylaxis; adrenaline autoinjector in office; ASCIA action plan on file', rate: 0.003 },
  { code: 'MAA-3', severity: 'Severe', care: 'anaphylaxis; adrenaline autoinjector in office; ASCIA action plan on file', rate: 0.0015 },
  { code: 'MAA-2', severity: 'High', care: 'anaphylaxis; adrenaline autoinjector in office; ASCIA action plan on file', rate: 0.001 },
  { code: 'MAA-11', severity: 'Severe', care: 'anaphylaxis; adrenaline autoinjector in office; ASCIA action plan on file', rate: 0.0015 },
  { code: 'MAA-6', severity: 'Severe', care: 'anaphylaxis to bee stings; adrenaline autoinjector in office', rate: 0.0015 },
  // [S3] AIHW: type 1 diabetes, 123 per 100,000 aged 5–9 and 278 per 100,000 aged 10–14.
  { code: 'MEM-2', severity: 'High', care: 'type 1; insulin and glucose monitoring at school; diabetes management plan on file', rate: { under10: 0.00123, from10: 0.00278 } },
  // [S4] AIHW: 0.6% of Australians have epilepsy (no child-specific figure was found).
  { code: 'MS-1', severity: 'Moderate', care: 'seizure management plan on file', rate: 0.003 },
  { code: 'MS-2', severity: 'High', care: 'seizure management plan on file; emergency medication in office', rate: 0.003 },
  // [S5] Young Minds Matter: ADHD in 7.4% of 4–17 year olds.
  { code: 'MH-5', severity: 'Low', care: 'medication at home; classroom adjustments agreed with parents', rate: 0.074 },
  // [S6] Australian Hearing: about 0.3% have permanent hearing loss needing aids by 17.
  { code: 'MD-04', severity: 'Moderate', care: 'hearing aids; sound-field system in class', rate: 0.003 },
  // [S7] Coeliac Australia: 1 in 70, 80% undiagnosed, so about 0.3% diagnosed.
  { code: 'MAIM-1', severity: 'Moderate', care: 'gluten-free diet; tuckshop informed', rate: 0.003 },
];

/** NCCD levels of adjustment, with the share of NCCD students at each (seedhub's assumption: no sourced split was found). */
export const NCCD_LEVELS = [['QDTP', 38], ['Supplementary', 38], ['Substantial', 17], ['Extensive', 7]] as const;
/** NCCD categories of disability, with their shares (seedhub's assumption, as above). */
export const NCCD_CATEGORIES = [['Cognitive', 52], ['Social-Emotional', 33], ['Physical', 11], ['Sensory', 4]] as const;
/** [S8] Students receiving an NCCD adjustment: 20% (Independent Schools Australia, 2021). */
export const NCCD_RATE = 0.2;
