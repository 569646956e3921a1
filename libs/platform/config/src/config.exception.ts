export enum ConfigErrorCode {
  MISSING = 'MISSING',
  INVALID = 'INVALID',
}

export interface ConfigProblem {
  readonly variable: string;
  readonly code: ConfigErrorCode;
  readonly message: string;
}

/** Raised at start-up when the environment does not describe a valid configuration. */
export class ConfigException extends Error {
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(`invalid configuration: ${problems.map((p) => `${p.variable} ${p.message}`).join('; ')}`);
    this.name = 'ConfigException';
  }
}
