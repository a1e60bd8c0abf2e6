/** Every published discretion benchmark we hold as data (discretion.md lists what was searched for). */
import type { Benchmark } from './model.js';
import { SHANXI_POLICE_2018 } from './shanxi-police-2018.js';

export const BENCHMARKS: readonly Benchmark[] = [SHANXI_POLICE_2018];
