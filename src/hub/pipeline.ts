// One request pipeline for every transport. A request is parsed once into a routed request;
// the steps act on it in order, each may answer it or hand it on (`next`) and change what
// comes back; the core answer (core.ts) is the last; `finish` writes status, headers and
// body once. What runs after the finish (the request log) registers with `context.finished`.
// The steps of a test (door, log, auth, faults, answer overrides, record overrides) are
// listed in session.ts; docs/architecture.md shows the order.
import type { Dataset } from '../generate/dataset.ts';
import type { Answer } from './answer.ts';
import { createCore, type Core, type CoreOptions, type CoreView } from './core.ts';
import { finish } from './finish.ts';
import { asDeclared } from './steps/as-declared.ts';
import { security } from './steps/security.ts';
import { routeRequest, type RoutedRequest } from './request.ts';
import type { Handle, HubResponse } from './types.ts';

/** What the steps of one request share: what they ask of the core, and what runs once it is finished. */
export interface StepContext extends CoreView {
  finished: ((response: HubResponse, answer: Answer) => void)[];
}

/** One step: answer `request` itself, or hand it on with `next()` and return (or change) what that gives. */
export type Step = (request: RoutedRequest, context: StepContext, next: () => Answer) => Answer;

/** A handler that runs `steps`, then the core answer, then the finish. */
export function pipeline(core: Core, steps: readonly Step[] = []): Handle {
  return (raw) => {
    const request = routeRequest(core.dataset, raw);
    const context: StepContext = { finished: [] };
    const run = (at: number): Answer => (at < steps.length ? steps[at]!(request, context, () => run(at + 1)) : core.answer(request, context));
    const answer = run(0);
    const response = finish(answer, request);
    for (const done of context.finished) done(response, answer);
    return response;
  };
}

/** The core of each handler made by `createHandler`, for `cacheStatsOf`. */
const cores = new WeakMap<Handle, Core>();

export type HandlerOptions = CoreOptions;

/**
 * The hub's request handler over a dataset: the core answer, finished, with no scenario; what
 * its document declares (security, headers, error schemas) is checked and kept.
 * @example const handle = createHandler(createDataset()); handle({ method: 'GET', url: '/' })
 */
export function createHandler(dataset: Dataset, options: HandlerOptions = {}): Handle {
  const core = createCore(dataset, options);
  // What the document declares is the hub's own, scenario or not.
  const handle = pipeline(core, [asDeclared(), security(dataset, () => true)]);
  cores.set(handle, core);
  return handle;
}

/** How many answers a handler keeps, and their size in characters (keys and overhead counted). */
export function cacheStatsOf(handle: Handle): { entries: number; size: number } | undefined {
  return cores.get(handle)?.stats;
}
