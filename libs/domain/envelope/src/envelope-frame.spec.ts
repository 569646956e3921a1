import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wire } from '@sild/contracts';
import { DEFAULT_LIMITS, readEnvelopeFrame } from './envelope-frame';
import { TrustException, TrustFailure } from './trust.exception';

const hex = (bytes: Uint8Array | null | undefined): string => Buffer.from(bytes ?? []).toString('hex');

describe('readEnvelopeFrame', () => {
  it('reads the same fields as the generated decoder, unknown fields included', () => {
    const envelopes = fc.record({
      header: fc.uint8Array({ maxLength: 300 }),
      payload: fc.uint8Array({ maxLength: 300 }),
      signature: fc.option(
        fc.record({
          algorithm: fc.nat({ max: 2 ** 31 - 1 }),
          keyId: fc.uint8Array({ maxLength: 40 }),
          value: fc.uint8Array({ maxLength: 200 }),
        }),
        { nil: undefined },
      ),
      unknown: fc.uint8Array({ maxLength: 50 }),
    });
    fc.assert(
      fc.property(envelopes, ({ unknown, ...envelope }) => {
        // field 15, length-delimited: an unknown field that a newer sender might add
        const extra = Buffer.concat([Buffer.from([0x7a, unknown.length]), unknown]);
        const bytes = Buffer.concat([wire.Envelope.encode(envelope).finish(), extra]);
        const expected = wire.Envelope.decode(bytes);
        const frame = readEnvelopeFrame(bytes, DEFAULT_LIMITS);
        expect(hex(frame.header)).toBe(hex(expected.header));
        expect(hex(frame.payload)).toBe(hex(expected.payload));
        expect(frame.signed).toBe(expected.signature !== undefined && expected.signature !== null);
        expect(frame.algorithm).toBe(expected.signature?.algorithm ?? 0);
        expect(hex(frame.keyId)).toBe(hex(expected.signature?.keyId));
        expect(hex(frame.signature)).toBe(hex(expected.signature?.value));
      }),
      { numRuns: 2_000 },
    );
  });

  it('refuses repeated fields and wrong wire types instead of guessing', () => {
    const failure = (bytes: number[]): TrustFailure | undefined => {
      try {
        readEnvelopeFrame(Buffer.from(bytes), DEFAULT_LIMITS);
      } catch (error) {
        if (error instanceof TrustException) return error.failure;
        throw error;
      }
      return undefined;
    };
    expect(failure([0x0a, 0x01, 0x41, 0x0a, 0x01, 0x42])).toBe(TrustFailure.MALFORMED); // header twice
    expect(failure([0x08, 0x01])).toBe(TrustFailure.MALFORMED); // header as a varint
    expect(failure([0x1a, 0x02, 0x08, 0x01, 0x1a, 0x02, 0x08, 0x02])).toBe(TrustFailure.MALFORMED); // two signatures
    expect(failure([0x0b])).toBe(TrustFailure.MALFORMED); // a group
    expect(failure([0x0a, 0x01, 0x41])).toBeUndefined();
  });
});
