// What the steps of the pipeline hand back before it is finished: a status, the answer's own
// headers and its body, and what the finish needs to know that only the step that made it
// knows (its length when already counted, its entity tag when it is the hub's deterministic
// data, what a scenario did to it). `finish.ts` turns it into the transport's response.
import type { HubResponse } from './types.ts';

export const JSON_TYPE = 'application/json; charset=utf-8';

export interface Answer extends HubResponse {
  /** The body's length in UTF-8 bytes, when the step already counted it. */
  bytes?: number;
  /** A strong entity tag: the answer is the hub's data, to be revalidated by it (`304`). */
  etag?: string;
  /** What a scenario did to this request, for the request log. */
  effects?: { latencyMs?: number; reset?: boolean; fault?: boolean };
}

/** A 200 answer of JSON. */
export function json(body: unknown): Answer {
  return { status: 200, headers: { 'content-type': JSON_TYPE }, body: JSON.stringify(body) };
}
