// Centre codes: the four well-known codes first, then further unique 4-digit codes drawn
// from a keyed permutation of the codes that are left, so they never collide.
import { DEFAULT_CENTRE_CODES, type CentreCode, type ResolvedOptions } from '../options.ts';
import { keyOf } from './keyed-random.ts';
import { keyedPermutation } from './permutation.ts';

const CODE_SPACE = 10_000;
const RESERVED = DEFAULT_CENTRE_CODES.map(Number).sort((a, b) => a - b);

/**
 * The centre codes of a hub, in order: an explicit list as given, or `schools` codes: the
 * codes a model's document names first (if any), else the four well-known ones, then more.
 */
export function centreCodesFor(options: ResolvedOptions, named: readonly string[] = DEFAULT_CENTRE_CODES): CentreCode[] {
  if (typeof options.schools !== 'number') return [...options.schools];
  const codes: CentreCode[] = named.slice(0, options.schools);
  const extra = keyedPermutation(CODE_SPACE - RESERVED.length, keyOf(options.seed, 'centre-codes'));
  for (let k = codes.length; codes.length < options.schools; k++) {
    // Rank k among the codes that are not reserved, mapped back to the code itself.
    let code = extra(k - named.length);
    for (const reserved of RESERVED) if (code >= reserved) code++;
    const text = String(code).padStart(4, '0');
    if (!codes.includes(text)) codes.push(text);
  }
  return codes;
}
