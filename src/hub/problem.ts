// RFC 9457 problem details: every error the hub answers is built here.
import { REQUEST_BODY_LIMIT, type HubResponse } from './types.ts';

/** Problem types are URNs: stable names, not web pages that might not exist. */
export const PROBLEM_TYPE_BASE = 'urn:seedhub:problem:';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  401: 'Unauthorized',
  403: 'Forbidden',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  410: 'Gone',
  413: 'Content Too Large',
  417: 'Expectation Failed',
  431: 'Request Header Fields Too Large',
  503: 'Service Unavailable',
  500: 'Internal Server Error',
};

export interface Problem {
  /** A short kebab-case name: the last segment of the problem's `type` URI. */
  kind: string;
  status: number;
  detail: string;
  /** Extra members, e.g. the offending parameter. */
  extra?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * An `application/problem+json` answer with `type`, `title`, `status` and `detail`. Like
 * every answer it gets its CORS headers and length when it is finished (finish.ts).
 */
export function problem({ kind, status, detail, extra, headers }: Problem): HubResponse {
  const body = { type: `${PROBLEM_TYPE_BASE}${kind}`, title: TITLES[status] ?? 'Error', status, detail, ...extra };
  return { status, headers: { 'content-type': 'application/problem+json', ...headers }, body: JSON.stringify(body) };
}

/** The 413 problem of a request body longer than a transport reads. */
export const tooLarge = (): HubResponse => problem({ kind: 'content-too-large', status: 413, detail: `The request body is longer than ${REQUEST_BODY_LIMIT} bytes, which is as much as the hub reads.` });
