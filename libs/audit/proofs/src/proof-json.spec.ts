import { describe, expect, it } from 'vitest';
import { memoryLog, numberedLeaves } from './testing';
import {
  AuditProofsErrorCode,
  consistencyProof,
  consistencyProofFromJson,
  consistencyProofToJson,
  inclusionProof,
  inclusionProofFromJson,
  inclusionProofToJson,
  leafHash,
  verifyConsistency,
  verifyInclusion,
} from './index';

const leaves = numberedLeaves(11);
const { range, store } = memoryLog(leaves);

describe('proof JSON', () => {
  it('an inclusion proof survives JSON text and still verifies', async () => {
    const proof = { leafIndex: 6, treeSize: 11, hashes: await inclusionProof(6, 11, store) };
    const json = inclusionProofToJson(proof);
    expect(json.hashes[0]).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const back = inclusionProofFromJson(JSON.parse(JSON.stringify(json)));
    expect(back.hashes.map((h) => Buffer.from(h).toString('base64'))).toEqual(json.hashes);
    verifyInclusion({
      index: back.leafIndex,
      treeSize: back.treeSize,
      leafHash: leafHash(leaves[6] as Uint8Array),
      proof: back.hashes,
      root: range.root(),
    });
  });

  it('a consistency proof survives JSON text and still verifies', async () => {
    const { range: old } = memoryLog(leaves.slice(0, 5));
    const json = consistencyProofToJson({
      size1: 5,
      size2: 11,
      hashes: await consistencyProof(5, 11, store),
    });
    const back = consistencyProofFromJson(JSON.parse(JSON.stringify(json)));
    verifyConsistency({ ...back, proof: back.hashes, root1: old.root(), root2: range.root() });
  });

  const good = { leafIndex: 1, treeSize: 2, hashes: [Buffer.alloc(32).toString('base64')] };
  it.each([
    ['not an object', [], /must be a JSON object/],
    ['an unknown field', { ...good, extra: 1 }, /unknown fields: extra/],
    ['a missing field', { leafIndex: 1, treeSize: 2 }, /lacks fields: hashes/],
    ['a size as text', { ...good, treeSize: '2' }, /treeSize must be a number/],
    ['a negative index', { ...good, leafIndex: -1 }, AuditProofsErrorCode.BAD_SIZE],
    ['hashes not an array', { ...good, hashes: 'AAAA' }, /hashes must be an array/],
    ['a hash that is not text', { ...good, hashes: [1] }, /hashes\[0\] must be a base64 string/],
    ['URL-safe base64', { ...good, hashes: ['_'.repeat(43) + '='] }, /not canonical standard base64/],
    ['unpadded base64', { ...good, hashes: ['A'.repeat(43)] }, /not canonical standard base64/],
    ['a 31-byte hash', { ...good, hashes: [Buffer.alloc(31).toString('base64')] }, /31 bytes/],
  ])('refuses %s', (_what, json, reason) => {
    expect(() => inclusionProofFromJson(json)).toThrow(reason);
  });

  it('refuses a malformed consistency proof', () => {
    expect(() => consistencyProofFromJson({ size1: 1, hashes: [] })).toThrow(/lacks fields: size2/);
    expect(() => consistencyProofFromJson(null)).toThrow(AuditProofsErrorCode.PROOF_MALFORMED);
  });
});
