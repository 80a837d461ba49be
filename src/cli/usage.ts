// The CLI's help text: the general usage (`seedhub help`) and each command's own
// (`seedhub COMMAND --help`), rendered from the commands' help (help.ts) and, for the hub
// options, from the options table, so a flag is documented where it is declared.
import { HUB_OPTION_FLAGS } from '../options.ts';
import { COMMAND_HELP, type CommandFlag } from './help.ts';

/** Where a flag's text starts, and where lines wrap. */
const COLUMN = 20;
const WIDTH = 88;

/** `text` in lines of at most WIDTH, each after `indent` spaces, the first after `first`. */
function wrapped(first: string, text: string, indent = COLUMN): string[] {
  const lines: string[] = [];
  let line = first && first.length >= indent ? `${first} ` : first.padEnd(indent);
  for (const word of text.split(' ')) {
    if (line.trim().length > 0 && line.length + word.length > WIDTH && line.length > indent) {
      lines.push(line.trimEnd());
      line = ' '.repeat(indent);
    }
    line += `${word} `;
  }
  return [...lines, line.trimEnd()];
}

/** The hub options as command flags, each example starting with `run`. */
function hubFlags(run: string): CommandFlag[] {
  return HUB_OPTION_FLAGS.flatMap((row) => (row.list ? [row, row.list] : [row])).map(({ flag, value, doc, example }) => ({ flag, value, doc, example: `${run} --${flag} ${example}` }));
}

const named = ({ flag, value }: CommandFlag) => (flag ? `--${flag}${value ? ` ${value}` : ''}` : value ?? '');

function flagLines(flags: CommandFlag[], withExamples: boolean): string[] {
  return flags.flatMap((flag) => [...wrapped(`  ${named(flag)}`, flag.doc), ...(withExamples ? [`${' '.repeat(COLUMN + 2)}e.g. ${flag.example}`] : [])]);
}

const NAMES = Object.keys(COMMAND_HELP);

/** `seedhub help`: every command, its forms, and the hub options. */
export const USAGE = [
  'seedhub: a seeded sandbox of a Queensland school data hub API',
  '',
  'Usage:',
  ...Object.entries(COMMAND_HELP).flatMap(([name, help]) => help.synopsis.map((form) => `  seedhub ${name.padEnd(8)} ${form}`)),
  `  seedhub ${'help'.padEnd(8)} [COMMAND]`,
  '',
  'Commands:',
  ...Object.entries(COMMAND_HELP).flatMap(([name, help]) => wrapped(`  ${name}`, help.summary, 12)),
  '',
  `Hub options (${NAMES.filter((name) => COMMAND_HELP[name]!.hubOptions).join(', ')}):`,
  ...flagLines(hubFlags('seedhub serve'), false),
  '',
  'Run "seedhub COMMAND --help" (or "seedhub help COMMAND") for its flags, each with an example.',
  '',
].join('\n');

/** `seedhub NAME --help`, or undefined for no such command. */
export function commandUsage(name: string): string | undefined {
  const help = Object.hasOwn(COMMAND_HELP, name) ? COMMAND_HELP[name] : undefined;
  if (!help) return undefined;
  return [
    `seedhub ${name}: ${help.summary}`,
    '',
    'Usage:',
    ...help.synopsis.map((form) => `  seedhub ${name} ${form}`),
    '',
    help.flags.every(({ flag }) => !flag) ? 'Arguments:' : 'Options:',
    ...flagLines(help.flags, true),
    ...(help.hubOptions ? ['', 'Hub options:', ...flagLines(hubFlags(help.hubOptions), true)] : []),
    ...(help.notes ? ['', ...wrapped('', help.notes, 0)] : []),
    '',
  ].join('\n');
}

/** The command nearest to a mistyped one (`serv` → `serve`). */
export function closeCommand(name: string): string | undefined {
  return NAMES.find((known) => known.startsWith(name.slice(0, 3)));
}
