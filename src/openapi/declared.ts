// What an operation declares beyond its records: the credentials it asks for (its own
// `security`, else the document's), the request headers it requires, the headers its
// answers carry, and the schema of its error answers. Each is read into the plain form the
// hub checks and fills (model/operations.ts), so a replayed golden serves them the same.
import type { ErrorShape, Operation, SecurityScheme } from '../model/operations.ts';
import { constantOf } from './envelope.ts';
import { resolveRefs, type OpenApiInput } from './load.ts';
import { effective, typeOf, type Schema } from './values.ts';

/** What an operation declares, and the notes of what the sandbox serves in a nearer form. */
export interface Declared {
  security?: Operation['security'];
  requires?: string[];
  headers?: { name: string; value: string }[];
  errors?: ErrorShape[];
}

/** Headers the hub sets itself: never copied from a document. */
const OWN_HEADERS = /^(content-type|content-length|etag|link|vary|cache-control|access-control-.*|www-authenticate|x-total-count|total-count|authorization|accept)$/i;

/** The path of a token URL (`https://api.ed-fi.org/v7/api/oauth/token` → `/v7/api/oauth/token`); `/token` when it has none. */
function tokenPathOf(url: unknown): string {
  if (typeof url !== 'string' || /[{}]/.test(url)) return '/oauth/token';
  try {
    return new URL(url, 'http://seedhub.invalid').pathname || '/oauth/token';
  } catch {
    return '/oauth/token';
  }
}

/** One scheme of the document as the sandbox checks it, or why it cannot be. */
function schemeOf(name: string, raw: unknown, scopes: readonly string[]): SecurityScheme | string {
  const s = (raw ?? {}) as Record<string, unknown>;
  switch (s.type) {
    case 'http':
      if (/^bearer$/i.test(String(s.scheme))) return { name, type: 'bearer' };
      if (/^basic$/i.test(String(s.scheme))) return { name, type: 'basic' };
      return `HTTP ${String(s.scheme)} authentication`;
    case 'apiKey':
      if (!['header', 'query', 'cookie'].includes(String(s.in)) || typeof s.name !== 'string') return 'an API key with no place or name';
      return { name, type: 'apiKey', in: s.in as 'header' | 'query' | 'cookie', param: s.in === 'header' ? s.name.toLowerCase() : s.name };
    case 'oauth2': {
      const flows = (s.flows ?? {}) as Record<string, { tokenUrl?: unknown }>;
      const flow = flows.clientCredentials ?? flows.password ?? flows.authorizationCode ?? Object.values(flows)[0];
      return { name, type: 'bearer', tokenPath: tokenPathOf(flow?.tokenUrl), ...(scopes.length > 0 ? { scopes: [...scopes] } : {}) };
    }
    case 'openIdConnect':
      return { name, type: 'bearer', tokenPath: '/oauth/token', ...(scopes.length > 0 ? { scopes: [...scopes] } : {}) };
    case 'mutualTLS':
      return 'mutual TLS';
    default:
      return `a scheme of type ${JSON.stringify(s.type ?? null)}`;
  }
}

/** The security an operation asks for: any one requirement, each of all its schemes. */
function securityOf(document: OpenApiInput, operation: Record<string, unknown>, notes: Set<string>): Operation['security'] {
  const requirements = (Array.isArray(operation.security) ? operation.security : Array.isArray(document.security) ? document.security : []) as Record<string, unknown>[];
  const schemes = ((document.components as Record<string, unknown> | undefined)?.securitySchemes ?? {}) as Record<string, unknown>;
  const out: SecurityScheme[][] = [];
  for (const requirement of requirements) {
    if (typeof requirement !== 'object' || requirement === null) continue;
    // `{}` in the list: no credentials is one way in.
    if (Object.keys(requirement).length === 0) return undefined;
    const set: SecurityScheme[] = [];
    for (const [name, scopes] of Object.entries(requirement)) {
      const scheme = schemeOf(name, resolveRefs(document, schemes[name], `#/components/securitySchemes/${name}`), Array.isArray(scopes) ? scopes.map(String) : []);
      if (typeof scheme === 'string') notes.add(`security scheme ${name} (${scheme}) is not checked`);
      else set.push(scheme);
    }
    if (set.length > 0) out.push(set);
  }
  return out.length > 0 ? out : undefined;
}

