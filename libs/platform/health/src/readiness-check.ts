/**
 * One dependency a service needs before it can do its work (Kafka, the database, a fresh
 * registry view, loaded keys). check() resolves when the dependency is usable, optionally with
 * details for the readiness report, and throws (with a reason) when it is not.
 */
export interface ReadinessCheck {
  readonly name: string;
  check(): Promise<Record<string, unknown> | undefined>;
}

/** Injection token for the list of readiness checks of a service. */
export const READINESS_CHECKS = Symbol('READINESS_CHECKS');

/** A readiness check from a function, failing when it takes longer than timeoutMs. */
export function readinessCheck(
  name: string,
  check: () => Promise<Record<string, unknown> | undefined>,
  timeoutMs = 3_000,
): ReadinessCheck {
  return {
    name,
    async check() {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          reject(new Error(`${name} did not answer within ${timeoutMs} ms`));
        }, timeoutMs);
      });
      try {
        return await Promise.race([check(), timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
