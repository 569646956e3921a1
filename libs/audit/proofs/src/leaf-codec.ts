// Encoding and decoding of audit leaf records (layout in leaf-record.ts and docs/auditing.md).
// Both directions are strict, so a decoded leaf re-encodes to the same bytes.
import { DecisionOutcome, DecisionRole, MessageKind, Reason } from '@sild/contracts';
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { HASH_SIZE } from './hashing';
import {
  EnvelopeVerdict,
  LEAF_OFFSETS as AT,
  LEAF_STRING_FIELDS,
  LEAF_VERSION,
  LeafEntryType,
  TRACE_ID_SIZE,
  enumMember,
  type AuditLeaf,
} from './leaf-record';

const invalid = (message: string): Error => proofsError(AuditProofsErrorCode.LEAF_FIELD_INVALID, message);
const malformed = (message: string): Error => proofsError(AuditProofsErrorCode.LEAF_MALFORMED, message);
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Why the entry type and verdict do not fit together, or undefined when they do. */
function verdictProblem(entryType: LeafEntryType, verdict: EnvelopeVerdict): string | undefined {
  switch (entryType) {
    case LeafEntryType.ENVELOPE:
      return verdict === EnvelopeVerdict.NOT_APPLICABLE
        ? 'an envelope entry needs verdict VALID or INVALID'
        : undefined;
    case LeafEntryType.DECISION:
      return verdict === EnvelopeVerdict.NOT_APPLICABLE
        ? undefined
        : `a decision entry has no verdict, got ${verdict}`;
  }
}

/** `value` as a member of the enum `values`; `fail` builds the error naming the field. */
function memberOf<E extends Record<string, string | number>>(
  values: E,
  value: number,
  name: string,
  fail: (message: string) => Error,
): E[keyof E] {
  const member = enumMember(values, value);
  if (member === undefined) throw fail(`unknown ${name} ${value}`);
  return member;
}

function checkInteger(value: number, name: string, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw invalid(`${name} must be an integer from ${min} to ${max}, got ${value}`);
  }
  return value;
}

function checkBytes(value: Uint8Array, name: string, size: number): Uint8Array {
  if (!(value instanceof Uint8Array) || value.length !== size) throw invalid(`${name} must be ${size} bytes`);
  return value;
}

const SURROGATE = /[\uD800-\uDFFF]/;

function stringBytes(value: string, name: string): Buffer {
  const bytes = Buffer.from(value, 'utf8');
  // only a string with surrogates can hold a lone one, which UTF-8 replaces: compare those
  if (SURROGATE.test(value) && bytes.toString('utf8') !== value) {
    throw invalid(`${name} is not well-formed UTF-8`);
  }
  if (bytes.length > 0xffff) throw invalid(`${name} is ${bytes.length} bytes, at most 65535 fit`);
  return bytes;
}

/** The leaf bytes of an audit record; LEAF_FIELD_INVALID names a field that does not fit. */
export function encodeLeaf(leaf: AuditLeaf): Uint8Array {
  const entryType = memberOf(LeafEntryType, leaf.entryType, 'entry type', invalid);
  const verdict = memberOf(EnvelopeVerdict, leaf.verdict, 'verdict', invalid);
  const problem = verdictProblem(entryType, verdict);
  if (problem) throw invalid(problem);
  const strings = LEAF_STRING_FIELDS.map((name) => stringBytes(leaf[name], name));
  const out = Buffer.alloc(strings.reduce<number>((total, bytes) => total + 2 + bytes.length, AT.strings));
  out.writeUInt8(LEAF_VERSION, AT.version);
  out.writeUInt8(entryType, AT.entryType);
  out.writeUInt8(memberOf(MessageKind, leaf.kind, 'kind', invalid), AT.kind);
  out.writeUInt8(verdict, AT.verdict);
  out.writeUInt8(memberOf(DecisionOutcome, leaf.outcome, 'outcome', invalid), AT.outcome);
  out.writeUInt8(memberOf(DecisionRole, leaf.role, 'role', invalid), AT.role);
  out.writeUInt16BE(memberOf(Reason, leaf.reason, 'reason', invalid), AT.reason);
  out.set(checkBytes(leaf.recordSha256, 'recordSha256', HASH_SIZE), AT.recordSha256);
  out.set(checkBytes(leaf.envelopeSha256, 'envelopeSha256', HASH_SIZE), AT.envelopeSha256);
  out.set(checkBytes(leaf.traceId, 'traceId', TRACE_ID_SIZE), AT.traceId);
  const safe = Number.MAX_SAFE_INTEGER;
  out.writeBigInt64BE(BigInt(checkInteger(leaf.createdAtMs, 'createdAtMs', -safe, safe)), AT.createdAtMs);
  out.writeInt32BE(checkInteger(leaf.partition, 'partition', -1, 0x7fffffff), AT.partition);
  out.writeBigInt64BE(BigInt(checkInteger(leaf.offset, 'offset', -1, safe)), AT.offset);
  out.writeBigUInt64BE(
    BigInt(checkInteger(leaf.senderSequence, 'senderSequence', 0, safe)),
    AT.senderSequence,
  );
  let at: number = AT.strings;
  for (const bytes of strings) {
    at = out.writeUInt16BE(bytes.length, at);
    out.set(bytes, at);
    at += bytes.length;
  }
  return out;
}

