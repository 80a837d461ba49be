// A student's schooling in Queensland state schools, as stints: which school, from which
// term of which year to which. Primary years are at a primary school and secondary years
// at a secondary one; a move has an exit and an entry code that pair; a family that came
// from overseas (or interstate) has no Queensland record before it came; and every date is
// a first or last day of term from the Queensland calendar.
import type { BaseContext, Entity } from '../types.ts';
import {
  ENTRY_FROM_INTERSTATE, ENTRY_FROM_OVERSEAS, ENTRY_ORIGINAL, MOVES,
} from '../vocab/codes.ts';
import { LANDFORMS, NAME_WORDS } from '../vocab/places.ts';
import { SCHOOL_TYPES } from '../vocab/school.ts';
import type { Household, School } from './entities.ts';

export interface Stint {
  /** This school's centre code, or null for another school (named only). */
  centreCode: string | null;
  schoolName: string;
  fromYear: number;
  /** 1..4: the term the student started. */
  fromTerm: number;
  /** The year and term the stint ended; the current stint ends now. */
  toYear: number;
  toTerm: number;
  entryType: string;
  /** The exit code of a stint that ended; null for the current one. */
  exitType: string | null;
}

/** [S16] About 4.5% of students change school in a year, besides moving up to secondary school. */
const MOVE_PER_YEAR = 0.045;
/** Share of moves and arrivals that happen during the year, at the start of term 2, 3 or 4 (assumption). */
const MID_YEAR = 0.3;
/** Share of moves within the same district (assumption). */
const SAME_DISTRICT = 0.6;
const FIRST_SECONDARY = 7;

const suffix = (level: number) => (level >= FIRST_SECONDARY ? SCHOOL_TYPES[1].suffix : SCHOOL_TYPES[0].suffix);

/**
 * The stints of a student in year level `level` now, whose household is `home`, at
 * `school` in `schoolYear`; `keyed` gives the student's own streams.
 */
export function stintsOf(ctx: Pick<BaseContext, 'keyed' | 'options'>, school: Entity, home: Household, level: number, index: number): Stint[] {
  const { schoolName, centreCode, firstLevel } = school as unknown as School;
  const year = ctx.options.schoolYear;
  const prepYear = year - level;
  const levelIn = (y: number) => y - prepYear;
  const rng = ctx.keyed('schooling', index);
  const term = () => (rng.chance(MID_YEAR) ? rng.int(2, 4) : 1);

  // The first year in Queensland: Prep, or the year the family came if the child was at school by then.
  const arrived = home.arrivalYear !== null && home.arrivalYear > prepYear;
  const firstYear = arrived ? home.arrivalYear! : prepYear;
  const firstTerm = arrived ? term() : 1;
  const firstEntry = !arrived ? ENTRY_ORIGINAL : home.origin === 'overseas' ? ENTRY_FROM_OVERSEAS : ENTRY_FROM_INTERSTATE;

  // The year the student came to this school: the last move, or the first year they could be here.
  const earliestHere = Math.max(firstYear, prepYear + firstLevel);
  let hereFrom = earliestHere;
  let hereTerm = earliestHere === firstYear ? firstTerm : 1;
  let moved = false;
  for (let y = year; y > earliestHere; y--) {
    if (ctx.keyed('move', index, y).chance(MOVE_PER_YEAR)) {
      hereFrom = y;
      hereTerm = term();
      moved = true;
      break;
    }
  }
  const move = rng.chance(SAME_DISTRICT) ? MOVES.sameDistrict : MOVES.otherDistrict;
  const here: Stint = { centreCode, schoolName, fromYear: hereFrom, fromTerm: hereTerm, toYear: year, toTerm: 4, entryType: firstEntry, exitType: null };
  if (!moved && hereFrom === firstYear && hereTerm === firstTerm) return [here];

  // Before this school: one school for the primary years and one for the secondary years,
  // each an invented name of the right kind, ending where the next begins.
  const before: Stint[] = [];
  const endYear = hereTerm === 1 ? hereFrom - 1 : hereFrom;
  const endTerm = hereTerm === 1 ? 4 : hereTerm - 1;
  let fromYear = firstYear;
  let fromTerm = firstTerm;
  let entryType = firstEntry;
  const name = (kind: string) => `${ctx.keyed('previous-school', index, kind).pick(NAME_WORDS)} ${ctx.keyed('previous-school', index, kind, 'landform').pick(LANDFORMS)} ${kind}`;
  if (levelIn(fromYear) < FIRST_SECONDARY && levelIn(endYear) >= FIRST_SECONDARY) {
    // Year 6 ends at a primary school; Year 7 starts at a high school in the same district.
    const lastPrimary = prepYear + FIRST_SECONDARY - 1;
    before.push({ centreCode: null, schoolName: name(suffix(0)), fromYear, fromTerm, toYear: lastPrimary, toTerm: 4, entryType, exitType: MOVES.sameDistrict.exit });
    fromYear = lastPrimary + 1;
    fromTerm = 1;
    entryType = MOVES.sameDistrict.entry;
  }
  const structural = !moved;
  before.push({
    centreCode: null,
    schoolName: name(suffix(levelIn(fromYear))),
    fromYear, fromTerm, toYear: endYear, toTerm: endTerm, entryType,
    exitType: structural ? MOVES.sameDistrict.exit : move.exit,
  });
  return [...before, { ...here, entryType: structural ? MOVES.sameDistrict.entry : move.entry }];
}
