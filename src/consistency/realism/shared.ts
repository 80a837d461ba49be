// What the realism report's parts share: a metric and how it is judged, the crawl's rows by
// school and endpoint, and bands around an expected share that widen for small samples, so
// a four-school hub passes where chance allows and a forty-school one is held tight.
import type { Crawl, CrawledSchool, Row } from '../types.ts';

export interface RealismMetric {
  name: string;
  /** A share (0..1), a count for `unit: 'count'`, or a ratio for `unit: 'ratio'`. */
  value: number;
  unit: 'share' | 'count' | 'ratio';
  /** The band the value should lie in, inclusive. */
  target: readonly [number, number];
  ok: boolean;
  /** Where the target comes from: docs/data-model.md's source keys, or "assumption". */
  source: string;
  /** What to do when it is missed, or what the figure means. */
  note: string;
}

export const rows = (school: CrawledSchool, endpoint: string): Row[] => school.endpoints[endpoint]?.rows.map((r) => r.record) ?? [];
export const all = (crawl: Crawl, endpoint: string): Row[] => crawl.schools.flatMap((s) => rows(s, endpoint));
export const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);
export const DAY = 86_400_000;

/** How wide a band is around an expected share: 3.5 standard errors (siblings count twice: a design effect of 1.5) and a margin. */
const Z = 3.5;
const DESIGN_EFFECT = 1.5;

/** The band a share of `n` draws should lie in when its expectation is `p`; the margin is at most half of `p`, so rare things keep a floor. */
export function band(p: number, n: number, margin = Math.min(0.02, p / 2)): readonly [number, number] {
  const t = Z * Math.sqrt((p * (1 - p) * DESIGN_EFFECT) / Math.max(1, n)) + margin;
  return [Math.max(0, p - t), Math.min(1, p + t)];
}

/** The band a count should lie in when `expected` of them are likely (Poisson, same width in errors). */
export function countBand(expected: number): readonly [number, number] {
  const t = Z * Math.sqrt(expected * DESIGN_EFFECT) + 1;
  return [Math.max(0, Math.floor(expected - t)), Math.ceil(expected + t)];
}

/** Collects metrics; `add` judges each against its band. */
export class Metrics {
  readonly list: RealismMetric[] = [];

  add(name: string, value: number, target: readonly [number, number], source: string, note = '', unit: RealismMetric['unit'] = 'share'): void {
    this.list.push({ name, value, unit, target, ok: value >= target[0] - 1e-9 && value <= target[1] + 1e-9, source, note });
  }

  /** A share of `n` whose expectation is `p`, in the band chance allows; nothing when there is nothing to count. */
  expect(name: string, part: number, n: number, p: number, source: string, note = ''): void {
    if (n > 0) this.add(name, share(part, n), band(p, n), source, note);
  }
}

/** Students of a school by their enrolment ID. */
export const byId = (list: Row[]) => new Map(list.map((r) => [String(r.enrolmentId), r]));

/** Rows grouped by a field's value. */
export function groupBy(list: Row[], field: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const r of list) groups.set(String(r[field]), [...(groups.get(String(r[field])) ?? []), r]);
  return groups;
}

/** A year level as a number, Prep 0. */
export const levelOf = (yearLevel: unknown) => (yearLevel === 'P' ? 0 : Number(yearLevel));
