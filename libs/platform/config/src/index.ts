export { ConfigErrorCode, ConfigException, type ConfigProblem } from './config.exception';
export { configTable, defaultOf } from './config-table';
export { env, type EnvVar } from './env-var';
export { describeConfig, loadConfig, type ConfigOf, type ConfigSchema } from './load-config';
export { BearerTokens, bearerTokenOf, MIN_TOKEN_LENGTH, parseTokenList, type TokenEntry } from './token-list';
