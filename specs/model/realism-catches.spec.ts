// The realism report is tight enough to catch what issue 21 measured in seedhub's earlier
// data: each case below breaks a good hub's crawl the way that data was broken (flat
// Indigenous shares, no Science, landlines only, "Dr" without a degree...) and the figure
// that watches it goes out of its band, while the untouched crawl passes.
import { expect, test } from '@playwright/test';
import { createDataset, crawlOfDataset, type Crawl, type Row } from 'seedhub/core';
import { realismReport } from '../../src/consistency/realism.ts';

const crawl = crawlOfDataset(createDataset({ seed: 'other', schools: 12, studentsPerSchool: 300, staffPerSchool: 30, classesPerSchool: 100 }));
const recordsOf = (c: Crawl, endpoint: string): Row[] => c.schools.flatMap((s) => s.endpoints[endpoint]?.rows.map((r) => r.record) ?? []);
const every = (c: Crawl, endpoint: string, change: (row: Row, i: number) => void) => recordsOf(c, endpoint).forEach(change);
const level = (s: Row) => (s.yearLevel === 'P' ? 0 : Number(s.yearLevel));

const CASES: [string, (c: Crawl) => void, string[]][] = [
  ['Indigenous share flat at 10% in every school', (c) => every(c, 'students', (s, i) => (s.indigenousStatus = i % 10 === 0 ? '1' : '4')), ['Aboriginal and/or Torres Strait Islander share: correlation of schools with their places']],
  ['LBOTE flat at 7%', (c) => every(c, 'students', (s, i) => (s.lbote = i % 14 === 0 ? 'Y' : 'N')), ['LBOTE share, all schools (against their places)']],
  ['born overseas flat at 4.5%', (c) => every(c, 'students', (s, i) => (s.countryOfBirth = i % 22 === 0 ? '2102' : '1101')), ['born-overseas share, all schools (against their places)']],
  ['a third of Prep–Year 10 without Science', (c) => every(c, 'students', (s, i) => { if (level(s) <= 10 && i % 3 === 0) s.classes = (s.classes as string[]).filter((x) => !x.endsWith('-SCI')); }), ['Prep–Year 10 students in every learning area']],
  ['Years 5–8 without a language', (c) => every(c, 'students', (s) => { if (level(s) >= 5 && level(s) <= 8) s.classes = (s.classes as string[]).filter((x) => !x.endsWith('-LAN')); }), ['Years 5–8 students taking a language']],
  ['every senior in General Mathematics and English', (c) => every(c, 'students', (s) => { if (level(s) >= 11) s.classes = (s.classes as string[]).map((x) => x.replace(/-(MAE|MAM)$/, '-MAG').replace(/-ENE$/, '-ENG')); }), ['Years 11–12 taking Essential Mathematics', 'Years 11–12 taking General Mathematics', 'Years 11–12 taking Mathematical Methods']],
  ['a junior subject in Years 11–12', (c) => every(c, 'students', (s) => { if (level(s) >= 11) s.classes = [...(s.classes as string[]), '2026-11A-HPE']; }), ['Years 11–12 classes that are not QCAA senior subjects or VET']],
  ['siblings at different primaries, no feeders', (c) => every(c, 'enrolment-history', (h, i) => { if (h.attendedCentreCode === null) h.schoolName = `Other ${i} State School`; if (h.previousSchoolName) h.previousSchoolName = `Other ${i} State School`; }), ['sibling-years in primary school at different schools', "Year 7 entrants from their high school's 5 biggest feeder primaries"]],
  ['two schools of one name', (c) => (c.schools[1]!.schoolName = c.schools[0]!.schoolName), ['schools sharing a name']],
  ['homes dated years before the family came', (c) => every(c, 'addresses', (a) => (a.effectiveFromDate = '2010-03-01')), ['arrivals from overseas or interstate whose home predates them by over a year']],
  ['3% of homes over 40 km away', (c) => every(c, 'addresses', (a, i) => { if (i % 33 === 0) a.suburb = a.suburb === 'Mount Isa' ? 'Coolangatta' : 'Mount Isa'; }), ['students living over 40 km from school']],
  ['landlines only', (c) => every(c, 'parents', (p, i) => (p.phones = [{ type: '0096', number: `(07) 5550 ${String(i % 10000).padStart(4, '0')}` }, { type: '0777', number: '(07) 7010 0001' }])), ['parents whose first number is a mobile', 'parents with a home landline']],
  ['schooling and work uniform', (c) => every(c, 'parents', (p, i) => { p.schoolEducationLevel = String(i % 5); p.employmentType = ['1', '2', '3', '4', '8', '9'][i % 6]; }), ['parents who finished Year 12', 'parents who left school at Year 9 or below', 'parents in paid work', 'parents of unknown occupation (9)']],
  ['5% titled Dr, most without a degree', (c) => every(c, 'parents', (p, i) => { if (i % 20 === 0) { p.title = 'Dr'; p.nonSchoolEducation = '8'; } }), ['parents titled Dr', 'parents titled Dr without a degree']],
  ['primary teachers half men, aides and admin too', (c) => every(c, 'staff', (s, i) => (s.sex = i % 2 ? '1' : '2')), ['primary teachers who are women', 'teacher aides who are women', 'administration officers who are women']],
  ['start dates on weekends', (c) => every(c, 'staff', (s, i) => { if (i % 3 === 0) s.jobStartDate = '2021-06-26'; }), ['start dates on a weekend']],
  ['the same four houses everywhere', (c) => every(c, 'students', (s, i) => (s.house = ['Banksia', 'Grevillea', 'Waratah', 'Wattle'][i % 4])), ['schools with a set of houses of their own']],
  ['streets as uniform draws', (c) => every(c, 'addresses', (a, i) => (a.line1 = `${1 + ((i * 37) % 250)} Wattle ${['Street', 'Road', 'Avenue', 'Crescent', 'Court', 'Close', 'Place', 'Parade', 'Drive', 'Lane', 'Terrace', 'Way'][i % 12]}`)), ['homes in a Street', 'homes in a Terrace', 'house numbers over 100']],
  ['one text per condition, and an API path in a legal note', (c) => every(c, 'flags', (f) => { if (f.flagType === 'MEDICAL') f.description = `${String(f.description).split(':')[0]}: care plan on file`; if (f.flagType === 'LEGAL') f.description = 'Family court order on file; check /parents for custody'; }), ['medical and legal flags with a text of their own', 'flags whose text names an API path']],
  ['hearing loss without adjustments', (c) => { for (const s of c.schools) for (const e of Object.values(s.endpoints)) e.rows = e.rows.filter((r) => r.record.flagType !== 'DISABILITY_NCCD' || !String(r.record.description).includes('hearing')); }, ['students with hearing loss who have an NCCD adjustment']],
  ['photos published under orders, consent with no permission', (c) => every(c, 'photos', (p) => { p.okToPublish = 'Y'; p.publishingPermissions = [{ category: 'OKPrintedMaterial', value: 'N' }]; }), ['students under a court or child-safety order with photos published', 'photos with consent but every permission N']],
  ['Nguyen as rare as any, diacritics kept', (c) => every(c, 'students', (s) => { if (s.familyName === 'Nguyen') s.familyName = 'Nguyễn'; }), ['Vietnamese-speaking students named Nguyen', 'names with letters outside ASCII']],
  ['nobody older than their cohort', (c) => every(c, 'students', (s) => (s.birthDate = `${2026 - 6 - level(s)}-09-01`)), ['students a year older than their cohort']],
  ['Samoan at home', (c) => (recordsOf(c, 'students')[0]!.mainLanguageAtHome = '9308'), ['students speaking Samoan at home']],
];

