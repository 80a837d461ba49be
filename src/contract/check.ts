// A hub's contract, checkable: the OpenAPI document's response schemas compiled with
// ajv (JSON Schema 2020-12, with formats; patterns run by RE2), and a function that says
// where a page breaks them, by JSON pointer. seedhub holds its own answers to its own document with it, and
// `seedhub check --openapi` holds any hub to any document.
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { RE2 } from 're2-wasm';
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
  /** Where a body of `path` answered with `status` (200 by default) breaks the document; empty when it keeps it or the document has no schema for it. */
  check(path: string, body: unknown, status?: number): Violation[];
  /** Patterns of the document that are not checked: RE2 cannot run them (lookarounds, backreferences). */
  readonly unchecked: ReadonlySet<string>;
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

/**
 * The JSON pointer of the JSON schema of an answer of `status`, following a response `$ref`
 * into `#/components/responses`: the status's own, its class (`4XX`), else `default`.
 */
function answerPointer(document: Document, template: string, status = 200): string | undefined {
  const responses = (document.paths?.[template]?.get as { responses?: Record<string, unknown> } | undefined)?.responses ?? {};
  const key = [String(status), `${String(status)[0]}XX`, ...(status === 200 ? [] : ['default'])].find((k) => k in responses);
  if (key === undefined) return undefined;
  let pointer = `#/paths/${escapePointer(template)}/get/responses/${key}`;
  let response = responses[key] as Record<string, unknown> | undefined;
  for (let hops = 0; response && typeof response.$ref === 'string' && hops < 8; hops++) {
    pointer = response.$ref;
    response = at(document, pointer.slice(1)) as Record<string, unknown> | undefined;
  }
  const content = response?.content as Record<string, unknown> | undefined;
  const type = content && Object.keys(content).find((t) => t.includes('json'));
  return type ? `${pointer}/content/${escapePointer(type)}/schema` : undefined;
}

/**
 * The regular-expression engine a contract checks `pattern`s with: RE2, whose time is
 * linear in the input, so no pattern of a document (`^(a+)+$`) can make a check take
 * exponential time. A pattern RE2 cannot run (a lookahead, a backreference) is not checked,
 * and is named in `unchecked`.
 */
function linearRegExp(unchecked: Set<string>) {
  const engine = (pattern: string, flags: string) => {
    try {
      return new RE2(pattern, flags.includes('u') ? flags : `${flags}u`);
    } catch {
      unchecked.add(pattern);
      return { test: () => true };
    }
  };
  return Object.assign(engine, { code: 'seedhub RE2' });
}

/**
 * A contract from an OpenAPI 3.0 or 3.1 document (local references resolved by ajv).
 * @example contractOf(document).check('/qt_student/school-api/schools/0220/students', body)
 */
export function contractOf(document: Document): Contract {
  // A format ajv does not know (`iso-country-code`) is not checked, and not said on the console.
  const unchecked = new Set<string>();
  const ajv = new Ajv2020({
    strict: false, allErrors: true, validateFormats: true,
    logger: { log() {}, warn() {}, error: (...args: unknown[]) => console.error(...args) },
    code: { regExp: linearRegExp(unchecked) },
  });
  (formats as unknown as (a: Ajv2020) => void)(ajv);
  const schema = /^3\.0\./.test(String((document as { openapi?: unknown }).openapi)) ? from30(document) : document;
  ajv.addSchema({ ...(schema as object), $id: 'seedhub:contract' });
  // A literal segment wins over a parameter at the same place (`/accounts/balances` before `/accounts/{id}`).
  const shape = (template: string) => template.split('/').map((s) => (/^\{.+\}$/.test(s) ? '1' : '0')).join('');
  const templates = Object.keys(document.paths ?? {}).sort((a, b) => (shape(a) < shape(b) ? -1 : shape(a) > shape(b) ? 1 : 0)).map((template) => ({
    template,
    pattern: new RegExp(`^${template.split('/').map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^$()[\]\\|]/g, '\\$&'))).join('/')}/?$`),
  }));
  const validators = new Map<string, ValidateFunction | null>();
  const validatorOf = (template: string, status: number): ValidateFunction | null => {
    const key = `${status} ${template}`;
    if (!validators.has(key)) {
      const pointer = answerPointer(document, template, status);
      validators.set(key, pointer ? ajv.getSchema(`seedhub:contract${pointer}`) ?? null : null);
    }
    return validators.get(key)!;
  };
  const operationOf = (path: string) => templates.find(({ pattern }) => pattern.test(path))?.template;
  return {
    operationOf,
    unchecked,
    check(path, body, status = 200) {
      const template = operationOf(path);
      if (!template) return [{ pointer: '', message: `no operation of the document serves ${path}` }];
      const validate = validatorOf(template, status);
      if (!validate) return [];
      if (validate(body)) return [];
      return violations(validate.errors ?? [], body);
    },
  };
}
