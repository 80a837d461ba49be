// Keyed randomness: every random value in seedhub comes from a stream named by a key
// path (seed, school, collection, index, field), never from a shared sequence. So any
// record can be computed on its own, and a new field never shifts an old one.
import seedrandom from 'seedrandom';

/** A source of floats in [0, 1). */
export type Next = () => number;

/** The key path of one stream; parts are joined with a separator no part contains. */
export type KeyPart = string | number;

/** A fresh seedrandom (alea) stream for one key path. */
export function keyedStream(parts: readonly KeyPart[]): Next {
  const alea = seedrandom.alea(parts.join('\u001f'));
  return () => alea();
}

/** Small helpers over a stream, the vocabulary that field generators use. */
export interface Rng {
  next: Next;
  /** A whole number in [min, max]. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** One item of `[value, weight]` pairs, by weight. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
}

/** Wraps a stream in the `Rng` helpers. */
export function rngOf(next: Next): Rng {
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => list[int(0, list.length - 1)] as (typeof list)[number],
    weighted(pairs) {
      const total = pairs.reduce((sum, [, weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [value, weight] of pairs) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return pairs[pairs.length - 1]![0];
    },
  };
}
