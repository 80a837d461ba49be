// Family language backgrounds: which language a household may speak at home, the country
// its children may be born in, and whose names it gives. Which backgrounds a school's
// families have comes from its place (community.ts); `speakers` is Queensland's mix [S11],
// for places whose own languages were not found. The other shares are seedhub's
// assumptions, said as such in docs/data-model.md. Samoan, one of Queensland's ten
// commonest home languages, is left out: no sourced list of Samoan names was found.

export interface Background {
  /** A key of NAMES_BY_BACKGROUND (or `english`). */
  key: string;
  /** ASCL code of the background's language. */
  language: string;
  /** SACC code of the country families of this background most often come from. */
  country: string;
  /** Share of Queenslanders who speak the language at home [S11]; 0 for languages outside the ten commonest. */
  speakers: number;
  /** Chance that a household which speaks the language at home has it as its main language (assumption). */
  speaksAtHome: number;
  /** Chance a child is given an English name rather than one of the background's (assumption). */
  englishName: number;
}

/** ASCL English, SACC Australia. */
export const ENGLISH = '1201';
export const AUSTRALIA = '1101';

/** The ten most spoken language groups after English in Queensland, 2021 [S11]; Chinese and Indian languages split in two. */
export const BACKGROUNDS: readonly Background[] = [
  { key: 'mandarin', language: '7104', country: '6101', speakers: 0.016, speaksAtHome: 0.8, englishName: 0.3 },
  { key: 'cantonese', language: '7101', country: '6102', speakers: 0.0053, speaksAtHome: 0.7, englishName: 0.5 },
  { key: 'hindi', language: '5203', country: '7103', speakers: 0.005, speaksAtHome: 0.75, englishName: 0.1 },
  { key: 'punjabi', language: '5207', country: '7103', speakers: 0.005, speaksAtHome: 0.8, englishName: 0.1 },
  { key: 'filipino', language: '6511', country: '5204', speakers: 0.0068, speaksAtHome: 0.6, englishName: 0.6 },
  { key: 'vietnamese', language: '6302', country: '5105', speakers: 0.006, speaksAtHome: 0.8, englishName: 0.3 },
  { key: 'spanish', language: '2303', country: '8204', speakers: 0.0057, speaksAtHome: 0.7, englishName: 0.2 },
  { key: 'korean', language: '7301', country: '6203', speakers: 0.0042, speaksAtHome: 0.85, englishName: 0.3 },
  { key: 'italian', language: '2401', country: '3104', speakers: 0.0035, speaksAtHome: 0.3, englishName: 0.4 },
  { key: 'japanese', language: '7201', country: '6201', speakers: 0.0034, speaksAtHome: 0.7, englishName: 0.1 },
  { key: 'arabic', language: '4202', country: '4208', speakers: 0.0031, speaksAtHome: 0.8, englishName: 0.1 },
  { key: 'greek', language: '2201', country: '3207', speakers: 0, speaksAtHome: 0.4, englishName: 0.4 },
  { key: 'nepali', language: '5206', country: '7105', speakers: 0, speaksAtHome: 0.85, englishName: 0.1 },
  { key: 'afrikaans', language: '1403', country: '9225', speakers: 0, speaksAtHome: 0.6, englishName: 0.5 },
];

/** ASCL codes of the Aboriginal and Torres Strait Islander languages families speak at home. */
export const INDIGENOUS_LANGUAGES = { yumplatok: '8403', kriol: '8924', aboriginalEnglish: '8998' } as const;

/**
 * Where English-speaking families' children are born when not in Australia: New Zealand,
 * England and South Africa are Queensland's most common countries of birth after
 * Australia [S12] (the order is sourced; the shares are assumptions).
 */
export const ENGLISH_OVERSEAS = [['1201', 45], ['2102', 35], ['9225', 20]] as const;
