// `expect(rows).toMatchHub(hub, { idField: 'enrolmentId' })`: what a system under test
// made of the hub's data (rows it displayed, exported or stored) agrees with the hub.
import type { MatcherReturnType } from '@playwright/test';
import { compareWithHub, type CompareOptions } from '../consistency/compare.ts';
import type { Row } from '../consistency/types.ts';
import type { Dataset } from '../generate/dataset.ts';
import { attachFindings, findingsResult } from './report.ts';

interface MatcherContext {
  isNot: boolean;
  utils: { printReceived(value: unknown): string };
}

export function toMatchHub(this: MatcherContext, rows: readonly Row[], hub: { dataset: Dataset }, options: CompareOptions): MatcherReturnType {
  const name = 'toMatchHub';
  if (!Array.isArray(rows)) {
    return { pass: this.isNot, name, message: () => `expect(rows).${name}(hub)\n\nExpected an array of rows, received ${this.utils.printReceived(rows)}` };
  }
  const findings = compareWithHub(hub.dataset, rows, options);
  if (!this.isNot) attachFindings('seedhub-sut-findings.json', findings);
  const scope = `${rows.length} rows by ${options.idField}${options.centreCode ? ` of ${options.centreCode}` : ''}`;
  return findingsResult({ name, call: ['expect(rows)', 'hub'], findings, noun: 'difference', scope, noneFound: `Expected differences, but ${scope} agree with the hub.` });
}
