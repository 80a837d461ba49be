// Answers as an operation's document declares them: a request without a header the
// operation requires is refused (400), every answer carries the headers the document
// declares (the request's own value played back where it sent one, as an interaction ID
// must be), and an error answer is in the document's error schema, the problem's status,
// title and detail put where its schema keeps them. A route of no such operation passes.
import { setAt } from '../../model/api.ts';
import type { ErrorShape, Operation } from '../../model/operations.ts';
import type { Answer } from '../answer.ts';
import { CORS } from '../finish.ts';
import { problem } from '../problem.ts';
import type { RoutedRequest } from '../request.ts';
import type { Step } from '../pipeline.ts';

/** The error shape a status takes: its own, its class (`4XX`), or the default. */
const shapeFor = (errors: readonly ErrorShape[], status: number): ErrorShape | undefined =>
  errors.find((e) => e.status === String(status)) ?? errors.find((e) => e.status === `${String(status)[0]}XX`) ?? errors.find((e) => e.status === 'default');

/** A problem+json answer rewritten into the document's error schema. */
function inDocumentSchema(answer: Answer, shape: ErrorShape): Answer {
  let parsed: { type?: string; title?: string; status?: number; detail?: string };
  try {
    parsed = JSON.parse(answer.body) as typeof parsed;
  } catch {
    return answer;
  }
  const body = structuredClone(shape.body) as Record<string, unknown>;
  const code = String(parsed.type ?? '').replace(/^urn:seedhub:problem:/, '');
  for (const { path, holds } of shape.slots) {
    const value = holds === 'status' ? parsed.status : holds === 'code' ? code : holds === 'title' ? parsed.title : parsed.detail;
    // A slot typed as a number keeps a number; the status is one either way.
    setAt(body, path, holds === 'status' || typeof valueOf(shape.body, path) === 'number' ? Number(value) || answer.status : String(value ?? ''));
  }
  const text = JSON.stringify(body);
  return { ...answer, headers: { ...answer.headers, 'content-type': shape.mediaType }, body: text, bytes: Buffer.byteLength(text) };
}

/** The value at a dotted path (array indices included) of a body. */
function valueOf(body: unknown, path: string): unknown {
  let value = body;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}

/** The headers the operation declares for this request's answer. */
function declaredHeaders(operation: Operation, request: RoutedRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { name, value } of operation.headers ?? []) out[name] = request.headers[name] ?? value;
  if (Object.keys(out).length > 0) out['access-control-expose-headers'] = `${CORS['access-control-expose-headers']}, ${Object.keys(out).join(', ')}`;
  return out;
}

/** Each answer of an operation as its document declares it. */
export function asDeclared(): Step {
  return (request, _context, next) => {
    const { route } = request;
    const operation = route.kind === 'collection' || route.kind === 'item' ? route.operation : undefined;
    if (!operation || request.method === 'OPTIONS' || (!operation.requires && !operation.headers && !operation.errors)) return next();
    const missing = operation.requires?.find((name) => request.headers[name] === undefined);
    const answer = missing
      ? problem({ kind: 'missing-header', status: 400, detail: `This operation requires the request header ${missing}.`, extra: { header: missing } })
      : next();
    const shape = answer.status >= 400 && /problem\+json/.test(answer.headers['content-type'] ?? '') ? shapeFor(operation.errors ?? [], answer.status) : undefined;
    const shaped = shape ? inDocumentSchema(answer, shape) : answer;
    return { ...shaped, headers: { ...shaped.headers, ...declaredHeaders(operation, request) } };
  };
}
