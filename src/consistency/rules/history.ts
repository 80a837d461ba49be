// Enrolment history rules: a student's episodes do not overlap, and the last one is the
// current enrolment at this school.
import { STUDENT_ID } from '../../model/qteachers/ids.ts';
import type { Finding, PagedRow, CrawledSchool } from '../types.ts';
import type { CheckOptions } from './rule.ts';
import { finding, groupBy, rowsOf, text, type Rule } from './rule.ts';

/** The school year a school's data is in: the option, or its current history rows' year. */
export function schoolYearOf(school: CrawledSchool, options: CheckOptions): number | undefined {
  if (options.schoolYear !== undefined) return options.schoolYear;
  const votes = new Map<string, number>();
  for (const { record } of rowsOf(school, 'enrolment-history') ?? []) {
    const year = text(record.schoolYear);
    if (record.timeFrame === 'C' && year && /^\d{4}$/.test(year)) votes.set(year, (votes.get(year) ?? 0) + 1);
  }
  const [best] = [...votes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return best ? Number(best[0]) : undefined;
}

const label = (row: PagedRow) => text(row.record.schoolYear) ?? text(row.record.historyId) ?? text(row.record.entryDate) ?? '?';

export const historyOverlap: Rule = {
  name: 'history-overlap',
  description: "a student's enrolment-history episodes do not overlap: each ends before the next begins",
  check(crawl) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      for (const [id, rows] of groupBy(rowsOf(school, 'enrolment-history') ?? [], STUDENT_ID)) {
        const dated = rows.filter((r) => typeof r.record.entryDate === 'string').sort((a, b) => String(a.record.entryDate).localeCompare(String(b.record.entryDate)));
        for (let i = 1; i < dated.length; i++) {
          const before = dated[i - 1]!;
          const after = dated[i]!;
          const exit = text(before.record.exitDate);
          const entry = String(after.record.entryDate);
          if (exit === undefined || exit >= entry) {
            const end = exit === undefined ? 'no exitDate' : `exitDate ${exit}`;
            out.push(finding('history-overlap', school, 'enrolment-history', after.page, id, `${id} episode ${label(before)} (${end}) overlaps episode ${label(after)} (entryDate ${entry})`));
          }
        }
      }
    }
    return out;
  },
};

export const historyCurrent: Rule = {
  name: 'history-current',
  description: 'enrolment history ends at the current school: the last row, and only it, has timeFrame C, no exitDate, this centre code and the student\'s year level',
  check(crawl, options) {
    const out: Finding[] = [];
    for (const school of crawl.schools) {
      const history = rowsOf(school, 'enrolment-history');
      if (!history) continue;
      const levels = new Map((rowsOf(school, 'students') ?? []).map((r) => [String(r.record.enrolmentId), text(r.record.yearLevel)]));
      const year = schoolYearOf(school, options);
      for (const [id, rows] of groupBy(history, STUDENT_ID)) {
        const last = rows.at(-1)!;
        const { timeFrame, exitDate, attendedCentreCode, yearLevel, schoolYear } = last.record;
        const problems = [
          timeFrame !== 'C' ? `timeFrame ${JSON.stringify(timeFrame)}` : undefined,
          text(exitDate) !== undefined ? `exitDate ${JSON.stringify(exitDate)}` : undefined,
          'attendedCentreCode' in last.record && attendedCentreCode !== school.centreCode ? `attendedCentreCode ${JSON.stringify(attendedCentreCode)}` : undefined,
          levels.get(id) !== undefined && 'yearLevel' in last.record && yearLevel !== levels.get(id) ? `yearLevel ${JSON.stringify(yearLevel)} (students says ${JSON.stringify(levels.get(id))})` : undefined,
          year !== undefined && 'schoolYear' in last.record && text(schoolYear) !== String(year) ? `schoolYear ${JSON.stringify(schoolYear)} (the school year is ${year})` : undefined,
        ].filter((p): p is string => p !== undefined);
        if (problems.length > 0) out.push(finding('history-current', school, 'enrolment-history', last.page, id, `${id}'s last episode is not the current one here: ${problems.join(', ')}`));
        for (const earlier of rows.slice(0, -1).filter((r) => r.record.timeFrame === 'C')) {
          out.push(finding('history-current', school, 'enrolment-history', earlier.page, id, `${id} episode ${label(earlier)} has timeFrame "C" but is not the last`));
        }
      }
    }
    return out;
  },
};