/** The value a declared answer header gets when the request sent none. */
function headerValue(name: string, schema: Schema): string {
  const fixed = [schema.default, schema.example, Array.isArray(schema.enum) ? schema.enum[0] : undefined].find((v) => v !== undefined);
  if (fixed !== undefined) return String(fixed);
  if (/(^|-)v(ersion)?$/i.test(name)) return '1';
  if (/id$/i.test(name) || schema.format === 'uuid') return '00000000-0000-4000-8000-000000000000';
  return typeOf(schema) === 'integer' || typeOf(schema) === 'number' ? '0' : 'seedhub';
}

/** Which part of a problem a property of an error schema holds, by its name. */
function slotOf(key: string, schema: Schema): ErrorShape['slots'][number]['holds'] | undefined {
  if (Array.isArray(schema.enum) || !['string', 'integer', undefined].includes(typeOf(schema))) return undefined;
  if (/^(status|statusCode|httpStatus)$/i.test(key)) return 'status';
  if (/code$/i.test(key)) return 'code';
  if (/^(title|summary|error)$/i.test(key)) return 'title';
  if (/detail|message|description/i.test(key)) return 'detail';
  return undefined;
}

/** Whether a schema has a place for a problem's words somewhere inside. */
const hasSlot = (schema: Schema): boolean => /"(detail|message|description|title)[A-Za-z_]*"\s*:/.test(JSON.stringify(schema));

/**
 * Where a problem's parts go in an error schema: a body of fixed values (required
 * properties, and containers of the problem's words), and the slots the hub fills.
 */
function errorShapeOf(schema: Schema): Pick<ErrorShape, 'body' | 'slots'> {
  const slots: ErrorShape['slots'][number][] = [];
  const fill = (raw: Schema, path: string, depth: number): unknown => {
    const s = effective(raw);
    const type = typeOf(s);
    if (type === 'array' && depth < 4) return [fill((s.items ?? {}) as Schema, `${path}0.`, depth + 1)];
    if (type !== 'object' || depth >= 4) return constantOf(s);
    const required = new Set((s.required as string[] | undefined) ?? []);
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
      const child = effective(inner);
      const holds = slotOf(key, child);
      if (holds) {
        slots.push({ path: `${path}${key}`, holds });
        out[key] = typeOf(child) === 'integer' ? 0 : '';
      } else if (required.has(key) || (['object', 'array'].includes(typeOf(child) ?? '') && hasSlot(child))) {
        out[key] = fill(child, `${path}${key}.`, depth + 1);
      }
    }
    return out;
  };
  return { body: fill(schema, '', 0), slots };
}

/** The error answers an operation declares with a JSON schema, by status. */
function errorsOf(document: OpenApiInput, operation: Record<string, unknown>, at: string): ErrorShape[] {
  const responses = (resolveRefs(document, operation.responses, `${at}/responses`) ?? {}) as Record<string, { content?: Record<string, { schema?: Schema }> }>;
  const out: ErrorShape[] = [];
  for (const [status, response] of Object.entries(responses)) {
    if (!/^([45](\d\d|XX)|default)$/i.test(status)) continue;
    const type = response?.content && Object.keys(response.content).find((t) => t.includes('json'));
    const schema = type ? response.content![type]!.schema : undefined;
    if (!schema || typeOf(effective(schema)) !== 'object') continue;
    out.push({ status: status.toUpperCase() === 'DEFAULT' ? 'default' : status.toUpperCase(), mediaType: type!, ...errorShapeOf(schema) });
  }
  return out;
}

/** Everything an operation declares that the hub checks or fills. */
export function declaredOf(document: OpenApiInput, operation: Record<string, unknown>, parameters: readonly Schema[], at: string, notes: Set<string>): Declared {
  const security = securityOf(document, operation, notes);
  const requires = parameters.filter((p) => p.in === 'header' && p.required === true && !OWN_HEADERS.test(String(p.name))).map((p) => String(p.name).toLowerCase());
  const responses = (resolveRefs(document, operation.responses, `${at}/responses`) ?? {}) as Record<string, { headers?: Record<string, { schema?: Schema }> }>;
  const ok = responses['200'] ?? responses['2XX'];
  const headers = Object.entries(ok?.headers ?? {}).filter(([name]) => !OWN_HEADERS.test(name)).map(([name, header]) => ({ name: name.toLowerCase(), value: headerValue(name, effective((header?.schema ?? {}) as Schema)) }));
  const errors = errorsOf(document, operation, at);
  return {
    ...(security ? { security } : {}),
    ...(requires.length > 0 ? { requires } : {}),
    ...(headers.length > 0 ? { headers } : {}),
    ...(errors.length > 0 ? { errors } : {}),
  };
}

