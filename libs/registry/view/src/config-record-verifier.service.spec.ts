import { describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding } from '@sild/contracts';
import { EnvelopeSigner, sealEnvelope } from '@sild/domain-envelope';
import { testMember, testRootCa } from '@sild/platform-crypto/testing';
import { CONFIG_RECORD_TYPE, CONFIG_SNAPSHOT_TYPE, encodeConfigRecord } from '@sild/registry-config';
import { sampleEntities } from '@sild/registry-config/testing';
import { ConfigRecordVerifier, RecordRefusedException, RefusalReason } from '../src';
import { sealConfig, testRegistry } from '../src/testing';

const registry = testRegistry();
const verifier = new ConfigRecordVerifier(registry.anchor);
const payload = encodeConfigRecord('1', sampleEntities[1]!, new Date());

function refusal(bytes: Uint8Array, type = CONFIG_RECORD_TYPE): RefusalReason | undefined {
  try {
    verifier.verifyRecord(bytes, type);
    return undefined;
  } catch (error) {
    if (error instanceof RecordRefusedException) return error.reason;
    throw error;
  }
}

const flipped = (bytes: Uint8Array, index: number): Buffer => {
  const copy = Buffer.from(bytes);
  copy[index] = (copy[index] ?? 0) ^ 0x01;
  return copy;
};

describe('ConfigRecordVerifier', () => {
  it('accepts a record signed as the registry publishes it and returns its payload', () => {
    const verified = verifier.verifyRecord(
      sealConfig(registry, payload, CONFIG_RECORD_TYPE),
      CONFIG_RECORD_TYPE,
    );
    expect(Buffer.from(verified.payload)).toEqual(Buffer.from(payload));
    expect(Math.abs(verified.signedAtMs - Date.now())).toBeLessThan(60_000);
  });

  it('accepts a record whose envelope expired long ago: records live on the compacted topic for years', () => {
    const old = testRegistry(() => Date.parse('2025-03-01T00:00:00Z'));
    const oldVerifier = new ConfigRecordVerifier(old.anchor);
    const verified = oldVerifier.verifyRecord(
      sealConfig(old, payload, CONFIG_RECORD_TYPE),
      CONFIG_RECORD_TYPE,
    );
    expect(verified.signedAtMs).toBe(Date.parse('2025-03-01T00:00:00Z'));
  });

  it('refuses bytes that are no envelope', () => {
    expect(refusal(Buffer.from('not an envelope'))).toBe(RefusalReason.MALFORMED);
    expect(refusal(new Uint8Array())).toBe(RefusalReason.MALFORMED);
  });

  it('refuses a record signed by another key, even a member of the same instance', () => {
    const ca = testRootCa('NL');
    const other = testMember(ca, { memberClass: 'GOV', memberCode: '00000000' });
    const forger = {
      member: other,
      signer: new EnvelopeSigner({
        privateKey: other.keys.privateKey,
        certificate: other.certificate,
        senderInstanceId: 'x',
      }),
    };
    expect(refusal(sealConfig(forger, payload, CONFIG_RECORD_TYPE))).toBe(RefusalReason.UNKNOWN_SIGNER);
  });

  it('refuses a record whose payload or signature bytes were changed', () => {
    const bytes = sealConfig(registry, payload, CONFIG_RECORD_TYPE);
    const at = bytes.indexOf(Buffer.from(payload));
    expect(at).toBeGreaterThan(0);
    expect(refusal(flipped(bytes, at + 3))).toBe(RefusalReason.BAD_SIGNATURE);
    expect(refusal(flipped(bytes, bytes.length - 2))).toBe(RefusalReason.BAD_SIGNATURE);
  });

  it('refuses a correctly signed envelope whose header names another payload', () => {
    const signed = registry.signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
        sender: { ...registry.member.identity, subsystem: '' },
        payloadType: CONFIG_RECORD_TYPE,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      },
      Buffer.from('another payload'),
    );
    const bytes = sealEnvelope(signed.header, payload, {
      privateKey: registry.member.keys.privateKey,
      certificate: registry.member.certificate,
    });
    expect(refusal(bytes)).toBe(RefusalReason.DIGEST_MISMATCH);
  });

  it('refuses another payload type or message kind', () => {
    expect(refusal(sealConfig(registry, payload, CONFIG_SNAPSHOT_TYPE))).toBe(RefusalReason.WRONG_TYPE);
    const event = registry.signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_EVENT,
        sender: { ...registry.member.identity, subsystem: '' },
        eventType: { name: 'nl.sild.config.v1' },
        subjectKey: 'k',
        payloadType: CONFIG_RECORD_TYPE,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      },
      payload,
    );
    expect(refusal(event.bytes)).toBe(RefusalReason.WRONG_TYPE);
  });

  it('refuses a record that claims another sender', () => {
    const bytes = registry.signer.sign(
      {
        kind: MessageKind.MESSAGE_KIND_MANAGEMENT,
        sender: { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: '' },
        payloadType: CONFIG_RECORD_TYPE,
        payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
      },
      payload,
    ).bytes;
    expect(refusal(bytes)).toBe(RefusalReason.SENDER_MISMATCH);
  });

  it('refuses a record signed outside the validity of the registry certificate', () => {
    const late = {
      ...registry,
      signer: new EnvelopeSigner({
        privateKey: registry.member.keys.privateKey,
        certificate: registry.member.certificate,
        senderInstanceId: 'registry-late',
        clock: () => Date.parse('2031-01-01T00:00:00Z'),
      }),
    };
    expect(refusal(sealConfig(late, payload, CONFIG_RECORD_TYPE))).toBe(RefusalReason.CERTIFICATE_INVALID);
  });

  it('will not start from an anchor whose registry certificate another root issued', () => {
    const stranger = testRegistry();
    expect(
      () => new ConfigRecordVerifier({ ...registry.anchor, registry: stranger.anchor.registry }),
    ).toThrow('not issued by the instance root');
  });
});
