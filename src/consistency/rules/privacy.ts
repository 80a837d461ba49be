// Privacy rules: every phone number is one reserved for fiction and every email address
// is on a domain reserved for examples, so no real person can be reached.
import { FICTION_MOBILES } from '../../model/vocab/contact.ts';
import { recordId } from '../record-id.ts';
import type { Finding, Row } from '../types.ts';
import { eachRow } from './formats.ts';
import { finding, type Rule } from './rule.ts';

const MOBILES = new Set(FICTION_MOBILES.map((n) => n.replace(/\D/g, '')));
/** (02), (03), (07) and (08) 5550 xxxx and 7010 xxxx: ACMA's fixed-line fiction ranges. */
const LANDLINE = /^\(0[2378]\) (5550|7010) \d{4}$/;
/** example.com/.net/.org and their subdomains, or the reserved .test and .example TLDs (RFC 2606). */
const SAFE_DOMAIN = /^(([a-z0-9-]+\.)*example\.(com|net|org)|([a-z0-9-]+\.)*[a-z0-9-]+\.(test|example))$/;

/** Whether a phone number is one published for fiction. */
export function isFictionPhone(phone: string): boolean {
  return LANDLINE.test(phone) || (MOBILES.has(phone.replace(/\D/g, '')) && /^[\d ]+$/.test(phone));
}

/** Whether an email address is on a domain reserved for examples. */
export function isReservedEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  return at > 0 && SAFE_DOMAIN.test(email.slice(at + 1).toLowerCase());
}

/** Values of `list[].key` and of top-level fields whose name ends in `suffix`. */
function contacts(record: Row, list: string, key: string, suffix: RegExp): string[] {
  const nested = Array.isArray(record[list]) ? (record[list] as unknown[]).map((item) => (item as Row | null)?.[key]) : [];
  const direct = Object.keys(record).filter((field) => suffix.test(field)).map((field) => record[field]);
  return [...nested, ...direct].filter((value): value is string => typeof value === 'string');
}

function privacy(rule: string, what: string, list: string, key: string, suffix: RegExp, safe: (value: string) => boolean, hint: string): Rule['check'] {
  return (crawl) => {
    const out: Finding[] = [];
    eachRow(crawl, (school, endpoint, { page, record }) => {
      for (const value of contacts(record, list, key, suffix)) {
        if (!safe(value)) out.push(finding(rule, school, endpoint, page, recordId(record), `${recordId(record)} ${what} ${JSON.stringify(value)} is not ${hint}`));
      }
    });
    return out;
  };
}

export const privacyPhone: Rule = {
  name: 'privacy-phone',
  description: "every phone number is fiction: one of ACMA's 30 mobiles (0491 57x xxx) or a (0[2378]) 5550/7010 xxxx landline",
  check: privacy('privacy-phone', 'phone', 'phones', 'number', /phone$/i, isFictionPhone, "one of ACMA's fiction numbers"),
};

export const privacyEmail: Rule = {
  name: 'privacy-email',
  description: 'every email address is on example.com, example.net or example.org (or a subdomain), or a .test or .example domain',
  check: privacy('privacy-email', 'email', 'emails', 'address', /email$/i, isReservedEmail, 'on a reserved example domain'),
};
