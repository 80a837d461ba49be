// The one-line command that serves the same hub as a test, for failure reports.
import type { ResolvedOptions } from '../options.ts';

const quote = (text: string) => (/^[A-Za-z0-9_.,:/-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** `npx seedhub serve ...` with every option that shapes the data. */
export function serveCommand(options: ResolvedOptions): string {
  const schools = typeof options.schools === 'number' ? String(options.schools) : `${options.schools.join(',')}${options.schools.length === 1 ? ',' : ''}`;
  return [
    'npx seedhub serve',
    `--seed ${quote(options.seed)}`,
    `--schools ${schools}`,
    `--students ${options.studentsPerSchool}`,
    `--staff ${options.staffPerSchool}`,
    `--classes ${options.classesPerSchool}`,
    `--year ${options.schoolYear}`,
  ].join(' ');
}
