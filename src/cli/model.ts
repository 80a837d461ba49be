// `--openapi FILE`: the model of a hub's OpenAPI document, for serve, generate, record,
// openapi and check. What seedhub made of the document is printed for the user to confirm.
// The OpenAPI reader (yaml, the schema validator, randexp) loads only when a document is given.
import { OpenApiError } from '../errors.ts';
import type { OpenApiInput } from '../openapi/load.ts';
import type { Model } from '../model/types.ts';
import type { Io } from './io.ts';

export const OPENAPI_FLAG = { openapi: { type: 'string' } } as const;

/** The document and model of `--openapi FILE`; throws `OpenApiError` naming the JSON pointer at fault. */
export async function openApiModel(file: string, io: Io, print: 'report' | 'quiet' = 'report'): Promise<{ document: OpenApiInput; model: Model }> {
  const [{ loadOpenApi }, { modelFromOpenAPI }, { openApiReport, renderReport }] = await Promise.all([import('../openapi/load.ts'), import('../openapi/model.ts'), import('../openapi/plan.ts')]);
  const document = await loadOpenApi(file, (line) => io.error(line));
  let model: Model;
  try {
    model = modelFromOpenAPI(document);
  } catch (error) {
    // Name the file the user gave rather than "the OpenAPI document".
    if (error instanceof OpenApiError) throw new OpenApiError(error.message.replace('the OpenAPI document', file));
    throw error;
  }
  if (print === 'report') for (const line of renderReport(openApiReport(document))) io.out(line);
  return { document, model };
}
