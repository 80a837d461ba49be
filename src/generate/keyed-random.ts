// Keyed randomness: every random value in seedhub comes from a stream named by a key
// path (seed, school, collection, index, field), never from a shared sequence. So any
// record can be computed on its own, and a new field never shifts an old one.
//
// The stream is seedrandom's alea, computed here with the same arithmetic (checked
// against seedrandom in specs/generate/keyed-random.spec.ts): a stream is made for every
// field of every record, and seedrandom's wrapper adds closures a field never uses.
import type { Rng } from '../model/types.ts';

/** A source of floats in [0, 1). */
export type Next = () => number;

export type { Rng };

/** The key path of one stream; parts are joined with a separator no part contains. */
export type KeyPart = string | number;

/** The separator of key parts: the determinism contract, spelled here and nowhere else. */
const KEY_SEPARATOR = '\u001f';

/**
 * The key of a stream or a permutation: its parts joined. Every key seedhub draws from is
 * built here, so the format is one rule. A trailing `''` part makes a prefix of longer keys.
 * @example keyOf(seed, centreCode, 'students', 12, 0, 'givenName')
 */
export function keyOf(...parts: readonly KeyPart[]): string {
  return parts.join(KEY_SEPARATOR);
}

const TWO_POW_MINUS_32 = 2.3283064365386963e-10;

/** Mash's state, carried from one `mash` call to the next within one `aleaOf`. */
let mashState = 0;

/** seedrandom's Mash over `data`, continuing from `mashState`. */
function mash(data: string): number {
  let n = mashState;
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = 0.02519603282416938 * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
  }
  mashState = n;
  return (n >>> 0) * TWO_POW_MINUS_32;
}

// Alea's start: Mash of ' ' three times from Mash's initial state, the same for every key.
mashState = 0xefc8249d;
const START_S0 = mash(' ');
const START_S1 = mash(' ');
const START_S2 = mash(' ');
const START_STATE = mashState;

/**
 * The shared start of many keys (a record's key up to its field name), with Mash's state
 * after the first pass over it, worked out on first use: the first of alea's three Mash
 * passes then only reads the rest of each key.
 */
export class KeyPrefix {
  private state = -1;
  constructor(readonly text: string) {}

  /** Mash's state after the first pass over the prefix. */
  firstPass(): number {
    if (this.state < 0) {
      mashState = START_STATE;
      mash(this.text);
      this.state = mashState;
    }
    return this.state;
  }
}

/**
 * An alea stream seeded by `prefix.text + rest`: the values of `seedrandom.alea(key)`, in
 * order. Mash is seedrandom's, run three times over the key with its state carried
 * through (Mash over a + b is Mash over a, then b). The seeding runs on the first draw:
 * many fields (copies, constants) never draw, and Mash is most of the cost of a stream.
 */
export function aleaAfter(prefix: KeyPrefix | undefined, rest: string): Next {
  let seeded = false;
  let s0 = 0;
  let s1 = 0;
  let s2 = 0;
  let c = 1;
  // An anonymous arrow: tsx (esbuild keep-names) would add a defineProperty per stream to a named one.
  return () => {
    if (!seeded) {
      seeded = true;
      mashState = prefix ? prefix.firstPass() : START_STATE;
      s0 = START_S0 - mash(rest);
      if (s0 < 0) s0 += 1;
      if (prefix) mash(prefix.text);
      s1 = START_S1 - mash(rest);
      if (s1 < 0) s1 += 1;
      if (prefix) mash(prefix.text);
      s2 = START_S2 - mash(rest);
      if (s2 < 0) s2 += 1;
    }
    const t = 2091639 * s0 + c * TWO_POW_MINUS_32;
    s0 = s1;
    s1 = s2;
    return (s2 = t - (c = t | 0));
  };
}

/** An alea stream seeded by `key`: the values of `seedrandom.alea(key)`, in order. */
export function aleaOf(key: string): Next {
  return aleaAfter(undefined, key);
}

/** A fresh alea stream for one key path. */
export function keyedStream(parts: readonly KeyPart[]): Next {
  return aleaOf(keyOf(...parts));
}

const HEX = '0123456789abcdef';
const UUID_TEMPLATE = 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx';

/**
 * Wraps a stream in the `Rng` helpers (model/types.ts), the vocabulary field generators use. Methods close over `next` (so they may be
 * destructured); they are written as methods, which are cheaper to create per field.
 */
export function rngOf(next: Next): Rng {
  return {
    next,
    int(min, max) {
      return min + Math.floor(next() * (max - min + 1));
    },
    chance(p) {
      return next() < p;
    },
    pick(list) {
      return list[Math.floor(next() * list.length)] as (typeof list)[number];
    },
    weighted(pairs) {
      let total = 0;
      for (const pair of pairs) total += pair[1];
      let roll = next() * total;
      for (const [value, weight] of pairs) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return pairs[pairs.length - 1]![0];
    },
    uuid() {
      // Faker fills every `x` in order (each `int(0..15)`: floor(next × 16)), then `y`
      // (`int(8..11)`: floor(next × 4 + 8)), and writes each in hex.
      let text = '';
      for (let i = 0; i < UUID_TEMPLATE.length; i++) {
        const slot = UUID_TEMPLATE[i]!;
        text += slot === 'x' ? HEX[Math.floor(next() * 16)]! : slot;
      }
      return text.replace('y', HEX[Math.floor(next() * 4 + 8)]!);
    },
  };
}