/**
 * Rare things need the issue's whole hub to be told from chance (forty schools of 300): its
 * students and flags only, broken in turn.
 */
test('on the issue\'s hub: no Smith, and no Indigenous language or Aboriginal English at home, are out of band', () => {
  const issueHub = crawlOfDataset(createDataset({ schools: 40, studentsPerSchool: 300, staffPerSchool: 30, classesPerSchool: 100 }), { endpoints: ['students', 'flags'] });
  const out = () => realismReport(issueHub).filter((m) => !m.ok).map((m) => m.name);
  expect(out()).toEqual([]);
  every(issueHub, 'students', (s) => { if (s.familyName === 'Smith') s.familyName = 'Smyth'; if (/^8/.test(String(s.mainLanguageAtHome))) s.mainLanguageAtHome = '1201'; });
  expect(out()).toEqual(['Indigenous students speaking an Indigenous language or Aboriginal English at home', 'students named Smith']);
});

test('the untouched crawl passes', () => {
  expect(realismReport(crawl).filter((m) => !m.ok).map((m) => m.name)).toEqual([]);
});

for (const [broken, breakIt, watchers] of CASES) {
  test(`${broken}: ${watchers.join(', ')} out of band`, () => {
    const copy = structuredClone(crawl);
    breakIt(copy);
    const out = realismReport(copy).filter((m) => !m.ok).map((m) => m.name);
    expect(out).toEqual(expect.arrayContaining(watchers));
  });
}
