// Reading a hub's OpenAPI document: JSON or YAML text; Swagger 2.0 converted to OpenAPI 3.0
// (swagger2openapi); checked against the OpenAPI schema, where the small slips real
// documents have (a property schema wrapped in a stray `schema:`, a templated token URL, a
// keyword the schema does not allow) are repaired or kept, each a warning naming its JSON
// pointer; and its local `$ref`s resolved. What makes a document unservable (not JSON or
// YAML, no OpenAPI version, a `$ref` that does not resolve) is one `OpenApiError` line that
// names the JSON pointer and the real cause.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml, parseDocument } from 'yaml';
import { MAX_DEPTH, depthOf } from '../depth.ts';
import { OpenApiError } from '../errors.ts';

export type OpenApiInput = Record<string, unknown>;

const escape = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

/**
 * The text of a document as an object: JSON, or YAML. YAML that breaks a rule in a place
 * or two (an unquoted description with a colon in it, as real documents have) is read as
 * far as it parses, each place a warning given to `warn`.
 */
export function parseOpenApi(text: string, file = 'the OpenAPI document', warn: (line: string) => void = () => {}): OpenApiInput {
  if (text.length > MAX_DOCUMENT_CHARS) throw new OpenApiError(`Failed to read ${file}: it is ${text.length.toLocaleString('en-AU')} characters, more than the ${MAX_DOCUMENT_CHARS.toLocaleString('en-AU')} seedhub reads.`);
  let parsed: unknown;
  try {
    parsed = text.trimStart().startsWith('{') ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    if (error instanceof RangeError) throw new OpenApiError(`Failed to read ${file}: it nests deeper than ${MAX_DEPTH} levels, which is as deep as seedhub reads.`);
    const lenient = text.trimStart().startsWith('{') ? undefined : parseDocument(text, { strict: false });
    const read = lenient?.toJS() as unknown;
    const usable = typeof read === 'object' && read !== null && !Array.isArray(read) && typeof (read as OpenApiInput).paths === 'object';
    if (!lenient || !usable) throw new OpenApiError(`Failed to read ${file}: it is neither JSON nor YAML (${(error as Error).message.split('\n')[0]}).`);
    // One warning per place: the parser may say two things of one slip.
    const places = new Map<string, string>();
    for (const slip of lenient.errors) {
      const message = (slip.message.split('\n')[0] ?? '').replace(/:$/, '');
      const place = /at line \d+, column \d+/.exec(message)?.[0] ?? message;
      if (!places.has(place)) places.set(place, message);
    }
    for (const message of [...places.values()].slice(0, MAX_SLIPS)) warn(`[seedhub] Warning: ${file}: ${message}; read as far as it parses`);
    parsed = read;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new OpenApiError(`Failed to read ${file} at #: it is not an object.`);
  if (depthOf(parsed) > MAX_DEPTH) throw new OpenApiError(`Failed to read ${file}: it nests deeper than ${MAX_DEPTH} levels, which is as deep as seedhub reads.`);
  return parsed as OpenApiInput;
}

/**
 * Reads, parses and checks a document file: Swagger 2.0 is converted to OpenAPI 3.0, and
 * each slip `validateOpenApi` finds is a warning, given to `warn`.
 */
export async function loadOpenApi(file: string, warn: (line: string) => void = () => {}): Promise<OpenApiInput> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new OpenApiError(`Failed to read ${file}: ${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}.`);
  }
  let document = parseOpenApi(text, file, warn);
  if (document.openapi === undefined && document.swagger !== undefined) {
    document = await fromSwagger2(document, file);
    warn(`[seedhub] Warning: ${file} is Swagger ${JSON.stringify(document['x-seedhub-converted-from'])}: read as OpenAPI ${String(document.openapi)}, converted by swagger2openapi.`);
  }
  checkRefs(document, document, '#', file);
  for (const slip of await validateOpenApi(document, file)) warn(`[seedhub] Warning: ${file} at ${slip}`);
  return document;
}

