// OneRoster's filter expressions, read and judged: `field op 'value'` predicates joined by
// AND and OR (AND binds tighter), where op is one of = != > >= < <= ~ (~ is "contains", case
// ignored). A field holding several values (an array, references) matches when one of them
// does; `!=` when none equals. Values that are both numbers compare as numbers, others as
// text (ISO dates compare in time order as text). An expression is bounded in length and in
// predicates, and one that does not read is an error that says where.

/** A predicate of an expression. */
export interface Predicate {
  field: string;
  op: '=' | '!=' | '>' | '>=' | '<' | '<=' | '~';
  value: string;
}

/** An expression: predicates ANDed within each group, the groups ORed. */
export type Expression = Predicate[][];

/** Characters an expression may have, and predicates, at most. */
export const FILTER_LIMITS = { length: 2000, predicates: 16 } as const;

const PREDICATE = /^\s*([A-Za-z_][\w.]*)\s*(!=|>=|<=|=|>|<|~)\s*'((?:[^']|'')*)'\s*/;
const JOIN = /^(AND|OR)(?=\s)/;

/**
 * An expression parsed, or a sentence saying what is wrong with it.
 * @example parseFilter("status='active' AND grades='09'")
 */
export function parseFilter(text: string): Expression | string {
  if (text.length > FILTER_LIMITS.length) return `is longer than ${FILTER_LIMITS.length} characters`;
  const groups: Expression = [[]];
  let rest = text;
  let count = 0;
  for (;;) {
    const match = PREDICATE.exec(rest);
    if (!match) return `does not read as field op 'value' at "${rest.slice(0, 40)}" (op is one of = != > >= < <= ~, the value in single quotes)`;
    if (++count > FILTER_LIMITS.predicates) return `has more than ${FILTER_LIMITS.predicates} predicates`;
    groups.at(-1)!.push({ field: match[1]!, op: match[2] as Predicate['op'], value: match[3]!.replace(/''/g, "'") });
    rest = rest.slice(match[0].length);
    if (rest === '') return groups;
    const join = JOIN.exec(rest);
    if (!join) return `has "${rest.slice(0, 40)}" where AND or OR should be`;
    if (join[1] === 'OR') groups.push([]);
    rest = rest.slice(join[0].length);
  }
}

const NUMBER = /^-?\d+(\.\d+)?$/;

/** -1, 0 or 1: as numbers when both are, else as text. */
function compare(a: string, b: string): number {
  if (NUMBER.test(a) && NUMBER.test(b)) return Math.sign(Number(a) - Number(b));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether values `held` (a record's field) satisfy one predicate. */
function holds(held: readonly string[], { op, value }: Predicate): boolean {
  switch (op) {
    case '=':
      return held.some((v) => compare(v, value) === 0);
    case '!=':
      return !held.some((v) => compare(v, value) === 0);
    case '~':
      return held.some((v) => v.toLowerCase().includes(value.toLowerCase()));
    case '>':
      return held.some((v) => compare(v, value) > 0);
    case '>=':
      return held.some((v) => compare(v, value) >= 0);
    case '<':
      return held.some((v) => compare(v, value) < 0);
    default:
      return held.some((v) => compare(v, value) <= 0);
  }
}

/** Whether a record satisfies an expression, given how to read a field's values from it. */
export function satisfies(expression: Expression, valuesAt: (field: string) => readonly string[]): boolean {
  return expression.some((group) => group.every((predicate) => holds(valuesAt(predicate.field), predicate)));
}

export { compare as compareValues };
