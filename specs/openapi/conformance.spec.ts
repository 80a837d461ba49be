// The conformance suite: real public OpenAPI documents that nobody on the team wrote
// (fixtures/openapi/real/SOURCES.md), each served by `seedhub serve --openapi` in two
// processes, crawled end to end with the sandbox's own credentials, and every answer held
// to the ORIGINAL document: its schemas with `required` enforced, its error schemas,
// identities unique, references resolving, items equal to their records, pages that tile,
// filters that keep exactly the matching records. The two processes answer byte for byte
// alike.
import { expect, test } from '@playwright/test';
import { conform, loadOpenApi, openApiReport, SANDBOX, type ConformanceReport, type OpenApiInput } from 'seedhub/core';
import { BIN, ROOT, start, type Running } from '../support/processes.ts';

const REAL = `${ROOT}fixtures/openapi/real/`;

/** Each document, what it is, and what the suite expects of its start-up table. */
const DOCUMENTS: { file: string; what: string; tenant?: string }[] = [
  { file: 'oneroster-1.2.yaml', what: 'OneRoster 1.2 (1EdTech, as Ed-Fi publishes it)' },
  { file: 'edfi-enrollment-1.0.yaml', what: 'Ed-Fi Enrollment API 1.0' },
  { file: 'cdr-banking.json', what: 'Consumer Data Right banking 1.28 (not about schools)' },
  { file: 'petstore-3.0.json', what: 'Swagger Petstore, OpenAPI 3.0' },
  { file: 'petstore-3.1.json', what: 'Swagger Petstore, OpenAPI 3.1' },
  { file: 'petstore-2.0.json', what: 'Swagger Petstore, Swagger 2.0' },
  { file: 'petstore-expanded-3.0.json', what: 'Petstore Expanded, OpenAPI 3.0' },
];

/** The sandbox's credentials for every scheme the hub's published document names, and its required headers. */
async function sandboxHeaders(url: string, document: OpenApiInput): Promise<Record<string, string>> {
  const published = (await (await fetch(`${url}/openapi.json`)).json()) as { 'x-seedhub': { sandbox: { tokenEndpoints: string[] } } };
  const headers: Record<string, string> = {};
  const [tokenPath] = published['x-seedhub'].sandbox.tokenEndpoints;
  if (tokenPath) {
    const basic = Buffer.from(`${SANDBOX.clientId}:${SANDBOX.clientSecret}`).toString('base64');
    const answer = await fetch(`${url}${tokenPath}`, { method: 'POST', headers: { authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
    expect(answer.status, `the sandbox's token endpoint ${tokenPath}`).toBe(200);
    headers.authorization = `Bearer ${((await answer.json()) as { access_token: string }).access_token}`;
  }
  const schemes = ((document.components as Record<string, unknown> | undefined)?.securitySchemes ?? (document as Record<string, unknown>).securityDefinitions ?? {}) as Record<string, { type?: string; in?: string; name?: string }>;
  for (const scheme of Object.values(schemes)) if (scheme.type === 'apiKey' && scheme.in === 'header' && scheme.name) headers[scheme.name.toLowerCase()] = SANDBOX.apiKey;
  for (const item of Object.values(document.paths as Record<string, Record<string, { parameters?: { in?: string; name?: string; required?: boolean }[] }>>)) {
    for (const parameter of item.get?.parameters ?? []) if (parameter.in === 'header' && parameter.required && parameter.name) headers[parameter.name.toLowerCase()] = '1';
  }
  return headers;
}

for (const { file, what } of DOCUMENTS) {
  test.describe(`${what}: ${file}`, () => {
    test.describe.configure({ timeout: 120_000 });
    const servers: Running[] = [];
    test.afterEach(async () => {
      await Promise.all(servers.splice(0).map((s) => s.stop()));
    });

    test('is served end to end, every answer keeps the original document, and two processes answer alike', async ({}, testInfo) => {
      const document = await loadOpenApi(`${REAL}${file}`, () => {});
      servers.push(start(process.execPath, [BIN, 'serve', '--port', '0', '--openapi', `${REAL}${file}`]), start(process.execPath, [BIN, 'serve', '--port', '0', '--openapi', `${REAL}${file}`]));
      const urls = await Promise.all(servers.map(async (s) => (await s.waitFor(/seedhub listening on (\S+)/))[1]!));
      const reports: ConformanceReport[] = [];
      for (const url of urls) reports.push(await conform({ document, baseUrl: url, headers: await sandboxHeaders(url, document) }));
      const [report, again] = reports as [ConformanceReport, ConformanceReport];
      const plan = openApiReport(document);
      await testInfo.attach('conformance.json', {
        contentType: 'application/json',
        body: JSON.stringify({ served: plan.collections.flatMap((c) => c.operations), notServed: plan.notServed, unreached: report.unreached, requests: report.requests, violations: report.violations.length, findings: report.findings, records: report.records }, null, 2),
      });
      expect(report.violations.slice(0, 5)).toEqual([]);
      expect(report.findings.slice(0, 5)).toEqual([]);
      // Every served GET was asked, but an item whose IDs no list gives; every list had records to judge.
      const served = plan.collections.flatMap((c) => c.operations.map((o) => /^GET (\S+)/.exec(o)![1]!));
      const unreached = report.unreached.map((u) => u.path);
      expect([...new Set(served)].filter((path) => !report.operations.includes(path) && !unreached.includes(path))).toEqual([]);
      expect(Object.values(report.records).every((n) => n > 0), JSON.stringify(report.records)).toBe(true);
      expect(again.digest).toBe(report.digest);
      expect(again.requests).toBe(report.requests);
      // The start-up table names every operation it leaves out, with why.
      const startup = servers[0]!.stdout();
      for (const left of plan.notServed) expect(startup).toContain(`not served: ${left.method} ${left.path} (${left.why})`);
    });
  });
}