/** A Swagger 2.0 document as OpenAPI 3.0, by swagger2openapi (loaded only for such a document). */
async function fromSwagger2(document: OpenApiInput, file: string): Promise<OpenApiInput> {
  if (document.swagger !== '2.0') throw new OpenApiError(`Failed to read ${file} at #/swagger: ${JSON.stringify(document.swagger)} is not Swagger 2.0 (nor OpenAPI 3.0 or 3.1).`);
  const name = 'swagger2openapi';
  const { convertObj } = (await import(name)) as { convertObj(doc: unknown, options: object): Promise<{ openapi: OpenApiInput }> };
  try {
    const { openapi } = await convertObj(structuredClone(document), { patch: true, warnOnly: true, resolveInternal: false });
    return { ...openapi, 'x-seedhub-converted-from': document.swagger };
  } catch (error) {
    throw new OpenApiError(`Failed to read ${file}: it is Swagger 2.0, and converting it to OpenAPI 3.0 failed (${(error as Error).message.split('\n')[0]}).`);
  }
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

/** Characters of a document seedhub reads at most (16 MiB of text; the largest real ones are a few hundred KB). */
export const MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

/** Slips found per document at most: the rest are counted in the last one. */
const MAX_SLIPS = 8;

/**
 * Checks a document against the OpenAPI 3.x schema. A wrong or missing version, or no paths,
 * is an `OpenApiError`; every other place that breaks the schema is repaired where the slip
 * is a known one (a property schema wrapped in `schema:`), and returned as a slip to warn
 * of (`#/components/schemas/user/properties/userIds: …`), since seedhub can still serve it.
 */
export async function validateOpenApi(document: OpenApiInput, file = 'the OpenAPI document'): Promise<string[]> {
  if (document.openapi === undefined && document.swagger !== undefined) {
    throw new OpenApiError(`Failed to read ${file} at #/swagger: ${JSON.stringify(document.swagger)} is Swagger 2.0; read it with loadOpenApi, which converts it, or convert it first (swagger2openapi does).`);
  }
  const version = typeof document.openapi === 'string' ? document.openapi : undefined;
  if (!version || !/^3\.[01]\./.test(version)) {
    throw new OpenApiError(`Failed to read ${file} at #/openapi: ${JSON.stringify(document.openapi ?? null)} is not an OpenAPI 3.0 or 3.1 version.`);
  }
  if (typeof document.paths !== 'object' || document.paths === null || Array.isArray(document.paths)) throw new OpenApiError(`Failed to read ${file} at #/paths: it has no paths.`);
  const slips = [...repairWrappedSchemas(document), ...repairSplitDescriptions(document)];
  const { Validator } = await import('@seriousme/openapi-schema-validator');
  const result = await new Validator().validate(structuredClone(document) as Parameters<InstanceType<typeof Validator>['validate']>[0]);
  if (!result.valid) {
    const errors = (Array.isArray(result.errors) ? result.errors : []) as { instancePath?: string; message?: string; params?: Record<string, unknown> }[];
    // The deepest place of each slip says its real cause (a `tokenUrl` that is no URL), not
    // the schemas around it that it therefore fails (`must have required property '$ref'`).
    const paths = errors.map((e) => e.instancePath ?? '');
    const seen = new Set<string>();
    for (const error of errors) {
      const at = `#${error.instancePath ?? ''}`;
      if (seen.has(at) || paths.some((p) => p.startsWith(`${error.instancePath ?? ''}/`))) continue;
      seen.add(at);
      const detail = error.params?.additionalProperty ? ` (${String(error.params.additionalProperty)})` : '';
      slips.push(`${at}: ${error.message ?? 'it breaks the OpenAPI schema'}${detail}; seedhub reads it as it is`);
    }
  }
  return slips.length > MAX_SLIPS ? [...slips.slice(0, MAX_SLIPS - 1), `… and ${slips.length - MAX_SLIPS + 1} more places that break the OpenAPI schema`] : slips;
}

/**
 * A property whose schema is wrapped in a stray `schema:` (`userIds: { schema: { type: array } }`),
 * unwrapped in place; returns a slip for each.
 */
function repairWrappedSchemas(document: OpenApiInput): string[] {
  const slips: string[] = [];
  const visit = (value: unknown, at: string, depth: number): void => {
    if (typeof value !== 'object' || value === null || depth > 64) return;
    const object = value as Record<string, unknown>;
    const properties = object.properties;
    if (typeof properties === 'object' && properties !== null && !Array.isArray(properties)) {
      for (const [key, inner] of Object.entries(properties as Record<string, unknown>)) {
        const wrapper = inner as Record<string, unknown> | null;
        if (wrapper && typeof wrapper === 'object' && Object.keys(wrapper).length === 1 && typeof wrapper.schema === 'object' && wrapper.schema !== null) {
          (properties as Record<string, unknown>)[key] = wrapper.schema;
          slips.push(`${at}/properties/${escape(key)}: a schema wrapped in "schema:", read as the schema inside it`);
        }
      }
    }
    for (const [key, inner] of Object.entries(object)) visit(inner, `${at}/${escape(key)}`, depth + 1);
  };
  visit(document.components, '#/components', 0);
  return slips;
}

/** Keywords a schema, a parameter or a response has: what a split description swallowed. */
const KEYWORDS = new Set(['type', 'format', 'nullable', 'items', 'enum', 'properties', 'required', 'example', 'examples', 'default', '$ref', 'allOf', 'oneOf', 'anyOf', 'minimum', 'maximum', 'minLength', 'maxLength', 'pattern', 'readOnly', 'writeOnly', 'deprecated', 'additionalProperties', 'schema', 'in', 'name', 'content', 'headers', 'title']);

/**
 * A plain YAML description with `: ` in its last line (`... Data): http://...`) reads as a
 * mapping that swallows the keys after it (`type`, `items`): read back as the text it was,
 * and those keys put back beside it. Returns a slip for each.
 */
function repairSplitDescriptions(document: OpenApiInput): string[] {
  const slips: string[] = [];
  // `properties` maps names to schemas: a property named `description` there is a schema, not text.
  const visit = (value: unknown, at: string, depth: number, names = false): void => {
    if (typeof value !== 'object' || value === null || depth > 64) return;
    const object = value as Record<string, unknown>;
    const description = object.description;
    if (!names && typeof description === 'object' && description !== null && !Array.isArray(description)) {
      const entries = Object.entries(description as Record<string, unknown>);
      const text = entries.filter(([key]) => !KEYWORDS.has(key));
      if (text.length === 1 && typeof text[0]![1] !== 'object') {
        object.description = `${text[0]![0]}: ${String(text[0]![1])}`;
        for (const [key, inner] of entries) if (KEYWORDS.has(key) && !(key in object)) object[key] = inner;
        slips.push(`${at}/description: an unquoted description with ": " in it, read as text (the keys after it put back beside it)`);
      }
    }
    for (const [key, inner] of Object.entries(object)) visit(inner, `${at}/${escape(key)}`, depth + 1, key === 'properties' && !names);
  };
  visit(document.paths, '#/paths', 0);
  visit(document.components, '#/components', 0);
  return slips;
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
 * Schemas and values one expanded part of a document may hold at most: `$ref` chains that
 * fan out (ten schemas of eight properties, each the next) expand exponentially, and past
 * this a document is refused rather than read for minutes.
 */
export const MAX_EXPANDED = 250_000;

/** Each `$ref` of a document expanded once, with its size: later uses share it. */
const expandedRefs = new WeakMap<object, Map<string, { value: unknown; size: number }>>();

/**
 * `value` with its local `$ref`s replaced by their targets; keywords beside a `$ref` (an
 * `x-seedhub-ref`, a description) are kept over the target's, and a cycle is cut at its
 * second visit (an object schema). A `$ref` that does not resolve, or is not local, is an
 * error naming where it is. Each `$ref` is expanded once per document and shared; a part
 * that would expand to more than MAX_EXPANDED schemas and values is an OpenApiError.
 */
export function resolveRefs(document: OpenApiInput, value: unknown, at: string, seen: readonly string[] = []): unknown {
  return expand(document, value, at, seen).value;
}

function expand(document: OpenApiInput, value: unknown, at: string, seen: readonly string[]): { value: unknown; size: number } {
  if (typeof value !== 'object' || value === null) return { value, size: 1 };
  const tooBig = (size: number) => {
    if (size > MAX_EXPANDED) throw new OpenApiError(`Failed to read the OpenAPI document at ${at}: its $refs expand to more than ${MAX_EXPANDED.toLocaleString('en-AU')} schemas and values, more than seedhub reads. Make its $ref chains shorter or narrower.`);
    return size;
  };
  if (Array.isArray(value)) {
    let size = 1;
    const items = value.map((item, i) => {
      const inner = expand(document, item, `${at}/${i}`, seen);
      size = tooBig(size + inner.size);
      return inner.value;
    });
    return { value: items, size };
  }
  const object = value as Record<string, unknown>;
  if (typeof object.$ref === 'string') {
    const ref = object.$ref;
    if (!ref.startsWith('#')) throw new OpenApiError(`Failed to read the OpenAPI document at ${at}/$ref: "${ref}" is not a local reference (only "#/..." references are read).`);
    const target = pointerTo(document, ref);
    if (target === undefined) throw new OpenApiError(`Failed to read the OpenAPI document at ${at}/$ref: "${ref}" does not resolve.`);
    const { $ref: _ref, ...beside } = object;
    if (seen.includes(ref)) return { value: { type: 'object', ...beside }, size: 1 };
    let refs = expandedRefs.get(document);
    if (!refs) expandedRefs.set(document, (refs = new Map()));
    let resolved = refs.get(ref);
    if (!resolved) refs.set(ref, (resolved = expand(document, target, ref, [...seen, ref])));
    const besides = expand(document, beside, at, seen);
    return { value: { ...(resolved.value as object), ...(besides.value as object) }, size: tooBig(resolved.size + besides.size) };
  }
  let size = 1;
  const entries = Object.entries(object).map(([key, inner]) => {
    const expanded = expand(document, inner, `${at}/${escape(key)}`, seen);
    size = tooBig(size + expanded.size);
    return [key, expanded.value] as const;
  });
  return { value: Object.fromEntries(entries), size };
}
