// Years 11 and 12 as Queensland schools run them: a cohort does not take its home group's
// classes but chooses subjects: one English, one Mathematics and electives among the QCAA
// General and Applied subjects and VET certificates the school offers. A cohort's offering
// follows from its classes alone: the subjects most taken first, then extra classes of the
// subjects with the most students per class.
import type { Rng } from '../types.ts';
import { SENIOR_SUBJECTS, type SeniorSubject } from '../vocab/school.ts';

/** [S27] About 52% of Year 12 students receive an ATAR: the students who take General subjects. */
export const ATAR_SHARE = 0.52;
/** [S27] 69% of Year 12 graduates achieve a VET certificate at school: nearly every Applied student and about 45% of ATAR students (our arithmetic). */
export const VET_SHARE = { atar: 0.45, applied: 0.95 } as const;
/** Subjects a senior takes. */
export const SENIOR_LOAD = 6;

/** One subject of an offering and how many classes it runs. */
export interface Offered {
  subject: SeniorSubject;
  sections: number;
}

/** The order in which a cohort adds subjects: the lines first, then electives by uptake across the kinds. */
const PRIORITY: readonly string[] = (() => {
  const lines = ['ENG', 'MAG', 'MAM', 'ENE', 'MAE'];
  const electives = SENIOR_SUBJECTS.filter((s) => s.line === 'elective').sort((a, b) => b.weight - a.weight || a.code.localeCompare(b.code));
  return [...lines, ...electives.map((s) => s.code).slice(0, 10), 'MAS', ...electives.map((s) => s.code).slice(10), 'LIT'];
})();
const BY_CODE = new Map(SENIOR_SUBJECTS.map((s) => [s.code, s]));

/** Of the students of a kind, the share who take each elective, four electives each. */
function electiveDemand(subject: SeniorSubject): number {
  const kinds = subject.kind === 'general' ? ['general'] : ['applied', 'vet'];
  const pool = SENIOR_SUBJECTS.filter((s) => s.line === 'elective' && kinds.includes(s.kind));
  const share = subject.kind === 'general' ? ATAR_SHARE : 1 - ATAR_SHARE;
  return (share * 4 * subject.weight) / pool.reduce((sum, s) => sum + s.weight, 0);
}

/** The expected share of a cohort's students taking `subject`. */
function demand(subject: SeniorSubject): number {
  if (subject.line === 'elective') return electiveDemand(subject);
  return subject.weight / 100;
}

/**
 * A cohort of more than `ALL_DISTINCT` classes offers at most this share of them as distinct
 * subjects, the rest as extra classes of the subjects most taken, so the least taken are not
 * run for a student or two (assumption). A smaller cohort runs each class as a subject.
 */
const DISTINCT_SHARE = 0.75;
const ALL_DISTINCT = 12;

/** The subjects a senior cohort with `classes` classes offers, and their classes. */
export function seniorOffering(classes: number): Offered[] {
  const distinct = classes <= ALL_DISTINCT ? classes : Math.max(ALL_DISTINCT, Math.round(classes * DISTINCT_SHARE));
  const offered = PRIORITY.slice(0, Math.min(distinct, PRIORITY.length)).map((code) => ({ subject: BY_CODE.get(code)!, sections: 1 }));
  // Extra classes go, one at a time, to the subject with the most expected students per class.
  for (let left = classes - offered.length; left > 0; left--) {
    const busiest = offered.reduce((best, o) => (demand(o.subject) / o.sections > demand(best.subject) / best.sections ? o : best));
    busiest.sections++;
  }
  return offered;
}

/** The subjects one senior takes from `offered`, by their own draws from `rng`: one English, one Mathematics, then electives. */
export function chooseSubjects(offered: readonly Offered[], rng: Rng): SeniorSubject[] {
  const has = (code: string) => offered.some((o) => o.subject.code === code);
  const atar = rng.chance(ATAR_SHARE);
  const pick = (...codes: string[]) => BY_CODE.get(codes.find(has) ?? offered[0]!.subject.code)!;
  const chosen: SeniorSubject[] = [];
  chosen.push(atar ? pick(rng.chance(0.08) ? 'LIT' : 'ENG', 'ENG') : pick('ENE', 'ENG'));
  if (atar) chosen.push(pick(rng.chance(27 / 52) ? 'MAM' : 'MAG', 'MAG', 'MAM'));
  else chosen.push(pick(rng.chance(36 / 48) ? 'MAE' : 'MAG', 'MAG', 'MAE'));
  if (chosen[1]!.code === 'MAM' && has('MAS') && rng.chance(9 / 27)) chosen.push(BY_CODE.get('MAS')!);
  const electives = offered.map((o) => o.subject).filter((s) => s.line === 'elective');
  const wantsVet = rng.chance(atar ? VET_SHARE.atar : VET_SHARE.applied);
  const vet = electives.filter((s) => s.kind === 'vet');
  if (wantsVet && vet.length > 0) chosen.push(rng.weighted(vet.map((s) => [s, s.weight] as const)));
  const preferred = (s: SeniorSubject) => (atar ? s.kind === 'general' : s.kind === 'applied');
  // A student who takes no VET certificate never ends up in one for want of other subjects: a small school's few
  // electives make a lighter load instead.
  for (const pool of [electives.filter(preferred), electives.filter((s) => s.kind !== 'vet')]) {
    let left = pool.filter((s) => !chosen.includes(s));
    while (chosen.length < SENIOR_LOAD && left.length > 0) {
      const next = rng.weighted(left.map((s) => [s, s.weight] as const));
      chosen.push(next);
      left = left.filter((s) => s !== next);
    }
  }
  return chosen;
}
