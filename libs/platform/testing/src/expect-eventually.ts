export interface EventuallyOptions {
  /** Give up after this long. Generous by default: tests must not fail because a machine is slow. */
  timeoutMs?: number;
  intervalMs?: number;
}

/**
 * Runs `assertion` until it stops throwing, then returns its result; after the timeout, rethrows
 * the last failure. For consumers and other things that happen "soon".
 */
export async function expectEventually<T>(
  assertion: () => T | Promise<T>,
  { timeoutMs = 60_000, intervalMs = 100 }: EventuallyOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await assertion();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}

let counter = 0;

/** A name no other test run uses: for topics, consumer groups, databases. */
export function uniqueName(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid.toString(36)}-${counter.toString(36)}`;
}
