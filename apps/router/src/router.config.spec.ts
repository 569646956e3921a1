import { describe, expect, it } from 'vitest';
import { ConfigException } from '@sild/platform-config';
import { loadRouterConfig } from './router.config';

const REQUIRED = { SILD_ANCHOR_FILE: '/etc/sild/anchor.json' };

const problemOf = (environment: NodeJS.ProcessEnv): string => {
  try {
    loadRouterConfig({ ...REQUIRED, ...environment });
  } catch (error) {
    if (error instanceof ConfigException) return error.message;
    throw error;
  }
  return 'accepted';
};

describe('router configuration', () => {
  it('has the documented defaults', () => {
    expect(loadRouterConfig(REQUIRED)).toMatchObject({
      http: { host: '0.0.0.0', port: 8085 },
      anchorFile: '/etc/sild/anchor.json',
      instanceId: '',
      concurrency: 256,
      eventRetentionMs: 604_800_000,
      viewMaxAgeMs: 0,
    });
  });

  it('names the variable that is missing or out of range', () => {
    expect(problemOf({ SILD_ANCHOR_FILE: undefined })).toContain('SILD_ANCHOR_FILE');
    expect(problemOf({ ROUTER_CONCURRENCY: '0' })).toContain('ROUTER_CONCURRENCY');
    expect(problemOf({ ROUTER_CONCURRENCY: 'many' })).toContain('ROUTER_CONCURRENCY');
    expect(problemOf({ ROUTER_INSTANCE_ID: 'router-a', ROUTER_CONCURRENCY: '16' })).toBe('accepted');
  });
});
