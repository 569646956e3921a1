import { ConfigException, type ConfigProblem } from './config.exception';
import type { EnvVar } from './env-var';

/** A nested object whose leaves are environment variable declarations. */
export interface ConfigSchema {
  readonly [key: string]: EnvVar<unknown> | ConfigSchema;
}

/** The typed configuration object a schema describes. */
export type ConfigOf<S extends ConfigSchema> = {
  readonly [K in keyof S]: S[K] extends EnvVar<infer T>
    ? T
    : S[K] extends ConfigSchema
      ? ConfigOf<S[K]>
      : never;
};

const isEnvVar = (node: EnvVar<unknown> | ConfigSchema): node is EnvVar<unknown> =>
  'kind' in node && node.kind === 'env-var';

/**
 * Parses and validates the whole schema at once. Every problem is collected, so one start-up
 * names every bad variable; throws ConfigException when there is any.
 */
export function loadConfig<S extends ConfigSchema>(
  schema: S,
  environment: NodeJS.ProcessEnv = process.env,
): ConfigOf<S> {
  const problems: ConfigProblem[] = [];
  const walk = (node: ConfigSchema): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(node)) {
      if (!isEnvVar(child)) {
        out[key] = walk(child);
        continue;
      }
      const result = child.parse(environment[child.name]);
      if (result.ok) out[key] = result.value;
      else problems.push({ variable: child.name, code: result.code, message: result.message });
    }
    return out;
  };
  const config = walk(schema);
  if (problems.length > 0) throw new ConfigException(problems);
  return config as ConfigOf<S>;
}

/** Every variable of a schema, for documentation tables and `--help` output. */
export function describeConfig(schema: ConfigSchema): EnvVar<unknown>[] {
  return Object.values(schema).flatMap((child) => (isEnvVar(child) ? [child] : describeConfig(child)));
}
