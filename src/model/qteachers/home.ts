// A household's home: a real suburb near the school (primary families within a short
// commute), an invented street with a street type and number as streets have them, a unit
// as often as the place has them, and an address that dates from the family's arrival or
// latest move, when it had one. Fields of the household entity, in order.
import type { EntityContext, EntitySpec } from '../types.ts';
import { OTHER_SCHOOL_WORDS, SCHOOL_WORDS, STREET_TYPE_WEIGHTS } from '../vocab/places.ts';
import { termStart } from './calendar.ts';
import { communityAt } from './community.ts';
import { dayBetween, isoDate } from './dates.ts';
import { asSchool } from './entities.ts';
import { homePhone } from './phones.ts';
import { distanceKm, neighbourhoodOf, suburbName, suburbPostcode } from './places.ts';

const DAY = 86_400_000;
/**
 * Where a household lives: the school's suburb, a suburb within 12 km, or (secondary
 * students only, who travel farther) one of its region within `FARTHEST_KM` (assumptions).
 */
const HOME = { primary: [['school', 55], ['near', 45]], secondary: [['school', 45], ['near', 50], ['region', 5]] } as const;
export const FARTHEST_KM = 30;
/** Street names: the invented place words. */
const STREET_NAMES = [...SCHOOL_WORDS, ...OTHER_SCHOOL_WORDS];
/** House numbers: most are small. Log-uniform from 1 to 400, so half are 20 or less and a quarter over 100 (assumption). */
const HIGHEST_NUMBER = 400;
/** Homes whose address is kept silent, and families with a PO Box for mail (assumptions). */
const SILENT = 0.02;
const PO_BOX = 0.2;
/** [S32] Adults who used a landline phone at home: 12% in 2025. */
export const LANDLINE = 0.12;
/** A family that changed school within its district moved house half the time (assumption). */
const NEW_HOME_SAME_DISTRICT = 0.5;

/** The date a family moved into its home: just before the term it came in. */
function movedIn(ctx: EntityContext, year: number, term: number): string {
  const start = Date.parse(termStart(year, term));
  return isoDate(start - ctx.rng.int(3, 45) * DAY);
}

export const homeFields: EntitySpec['fields'] = {
  landline: ({ rng }) => rng.chance(LANDLINE),
  suburbIndex: (ctx) => {
    const school = asSchool(ctx.school);
    const around = neighbourhoodOf(school.suburbIndex);
    const where = ctx.rng.weighted(school.firstLevel <= 6 ? HOME.primary : HOME.secondary);
    const region = around.region.filter((s) => distanceKm(s, school.suburbIndex) <= FARTHEST_KM);
    if (where === 'near' && around.near.length > 0) return ctx.rng.pick(around.near);
    if (where === 'region' && region.length > 0) return ctx.rng.pick(region);
    return around.home;
  },
  suburb: ({ record }) => suburbName(Number(record.suburbIndex)),
  postcode: ({ record }) => suburbPostcode(Number(record.suburbIndex)),
  line1: ({ rng }) => `${Math.round(Math.exp(rng.next() * Math.log(HIGHEST_NUMBER)))} ${rng.pick(STREET_NAMES)} ${rng.weighted(STREET_TYPE_WEIGHTS)}`,
  line2: ({ rng, record }) => (rng.chance(communityAt(Number(record.suburbIndex)).units) ? `Unit ${rng.int(1, 24)}` : null),
  isSilent: ({ rng }) => rng.chance(SILENT),
  mailingLine1: ({ rng }) => (rng.chance(PO_BOX) ? `PO Box ${rng.int(100, 9999)}` : null),
  // The home dates from the family's latest move: its arrival in Queensland, or a move to another school.
  effectiveFromDate: (ctx) => {
    const { record, options } = ctx;
    const move = record.move as { year: number; term: number; kind: string } | null;
    if (move && (move.kind === 'otherDistrict' || ctx.rng.chance(NEW_HOME_SAME_DISTRICT))) return movedIn(ctx, move.year, move.term);
    if (record.arrivalYear !== null) return movedIn(ctx, Number(record.arrivalYear), Number(record.arrivalTerm));
    return dayBetween(ctx.rng, `${options.schoolYear - 12}-01-01`, `${options.schoolYear - 1}-12-31`);
  },
  homePhone: (ctx) => homePhone(ctx, Number(ctx.index)),
};
