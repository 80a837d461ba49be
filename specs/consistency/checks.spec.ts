import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { modelFromOpenAPI, parseOpenApi } from 'seedhub/core';
import { ROOT } from '../support/processes.ts';
import { createDataset } from '../../src/generate/dataset.ts';
import { checkCrawl, RULES } from '../../src/consistency/checks.ts';
import { crawlOfDataset } from '../../src/consistency/from-dataset.ts';
import type { Finding, PagedRow, Row, Crawl } from '../../src/consistency/types.ts';

const PAGE = 10;
const base = crawlOfDataset(createDataset(), { pageSize: PAGE });

/** Rows of an endpoint of a school in a (cloned) crawl. */
const rows = (crawl: Crawl, code: string, endpoint: string): PagedRow[] => crawl.schools.find((s) => s.centreCode === code)!.endpoints[endpoint]!.rows;
const records = (code: string, endpoint: string): Row[] => rows(base, code, endpoint).map((r) => r.record);
const brief = (findings: Finding[]) => findings.map(({ rule, centreCode, endpoint, page, id, message }) => ({ rule, centreCode, endpoint, page, id, message }));

/** The findings after `change` has broken a copy of the default hub's crawl. */
function breakWith(change: (crawl: Crawl) => void): Finding[] {
  // A JSON copy, as served: generated siblings share nested objects, served ones do not.
  const copy = JSON.parse(JSON.stringify(base)) as Crawl;
  change(copy);
  return checkCrawl(copy);
}

/** A student of `code` with at least `n` rows on `endpoint`, and those rows. */
function studentWith(code: string, endpoint: string, n: number) {
  const id = String(records(code, 'students').find((s) => records(code, endpoint).filter((r) => r.enrolmentId === s.enrolmentId).length >= n)!.enrolmentId);
  return { id, at: (crawl: Crawl) => rows(crawl, code, endpoint).filter((r) => r.record.enrolmentId === id) };
}

/** Two students of `code` who share a parent: the elder first. */
function siblings(code: string) {
  const parents = records(code, 'parents');
  const first = parents.find((p, i) => parents.findIndex((q) => q.contactId === p.contactId) !== i)!;
  const ids = [...new Set(parents.filter((p) => p.contactId === first.contactId).map((p) => String(p.enrolmentId)))];
  return { elder: ids[0]!, younger: ids[1]!, contactId: String(first.contactId) };
}

test('the default hub and other seeds and sizes break no rule', () => {
  const sizes = [
    {},
    { seed: 'alpha', schools: 6, studentsPerSchool: 120 },
    { seed: 42, staffPerSchool: 3, classesPerSchool: 20, schoolYear: 2031 },
    { seed: 'tiny', schools: ['0001', '0220'], studentsPerSchool: 3, staffPerSchool: 1, classesPerSchool: 4 },
    { seed: 'big classes', schools: 2, studentsPerSchool: 300, classesPerSchool: 90 },
  ];
  const findings = sizes.map((options) => checkCrawl(crawlOfDataset(createDataset(options))).map((f) => f.message));
  expect(findings).toEqual(sizes.map(() => []));
});

test('an enrolmentId of another school on /flags is an orphan, named with school, endpoint, page and ID', () => {
  const foreign = String(records('4650', 'students')[0]!.enrolmentId);
  const findings = breakWith((s) => (rows(s, '1690', 'flags')[12]!.record.enrolmentId = foreign));
  const flagId = String(records('1690', 'flags')[12]!.flagId);
  expect(brief(findings)).toEqual([
    { rule: 'orphan-enrolment-id', centreCode: '1690', endpoint: 'flags', page: 1, id: foreign, message: `1690 /flags page 1: enrolmentId ${foreign} is not a student of 1690` },
  ]);
  expect(flagId).toMatch(/^F-1690-/);
});

test('a staff photo of nobody is an orphan, and leaves its staff member without a photo', () => {
  const staffId = String(records('9743', 'staff')[1]!.staffId);
  const findings = breakWith((s) => (rows(s, '9743', 'staff-photos')[1]!.record.staffId = '0000000'));
  expect(findings.map((f) => f.message)).toEqual([
    '9743 /staff-photos page 0: staffId 0000000 is not a staff member of 9743',
    `9743 /staff-photos: staff member ${staffId} (staff page 0) has 0 photos, not 1`,
  ]);
  expect(findings.map((f) => f.rule)).toEqual(['orphan-staff-id', 'photo-count']);
});

