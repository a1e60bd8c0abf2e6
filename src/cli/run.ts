/** Process entry of the `wangan` command (bin/wangan.js runs the compiled copy; `npx tsx src/cli/run.ts` in development). */
import { main } from './main.js';

process.exitCode = await main(process.argv.slice(2));
