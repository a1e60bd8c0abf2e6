/**
 * A fuzz target: a property over generated inputs that must hold for every one of them (never an uncaught
 * exception, never a 5xx …). run.ts runs each target for its share of the runs; smoke.test.ts runs each a little.
 */
import fc from 'fast-check';

export interface FuzzTarget {
  name: string;
  /** Its share of the total runs (the shares of all targets sum to 1). */
  share: number;
  /** Prepares what the property needs (an application, a data directory) and returns it with its teardown. */
  setup(): Promise<{
    property: fc.IAsyncPropertyWithHooks<unknown[]> | fc.IPropertyWithHooks<unknown[]>;
    close(): Promise<void>;
  }>;
}

export interface TargetOutcome {
  name: string;
  runs: number;
  ms: number;
  /** The first failure: fast-check's shrunk counterexample and the error it raised, with the path to replay it. */
  failure: string | null;
}

/** Runs one target `runs` times from `seed`; a failing property is reported, not thrown. */
export async function runTarget(target: FuzzTarget, runs: number, seed: number): Promise<TargetOutcome> {
  const started = Date.now();
  const { property, close } = await target.setup();
  try {
    const details = await fc.check(property as fc.IAsyncProperty<unknown[]>, {
      numRuns: runs,
      seed,
      endOnFailure: false,
    });
    const failure = details.failed
      ? `${String(details.errorInstance instanceof Error ? details.errorInstance.stack : details.errorInstance)}\n` +
        `counterexample: ${fc.stringify(details.counterexample)}\n` +
        `replay: seed ${details.seed}, path "${details.counterexamplePath}"`
      : null;
    return { name: target.name, runs: details.numRuns, ms: Date.now() - started, failure };
  } finally {
    await close();
  }
}
