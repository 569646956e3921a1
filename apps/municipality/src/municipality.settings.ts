import type { Logger } from '@sild/platform-logging';

/** Injection token of what the HTTP controllers need from the configuration. */
export const MUNICIPALITY_SETTINGS = Symbol('MUNICIPALITY_SETTINGS');

export interface MunicipalitySettings {
  readonly code: string;
  readonly delivery: 'webhook' | 'stream';
  readonly subscriptionIds: readonly string[];
  /** Bearer token of POST /events and GET /residents ('' = open). */
  readonly httpToken: string;
  readonly logger: Logger;
}
