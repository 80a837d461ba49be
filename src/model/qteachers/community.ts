// A school's community, from where it is: the chances a family of its suburb is Aboriginal
// and/or Torres Strait Islander, speaks a language other than English at home (and which),
// came from overseas, or lives in a unit, worked out once per suburb from the place figures
// of vocab/community.ts. The realism report reads the same figures, so a school's numbers
// are checked against its own place.
import { BACKGROUNDS } from '../vocab/backgrounds.ts';
import { AREAS, QUEENSLAND, SUBURB_FIGURES, type Area, type PlaceFigures, type Remoteness } from '../vocab/community.ts';
import { QLD_SUBURBS } from '../vocab/qld-suburbs.ts';

export interface Community {
  suburb: string;
  lga: string;
  remoteness: Remoteness;
  greaterBrisbane: boolean;
  /** Chance a state-school family of the place is Aboriginal and/or Torres Strait Islander. */
  indigenous: number;
  /** Chance a family speaks a language other than English at home. */
  lote: number;
  /** The backgrounds of those families, by weight. */
  languages: readonly (readonly [string, number])[];
  /** Share of the place's students born overseas. */
  bornOverseas: number;
  /** Where English-speaking families who came from overseas came from (SACC), by weight. */
  englishCountries: readonly (readonly [string, number])[];
  /** Chance a family lives in a flat, unit or apartment. */
  units: number;
}

/**
 * [S17], [P1]: Aboriginal and Torres Strait Islander students are about 10% of Queensland
 * state-school students and 4.6% of Queenslanders: a younger population, more of it in state
 * schools. A place's student share is its population share times that ratio (our arithmetic).
 */
export const STATE_SCHOOL_INDIGENOUS = 0.1 / QUEENSLAND.indigenous;
/**
 * Students are born overseas far less often than adults. No sourced ratio was found: 0.44 of
 * a place's born-overseas share makes about 10% of Queensland's students (assumption).
 */
export const STUDENTS_BORN_OVERSEAS = 0.44;
/** Share of persons who do not state a language, where the source gives none (Logan 6.8%, Townsville 8.2% [P10]; assumption). */
const NOT_STATED = 0.07;
/** [P12] The English-speaking countries Queenslanders were born in most, NZ, England and South Africa (shares assumed) [S12]. */
const ENGLISH_COUNTRIES = [['1201', 45], ['2102', 35], ['9225', 20]] as const;
/**
 * Families in a flat, unit or apartment: 11.9% of Queenslanders lived in one in 2011 (ABS via
 * AAP [P14]); families with school children less, inner cities more (assumption, by place).
 */
const UNITS: Readonly<Record<Remoteness, number>> = { city: 0.09, inner: 0.05, outer: 0.05, remote: 0.03 };
const INNER_CITY_UNITS = 0.18;
const INNER_CITY = new Set(['Brisbane City', 'Spring Hill', 'Fortitude Valley', 'New Farm', 'Newstead', 'Kangaroo Point', 'South Brisbane', 'West End', 'Woolloongabba', 'East Brisbane', 'Surfers Paradise', 'Broadbeach', 'Main Beach']);

/**
 * Families who came from overseas during their children's schooling: 45% of families who
 * speak another language at home (assumption); English-speaking ones as often as makes the
 * place's share of students born overseas, with about 80% of such families' children born
 * before they came (our arithmetic, for arrivals spread over a child's school years).
 */
export const OVERSEAS_LOTE = 0.45;
const BORN_BEFORE_ARRIVAL = 0.8;
export const englishOverseasChance = (c: Community) =>
  Math.min(0.5, Math.max(0.003, (c.bornOverseas / BORN_BEFORE_ARRIVAL - c.lote * OVERSEAS_LOTE) / (1 - c.lote)));

/**
 * Aboriginal and Torres Strait Islander families who speak an Indigenous language (Yumplatok,
 * Kriol) or Aboriginal English at home: 1% in major cities and inner regional areas, 63% in
 * very remote areas (Australia, 2016) [S38]; outer regional and remote between (assumption).
 */
export const INDIGENOUS_LANGUAGE_AT_HOME: Readonly<Record<Remoteness, number>> = { city: 0.01, inner: 0.01, outer: 0.1, remote: 0.3 };

const AREA_OF = new Map(AREAS.flatMap((a) => a.suburbs.map((s) => [s, a] as const)));
/** Queensland's ten commonest languages after English [S11], for places whose own were not found. */
const QUEENSLAND_LANGUAGES = BACKGROUNDS.filter((b) => b.speakers > 0).map((b) => [b.key, b.speakers] as const);

/** A figure of the suburb's own, else its LGA's. */
function figure<K extends keyof PlaceFigures>(suburb: string, area: Area, key: K): PlaceFigures[K] {
  return SUBURB_FIGURES[suburb]?.[key] ?? area[key];
}

function compute(suburb: string): Community {
  const area = AREA_OF.get(suburb);
  if (!area) throw new RangeError(`suburb ${suburb} is in no area of vocab/community.ts`);
  const half = area.greaterBrisbane ? 'greaterBrisbane' : 'regional';
  const englishOnly = figure(suburb, area, 'englishOnly')?.[0] ?? QUEENSLAND.englishOnly[half];
  const lote = figure(suburb, area, 'lote')?.[0] ?? Math.max(0.01, 1 - englishOnly - (figure(suburb, area, 'notStated')?.[0] ?? NOT_STATED));
  const languages = figure(suburb, area, 'languages') ?? QUEENSLAND_LANGUAGES;
  const bornOverseas = (figure(suburb, area, 'bornOverseas')?.[0] ?? QUEENSLAND.bornOverseas[half]) * STUDENTS_BORN_OVERSEAS;
  const units = INNER_CITY.has(suburb) ? INNER_CITY_UNITS : UNITS[area.remoteness];
  return {
    suburb,
    lga: area.lga,
    remoteness: area.remoteness,
    greaterBrisbane: area.greaterBrisbane,
    indigenous: Math.min(0.9, figure(suburb, area, 'indigenous')![0] * STATE_SCHOOL_INDIGENOUS),
    lote,
    languages,
    bornOverseas,
    englishCountries: figure(suburb, area, 'countries') ?? ENGLISH_COUNTRIES,
    units,
  };
}

const cache = new Map<string, Community>();

/** The community of a suburb by name (one of vocab/qld-suburbs.ts). */
export function communityOf(suburb: string): Community {
  let found = cache.get(suburb);
  if (!found) cache.set(suburb, (found = compute(suburb)));
  return found;
}

/** The community of a suburb by its index into QLD_SUBURBS. */
export const communityAt = (index: number) => communityOf(QLD_SUBURBS[index]![0]);
