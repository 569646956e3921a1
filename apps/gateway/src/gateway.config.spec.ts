import { describe, expect, it } from 'vitest';
import { ConfigException } from '@sild/platform-config';
import { loadGatewayConfig } from './gateway.config';

const REQUIRED = { SILD_ANCHOR_FILE: '/etc/sild/anchor.json', GATEWAY_MEMBER: 'NL/MUN/0363' };
const SECRET = 'a-secret-token-0123456789';

const problemOf = (environment: NodeJS.ProcessEnv): string => {
  try {
    loadGatewayConfig({ ...REQUIRED, ...environment });
  } catch (error) {
    if (error instanceof ConfigException) return error.message;
    throw error;
  }
  return 'accepted';
};

describe('gateway configuration', () => {
  it('has the documented defaults', () => {
    expect(loadGatewayConfig(REQUIRED)).toMatchObject({
      http: { port: 8083 },
      grpc: { host: '0.0.0.0', port: 50053 },
      anchorFile: '/etc/sild/anchor.json',
      member: { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: '' },
      instanceId: '',
      key: { file: '', signerAddress: '', signerKeyHandle: '' },
      backends: [],
      backendToken: '',
      apiTokens: [],
      limits: {
        callTimeoutMs: 10_000,
        maxCallTimeoutMs: 60_000,
        backendTimeoutMs: 5_000,
        maxPayloadBytes: 524_288,
        requestConcurrency: 64,
        viewMaxAgeMs: 0,
      },
    });
  });

  it('reads providers and API tokens', () => {
    const config = loadGatewayConfig({
      ...REQUIRED,
      GATEWAY_PROVIDERS: 'brp=grpc://register:50061',
      GATEWAY_API_TOKENS: `burgerzaken+parkeren=${SECRET}`,
    });
    expect(config.backends).toEqual([{ subsystem: 'brp', kind: 'grpc', target: 'register:50061' }]);
    expect(config.apiTokens).toEqual([{ token: SECRET, subsystems: ['burgerzaken', 'parkeren'] }]);
  });

  it('requires the member and the anchor', () => {
    expect(() => loadGatewayConfig({})).toThrow(
      /GATEWAY_MEMBER[\s\S]*SILD_ANCHOR_FILE|SILD_ANCHOR_FILE[\s\S]*GATEWAY_MEMBER/,
    );
  });

  it.each([
    ['GATEWAY_MEMBER', 'NL/MUN'],
    ['GATEWAY_PROVIDERS', 'brp=register:50061'],
    ['GATEWAY_MAX_PAYLOAD_BYTES', String(2 * 1024 * 1024)],
    ['GATEWAY_CALL_TIMEOUT_MS', '10'],
  ])('names a bad %s', (variable, value) => {
    expect(problemOf({ [variable]: value })).toContain(variable);
  });

  it('refuses a default deadline longer than the longest a caller may ask for', () => {
    const problem = problemOf({ GATEWAY_CALL_TIMEOUT_MS: '90000', GATEWAY_MAX_CALL_TIMEOUT_MS: '60000' });
    expect(problem).toContain(
      'GATEWAY_CALL_TIMEOUT_MS is 90000, more than GATEWAY_MAX_CALL_TIMEOUT_MS (60000)',
    );
    expect(problemOf({ GATEWAY_CALL_TIMEOUT_MS: '60000', GATEWAY_MAX_CALL_TIMEOUT_MS: '60000' })).toBe(
      'accepted',
    );
  });

  it('never repeats a bad API token setting', () => {
    const problem = problemOf({ GATEWAY_API_TOKENS: `burgerzaken=${SECRET},parkeren=short-secret` });
    expect(problem).toContain('GATEWAY_API_TOKENS');
    expect(problem).not.toContain(SECRET);
    expect(problem).not.toContain('short-secret');
  });
});
