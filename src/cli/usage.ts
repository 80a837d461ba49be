// The CLI's help text.
export const USAGE = `seedhub: a seeded sandbox of a Queensland school data hub API

Usage:
  seedhub serve    [hub options] [--openapi FILE] [--port P] [--host H]
  seedhub serve    --golden FILE [--port P] [--host H]
  seedhub generate --out DIR [--format json|ndjson] [hub options] [--openapi FILE]
  seedhub check    --url URL [--openapi FILE] [--schools 4650,1690] [--page-size N]
  seedhub stats    [hub options | --url URL] [--json]
  seedhub openapi  [--out FILE] [--format json|yaml] [hub options] [--openapi FILE]
  seedhub record   [--out FILE] [--har FILE [--har-base URL]] [hub options] [--openapi FILE]
  seedhub verify   FILE...
  seedhub help

Hub options:
  --seed S          seed of all data (default "seedhub")
  --schools N       number of schools (default 4: 4650, 1690, 9743, 0220)
  --schools LIST    centre codes, comma-separated: --schools 4650,0220 (one code: --schools 0220,)
  --students N      students per school (default 50)
  --staff N         staff per school (default 10)
  --classes N       subject classes per school, at least 4 (default 24)
  --year YYYY       the current school year (default 2026)
  --openapi FILE    serve the hub an OpenAPI document (JSON or YAML) describes instead of
                    QTeachers: its collections, fields, IDs and paging (docs/openapi.md);
                    --schools then takes its school parameter's values: --schools C101,C102

Serve options:
  --port P          port to listen on (default 4010; 0 picks a free one)
  --host H          address to bind (default 127.0.0.1)
  --golden FILE     serve a golden file's data (no hub options beside it)

Record and verify (golden datasets, see docs/golden.md):
  --out FILE        record a golden file, e.g. fixtures/golden/default.json
  --har FILE        write a HAR of every page of every endpoint, for routeFromHAR
  --har-base URL    the hub origin the HAR names (default http://127.0.0.1:4010)
  verify FILE       exit 0 when today's data is the golden's, 1 on drift, 2 if broken

Stats (the realism report: class sizes, flag prevalence, families, places, names,
histories, each beside its target band; exit 1 if one is out of its band):
  --url URL         measure a running hub instead of generated data
  --json            the figures as JSON

Check options (crawl a running hub, print findings, exit 1 if any):
  --url URL         the hub to crawl, e.g. http://127.0.0.1:4010
  --openapi FILE    also hold every page to this OpenAPI document (findings name the
                    endpoint, record and JSON pointer); a hub without a seedhub index is
                    crawled at the document's paths, for the schools it names
  --schools LIST    centre codes to crawl (default: every school GET / lists)
  --page-size N     records per page (default 100; a second crawl uses 7)
`;
