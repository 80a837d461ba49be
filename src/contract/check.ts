// A hub's contract, checkable: the OpenAPI document's 200 response schemas compiled with
// ajv (JSON Schema 2020-12, with formats), and a function that says where a page breaks
// them, by JSON pointer. seedhub holds its own answers to its own document with it, and
// `seedhub check --openapi` holds any hub to any document.
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { from30 } from './dialect.ts';

/** One place where a body breaks its schema. */
export interface Violation {
  /** JSON pointer into the body, e.g. `/data/3/sex`. */
  pointer: string;
  message: string;
}

export interface Contract {
  /** The document path (template) that serves `path`, or undefined. */
  operationOf(path: string): string | undefined;
  /** Where a 200 body of `path` breaks the document; empty when it keeps it. */
  check(path: string, body: unknown): Violation[];
}

type Document = { openapi?: unknown; paths?: Record<string, Record<string, unknown>> };

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** The value at a JSON pointer of `body`. */
function at(body: unknown, pointer: string): unknown {
  let value = body;
  for (const part of pointer.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/**
 * ajv's errors, one per place: a value outside a code set (a `oneOf` of the set's codes)
 * is said once as such, not once per code it is not.
 */
function violations(errors: readonly ErrorObject[], body: unknown): Violation[] {
  const byPointer = new Map<string, ErrorObject[]>();
  for (const error of errors) byPointer.set(error.instancePath, [...(byPointer.get(error.instancePath) ?? []), error]);
  return [...byPointer].flatMap(([pointer, found]) => {
    const codeSet = found.map((e) => /\/components\/schemas\/([^/]+)\/oneOf$/.exec(e.schemaPath)?.[1]).find(Boolean);
    if (codeSet) return [{ pointer, message: `${JSON.stringify(at(body, pointer))} is not a code of ${codeSet}` }];
    return found.filter((e) => e.keyword !== 'const').map((e) => ({ pointer, message: `${e.message ?? 'is invalid'}${e.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).slice(0, 8).join(', ')})` : ''}` }));
  });
}

/** The JSON pointer of a 200 answer's JSON schema, following a response `$ref` into `#/components/responses`. */
function answerPointer(document: Document, template: string): string | undefined {
  let pointer = `#/paths/${escapePointer(template)}/get/responses/200`;
  let response = (document.paths?.[template]?.get as { responses?: Record<string, unknown> } | undefined)?.responses?.['200'] as Record<string, unknown> | undefined;
  for (let hops = 0; response && typeof response.$ref === 'string' && hops < 8; hops++) {
    pointer = response.$ref;
    response = at(document, pointer.slice(1)) as Record<string, unknown> | undefined;
  }
  const content = response?.content as Record<string, unknown> | undefined;
  const type = content && Object.keys(content).find((t) => t.includes('json'));
  return type ? `${pointer}/content/${escapePointer(type)}/schema` : undefined;
}

/**
 * A contract from an OpenAPI 3.0 or 3.1 document (local references resolved by ajv).
 * @example contractOf(document).check('/qt_student/school-api/schools/0220/students', body)
 */
export function contractOf(document: Document): Contract {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  (formats as unknown as (a: Ajv2020) => void)(ajv);
  const schema = /^3\.0\./.test(String((document as { openapi?: unknown }).openapi)) ? from30(document) : document;
  ajv.addSchema({ ...(schema as object), $id: 'seedhub:contract' });
  const templates = Object.keys(document.paths ?? {}).map((template) => ({
    template,
    pattern: new RegExp(`^${template.split('/').map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()[\]\\|]/g, '\\$&'))).join('/')}/?$`),
  }));
  const validators = new Map<string, ValidateFunction | null>();
  const validatorOf = (template: string): ValidateFunction | null => {
    if (!validators.has(template)) {
      const pointer = answerPointer(document, template);
      validators.set(template, pointer ? ajv.getSchema(`seedhub:contract${pointer}`) ?? null : null);
    }
    return validators.get(template)!;
  };
  const operationOf = (path: string) => templates.find(({ pattern }) => pattern.test(path))?.template;
  return {
    operationOf,
    check(path, body) {
      const template = operationOf(path);
      if (!template) return [{ pointer: '', message: `no operation of the document serves ${path}` }];
      const validate = validatorOf(template);
      if (!validate) return [];
      if (validate(body)) return [];
      return violations(validate.errors ?? [], body);
    },
  };
}
