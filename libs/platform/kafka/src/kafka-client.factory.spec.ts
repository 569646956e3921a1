import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '@sild/platform-config';
import { securityOptions } from './kafka-client.factory';
import { kafkaConfigSchema } from './kafka.config';
import { KafkaErrorCode } from './kafka.exception';

const config = (env: Record<string, string>) => loadConfig(kafkaConfigSchema, env);

describe('Kafka client security settings', () => {
  it('uses neither TLS nor SASL by default', () => {
    expect(securityOptions(config({}))).toEqual({});
  });

  it('connects with TLS (own CA) and a SASL user when configured', () => {
    const ca = join(mkdtempSync(join(tmpdir(), 'kafka-ca-')), 'ca.pem');
    writeFileSync(ca, '-----BEGIN CERTIFICATE-----\nAA==\n-----END CERTIFICATE-----\n');
    const options = securityOptions(
      config({
        KAFKA_TLS: 'true',
        KAFKA_TLS_CA_FILE: ca,
        KAFKA_SASL_MECHANISM: 'scram-sha-512',
        KAFKA_SASL_USERNAME: 'gateway-nl-mun-0363',
        KAFKA_SASL_PASSWORD: 'secret',
      }),
    );
    expect(options).toEqual({
      ssl: { ca: [expect.stringContaining('BEGIN CERTIFICATE')] },
      sasl: { mechanism: 'scram-sha-512', username: 'gateway-nl-mun-0363', password: 'secret' },
    });
    expect(securityOptions(config({ KAFKA_TLS: 'true' }))).toEqual({ ssl: true });
  });

  it('refuses SASL without a user name, and unknown mechanisms', () => {
    expect(() => securityOptions(config({ KAFKA_SASL_MECHANISM: 'plain' }))).toThrow(
      expect.objectContaining({ code: KafkaErrorCode.MISCONFIGURED }),
    );
    expect(() => config({ KAFKA_SASL_MECHANISM: 'gssapi' })).toThrow(/KAFKA_SASL_MECHANISM/);
  });
});
