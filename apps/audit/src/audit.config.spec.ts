import { describe, expect, it } from 'vitest';
import { ConfigException } from '@sild/platform-config';
import { loadAuditConfig } from './audit.config';
import { parseAuditorTokens, parsePayloadKey, parsePayloadServices } from './audit-settings';

const BASE = { SILD_ANCHOR_FILE: '/sild/anchor.json' };

describe('audit configuration', () => {
  it('has the documented defaults', () => {
    const config = loadAuditConfig(BASE);
    expect(config.http.port).toBe(8086);
    expect(config.grpc.port).toBe(50056);
    expect(config.database).toEqual({ url: undefined, dataDir: '.data/audit' });
    expect(config.log).toEqual({
      keyFile: '',
      origin: '',
      checkpointEvery: 1000,
      checkpointIntervalMs: 5000,
    });
    expect(config.payloads.services).toEqual([]);
  });

  it('needs AUDIT_PAYLOAD_KEY when AUDIT_STORE_PAYLOADS names services', () => {
    expect(() => loadAuditConfig({ ...BASE, AUDIT_STORE_PAYLOADS: 'nl.brp.person.*' })).toThrow(
      /AUDIT_PAYLOAD_KEY is required when AUDIT_STORE_PAYLOADS names services/,
    );
    const key = Buffer.alloc(32, 1).toString('base64');
    const config = loadAuditConfig({
      ...BASE,
      AUDIT_STORE_PAYLOADS: 'nl.brp.person.*',
      AUDIT_PAYLOAD_KEY: key,
    });
    expect(config.payloads.key).toHaveLength(32);
  });

  it('refuses a bad value with one line naming the variable, never showing a secret', () => {
    let message = '';
    try {
      loadAuditConfig({ ...BASE, AUDIT_AUDITOR_TOKENS: 'alice=short' });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigException);
      message = (error as Error).message;
    }
    expect(message).toMatch(/^invalid configuration: AUDIT_AUDITOR_TOKENS entries must be name=token/);
    expect(message).not.toContain('short');
  });
});

describe('audit settings', () => {
  it('parses auditor tokens, refusing short tokens and repeated names or tokens', () => {
    expect(parseAuditorTokens('alice=0123456789abcdef, bob@example=fedcba9876543210')).toEqual([
      { name: 'alice', token: '0123456789abcdef' },
      { name: 'bob@example', token: 'fedcba9876543210' },
    ]);
    expect(parseAuditorTokens('=0123456789abcdef')).toHaveProperty('error');
    expect(parseAuditorTokens('a=0123456789abcdef,a=0123456789abcdeg')).toHaveProperty('error');
    expect(parseAuditorTokens('a=0123456789abcdef,b=0123456789abcdef')).toHaveProperty('error');
  });

  it('parses the payload key (32 bytes of base64) and the payload services', () => {
    expect(parsePayloadKey('')).toHaveLength(0);
    expect(parsePayloadKey(Buffer.alloc(16).toString('base64'))).toHaveProperty('error');
    expect(parsePayloadKey('not base64!')).toHaveProperty('error');
    expect(parsePayloadServices(' NL/GOV/00000001/brp/persons/v1 , nl.brp.* ')).toEqual([
      'NL/GOV/00000001/brp/persons/v1',
      'nl.brp.*',
    ]);
    expect(parsePayloadServices('*')).toHaveProperty('error');
    expect(parsePayloadServices('nl.*.v1')).toHaveProperty('error');
  });
});
