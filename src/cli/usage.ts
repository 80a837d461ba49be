// The CLI's help text.
export const USAGE = `seedhub: a seeded sandbox of a Queensland school data hub API

Usage:
  seedhub serve    [hub options] [--port P] [--host H]
  seedhub generate --out DIR [--format json|ndjson] [hub options]
  seedhub help

Hub options:
  --seed S          seed of all data (default "seedhub")
  --schools N       number of schools (default 4: 4650, 1690, 9743, 0220)
  --schools LIST    centre codes, comma-separated: --schools 4650,0220 (one code: --schools 0220,)
  --students N      students per school (default 50)
  --staff N         staff per school (default 10)
  --classes N       subject classes per school (default 7)
  --year YYYY       the current school year (default 2026)

Serve options:
  --port P          port to listen on (default 4010; 0 picks a free one)
  --host H          address to bind (default 127.0.0.1)
`;