test('a student served twice is a duplicate ID', () => {
  const twin = records('4650', 'students')[0]!;
  const findings = breakWith((s) => rows(s, '4650', 'students').push({ page: 5, record: { ...twin } }));
  expect(brief(findings)).toEqual([
    { rule: 'duplicate-id', centreCode: '4650', endpoint: 'students', page: 5, id: String(twin.enrolmentId), message: `4650 /students page 5: enrolmentId ${twin.enrolmentId} is twice` },
    { rule: 'refid-unique', centreCode: '4650', endpoint: 'students', page: 5, id: String(twin.enrolmentId), message: `4650 /students page 5: ${twin.enrolmentId} has refId ${twin.refId}, which 4650 /students ${twin.enrolmentId} has too` },
  ]);
});

test('a student without a photo, and one with two', () => {
  const [first, second] = records('1690', 'students').map((s) => String(s.enrolmentId));
  const findings = breakWith((s) => {
    const photos = rows(s, '1690', 'photos');
    photos[1]!.record.enrolmentId = first;
  });
  expect(findings.map((f) => [f.rule, f.message])).toEqual([
    ['photo-count', `1690 /photos page 0: student ${first} (students page 0) has 2 photos, not 1`],
    ['photo-count', `1690 /photos: student ${second} (students page 0) has 0 photos, not 1`],
    // The moved photo still links to its own student's refId.
    ['refid-links', expect.stringContaining(`1690 /photos page 0: ${first} studentPersonalRefId`)],
  ]);
});

test('a student without emergency contacts is missing records', () => {
  const id = String(records('0220', 'students')[3]!.enrolmentId);
  const findings = breakWith((s) => {
    const school = s.schools.find((x) => x.centreCode === '0220')!;
    school.endpoints['emergency-contacts']!.rows = rows(s, '0220', 'emergency-contacts').filter((r) => r.record.enrolmentId !== id);
  });
  expect(findings.map((f) => [f.rule, f.message])).toEqual([['missing-records', `0220 /emergency-contacts: student ${id} (students page 0) has no emergency-contacts rows`]]);
});

test('overlapping history episodes, and a history that does not end here', () => {
  const student = studentWith('4650', 'enrolment-history', 3);
  const history = student.at(base);
  const overlap = breakWith((s) => (student.at(s)[0]!.record.exitDate = history[1]!.record.entryDate));
  expect(overlap.map((f) => [f.rule, f.id, f.page])).toEqual([['history-overlap', student.id, history[1]!.page]]);
  expect(overlap[0]!.message).toBe(`4650 /enrolment-history page ${history[1]!.page}: ${student.id} episode ${history[0]!.record.schoolYear} (exitDate ${history[1]!.record.entryDate}) overlaps episode ${history[1]!.record.schoolYear} (entryDate ${history[1]!.record.entryDate})`);
  const ended = breakWith((s) => (student.at(s).at(-1)!.record.exitDate = '2026-12-11'));
  expect(ended.map((f) => [f.rule, f.message])).toEqual([
    ['history-current', `4650 /enrolment-history page ${history.at(-1)!.page}: ${student.id}'s last episode is not the current one here: exitDate "2026-12-11"`],
  ]);
});

test('a birth date a year off the year level', () => {
  // A student of their cohort's age: a year younger is a year too young (a year older would be allowed).
  const onTime = (s: Record<string, unknown>) => 2026 - Number(String(s.birthDate).slice(0, 4)) - (String(s.birthDate).slice(5) > '06-30' ? 1 : 0) === 5 + (s.yearLevel === 'P' ? 0 : Number(s.yearLevel));
  const index = records('9743', 'students').findIndex(onTime);
  const student = records('9743', 'students')[index]!;
  const born = `${Number(String(student.birthDate).slice(0, 4)) + 1}${String(student.birthDate).slice(4)}`;
  const findings = breakWith((s) => (rows(s, '9743', 'students')[index]!.record.birthDate = born));
  expect(findings.map((f) => [f.rule, f.id])).toEqual([['year-level-age', student.enrolmentId]]);
  expect(findings[0]!.message).toMatch(new RegExp(`^9743 /students page 0: ${student.enrolmentId} in (Prep|Year \\d+) born ${born} is \\d+ at 30 June 2026, not \\d+ \\(or \\d+, a year older\\)$`));
});

test('a class nobody teaches', () => {
  const id = String(records('1690', 'students')[0]!.enrolmentId);
  const findings = breakWith((s) => ((rows(s, '1690', 'students')[0]!.record.classes as string[]).push('2026-9Z-ENG')));
  expect(findings.map((f) => f.message)).toEqual([`1690 /students page 0: ${id} attends class 2026-9Z-ENG, which no staff member of 1690 teaches`]);
});

