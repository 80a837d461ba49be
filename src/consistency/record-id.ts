// How findings name a record: its owner's ID, and its own ID when it has one.
import type { Row } from './types.ts';

/** Fields that identify a record itself rather than its owner, most specific first. */
const OWN_ID = /^(?!refId$|eqId$|enrolmentId$|staffId$)[a-z]+Id$/;

/** `4650123456`, or `4650123456 F-4650-123456-1` for a record with an ID of its own. */
export function recordId(record: Row): string {
  const owner = record.enrolmentId ?? record.staffId;
  const own = Object.keys(record).find((key) => OWN_ID.test(key) && typeof record[key] === 'string');
  const parts = [owner, own ? record[own] : undefined].filter((part) => part !== undefined && part !== null);
  return parts.length > 0 ? parts.map(String).join(' ') : JSON.stringify(record).slice(0, 60);
}

/** The message prefix of a finding: `1690 /parents page 3`. */
export function where(centreCode: string, endpoint: string, page?: number): string {
  return `${centreCode} /${endpoint}${page === undefined ? '' : ` page ${page}`}`;
}
