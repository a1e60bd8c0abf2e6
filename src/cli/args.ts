import { UsageError } from './io.js';

/** Splits argv into positionals and --flags (`--at DATE`, `--at=DATE`, boolean `--check`). */
export function parseArgs(
  args: string[],
  spec: { values?: string[]; booleans?: string[] },
): { positionals: string[]; values: Record<string, string>; flags: Set<string> } {
  const values: Record<string, string> = {};
  const flags = new Set<string>();
  const positionals: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (!a.startsWith('--') || a === '--') {
      positionals.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (spec.booleans?.includes(name)) {
      flags.add(name);
    } else if (spec.values?.includes(name)) {
      const v = eq > 0 ? a.slice(eq + 1) : args[++i];
      if (v === undefined) throw new UsageError(`option --${name} needs a value`);
      values[name] = v;
    } else {
      throw new UsageError(`unknown option ${a}`);
    }
  }
  return { positionals, values, flags };
}
