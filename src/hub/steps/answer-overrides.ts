// Whole answers a test put in place of the hub's, for a path or a pattern of path and query:
// the last one that matches answers, as given.
import type { Answer } from '../answer.ts';
import type { Step } from '../pipeline.ts';
import type { AnswerOverride } from '../scenario-options.ts';

function replacement(override: AnswerOverride, raw: Parameters<Extract<AnswerOverride['answer'], Function>>[0]): Answer {
  const given = typeof override.answer === 'function' ? override.answer(raw) : override.answer;
  const body = typeof given.body === 'string' ? given.body : JSON.stringify(given.body ?? null);
  const type = typeof given.body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8';
  return { status: given.status ?? 200, headers: { 'content-type': type, ...given.headers }, body };
}

/** Answers from `overrides()`, the last that matches the request first. */
export function answerOverrides(overrides: () => readonly AnswerOverride[]): Step {
  return (request, _context, next) => {
    const found = overrides().findLast((o) => (typeof o.path === 'string' ? o.path === request.path : o.path.test(request.target)));
    return found ? replacement(found, request.raw) : next();
  };
}
