// The seedhub command: `seedhub serve`, `seedhub generate`, `seedhub help`.
import { main } from './cli/main.ts';
import { processIo } from './cli/io.ts';
import { SIGNAL_EXIT_CODES } from './cli/interrupt.ts';

process.exitCode = await main(process.argv.slice(2), processIo);
// A command stopped by a signal ends now, even when work it started never returned.
if (Object.values(SIGNAL_EXIT_CODES).includes(process.exitCode)) process.exit();
