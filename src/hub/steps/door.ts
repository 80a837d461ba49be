// The test's door: once its test has ended, nothing is answered for it, so a request that
// comes late (a connection still open, an app server still running) never lands in the
// next test's hub or log.
import { problem } from '../problem.ts';
import type { Step } from '../pipeline.ts';

/** Answers 410 once `ended()` says the test `testId` is over. */
export function door(testId: string, ended: () => boolean): Step {
  return (_request, _context, next) =>
    ended()
      ? problem({ kind: 'test-ended', status: 410, detail: `The test that owned this address (${testId}) has ended; a request that comes after its test is answered by no hub.` })
      : next();
}
