// The hub's request and response: plain objects, so every transport translates the same way.

export interface HubRequest {
  method: string;
  /** The path and query, e.g. `/qt_student/school-api/schools/1690/students?navigationPage=1`. */
  url: string;
  headers?: Readonly<Record<string, string | undefined>>;
  /** The request's body as UTF-8 text, when it has one (a token request's form); at most `REQUEST_BODY_LIMIT` bytes. */
  body?: string;
}

/** Bytes of a request body a transport reads at most; a longer one is answered 413. */
export const REQUEST_BODY_LIMIT = 1_048_576;

export interface HubResponse {
  status: number;
  headers: Record<string, string>;
  /** The exact bytes to send, as UTF-8 text; empty for HEAD. */
  body: string;
  /** For the transport (a scenario's latency): wait this long before answering. */
  delayMs?: number;
  /** For the transport (a scenario's fault): reset the connection instead of answering. */
  reset?: boolean;
}

/** The request handler every transport calls. */
export type Handle = (request: HubRequest) => HubResponse;
