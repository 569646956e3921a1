import { describe, expect, it } from 'vitest';
import { ConfigException } from '@sild/platform-config';
import { loadSignerConfig } from './signer.config';

const required = {
  SILD_ANCHOR_FILE: '/etc/sild/anchor.json',
  SIGNER_TOKEN_DIR: '/var/lib/sild/token',
  SIGNER_TOKEN_PASSPHRASE: 'a secret passphrase',
};

describe('signer configuration', () => {
  it('has the documented defaults', () => {
    expect(loadSignerConfig(required)).toMatchObject({
      http: { port: 8082 },
      grpc: { port: 50052 },
      registryAddress: '127.0.0.1:50051',
      dataDir: '.data/signer',
      certificates: { validityDays: 365, maxValidityDays: 825 },
      token: { dir: '/var/lib/sild/token', passphrase: 'a secret passphrase' },
    });
  });

  it('names every missing or bad variable, never a value of the passphrase', () => {
    let problem: unknown;
    try {
      loadSignerConfig({ ...required, SIGNER_TOKEN_PASSPHRASE: '', SIGNER_CERT_VALIDITY_DAYS: '0' });
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(ConfigException);
    const message = (problem as Error).message;
    expect(message).toContain('SIGNER_TOKEN_PASSPHRASE is required');
    expect(message).toContain('SIGNER_CERT_VALIDITY_DAYS must be an integer from 1 to 3650');
  });
});
