// Place drives people: each school's Aboriginal and Torres Strait Islander, LBOTE and
// born-overseas shares against its own place's figures (model/qteachers/community.ts), one
// school at a time and across the hub; Indigenous languages and EAL/D against the places'
// remoteness. A flat hub (the same share everywhere) misses its far-north and city schools.
import { communityOf, INDIGENOUS_LANGUAGE_AT_HOME, type Community } from '../../model/qteachers/community.ts';
import { QLD_SUBURBS } from '../../model/vocab/qld-suburbs.ts';
import type { Crawl, Row } from '../types.ts';
import { band, countBand, Metrics, rows } from './shared.ts';

const SUBURBS = new Set(QLD_SUBURBS.map(([name]) => name));
const indigenous = (s: Row) => ['1', '2', '3'].includes(String(s.indigenousStatus));
/** Indigenous languages at home (ASCL 8xxx) and Aboriginal English. */
const indigenousLanguage = (s: Row) => /^8\d{3}$/.test(String(s.mainLanguageAtHome));
/** A school's figure needs this many students to be judged on its own. */
const SCHOOL_MIN = 20;

/** Pearson correlation of two equal-length lists. */
function correlation(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0, sxx = 0, syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i]! - mx) * (ys[i]! - my);
    sxx += (xs[i]! - mx) ** 2;
    syy += (ys[i]! - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

interface Placed {
  community: Community;
  students: Row[];
}

/** One figure: the hub's share against its places' expectation, the schools that fit theirs, and how the two follow each other. */
function byPlace(m: Metrics, placed: Placed[], name: string, test: (s: Row) => boolean, expected: (c: Community) => number, source: string): void {
  let part = 0, n = 0, want = 0;
  const judged = placed.filter((p) => p.students.length >= SCHOOL_MIN);
  let fit = 0;
  for (const { community, students } of placed) {
    const count = students.filter(test).length;
    part += count;
    n += students.length;
    want += expected(community) * students.length;
    const [low, high] = band(expected(community), students.length);
    if (students.length >= SCHOOL_MIN && count / students.length >= low - 1e-9 && count / students.length <= high + 1e-9) fit++;
  }
  if (n === 0) return;
  m.expect(`${name}, all schools (against their places)`, part, n, want / n, source, 'expected from each school\'s suburb and LGA, Census 2021');
  if (judged.length > 0) m.add(`schools whose ${name} fits their place`, fit / judged.length, [0.9, 1], source, 'a school far from its place\'s figure: the community is not drawn from the place');
  // Across schools, shares should follow their places: told apart from chance only when the places differ by more than twice a school's noise.
  const wanted = judged.map((p) => expected(p.community));
  const mean = wanted.reduce((a, b) => a + b, 0) / Math.max(1, wanted.length);
  const spread = Math.sqrt(wanted.reduce((sum, w) => sum + (w - mean) ** 2, 0) / Math.max(1, wanted.length));
  const noise = judged.reduce((sum, p, i) => sum + Math.sqrt((wanted[i]! * (1 - wanted[i]!) * 1.5) / p.students.length), 0) / Math.max(1, judged.length);
  if (judged.length >= 8 && spread >= 2 * noise) {
    const r = correlation(wanted, judged.map((p) => p.students.filter(test).length / p.students.length));
    m.add(`${name}: correlation of schools with their places`, r, [0.5, 1], source, 'flat across schools: the place does not drive the figure', 'ratio');
  }
}

export function communityMetrics(m: Metrics, crawl: Crawl): void {
  const placed = crawl.schools
    .filter((s) => SUBURBS.has(String(s.suburb ?? '')))
    .map((s) => ({ community: communityOf(String(s.suburb)), students: rows(s, 'students') }))
    .filter((p) => p.students.length > 0);
  if (placed.length === 0) return;
  byPlace(m, placed, 'Aboriginal and/or Torres Strait Islander share', indigenous, (c) => c.indigenous * 0.99, '[S17] [P1]–[P9]');
  // Families that speak another language, or came from overseas, are among those who are not Aboriginal or Torres Strait Islander.
  byPlace(m, placed, 'LBOTE share', (s) => s.lbote === 'Y', (c) => c.lote * (1 - c.indigenous), '[P10]–[P13]');
  byPlace(m, placed, 'born-overseas share', (s) => s.countryOfBirth !== undefined && s.countryOfBirth !== '1101', (c) => c.bornOverseas * (1 - c.indigenous), '[P10] [P12], assumption (children)');
  // Aboriginal and Torres Strait Islander students who speak an Indigenous language or Aboriginal English at home, and are EAL/D learners.
  let expected = 0, speakers = 0, eald = 0, counted = 0;
  for (const school of crawl.schools.filter((s) => SUBURBS.has(String(s.suburb ?? '')))) {
    const rate = INDIGENOUS_LANGUAGE_AT_HOME[communityOf(String(school.suburb)).remoteness];
    const ealdIds = new Set(rows(school, 'flags').filter((f) => f.flagType === 'EALD').map((f) => String(f.enrolmentId)));
    for (const s of rows(school, 'students').filter(indigenous)) {
      counted++;
      expected += rate;
      if (indigenousLanguage(s)) {
        speakers++;
        if (ealdIds.has(String(s.enrolmentId))) eald++;
      }
    }
  }
  if (counted === 0) return;
  m.add('Indigenous students speaking an Indigenous language or Aboriginal English at home', speakers, countBand(expected), '[S38]', 'Yumplatok, Kriol, Aboriginal English: more in remote places', 'count');
  if (crawl.schools.some((s) => s.endpoints.flags)) m.add('of them, EAL/D learners', speakers === 0 ? 1 : eald / speakers, [1, 1], '[S40]', 'Queensland counts Aboriginal English and Creole speakers as EAL/D');
}
