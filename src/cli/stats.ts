// `seedhub stats`: the realism report, the distributions that make a hub look like
// Queensland schools beside their target bands and sources (docs/data-model.md's keys), for
// generated data or a running hub. Exit 0 when every figure is in its band, 1 when one is not.
import { limitedFetch } from '../consistency/http.ts';
import { crawlHub } from '../consistency/crawl.ts';
import { CrawlError } from '../consistency/discover.ts';
import { crawlOfDataset } from '../consistency/from-dataset.ts';
import { realismReport, type RealismMetric } from '../consistency/realism.ts';
import { createDataset } from '../generate/dataset.ts';
import { HUB_FLAGS, hubOptions, readFlags, UsageError } from './args.ts';
import type { Io } from './io.ts';

const shown = (m: RealismMetric, value: number) => (m.unit === 'share' ? `${(value * 100).toFixed(1)}%` : m.unit === 'ratio' ? value.toFixed(2) : String(value));

/** The report as a table: ok, figure, value, target band and source, and the note of a figure out of its band. */
export function renderRealism(metrics: readonly RealismMetric[]): string[] {
  const width = Math.max(...metrics.map((m) => m.name.length));
  return metrics.map((m) => {
    const target = m.target[0] === m.target[1] ? shown(m, m.target[0]) : `${shown(m, m.target[0])} to ${shown(m, m.target[1])}`;
    return `${m.ok ? 'ok ' : 'OUT'}  ${m.name.padEnd(width)}  ${shown(m, m.value).padStart(7)}  (target ${target}; ${m.source})${m.ok || !m.note ? '' : `: ${m.note}`}`;
  });
}

export async function stats(args: string[], io: Io): Promise<number> {
  const values = readFlags(args, { ...HUB_FLAGS, url: { type: 'string' }, json: { type: 'boolean' } });
  let crawl;
  if (values.url !== undefined) {
    const clash = Object.keys(HUB_FLAGS).find((flag) => flag in values);
    if (clash) throw new UsageError(`Failed to read the command line: --${clash} cannot be combined with --url; a running hub has its own options.`);
    try {
      crawl = await crawlHub({ fetch: limitedFetch(), baseUrl: values.url, comparePageSize: false });
    } catch (error) {
      if (!(error instanceof CrawlError)) throw error;
      io.error(error.message);
      return 2;
    }
  } else crawl = crawlOfDataset(createDataset(hubOptions(values, io.error)));
  const metrics = realismReport(crawl);
  if (values.json) io.out(JSON.stringify(metrics, null, 2));
  else for (const line of renderRealism(metrics)) io.out(line);
  return metrics.every((m) => m.ok) ? 0 : 1;
}
