/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<Buffer>;
  now(): Date;
  env: Record<string, string | undefined>;
}

export const processIo: CliIo = {
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks);
  },
  now: () => new Date(),
  env: process.env,
};

/** Exit codes of every command: 0 ok, 1 a finding (e.g. an unlawful decision), 2 bad input or usage. */
export const EXIT = { ok: 0, finding: 1, badInput: 2 } as const;

/** A usage or input error the command reports on stderr before exiting 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A command module: src/cli/commands/<name>.ts exports `run`. */
export type Command = (args: string[], io: CliIo) => Promise<number>;