test('siblings with different homes, or different parents', () => {
  const { elder, younger, contactId } = siblings('4650');
  const moved = breakWith((s) => {
    for (const row of rows(s, '4650', 'addresses').filter((r) => r.record.enrolmentId === younger)) row.record.line1 = '1 Elsewhere Street';
  });
  expect(moved.map((f) => [f.rule, f.endpoint, f.message.replace(/^.*?: /, '')])).toEqual([
    ['sibling-consistency', 'addresses', `${younger} shares parent ${contactId} with ${elder}, but their home addresses differ`],
  ]);
  const stepParent = breakWith((s) => {
    const row = rows(s, '4650', 'parents').filter((r) => r.record.enrolmentId === younger).at(-1)!;
    row.record.contactId = 'C-4650-999999-9';
  });
  // The renamed contact still carries the person's RefId, which another contact ID now shares.
  expect(stepParent.map((f) => f.rule)).toEqual(['sibling-consistency', 'refid-links']);
  expect(stepParent[0]!.message).toContain(`${younger} shares parent`);
});

test('a centre code that lost its leading zero, and a code outside its code set', () => {
  const photo = records('0220', 'photos')[4]!;
  const zeros = breakWith((s) => (rows(s, '0220', 'photos')[4]!.record.centreCode = 220));
  expect(zeros.map((f) => [f.rule, f.message])).toEqual([['leading-zeros', `0220 /photos page 0: ${photo.enrolmentId} centreCode is 220 (a number), not a string`]]);
  const postcode = breakWith((s) => (rows(s, '0220', 'students')[4]!.record.sex = '7'));
  expect(postcode.map((f) => [f.rule, f.message])).toEqual([
    ['code-set', `0220 /students page 0: ${records('0220', 'students')[4]!.enrolmentId} sex "7" is not in its code set (1, 2, 3, 4, 9)`],
  ]);
  const short = breakWith((s) => (rows(s, '0220', 'addresses')[0]!.record.postcode = '400'));
  expect(short.map((f) => f.rule)).toContain('leading-zeros');
  expect(short.find((f) => f.rule === 'leading-zeros')!.message).toContain('postcode is "400", not 4 digits. Did you mean "0400"?');
});

test('a real-looking mobile and a real email domain are privacy findings', () => {
  const parent = records('1690', 'parents')[0]!;
  const phone = breakWith((s) => ((rows(s, '1690', 'parents')[0]!.record.phones as Row[])[0]!.number = '0412 345 678'));
  expect(phone.map((f) => [f.rule, f.message])).toEqual([
    ['privacy-phone', `1690 /parents page 0: ${parent.enrolmentId} ${parent.contactId} phone "0412 345 678" is not one of ACMA's fiction numbers`],
  ]);
  const email = breakWith((s) => (rows(s, '1690', 'staff')[2]!.record.email = 'jo.citizen@gmail.com'));
  expect(email.map((f) => [f.rule, f.endpoint, f.id])).toEqual([['privacy-email', 'staff', records('1690', 'staff')[2]!.staffId]]);
});

test('a refId served twice, and links that point at someone else', () => {
  const [first, second] = records('9743', 'students');
  const twice = breakWith((s) => (rows(s, '9743', 'students')[1]!.record.refId = first!.refId));
  expect(twice[0]!.rule).toBe('refid-unique');
  expect(twice[0]!.message).toBe(`9743 /students page 0: ${second!.enrolmentId} has refId ${first!.refId}, which 9743 /students ${first!.enrolmentId} has too`);
  // Every record of the second student still links to its real refId.
  expect(twice.slice(1).map((f) => [f.rule, f.id === second!.enrolmentId || String(f.message).includes(String(second!.enrolmentId))])).toEqual(twice.slice(1).map(() => ['refid-links', true]));
  expect(twice.length).toBeGreaterThan(2);
  const school = breakWith((s) => (rows(s, '9743', 'flags')[0]!.record.schoolInfoRefId = '00000000-0000-4000-8000-000000000000'));
  expect(school.map((f) => f.rule)).toEqual(['refid-links']);
  expect(school[0]!.message).toContain("schoolInfoRefId 00000000-0000-4000-8000-000000000000 is not 9743's refId");
  const staff = breakWith((s) => (rows(s, '9743', 'staff-photos')[0]!.record.staffPersonalRefId = records('9743', 'staff')[1]!.refId));
  expect(staff.map((f) => f.rule)).toEqual(['refid-links']);
});

test('a flag whose description does not name its code\'s condition', () => {
  const index = records('1690', 'flags').findIndex((f) => f.code === 'MRD-1');
  const flag = records('1690', 'flags')[index]!;
  expect(String(flag.description)).toMatch(/^Asthma: /);
  const findings = breakWith((s) => (rows(s, '1690', 'flags')[index]!.record.code = 'MEM-2'));
  expect(findings.map((f) => [f.rule, f.message])).toEqual([
    ['code-label', `1690 /flags page ${Math.floor(index / PAGE)}: ${flag.enrolmentId} ${flag.flagId} has code MEM-2 (Diabetes) but says ${JSON.stringify(flag.description)}`],
  ]);
});

