// Centre codes: the four well-known codes first, then further unique 4-digit codes drawn
// from a keyed permutation of the codes that are left, so they never collide.
import { DEFAULT_CENTRE_CODES, type CentreCode, type ResolvedOptions } from '../options.ts';
import { keyedPermutation } from './permutation.ts';

const CODE_SPACE = 10_000;
const RESERVED = DEFAULT_CENTRE_CODES.map(Number).sort((a, b) => a - b);

/** The centre codes of a hub, in order: an explicit list as given, or `schools` codes. */
export function centreCodesFor(options: ResolvedOptions): CentreCode[] {
  if (typeof options.schools !== 'number') return [...options.schools];
  const codes: CentreCode[] = DEFAULT_CENTRE_CODES.slice(0, options.schools);
  const extra = keyedPermutation(CODE_SPACE - RESERVED.length, `${options.seed}\u001fcentre-codes`);
  for (let k = codes.length; k < options.schools; k++) {
    // Rank k among the codes that are not reserved, mapped back to the code itself.
    let code = extra(k - DEFAULT_CENTRE_CODES.length);
    for (const reserved of RESERVED) if (code >= reserved) code++;
    codes.push(String(code).padStart(4, '0'));
  }
  return codes;
}
