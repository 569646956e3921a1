// Proof generation against the RFC's recursive definitions and against verification, for every
// tree size 1..64 and every leaf index or pair of sizes; and what a wrong proof is told.
import { describe, expect, it } from 'vitest';
import { memoryLog, numberedLeaves, referenceConsistency, referencePath, referenceRoot } from './testing';
import {
  AuditProofsErrorCode,
  consistencyProof,
  inclusionProof,
  leafHash,
  rootAt,
  verifyConsistency,
  verifyInclusion,
} from './index';

const MAX = 64;
const leaves = numberedLeaves(MAX);
const { range, store } = memoryLog(leaves);
const roots = [0, ...Array.from({ length: MAX }, (_, i) => i + 1)].map((n) =>
  referenceRoot(leaves.slice(0, n)),
);

const hexes = (hashes: readonly Uint8Array[]): string[] => hashes.map((h) => Buffer.from(h).toString('hex'));

const flip = (hash: Uint8Array): Uint8Array => {
  const copy = new Uint8Array(hash);
  copy[0] = (copy[0] ?? 0) ^ 1;
  return copy;
};

describe('proof generation, sizes 1..64', () => {
  it('the incremental root and the stored roots equal the RFC MTH at every size', async () => {
    expect(hexes([range.root()])).toEqual(hexes([roots[MAX] as Uint8Array]));
    for (let size = 1; size <= MAX; size++) {
      expect(hexes([await rootAt(size, store)])).toEqual(hexes([roots[size] as Uint8Array]));
    }
  });

  it('inclusion: every (index, size) equals PATH, verifies, and fails against a changed root', async () => {
    let checked = 0;
    for (let size = 1; size <= MAX; size++) {
      const root = roots[size] as Uint8Array;
      for (let index = 0; index < size; index++) {
        const proof = await inclusionProof(index, size, store);
        expect(hexes(proof)).toEqual(hexes(referencePath(index, leaves.slice(0, size))));
        const claim = { index, treeSize: size, leafHash: leafHash(leaves[index] as Uint8Array), proof, root };
        verifyInclusion(claim);
        expect(() => {
          verifyInclusion({ ...claim, root: flip(root) });
        }).toThrow(AuditProofsErrorCode.ROOT_MISMATCH);
        if (size > 1) {
          expect(() => {
            verifyInclusion({ ...claim, index: (index + 1) % size });
          }).toThrow();
        }
        checked += 1;
      }
    }
    expect(checked).toBe((MAX * (MAX + 1)) / 2);
  }, 60_000); // thousands of proofs: a loaded machine needs more than the default 5 s

  it('consistency: every 1 <= size1 <= size2 equals PROOF, verifies, and fails when tampered', async () => {
    let checked = 0;
    for (let size2 = 1; size2 <= MAX; size2++) {
      for (let size1 = 1; size1 <= size2; size1++) {
        const proof = await consistencyProof(size1, size2, store);
        expect(hexes(proof)).toEqual(hexes(referenceConsistency(size1, leaves.slice(0, size2))));
        const claim = {
          size1,
          size2,
          root1: roots[size1] as Uint8Array,
          root2: roots[size2] as Uint8Array,
          proof,
        };
        verifyConsistency(claim);
        expect(() => {
          verifyConsistency({ ...claim, root2: flip(claim.root2) });
        }).toThrow(AuditProofsErrorCode.SECOND_ROOT_MISMATCH);
        if (size1 < size2) {
          expect(() => {
            verifyConsistency({ ...claim, root1: flip(claim.root1) });
          }).toThrow(/ROOT_MISMATCH/);
          expect(() => {
            verifyConsistency({ ...claim, proof: proof.slice(1) });
          }).toThrow();
        }
        checked += 1;
      }
    }
    expect(checked).toBe((MAX * (MAX + 1)) / 2);
  }, 60_000); // thousands of proofs: a loaded machine needs more than the default 5 s
});

describe('proof generation refusals', () => {
  it('names what is wrong with the request', async () => {
    await expect(inclusionProof(5, 5, store)).rejects.toThrow(AuditProofsErrorCode.INDEX_OUT_OF_RANGE);
    await expect(inclusionProof(-1, 5, store)).rejects.toThrow(AuditProofsErrorCode.BAD_SIZE);
    await expect(inclusionProof(0.5, 5, store)).rejects.toThrow(AuditProofsErrorCode.BAD_SIZE);
    await expect(consistencyProof(6, 5, store)).rejects.toThrow(AuditProofsErrorCode.SIZES_OUT_OF_ORDER);
    await expect(consistencyProof(0, 5, store)).rejects.toThrow(AuditProofsErrorCode.EMPTY_FIRST_TREE);
    await expect(consistencyProof(5, 5, store)).resolves.toEqual([]);
  });

  it('refuses a node source that does not hold the nodes or answers wrongly', async () => {
    await expect(inclusionProof(0, MAX + 1, store)).rejects.toThrow(
      AuditProofsErrorCode.NODE_SOURCE_MISMATCH,
    );
    const short = { nodeHashes: () => [] };
    await expect(inclusionProof(0, 8, short)).rejects.toThrow(/returned 0 hashes for 3 nodes/);
    const wrongSize = { nodeHashes: (ids: readonly unknown[]) => ids.map(() => new Uint8Array(31)) };
    await expect(inclusionProof(0, 8, wrongSize)).rejects.toThrow(/31-byte hash/);
  });
});
