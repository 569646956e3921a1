import { describe, expect, it } from 'vitest';
import { DecisionOutcome, DecisionRole, Reason } from '@sild/contracts';
import { sampleLeaf } from './testing';
import {
  AuditProofsErrorCode,
  EnvelopeVerdict,
  LEAF_OFFSETS,
  LEAF_STRING_FIELDS,
  LeafEntryType,
  decodeLeaf,
  encodeLeaf,
  type AuditLeaf,
} from './index';

const decision = sampleLeaf({
  entryType: LeafEntryType.DECISION,
  verdict: EnvelopeVerdict.NOT_APPLICABLE,
  outcome: DecisionOutcome.DECISION_OUTCOME_DENIED,
  role: DecisionRole.DECISION_ROLE_PROVIDER,
  reason: Reason.REASON_ACCESS_DENIED,
  recordSha256: new Uint8Array(32).fill(0x11),
  partition: -1,
  offset: -1,
  senderSequence: 0,
  createdAtMs: -5,
  decidedBy: 'NL/GOV/00000001/brp',
});

describe('leaf record encoding', () => {
  it.each([
    ['an envelope', sampleLeaf()],
    ['a decision', decision],
  ])('round-trips %s and re-encodes to the same bytes', (_what, leaf) => {
    const bytes = encodeLeaf(leaf);
    const decoded = decodeLeaf(bytes);
    expect(decoded).toEqual(leaf);
    expect(Buffer.from(encodeLeaf(decoded)).equals(bytes)).toBe(true);
  });

  it('puts every fixed field at its documented offset, big-endian', () => {
    const bytes = Buffer.from(encodeLeaf(sampleLeaf()));
    expect(bytes.subarray(0, 8).toString('hex')).toBe('0101010200000003');
    expect(bytes.subarray(LEAF_OFFSETS.recordSha256, LEAF_OFFSETS.envelopeSha256)).toEqual(
      Buffer.alloc(32, 0xaa),
    );
    expect(bytes.subarray(LEAF_OFFSETS.traceId, LEAF_OFFSETS.createdAtMs)).toEqual(Buffer.alloc(16, 0x4b));
    expect(bytes.readBigInt64BE(LEAF_OFFSETS.createdAtMs)).toBe(1_767_225_600_123n);
    expect(bytes.readInt32BE(LEAF_OFFSETS.partition)).toBe(5);
    expect(bytes.readBigInt64BE(LEAF_OFFSETS.offset)).toBe(1_234_567_890_123n);
    expect(bytes.readBigUInt64BE(LEAF_OFFSETS.senderSequence)).toBe(42n);
    expect(bytes.readUInt16BE(LEAF_OFFSETS.strings)).toBe(36);
    expect(bytes.subarray(118, 154).toString()).toBe(sampleLeaf().messageId);
    const strings = LEAF_STRING_FIELDS.reduce((n, name) => n + 2 + Buffer.byteLength(sampleLeaf()[name]), 0);
    expect(bytes.length).toBe(LEAF_OFFSETS.strings + strings);
  });

  it('refuses every truncation and any trailing byte', () => {
    const bytes = encodeLeaf(decision);
    for (let length = 0; length < bytes.length; length++) {
      expect(() => decodeLeaf(bytes.subarray(0, length))).toThrow(AuditProofsErrorCode.LEAF_MALFORMED);
    }
    expect(() => decodeLeaf(Buffer.concat([bytes, Buffer.of(0)]))).toThrow(/1 bytes of trailing data/);
    expect(() => decodeLeaf(bytes.subarray(0, 100))).toThrow(/truncated: 100 bytes, the fixed part is 116/);
    expect(() => decodeLeaf(bytes.subarray(0, 117))).toThrow(/before the length of messageId/);
  });

  const mutate = (at: number, value: number, leaf: AuditLeaf = sampleLeaf()): Buffer => {
    const bytes = Buffer.from(encodeLeaf(leaf));
    bytes[at] = value;
    return bytes;
  };
  it.each([
    ['an unknown version', mutate(0, 2), /unknown leaf version 2/],
    ['an unknown kind', mutate(LEAF_OFFSETS.kind, 9), /unknown kind 9/],
    ['an unknown outcome', mutate(LEAF_OFFSETS.outcome, 9, decision), /unknown outcome 9/],
    ['an unknown role', mutate(LEAF_OFFSETS.role, 9, decision), /unknown role 9/],
    ['an unknown reason', mutate(LEAF_OFFSETS.reason, 1), /unknown reason 259/],
    ['an unknown entry type', mutate(1, 3), /unknown entry type 3/],
    ['an envelope without verdict', mutate(3, 0), /needs verdict VALID or INVALID/],
    ['a decision with a verdict', mutate(3, 1, decision), /a decision entry has no verdict/],
    ['a partition below -1', mutate(LEAF_OFFSETS.partition + 3, 0xfe, decision), /partition -2/],
    ['an offset below -1', mutate(LEAF_OFFSETS.offset + 7, 0xfe, decision), /offset -2 is outside/],
    ['a time beyond 2^53', mutate(LEAF_OFFSETS.createdAtMs, 0x7f), /createdAtMs .* is outside/],
    ['a sequence beyond 2^53', mutate(LEAF_OFFSETS.senderSequence, 0x01), /senderSequence .* is outside/],
    ['invalid UTF-8', mutate(LEAF_OFFSETS.strings + 2, 0xff), /messageId is not valid UTF-8/],
  ])('refuses %s', (_what, bytes, reason) => {
    expect(() => decodeLeaf(bytes)).toThrow(reason);
  });

  it.each([
    ['a short record hash', { recordSha256: new Uint8Array(31) }, /recordSha256 must be 32 bytes/],
    ['a short envelope hash', { envelopeSha256: new Uint8Array(0) }, /envelopeSha256 must be 32 bytes/],
    ['a long trace id', { traceId: new Uint8Array(17) }, /traceId must be 16 bytes/],
    ['a string over 65535 bytes', { purpose: 'é'.repeat(40_000) }, /purpose is 80000 bytes/],
    ['a lone surrogate', { sender: 'a\ud800' }, /sender is not well-formed UTF-8/],
    ['a partition of 2^31', { partition: 2 ** 31 }, /partition must be an integer from -1/],
    ['a negative sequence', { senderSequence: -1 }, /senderSequence must be/],
    ['a fractional time', { createdAtMs: 1.5 }, /createdAtMs must be/],
    ['a mismatched verdict', { verdict: EnvelopeVerdict.NOT_APPLICABLE }, /needs verdict/],
    ['a decision with a verdict', { entryType: LeafEntryType.DECISION }, /a decision entry has no verdict/],
  ])('refuses to encode %s', (_what, change, reason) => {
    expect(() => encodeLeaf(sampleLeaf(change))).toThrow(reason);
    expect(() => encodeLeaf(sampleLeaf(change))).toThrow(AuditProofsErrorCode.LEAF_FIELD_INVALID);
  });

  it.each([
    ['entry type', 3, /unknown entry type 3/],
    ['verdict', 7, /unknown verdict 7/],
    ['kind', 99, /unknown kind 99/],
    ['outcome', 99, /unknown outcome 99/],
    ['role', 99, /unknown role 99/],
    ['reason', 70_000, /unknown reason 70000/],
  ])('refuses to encode an unknown %s', (field, value, reason) => {
    expect(() =>
      encodeLeaf(Object.assign(sampleLeaf(), { [field === 'entry type' ? 'entryType' : field]: value })),
    ).toThrow(reason);
  });

  it('keeps the largest string that fits', () => {
    const leaf = sampleLeaf({ subjectKey: 'k'.repeat(65_535) });
    expect(decodeLeaf(encodeLeaf(leaf)).subjectKey).toHaveLength(65_535);
  });
});
