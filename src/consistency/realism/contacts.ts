// Contacts as they are now, and parents as the Census describes them: a mobile first, a
// home landline for few; schooling by place (Year 12 the commonest level), parents in paid
// work as often as families are, "Dr" only with a degree, and most families contacted by
// email or the parent portal. Names of contacts never clash with a parent's.
import { communityOf } from '../../model/qteachers/community.ts';
import { QLD_SUBURBS } from '../../model/vocab/qld-suburbs.ts';
import { SCHOOL_EDUCATION } from '../../model/vocab/parents.ts';
import type { Crawl, Row } from '../types.ts';
import { Metrics, rows, share } from './shared.ts';

const SUBURBS = new Set(QLD_SUBURBS.map(([name]) => name));
const phonesOf = (c: Row) => (Array.isArray(c.phones) ? (c.phones as Row[]) : []);
const isMobile = (p: Row | undefined) => p !== undefined && (p.type === '0888' || p.type === '0889' || /^04/.test(String(p.number)));
const fullName = (r: Row) => `${String(r.givenName)} ${String(r.familyName)}`;
const year12 = (key: 'greaterBrisbane' | 'regional') => SCHOOL_EDUCATION[key].find(([code]) => code === '4')![1] / 100;

export function contactMetrics(m: Metrics, crawl: Crawl): void {
  // One row per person: siblings share their parents.
  const people = new Map<string, { school: string; suburb: string; person: Row }>();
  for (const school of crawl.schools) for (const p of rows(school, 'parents')) people.set(`${school.centreCode} ${String(p.contactId)}`, { school: school.centreCode, suburb: String(school.suburb ?? ''), person: p });
  const parents = [...people.values()];
  if (parents.length > 0) {
    const n = parents.length;
    const count = (test: (p: Row) => boolean) => parents.filter(({ person }) => test(person)).length;
    m.add('parents whose first number is a mobile', share(count((p) => isMobile(phonesOf(p)[0])), n), [0.9, 1], '[S32]', 'nearly every adult has a mobile; few use a landline');
    m.add('parents with a home landline', share(count((p) => phonesOf(p).some((ph) => ph.type === '0777')), n), [0.04, 0.25], '[S32]', '12% of adults used a landline in 2025');
    const placed = parents.filter(({ suburb }) => SUBURBS.has(suburb));
    if (placed.length > 0 && 'schoolEducationLevel' in parents[0]!.person) {
      const expected = placed.reduce((sum, { suburb }) => sum + year12(communityOf(suburb).greaterBrisbane ? 'greaterBrisbane' : 'regional'), 0) / placed.length;
      m.expect('parents who finished Year 12', placed.filter(({ person }) => person.schoolEducationLevel === '4').length, placed.length, expected, '[S34]', 'by place: 71.3% in Brisbane, 50.7% in Regional Queensland');
      m.add('parents who left school at Year 9 or below', share(count((p) => p.schoolEducationLevel === '1'), n), [0.03, 0.16], '[S34]');
      m.add('parents in paid work', share(count((p) => ['1', '2', '3', '4'].includes(String(p.employmentType))), n), [0.72, 0.88], '[S36]', 'most couples both work; two-thirds of single mothers');
      m.add('parents of unknown occupation (9)', share(count((p) => p.employmentType === '9'), n), [0, 0.08], 'assumption');
      m.add('parents with a bachelor degree or above', share(count((p) => p.nonSchoolEducation === '7'), n), [0.12, 0.42], '[S34] [S35]');
      m.add('parents titled Dr', share(count((p) => p.title === 'Dr'), n), [0, 0.02], 'assumption', 'a doctorate or medicine');
      m.add('parents titled Dr without a degree', count((p) => p.title === 'Dr' && p.nonSchoolEducation !== '7'), [0, 0], 'seedhub', 'the title goes with the qualification', 'count');
      m.add('parents contacted by email or the parent portal', share(count((p) => p.contactMethod === 'Email' || p.contactMethod === 'ParentPortal'), n), [0.6, 0.9], 'assumption');
    }
  }
  // Landlines are distinct within a school (ACMA's 30 fiction mobiles are shared by design).
  let shared = 0, contacts = 0, namesakes = 0;
  for (const school of crawl.schools) {
    const owners = new Map<string, string>();
    const list = [...rows(school, 'parents'), ...rows(school, 'emergency-contacts')];
    const byContact = new Map(list.map((c) => [String(c.contactId), c]));
    contacts += byContact.size;
    for (const [id, c] of byContact) {
      for (const phone of phonesOf(c).filter((p) => p.type !== '0777' && !isMobile(p))) {
        const owner = owners.get(String(phone.number));
        if (owner !== undefined && owner !== id) shared++;
        else owners.set(String(phone.number), id);
      }
    }
    const parentNames = new Map<string, Set<string>>();
    for (const p of rows(school, 'parents')) parentNames.set(String(p.enrolmentId), (parentNames.get(String(p.enrolmentId)) ?? new Set()).add(fullName(p)));
    namesakes += rows(school, 'emergency-contacts').filter((e) => parentNames.get(String(e.enrolmentId))?.has(fullName(e))).length;
  }
  if (contacts > 0) {
    m.add('contacts sharing a work number within a school', share(shared, contacts), [0, 0], 'seedhub', 'a landline of ACMA\'s fiction ranges is one person\'s');
    m.add('emergency contacts named like a parent', namesakes, [0, 0], 'seedhub', 'never', 'count');
  }
}