test('a model of its own: a duplicate identity and a reference to another school break identity-unique and orphan-reference', () => {
  const campus = modelFromOpenAPI(parseOpenApi(readFileSync(`${ROOT}docs/examples/campus-hub.yaml`, 'utf8')));
  const own = crawlOfDataset(createDataset({ schools: 2, studentsPerSchool: 20 }, campus), { pageSize: PAGE });
  expect(own.references?.identities.map((i) => i.kind)).toEqual(['learner', 'guardian', 'teacher']);
  expect(checkCrawl(own)).toEqual([]);
  const broken = JSON.parse(JSON.stringify(own)) as Crawl;
  const [first, second] = broken.schools.map((s) => s.endpoints);
  const learner = String(first!.learners!.rows[0]!.record.learnerId);
  const teacher = String(second!.teachers!.rows[0]!.record.teacherId);
  second!.learners!.rows[3]!.record.learnerId = learner;
  first!.timetable!.rows[12]!.record.teacherId = teacher;
  const [c1, c2] = broken.schools.map((s) => s.centreCode);
  expect(brief(checkCrawl(broken))).toEqual([
    { rule: 'identity-unique', centreCode: c2, endpoint: 'learners', page: 0, id: learner, message: `${c2} /learners page 0: learnerId ${learner} is also a learner of ${c1}` },
    { rule: 'orphan-reference', centreCode: c1, endpoint: 'timetable', page: 1, id: teacher, message: `${c1} /timetable page 1: teacherId ${teacher} is not a teacher of ${c1}` },
    // The learner moved away leaves their own guardians, marks and lessons behind.
    ...['guardians', 'attendance', 'timetable'].flatMap((endpoint) => rows(own, c2!, endpoint)
      .filter((r) => r.record.learnerId === own.schools[1]!.endpoints.learners!.rows[3]!.record.learnerId)
      .map((r) => expect.objectContaining({ rule: 'orphan-reference', centreCode: c2, endpoint, page: r.page }))),
  ]);
  // QTeachers' rules do not read a model of its own: a field named like theirs breaks nothing.
  first!.learners!.rows[0]!.record.sex = '7';
  expect(checkCrawl(broken, { rules: ['code-set'] })).toEqual([]);
});

test('every rule has a spec above that makes it fail', () => {
  // Keep in step with the specs above: adding a rule without a failing case fails here.
  const covered = ['orphan-enrolment-id', 'orphan-staff-id', 'duplicate-id', 'photo-count', 'missing-records', 'history-overlap', 'history-current',
    'year-level-age', 'untaught-class', 'sibling-consistency', 'leading-zeros', 'code-set', 'code-label', 'privacy-phone', 'privacy-email',
    'refid-unique', 'refid-links', 'identity-unique', 'orphan-reference'];
  expect(Object.keys(RULES).sort()).toEqual([...covered].sort());
  expect(Object.values(RULES).every((line) => line.length > 20 && !line.includes('\n'))).toBe(true);
});

test('rules whose endpoints are missing or incomplete are skipped, not failed', () => {
  const flagsOnly = crawlOfDataset(createDataset(), { endpoints: ['flags'] });
  rows(flagsOnly, '4650', 'flags')[0]!.record.enrolmentId = 'nobody';
  expect(checkCrawl(flagsOnly)).toEqual([]);
  const cutShort = structuredClone(base);
  const students = cutShort.schools[0]!.endpoints.students!;
  students.complete = false;
  students.rows = students.rows.slice(0, 10);
  expect(checkCrawl(cutShort)).toEqual([]);
});

test('options choose and skip rules, and an unknown rule name is an error', () => {
  const broken = structuredClone(base);
  rows(broken, '4650', 'students')[0]!.record.sex = '7';
  expect(checkCrawl(broken, { skip: ['code-set'] })).toEqual([]);
  expect(checkCrawl(broken, { rules: ['code-set'] }).map((f) => f.rule)).toEqual(['code-set']);
  expect(() => checkCrawl(broken, { rules: ['code-sets'] })).toThrow(/Failed to find rule "code-sets"/);
});

test('the school year comes from the options when given', () => {
  // Two years on, every student is older than their level allows (one year older is allowed).
  expect(checkCrawl(base, { schoolYear: 2028, rules: ['year-level-age'] })).toHaveLength(records('4650', 'students').length * 4);
});
