import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import protobuf from 'protobufjs';
import { describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding, wire, type ClientId, type HeaderFields } from '@sild/contracts';
import { HEADER_WRITER_FIELDS, writeHeader, writeHeaderForSigning } from './header-writer';
import { timestampOf } from './protobuf-values';
import { toBeSigned } from './to-be-signed';

const text = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 20 }),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
);
const optional = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(arb, { nil: undefined });
const u64 = fc.oneof(fc.constant(0), fc.nat(), fc.maxSafeNat());
const client: fc.Arbitrary<ClientId> = fc.record({
  instance: text,
  memberClass: text,
  memberCode: text,
  subsystem: text,
});
const service = fc.record({ provider: optional(client), serviceCode: text, serviceVersion: text });
const timestamp = fc.record({ seconds: u64, nanos: fc.integer({ min: 0, max: 999_999_999 }) });
const digest = fc.uint8Array({ maxLength: 40 });

const headers: fc.Arbitrary<HeaderFields> = fc.record(
  {
    messageId: text,
    kind: fc.constantFrom(
      ...Object.values(MessageKind).filter((v): v is MessageKind => typeof v === 'number'),
    ),
    sender: client,
    recipientClient: client,
    recipientService: service,
    service,
    eventType: fc.record({ name: fc.string({ maxLength: 200 }) }),
    correlationId: text,
    inReplyTo: text,
    requestHash: digest,
    traceparent: text,
    tracestate: fc.string({ maxLength: 300 }),
    createdAt: timestamp,
    expiresAt: timestamp,
    payloadType: text,
    payloadSha256: digest,
    payloadEncoding: fc.constantFrom(
      ...Object.values(PayloadEncoding).filter((v): v is PayloadEncoding => typeof v === 'number'),
    ),
    onBehalfOf: text,
    purpose: text,
    subjectKey: text,
    subjectSequence: u64,
    senderInstanceId: text,
    senderSequence: u64,
    attributes: fc.dictionary(fc.oneof(fc.constant(''), fc.string({ maxLength: 20 })), text, { maxKeys: 6 }),
  },
  { requiredKeys: [] },
);

describe('writeHeader', () => {
  it('writes the same bytes as the generated encoder', () => {
    fc.assert(
      fc.property(headers, (fields) => {
        const expected = Buffer.from(wire.Header.encode(fields).finish());
        expect(Buffer.from(writeHeader(fields)).equals(expected)).toBe(true);
      }),
      { numRuns: 3_000 },
    );
  });

  it('falls back to the generated encoder for negative 64-bit values and huge headers', () => {
    const negative = { messageId: 'm', createdAt: { seconds: -5, nanos: 1 } };
    expect(Buffer.from(writeHeader(negative))).toEqual(Buffer.from(wire.Header.encode(negative).finish()));
    const huge = { messageId: 'm', purpose: 'x'.repeat(100_000) };
    expect(Buffer.from(writeHeader(huge))).toEqual(Buffer.from(wire.Header.encode(huge).finish()));
  });

  it('knows every field that proto/ declares for the messages it writes', () => {
    const root = new protobuf.Root();
    root.resolvePath = (_origin, target) =>
      target.startsWith('google/')
        ? target
        : fileURLToPath(new URL(`../../../../proto/${target}`, import.meta.url));
    root.loadSync('sild/v1/header.proto');
    for (const [name, fieldCount] of Object.entries(HEADER_WRITER_FIELDS)) {
      const ids = root.lookupType(name).fieldsArray.map((f) => f.id);
      expect(Math.max(...ids), name).toBe(fieldCount);
      expect(ids.length, name).toBe(fieldCount);
    }
  });
});

describe('writeHeaderForSigning', () => {
  it('writes the draft with the signer fields, and its to-be-signed bytes', () => {
    const signerFields = fc.record({
      messageId: fc.string(),
      createdAtMs: fc.maxSafeNat(),
      expiresAtMs: fc.integer({ min: -5, max: 2 ** 45 }),
      payloadSha256: fc.uint8Array({ minLength: 32, maxLength: 32 }),
      senderInstanceId: fc.string(),
      senderSequence: fc.maxSafeNat(),
    });
    fc.assert(
      fc.property(headers, signerFields, (draft, signed) => {
        const { header, tbs } = writeHeaderForSigning(draft, signed);
        const expected = wire.Header.encode({
          ...draft,
          messageId: signed.messageId,
          createdAt: timestampOf(signed.createdAtMs),
          expiresAt: timestampOf(signed.expiresAtMs),
          payloadSha256: signed.payloadSha256,
          senderInstanceId: signed.senderInstanceId,
          senderSequence: signed.senderSequence,
        }).finish();
        expect(Buffer.from(header).equals(Buffer.from(expected))).toBe(true);
        expect(tbs.equals(toBeSigned(header, signed.payloadSha256))).toBe(true);
      }),
      { numRuns: 1_000 },
    );
  });
});
