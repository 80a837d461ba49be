// The hub's bounded cache: least recently used values by key, bounded by their total cost
// (characters, keys and overhead counted) and their number. Answers are deterministic, so a
// cached value is the same bytes as a fresh one; the bounds only trade memory for speed.

/** What an entry costs beside its value and key: its bookkeeping, roughly. */
const ENTRY_OVERHEAD = 400;

/** A cache key from its parts: `cacheKey('records', '4650', 'students', 256)`. */
export function cacheKey(...parts: readonly (string | number)[]): string {
  return parts.join('\u0000');
}

export class Lru<V> {
  private readonly entries = new Map<string, { value: V; cost: number; used: number }>();
  private size = 0;
  /** Counts every set and refresh: an entry's `used` says how recently it moved to the back. */
  private clock = 0;

  /** At most `limit` in cost and `most` entries; a limit of 0 keeps nothing. */
  constructor(private readonly limit: number, private readonly most: number) {}

  get(key: string): V | undefined {
    const found = this.entries.get(key);
    if (!found) return undefined;
    // Moved to the back (most recent) only from the older half: a hit on a recent entry
    // costs a lookup, not a delete and an insert, and eviction order stays nearly LRU.
    if (this.clock - found.used > this.entries.size >> 1) {
      this.entries.delete(key);
      this.entries.set(key, found);
      found.used = ++this.clock;
    }
    return found.value;
  }

  set(key: string, value: V, cost: number): void {
    const total = cost + key.length + ENTRY_OVERHEAD;
    if (total > this.limit || this.most < 1) return;
    this.remove(key);
    this.entries.set(key, { value, cost: total, used: ++this.clock });
    this.size += total;
    this.evict();
  }

  /** Counts more cost against a value already held (a block of records that filled in). */
  grow(key: string, delta: number): void {
    const found = this.entries.get(key);
    if (!found) return;
    found.cost += delta;
    this.size += delta;
    this.evict();
  }

  get stats(): { entries: number; size: number } {
    return { entries: this.entries.size, size: this.size };
  }

  private remove(key: string): void {
    const found = this.entries.get(key);
    if (!found) return;
    this.entries.delete(key);
    this.size -= found.cost;
  }

  private evict(): void {
    for (const [oldest] of this.entries) {
      if (this.size <= this.limit && this.entries.size <= this.most) break;
      this.remove(oldest);
    }
  }
}
