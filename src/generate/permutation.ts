// A keyed permutation of [0, n): a small Feistel network with cycle walking. IDs that
// must be unique (enrolment numbers, staff IDs, extra centre codes) are the image of an
// index under it: unique by construction, random-looking, and computed in O(1).
import { hash32 } from '../model/internal/hash.ts';
import { keyOf } from './keyed-random.ts';

const ROUNDS = 4;

/** Mixes a 32-bit value (murmur3's finaliser). */
function mix(x: number): number {
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** Builds the permutation of [0, n) named by `key`; `permute(i)` is unique for each i < n. */
export function keyedPermutation(n: number, key: string): (index: number) => number {
  let halfBits = 1;
  while (2 ** (2 * halfBits) < n) halfBits++;
  const half = 2 ** halfBits;
  const mask = half - 1;
  const keys = Array.from({ length: ROUNDS }, (_, round) => hash32(keyOf(key, round)));
  const encrypt = (value: number): number => {
    // Arithmetic, not bit operators, on the whole value: n may exceed 2^32 (EQ IDs span 10^10).
    let left = Math.floor(value / half);
    let right = value % half;
    for (const roundKey of keys) {
      const next = (left ^ mix(right ^ roundKey)) & mask;
      left = right;
      right = next;
    }
    return left * half + right;
  };
  return (index) => {
    if (!Number.isInteger(index) || index < 0 || index >= n) {
      throw new RangeError(`[seedhub] Failed to permute ${index}: it is outside [0, ${n}).`);
    }
    // Cycle walking: the network permutes [0, 4^halfBits); stepping again until the value
    // falls inside [0, n) keeps it a permutation of [0, n).
    let value = encrypt(index);
    while (value >= n) value = encrypt(value);
    return value;
  };
}
