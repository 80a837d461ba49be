// The one-line commands that reproduce a test's hub outside Playwright, for failure
// reports and for the hint that a golden file is missing.
import { optionFlags, type ResolvedOptions } from '../options.ts';

/** `npx seedhub serve ...` with every option that shapes the data. */
export function serveCommand(options: ResolvedOptions): string {
  return ['npx seedhub serve', ...optionFlags(options)].join(' ');
}

/** `npx seedhub record --out FILE ...`: records the golden file a spec with these options accepts. */
export function recordCommand(file: string, options: ResolvedOptions): string {
  return ['npx seedhub record --out', file, ...optionFlags(options)].join(' ');
}
