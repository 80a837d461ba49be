// A student's schooling in Queensland state schools, as stints: which school, from which
// term of which year to which. A family moves as one: its arrival in Queensland and its
// latest move are the household's, so siblings arrive together, and the schools before are
// the household's too (siblings went to the same primary). A high school's Year 7 students
// come mostly from a few feeder primaries of its own. Primary years are at a primary school
// and secondary years at a secondary one; a move has an exit and an entry code that pair;
// and every date is a first or last day of term from the Queensland calendar.
import type { BaseContext, Entity } from '../types.ts';
import { ENTRY_FROM_INTERSTATE, ENTRY_FROM_OVERSEAS, ENTRY_ORIGINAL, MOVES } from '../vocab/codes.ts';
import { SCHOOL_TYPES } from '../vocab/school.ts';
import type { Household, School } from './entities.ts';
import { feederOf } from './feeders.ts';
import { otherSchoolPlace } from './school-names.ts';

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

interface Event {
  year: number;
  term: number;
  kind: 'start' | 'move' | 'year7';
  entryType: string;
  exitType?: string;
}

const FIRST_SECONDARY = 7;
const suffix = (level: number) => (level >= FIRST_SECONDARY ? SCHOOL_TYPES[1].suffix : SCHOOL_TYPES[0].suffix);
const after = (a: { year: number; term: number }, b: { year: number; term: number }) => a.year > b.year || (a.year === b.year && a.term > b.term);

/** The events that start a new stint: starting school (or arriving), the family's move, the step up to Year 7. */
function eventsOf(school: School, home: Household, prepYear: number, level: number): Event[] {
  const arrived = home.arrivalYear !== null && (home.arrivalYear > prepYear || (home.arrivalYear === prepYear && home.arrivalTerm > 1));
  const start: Event = arrived
    ? { year: home.arrivalYear!, term: home.arrivalTerm, kind: 'start', entryType: home.origin === 'overseas' ? ENTRY_FROM_OVERSEAS : ENTRY_FROM_INTERSTATE }
    : { year: prepYear, term: 1, kind: 'start', entryType: ENTRY_ORIGINAL };
  const events = [start];
  const move = home.move;
  if (move && after(move, start)) events.push({ year: move.year, term: move.term, kind: 'move', entryType: MOVES[move.kind].entry, exitType: MOVES[move.kind].exit });
  // The step up to secondary school, unless the student was already at this P–12 college for it.
  const year7 = { year: prepYear + FIRST_SECONDARY, term: 1 };
  const hereFrom = events.at(-1)!;
  const stayedAtCollege = school.firstLevel === 0 && school.lastLevel > 6 && !after(hereFrom, year7);
  const movedUp = move !== null && move.year === year7.year && move.term === 1;
  if (level >= FIRST_SECONDARY && after(year7, start) && !stayedAtCollege && !movedUp) {
    events.push({ ...year7, kind: 'year7', entryType: MOVES.sameDistrict.entry, exitType: MOVES.sameDistrict.exit });
  }
  return events.sort((a, b) => a.year - b.year || a.term - b.term);
}

/**
 * The stints of a student in year level `level` now (who started Prep in schoolYear -
 * level), whose household is `home`, at `school`; `ctx.keyed` gives the household's streams.
 */
export function stintsOf(ctx: Pick<BaseContext, 'keyed' | 'options'>, school: Entity, home: Household, level: number): Stint[] {
  const here = school as unknown as School;
  const year = ctx.options.schoolYear;
  const prepYear = year - level;
  const levelIn = (y: number) => y - prepYear;
  const events = eventsOf(here, home, prepYear, level);
  const movedAt = events.find((e) => e.kind === 'move');
  return events.map((event, i): Stint => {
    const next = events[i + 1];
    const toYear = next ? (next.term === 1 ? next.year - 1 : next.year) : year;
    const toTerm = next ? (next.term === 1 ? 4 : next.term - 1) : 4;
    const base = { fromYear: event.year, fromTerm: event.term, toYear, toTerm, entryType: event.entryType, exitType: next?.exitType ?? null };
    if (!next) return { ...base, centreCode: here.centreCode, schoolName: here.schoolName };
    const kind = suffix(levelIn(event.year));
    // The primary a family of this high school's district sent its children to: a feeder.
    const local = next.kind === 'year7' && here.firstLevel === FIRST_SECONDARY && (!movedAt || !after(movedAt, event));
    if (local) return { ...base, centreCode: null, schoolName: feederOf(ctx, home.head) };
    const phase = movedAt && !after(movedAt, event) ? 'since-move' : 'before-move';
    return { ...base, centreCode: null, schoolName: `${otherSchoolPlace(ctx.keyed('previous-school', home.head, kind, phase))} ${kind}` };
  });
}
