// Reading a hub's OpenAPI document: JSON or YAML text, checked against the OpenAPI schema,
// and its local `$ref`s resolved. Every problem is one `OpenApiError` line that names the
// JSON pointer where it is.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { OpenApiError } from '../errors.ts';

export type OpenApiInput = Record<string, unknown>;

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/** The text of a document as an object: JSON, or YAML. */
export function parseOpenApi(text: string, file = 'the OpenAPI document'): OpenApiInput {
  let parsed: unknown;
  try {
    parsed = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new OpenApiError(`Failed to read ${file}: it is neither JSON nor YAML (${(error as Error).message.split('\n')[0]}).`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new OpenApiError(`Failed to read ${file} at #: it is not an object.`);
  return parsed as OpenApiInput;
}

/** Reads, parses and validates a document file against the OpenAPI schema (2.0 is refused: 3.x only). */
export async function loadOpenApi(file: string): Promise<OpenApiInput> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OpenApiError(`Failed to read ${file}: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
  }
  const document = parseOpenApi(text, file);
  checkRefs(document, document, '#', file);
  await validateOpenApi(document, file);
  return document;
}

/** Every `$ref` of a document resolves to a local target; throws naming the first that does not. */
export function checkRefs(document: OpenApiInput, value: unknown, at: string, file = 'the OpenAPI document'): void {
  if (typeof value !== 'object' || value === null) return;
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkRefs(document, item, `${at}/${i}`, file));
    return;
  }
  const object = value as Record<string, unknown>;
  if (typeof object.$ref === 'string') {
    const ref = object.$ref;
    if (!ref.startsWith('#')) throw new OpenApiError(`Failed to read ${file} at ${at}/$ref: "${ref}" is not a local reference (only "#/..." references are read).`);
    if (pointerTo(document, ref) === undefined) throw new OpenApiError(`Failed to read ${file} at ${at}/$ref: "${ref}" does not resolve.`);
  }
  for (const [key, inner] of Object.entries(object)) checkRefs(document, inner, `${at}/${escape(key)}`, file);
}

/** Checks a document against the OpenAPI 3.x schema; throws naming the first place that breaks it. */
export async function validateOpenApi(document: OpenApiInput, file = 'the OpenAPI document'): Promise<void> {
  if (document.openapi === undefined && document.swagger !== undefined) {
    throw new OpenApiError(`Failed to read ${file} at #/swagger: ${JSON.stringify(document.swagger)} is Swagger 2.0, not OpenAPI 3.0 or 3.1; convert it first (swagger2openapi does).`);
  }
  const version = typeof document.openapi === 'string' ? document.openapi : undefined;
  if (!version || !/^3\.[01]\./.test(version)) {
    throw new OpenApiError(`Failed to read ${file} at #/openapi: ${JSON.stringify(document.openapi ?? null)} is not an OpenAPI 3.0 or 3.1 version.`);
  }
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  const result = await new Validator().validate(structuredClone(document) as Parameters<InstanceType<typeof Validator>['validate']>[0]);
  if (!result.valid) {
    const errors = (Array.isArray(result.errors) ? result.errors : []) as { instancePath?: string; message?: string }[];
    const first = errors.find((e) => e.instancePath) ?? errors[0];
    throw new OpenApiError(`Failed to read ${file} at #${first?.instancePath ?? ''}: ${first?.message ?? 'it is not a valid OpenAPI document'}.`);
  }
}

/** The value at a local JSON pointer (`#/components/schemas/Learner`), or undefined. */
export function pointerTo(document: unknown, ref: string): unknown {
  let value = document;
  for (const part of ref.replace(/^#\/?/, '').split('/').filter(Boolean).map(unescape)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * A copy of `value` with every local `$ref` replaced by what it points at. Keywords beside
 * a `$ref` (an `x-seedhub-ref`, a description) are kept over the target's. A `$ref` that does
 * not resolve, or is not local, is an error naming where it is; a cycle stops at its second visit.
 */
export function resolveRefs(document: OpenApiInput, value: unknown, at: string, seen: readonly string[] = []): unknown {
  if (Array.isArray(value)) return value.map((item, i) => resolveRefs(document, item, `${at}/${i}`, seen));
  if (typeof value !== 'object' || value === null) return value;
  const object = value as Record<string, unknown>;
  if (typeof object.$ref === 'string') {
    const ref = object.$ref;
    if (!ref.startsWith('#')) throw new OpenApiError(`Failed to read the OpenAPI document at ${at}/$ref: "${ref}" is not a local reference (only "#/..." references are read).`);
    const target = pointerTo(document, ref);
    if (target === undefined) throw new OpenApiError(`Failed to read the OpenAPI document at ${at}/$ref: "${ref}" does not resolve.`);
    const { $ref: _ref, ...beside } = object;
    if (seen.includes(ref)) return { type: 'object', ...beside };
    const resolved = resolveRefs(document, target, ref, [...seen, ref]) as Record<string, unknown>;
    return { ...resolved, ...resolveRefs(document, beside, at, seen) as object };
  }
  return Object.fromEntries(Object.entries(object).map(([key, inner]) => [key, resolveRefs(document, inner, `${at}/${escape(key)}`, seen)]));
}
