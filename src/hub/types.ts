// The hub's request and response: plain objects, so every transport translates the same way.

export interface HubRequest {
  method: string;
  /** The path and query, e.g. `/qt_student/school-api/schools/1690/students?navigationPage=1`. */
  url: string;
  headers?: Readonly<Record<string, string | undefined>>;
}

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
