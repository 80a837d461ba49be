// The code sets values are checked against, by field name: whole SIF AU code sets, so a
// hub that uses valid codes seedhub itself never picks gets no finding.
import { FIELD_CODE_SETS, FOUR_DIGIT_FIELDS, NESTED_CODE_SETS } from '../../model/vocab/code-fields.ts';
import { SIF_CODE_SETS, type CodeSetName } from '../../model/vocab/sif-codesets.ts';

const codes = (set: CodeSetName): readonly string[] => Object.keys(SIF_CODE_SETS[set]);

/** Allowed values of a field, by the field's name, wherever it appears. */
export const CODE_SETS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries(FIELD_CODE_SETS).map(([field, set]) => [field, codes(set)]),
);

/** Code sets of fields inside lists: `phones[].type` and so on. */
export const NESTED_CODE_SETS_ALLOWED: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = Object.fromEntries(
  Object.entries(NESTED_CODE_SETS).map(([list, fields]) => [list, Object.fromEntries(Object.entries(fields).map(([key, set]) => [key, codes(set)]))]),
);

export { FOUR_DIGIT_FIELDS };
