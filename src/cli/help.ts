// What each command says about itself in `seedhub COMMAND --help`: one line on what it does,
// its synopsis, its flags (each with an example that runs) and notes. Plain data; usage.ts
// renders it, and adds the hub options from the options table.

/** A flag of one command, with a whole command line that uses it. */
export interface CommandFlag {
  /** Its name without `--`; empty for a positional argument. */
  flag: string;
  value?: string;
  doc: string;
  example: string;
}

export interface CommandHelp {
  summary: string;
  /** Each form of the command, after `seedhub NAME`. */
  synopsis: string[];
  flags: CommandFlag[];
  /** How an example of a hub option starts, when the command takes hub options. */
  hubOptions?: string;
  notes?: string;
}

const OPENAPI = 'docs/examples/campus-hub.yaml';
const HUB = 'http://127.0.0.1:4010';
const WRITES = 'A file-system error (permission denied, a file in the way, a full disk) is one line naming the path, exit 2.';

export const COMMAND_HELP: Record<string, CommandHelp> = {
  serve: {
    summary: 'the hub over HTTP, until Ctrl-C or SIGTERM',
    synopsis: ['[hub options] [--openapi FILE [--no-security]] [--port P] [--host H] [--faults JSON] [--bearer TOKEN]', '--golden FILE [--port P] [--host H]'],
    flags: [
      { flag: 'port', value: 'P', doc: 'port to listen on (default 4010; 0 picks a free one)', example: 'seedhub serve --port 0' },
      { flag: 'host', value: 'H', doc: 'address to bind (default 127.0.0.1: this machine only)', example: 'seedhub serve --host 127.0.0.1' },
      { flag: 'golden', value: 'FILE', doc: "serve a golden file's data (docs/golden.md); no hub options beside it", example: 'seedhub serve --golden fixtures/golden/default.json' },
      { flag: 'openapi', value: 'FILE', doc: 'serve the hub an OpenAPI 3.0/3.1 or Swagger 2.0 document (JSON or YAML) describes instead of QTeachers: its collections, fields, IDs, paging, filters, security and headers (docs/openapi.md)', example: `seedhub serve --openapi ${OPENAPI}` },
      { flag: 'no-security', value: '', doc: "let every request past the security the --openapi document declares (the sandbox's token endpoint still answers)", example: `seedhub serve --openapi ${OPENAPI} --no-security` },
      { flag: 'faults', value: 'JSON', doc: 'seeded faults and latency on the collections: a rate (0.2) or JSON with rate, status, latencyMs, resets, endpoints, seed (docs/scenarios.md)', example: `seedhub serve --faults '{"rate":0.2,"latencyMs":{"median":80,"p99":400}}'` },
      { flag: 'bearer', value: 'TOKEN', doc: 'ask every data request for this bearer token, or one per school: 4650:token-a,*:admin (401 without, 403 for another school)', example: 'seedhub serve --bearer 4650:token-a,*:admin' },
    ],
    hubOptions: 'seedhub serve',
    notes: 'Prints "seedhub listening on URL" once it listens. On Ctrl-C or SIGTERM it answers the requests in flight, then exits 0 (within 5 s; a second signal stops it at once). A --host other than loopback is warned about.',
  },
  generate: {
    summary: 'every collection of every school, written to files',
    synopsis: ['--out DIR [--format json|ndjson] [--threads N] [--shard i/n] [hub options] [--openapi FILE]'],
    flags: [
      { flag: 'out', value: 'DIR', doc: 'where to write (required; created if missing): DIR/index.json and DIR/{centre code}/{collection}.{json|ndjson}, each file atomically', example: 'seedhub generate --out out/data' },
      { flag: 'format', value: 'F', doc: 'json (an array per file, the default) or ndjson (a record per line)', example: 'seedhub generate --out out/data --format ndjson' },
      { flag: 'openapi', value: 'FILE', doc: "the collections of an OpenAPI document's hub instead of QTeachers' (docs/openapi.md)", example: `seedhub generate --out out/campus --openapi ${OPENAPI}` },
      { flag: 'threads', value: 'N', doc: 'worker threads making the records, 1 to 64 (default: every core up to 8; a run under 20,000 records uses one); the files are the same bytes with any number', example: 'seedhub generate --out out/data --threads 2' },
      { flag: 'shard', value: 'i/n', doc: "write only the i-th of n slices of every file (ndjson only): n machines' shards, concatenated in order, are the whole run", example: 'seedhub generate --out out/part2 --format ndjson --shard 2/3' },
    ],
    hubOptions: 'seedhub generate --out out/data',
    notes: [
      'A run of more than about 1,000,000 records first prints its size on stderr, on a terminal or not',
      '(1,000,000 students are about 17 million records, 11 GB). Ctrl-C or SIGTERM stops it',
      'cleanly: the files being written are removed, the finished ones kept; exit 130 (SIGINT) or 143 (SIGTERM).',
      WRITES,
    ].join(' '),
  },
  check: {
    summary: 'crawl a running hub and print its findings; exit 1 if there are any',
    synopsis: ['--url URL [--openapi FILE] [--centres LIST] [--page-size N] [--timeout S] [--max-body MB] [--max-records N] [--max-pages N]'],
    flags: [
      { flag: 'url', value: 'URL', doc: 'the hub to crawl (required)', example: `seedhub check --url ${HUB}` },
      { flag: 'openapi', value: 'FILE', doc: "also hold every page to this OpenAPI document (findings name the endpoint, record and JSON pointer); a hub without a seedhub index is crawled at the document's paths, for the schools it names. seedhub openapi --out hub.yaml writes seedhub's own", example: `seedhub check --url ${HUB} --openapi hub.yaml` },
      { flag: 'centres', value: 'LIST', doc: 'the centre codes to crawl, comma-separated (default: every school GET / lists); with --openapi, values of its school parameter. --schools LIST still works, with a hint', example: `seedhub check --url ${HUB} --centres 4650,0220` },
      { flag: 'page-size', value: 'N', doc: 'records per page (default 100, or the hub\'s largest page if smaller; a second crawl uses 7)', example: `seedhub check --url ${HUB} --page-size 25` },
      { flag: 'timeout', value: 'S', doc: 'seconds a request may take, body included (default 10)', example: `seedhub check --url ${HUB} --timeout 30` },
      { flag: 'max-body', value: 'MB', doc: 'the largest answer read, in MB (default 16); a larger one is a finding', example: `seedhub check --url ${HUB} --max-body 64` },
      { flag: 'max-records', value: 'N', doc: 'records kept in all before the crawl stops with a crawl-limit finding (default 250000): bounds memory', example: `seedhub check --url ${HUB} --max-records 1000000` },
      { flag: 'max-pages', value: 'N', doc: 'pages per endpoint before a paging-limit finding (default 10000)', example: `seedhub check --url ${HUB} --max-pages 500` },
    ],
    notes: 'Exit 0 with no findings, 1 with findings, 2 when the hub cannot be crawled. Redirects are followed within the hub\'s origin only; one elsewhere is a finding.',
  },
  stats: {
    summary: 'the realism report: each distribution beside its target band; exit 1 if one is out of it',
    synopsis: ['[hub options | --url URL] [--json]'],
    flags: [
      { flag: 'url', value: 'URL', doc: 'measure a running hub instead of generated data (no hub options beside it)', example: `seedhub stats --url ${HUB}` },
      { flag: 'json', doc: 'the figures as JSON', example: 'seedhub stats --json' },
    ],
    hubOptions: 'seedhub stats',
    notes: 'The distributions: class sizes, flag prevalence, families, places, names and histories. A figure out of its band says which option to change.',
  },
  openapi: {
    summary: "the hub's OpenAPI 3.1 document, to stdout or a file",
    synopsis: ['[--out FILE] [--format json|yaml] [hub options] [--openapi FILE]'],
    flags: [
      { flag: 'out', value: 'FILE', doc: 'write it to FILE (its directory is created) instead of stdout', example: 'seedhub openapi --out hub.yaml' },
      { flag: 'format', value: 'F', doc: 'json or yaml (default: yaml for a FILE ending .yaml or .yml, else json)', example: 'seedhub openapi --format yaml' },
      { flag: 'openapi', value: 'FILE', doc: 'the document of what seedhub serves for this document', example: `seedhub openapi --openapi ${OPENAPI}` },
    ],
    hubOptions: 'seedhub openapi',
    notes: WRITES,
  },
  record: {
    summary: "a golden file and/or a HAR of a hub's data (docs/golden.md)",
    synopsis: ['[--out FILE] [--har FILE [--har-base URL]] [hub options] [--openapi FILE]'],
    flags: [
      { flag: 'out', value: 'FILE', doc: 'record a golden file (its directory is created)', example: 'seedhub record --out fixtures/golden/demo.json' },
      { flag: 'har', value: 'FILE', doc: 'write a HAR of every page of every endpoint, for routeFromHAR', example: 'seedhub record --har fixtures/golden/demo.har' },
      { flag: 'har-base', value: 'URL', doc: 'the hub origin the HAR names (default http://127.0.0.1:4010)', example: 'seedhub record --har fixtures/golden/demo.har --har-base https://api.school.example' },
      { flag: 'openapi', value: 'FILE', doc: "record an OpenAPI document's hub (docs/openapi.md)", example: `seedhub record --out fixtures/golden/campus.json --openapi ${OPENAPI}` },
    ],
    hubOptions: 'seedhub record --out fixtures/golden/demo.json',
    notes: `Ctrl-C or SIGTERM stops it cleanly: a golden already at FILE stays as it was, and no temporary file is left; exit 130 (SIGINT) or 143 (SIGTERM). ${WRITES}`,
  },
  verify: {
    summary: "does today's generator still make a golden file's data?",
    synopsis: ['FILE...'],
    flags: [{ flag: '', value: 'FILE...', doc: 'golden files, as seedhub record writes them', example: 'seedhub verify fixtures/golden/default.json' }],
    notes: "Prints the drift entity by entity. Exit 0 when today's data is the golden's, 1 on drift, 2 when a file is missing or broken.",
  },
};