function safeNumber(value: bigint, name: string, min: number): number {
  if (value < BigInt(min) || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw malformed(`${name} ${value} is outside ${min}..2^53-1`);
  }
  return Number(value);
}

function readStrings(bytes: Buffer): Record<(typeof LEAF_STRING_FIELDS)[number], string> {
  const values: Partial<Record<(typeof LEAF_STRING_FIELDS)[number], string>> = {};
  let at: number = AT.strings;
  for (const name of LEAF_STRING_FIELDS) {
    if (at + 2 > bytes.length) throw malformed(`truncated before the length of ${name} at byte ${at}`);
    const length = bytes.readUInt16BE(at);
    at += 2;
    if (at + length > bytes.length)
      throw malformed(`truncated inside ${name} (${length} bytes from byte ${at})`);
    try {
      values[name] = utf8.decode(bytes.subarray(at, at + length));
    } catch {
      throw malformed(`${name} is not valid UTF-8`);
    }
    at += length;
  }
  if (at !== bytes.length)
    throw malformed(`${bytes.length - at} bytes of trailing data after the last field`);
  return values as Record<(typeof LEAF_STRING_FIELDS)[number], string>;
}

/** Decodes leaf bytes; LEAF_MALFORMED says why they are not a version-1 audit record. */
export function decodeLeaf(input: Uint8Array): AuditLeaf {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.length < AT.strings)
    throw malformed(`truncated: ${bytes.length} bytes, the fixed part is ${AT.strings}`);
  const version = bytes.readUInt8(AT.version);
  if (version !== LEAF_VERSION) throw malformed(`unknown leaf version ${version} (expected ${LEAF_VERSION})`);
  const entryType = memberOf(LeafEntryType, bytes.readUInt8(AT.entryType), 'entry type', malformed);
  const verdict = memberOf(EnvelopeVerdict, bytes.readUInt8(AT.verdict), 'verdict', malformed);
  const problem = verdictProblem(entryType, verdict);
  if (problem) throw malformed(problem);
  const partition = bytes.readInt32BE(AT.partition);
  if (partition < -1) throw malformed(`partition ${partition} is below -1`);
  const copy = (from: number, size: number): Uint8Array => new Uint8Array(bytes.subarray(from, from + size));
  return {
    entryType,
    kind: memberOf(MessageKind, bytes.readUInt8(AT.kind), 'kind', malformed),
    verdict,
    outcome: memberOf(DecisionOutcome, bytes.readUInt8(AT.outcome), 'outcome', malformed),
    role: memberOf(DecisionRole, bytes.readUInt8(AT.role), 'role', malformed),
    reason: memberOf(Reason, bytes.readUInt16BE(AT.reason), 'reason', malformed),
    recordSha256: copy(AT.recordSha256, HASH_SIZE),
    envelopeSha256: copy(AT.envelopeSha256, HASH_SIZE),
    traceId: copy(AT.traceId, TRACE_ID_SIZE),
    createdAtMs: safeNumber(bytes.readBigInt64BE(AT.createdAtMs), 'createdAtMs', -Number.MAX_SAFE_INTEGER),
    partition,
    offset: safeNumber(bytes.readBigInt64BE(AT.offset), 'offset', -1),
    senderSequence: safeNumber(bytes.readBigUInt64BE(AT.senderSequence), 'senderSequence', 0),
    ...readStrings(bytes),
  };
}
