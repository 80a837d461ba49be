// How the matchers tell what they found: the first few findings in the message, all of
// them attached to the test's report.
import { test, type MatcherReturnType } from '@playwright/test';
import type { Finding } from '../consistency/types.ts';

/** Findings shown in a failure message; the rest are in the attachment. */
export const SHOWN_FINDINGS = 5;

export function listFindings(findings: readonly Finding[]): string {
  const shown = findings.slice(0, SHOWN_FINDINGS).map((f) => `  ${f.message}`);
  const more = findings.length > SHOWN_FINDINGS ? [`  ... and ${findings.length - SHOWN_FINDINGS} more (attached as seedhub-findings.json)`] : [];
  return [...shown, ...more].join('\n');
}

/** Attaches every finding to the running test's report, when there is a running test. Synchronous, so sync matchers can use it. */
export function attachFindings(name: string, findings: readonly Finding[]): void {
  if (findings.length === 0) return;
  try {
    test.info().attachments.push({ name, body: Buffer.from(JSON.stringify(findings, null, 2)), contentType: 'application/json' });
  } catch {
    // Outside a test (a script using seedhub's expect) there is no report to attach to.
  }
}

/** `n noun` or `n nouns`. */
export const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** A matcher's result over findings: it passes when there are none. */
export function findingsResult(args: {
  name: string;
  /** How the call reads, e.g. `expect(hub).toHaveConsistentIds()`; `.not` is inserted. */
  call: [receiver: string, args: string];
  findings: readonly Finding[];
  /** What a finding is called, and where they were looked for. */
  noun: string;
  scope: string;
  /** What a `.not` failure says. */
  noneFound: string;
}): MatcherReturnType {
  const { name, call, findings, noun, scope, noneFound } = args;
  const pass = findings.length === 0;
  return {
    pass,
    name,
    expected: 0,
    actual: findings.length,
    message: () =>
      pass
        ? `${call[0]}.not.${name}(${call[1]})\n\n${noneFound}`
        : `${call[0]}.${name}(${call[1]})\n\n${plural(findings.length, noun)} in ${scope}:\n${listFindings(findings)}`,
  };
}
