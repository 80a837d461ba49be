// How deep a parsed input nests, found without recursion, so that a document or golden
// nested thousands of levels deep is a one-line refusal and never a stack overflow in
// whatever reads it next.

/** Levels of nesting an input (a document, a golden, a record) may have. */
export const MAX_DEPTH = 128;

/** The depth of `value` (a scalar is 0), or `MAX_DEPTH + 1` as soon as it is deeper than `MAX_DEPTH`. */
export function depthOf(value: unknown, limit = MAX_DEPTH): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== 'object' || current === null) continue;
    const level = depth + 1;
    if (level > limit) return limit + 1;
    if (level > deepest) deepest = level;
    for (const inner of Array.isArray(current) ? current : Object.values(current)) if (typeof inner === 'object' && inner !== null) stack.push([inner, level]);
  }
  return deepest;
}
