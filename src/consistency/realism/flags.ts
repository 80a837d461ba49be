// Flags a nurse would write, coherent with each other: the conditions at their rates, many
// texts per condition and none naming a system, hearing loss with its adjustment, NCCD at
// ACARA's rate, and photos never published under a court or child-safety order, their
// consent agreeing with their permissions.
import { CONDITIONS, NCCD_RATE } from '../../model/vocab/health.ts';
import type { Crawl, Row } from '../types.ts';
import { Metrics, rows, share } from './shared.ts';

export function flagMetrics(m: Metrics, crawl: Crawl): void {
  const students = crawl.schools.reduce((sum, school) => sum + rows(school, 'students').length, 0);
  const flags = crawl.schools.flatMap((school) => rows(school, 'flags'));
  if (students === 0 || !crawl.schools.some((s) => s.endpoints.flags)) return;
  const withFlag = (test: (flag: Row) => boolean) => new Set(flags.filter(test).map((f) => String(f.enrolmentId)));
  const count = (test: (flag: Row) => boolean) => withFlag(test).size;
  m.expect('asthma', count((f) => f.code === 'MRD-1'), students, 0.1, '[S1] [S18]', 'about 10% of children');
  m.expect('anaphylaxis risk', count((f) => String(f.code).startsWith('MAA-')), students, 1 / 74, '[S2]', 'about 1 in 74 students');
  m.expect('type 1 diabetes', count((f) => f.code === 'MEM-2'), students, 0.002, '[S3]', 'about 0.2% of children');
  m.expect('NCCD adjustment', count((f) => f.flagType === 'DISABILITY_NCCD'), students, NCCD_RATE, '[S8]', '24.2% of Australian students (ACARA, 2023)');
  const texts = flags.filter((f) => f.flagType === 'MEDICAL' || f.flagType === 'LEGAL');
  if (texts.length >= 20) m.add('medical and legal flags with a text of their own', share(new Set(texts.map((f) => f.description)).size, texts.length), [0.8, 1], 'seedhub', 'medication, triggers and plan dates, as a nurse writes them');
  m.add('flags whose text names an API path', flags.filter((f) => /(^|\s)\/[a-z]/.test(String(f.description))).length, [0, 0], 'seedhub', 'records say what to do, not where to look', 'count');
  const hearing = withFlag((f) => f.code === 'MD-04');
  const adjusted = withFlag((f) => f.flagType === 'DISABILITY_NCCD');
  const hearingChance = CONDITIONS.find((c) => c.code === 'MD-04')!.nccd!.chance;
  m.expect('students with hearing loss who have an NCCD adjustment', [...hearing].filter((id) => adjusted.has(id)).length, hearing.size, hearingChance, 'assumption', 'hearing loss comes with a sensory adjustment');
  // Photos under an order, and consent against its permissions.
  const ordered = withFlag((f) => f.flagType === 'LEGAL');
  const photos = crawl.schools.flatMap((school) => rows(school, 'photos'));
  if (photos.length === 0) return;
  m.add('students under a court or child-safety order with photos published', photos.filter((p) => ordered.has(String(p.enrolmentId)) && p.okToPublish === 'Y').length, [0, 0], 'seedhub', 'withheld under an order', 'count');
  const permissions = (p: Row) => (Array.isArray(p.publishingPermissions) ? (p.publishingPermissions as Row[]) : []);
  m.add('photos with consent but every permission N', photos.filter((p) => p.okToPublish === 'Y' && permissions(p).length > 0 && permissions(p).every((x) => x.value === 'N')).length, [0, 0], 'seedhub', 'consent agrees with its permissions', 'count');
}
