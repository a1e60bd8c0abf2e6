/**
 * The extractor in steady state, for an instruction count (`bench/extract-instructions.sh`): WARM passes over a fixed
 * 0.5 MB sample of the extraction bench's corpus, a handshake with the script (which switches callgrind's
 * instrumentation on there), then MEASURE passes and the process's exit, counted to the end. Steady state is what `npm run bench -- extract` times (its
 * 10 MB warm-up pass leaves no function to compile); a count that starts after one pass also counts the JIT
 * compiling the extractor's large functions, which took ~75 % of such a "warm" pass (NOTES.md "Extraction speed,
 * steady state").
 */
import { existsSync, writeFileSync } from 'node:fs';
import { extractCases } from '../src/core/extraction/extract.js';
import { corpus } from './extract.js';

const dir = process.env.STEADY_DIR;
if (dir === undefined) throw new Error('STEADY_DIR 未设置：请用 bench/extract-instructions.sh 运行');
const { bulletins } = corpus(512 * 1024);
let cases = 0;
const pass = (): void => {
  for (const b of bulletins) cases += extractCases(b).length;
};
/**
 * Says `name` is reached and waits for the script's go, sleeping a millisecond between looks: a spin would be counted
 * once the script has switched instrumentation on, and the time between the switch and the go grows with the machine's
 * load (several million instructions at load ~8), where a sleep costs the same few thousand at any load.
 */
const pause = new Int32Array(new SharedArrayBuffer(4));
const handshake = (name: string): void => {
  writeFileSync(`${dir}/${name}.ready`, '');
  while (!existsSync(`${dir}/${name}.go`)) Atomics.wait(pause, 0, 0, 1);
};
for (let p = 0; p < Number(process.env.WARM ?? 8); p++) pass();
handshake('start');
for (let p = 0; p < Number(process.env.MEASURE ?? 2); p++) pass();
process.stdout.write(JSON.stringify({ cases }));
