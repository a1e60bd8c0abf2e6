/** A CliIo that keeps what a command prints, for in-process tests of commands. */
import type { CliIo } from './io.js';

export interface MemoryIo extends CliIo {
  out: string[];
  err: string[];
}

export function memoryIo(
  opts: { stdin?: string | Buffer; now?: string; env?: Record<string, string> } = {},
): MemoryIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readStdin: async () => (Buffer.isBuffer(opts.stdin) ? opts.stdin : Buffer.from(opts.stdin ?? '', 'utf8')),
    now: () => new Date(opts.now ?? '2026-11-28T04:00:00Z'),
    env: opts.env ?? {},
  };
}
