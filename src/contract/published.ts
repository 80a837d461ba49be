// The contract out, for a hub made from an OpenAPI document: that document itself (its
// paths, parameters, schemas, security and headers, as seedhub read it), so that a tool that
// judges the hub by its /openapi.json judges it by the source. seedhub adds only what is its
// own: the sandbox as the server, the sandbox's token endpoint where the document's security
// has one, a mark on each operation it does not serve, and an `x-seedhub` note of the seed,
// the schools and the sandbox's credentials. Each OAuth 2 flow's token URL is the sandbox's.
import type { Dataset } from '../generate/dataset.ts';
import { dataVersions } from '../generate/versions.ts';
import { SANDBOX, TOKEN_LIFETIME } from '../model/sandbox.ts';

type Json = Record<string, unknown>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The sandbox's token endpoint, described as an operation (in words that OpenAPI 3.0 and 3.1 both take). */
function tokenOperation(scopes: readonly string[]): Json {
  const error = { description: 'an RFC 6749 error', content: { 'application/json': { schema: { type: 'object', required: ['error'], properties: { error: { type: 'string' }, error_description: { type: 'string' } } } } } };
  return {
    post: {
      operationId: 'seedhubToken',
      summary: `The sandbox's token endpoint: OAuth 2 client credentials (client ${SANDBOX.clientId}, secret ${SANDBOX.clientSecret})`,
      'x-seedhub': true,
      requestBody: {
        required: true,
        content: {
          'application/x-www-form-urlencoded': {
            schema: {
              type: 'object',
              required: ['grant_type'],
              properties: {
                grant_type: { type: 'string', enum: ['client_credentials'] },
                scope: { type: 'string', description: `space-separated; all of the endpoint's when left out${scopes.length > 0 ? `: ${scopes.join(' ')}` : ''}` },
                client_id: { type: 'string' },
                client_secret: { type: 'string' },
              },
            },
          },
        },
      },
      responses: {
        '200': {
          description: 'a token',
          content: { 'application/json': { schema: { type: 'object', required: ['access_token', 'token_type', 'expires_in'], properties: { access_token: { type: 'string' }, token_type: { type: 'string', enum: ['Bearer'] }, expires_in: { type: 'integer', enum: [TOKEN_LIFETIME] }, scope: { type: 'string' } } } } },
        },
        '400': error,
        '401': error,
      },
    },
  };
}

/** The hub's /openapi.json: its source document with seedhub's additions. */
export function publishedDocument(dataset: Dataset, source: Readonly<Json>): Json {
  const document = structuredClone(source) as Json & { paths?: Record<string, Json> };
  const paths = (document.paths ??= {});
  const served = new Set(dataset.operations.map((o) => o.path));
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const operation = item?.[method] as Json | undefined;
      if (!operation || (method === 'get' && served.has(path))) continue;
      operation['x-seedhub-not-served'] = method === 'get' ? 'its answer is not records seedhub can serve (see the start-up table)' : 'the hub is read-only';
    }
  }
  const tokens = new Map<string, Set<string>>();
  for (const scheme of dataset.operations.flatMap((o) => (o.security ?? []).flat())) {
    if (scheme.tokenPath === undefined) continue;
    if (!tokens.has(scheme.tokenPath)) tokens.set(scheme.tokenPath, new Set());
    for (const scope of scheme.scopes ?? []) tokens.get(scheme.tokenPath)!.add(scope);
  }
  for (const [path, scopes] of tokens) if (!paths[path]) paths[path] = tokenOperation([...scopes]);
  // Each OAuth 2 flow gets its tokens from the sandbox (so /docs can authorise): its own URL is kept beside.
  const schemes = ((document.components as Json | undefined)?.securitySchemes ?? {}) as Record<string, Json>;
  for (const [name, scheme] of Object.entries(schemes)) {
    const path = dataset.operations.flatMap((o) => (o.security ?? []).flat()).find((s) => s.name === name)?.tokenPath;
    for (const flow of Object.values((scheme?.flows ?? {}) as Record<string, Json>)) {
      if (path === undefined || typeof flow !== 'object' || flow === null || !('tokenUrl' in flow)) continue;
      flow['x-seedhub-source-tokenUrl'] = flow.tokenUrl;
      flow.tokenUrl = path;
    }
  }
  const servers = document.servers;
  document.servers = [{ url: '/', description: 'this seedhub sandbox: every path of the document at its root' }];
  document['x-seedhub'] = {
    seed: dataset.options.seed,
    versions: dataVersions(),
    schools: dataset.schools.map((s) => s.centreCode),
    sandbox: { ...SANDBOX, tokenEndpoints: [...tokens.keys()] },
    ...(servers !== undefined ? { sourceServers: servers } : {}),
  };
  return document;
}
