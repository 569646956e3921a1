// RFC 6962 section 2.1.3 worked example (7 leaves d0..d6, nodes named a..l) with the classic
// test leaves as data, and the classic 8-leaf roots of certificate-transparency and
// transparency-dev/merkle.
import { describe, expect, it } from 'vitest';
import { CLASSIC_LEAVES_HEX, CLASSIC_ROOTS_HEX, memoryLog } from './testing';
import {
  CompactRange,
  EMPTY_ROOT,
  consistencyProof,
  inclusionProof,
  leafHash,
  nodeHash,
  rootAt,
  verifyConsistency,
  verifyInclusion,
} from './index';

const leaves = CLASSIC_LEAVES_HEX.map((hex) => Buffer.from(hex, 'hex'));
const hex = (hash: Uint8Array): string => Buffer.from(hash).toString('hex');
const hexes = (hashes: readonly Uint8Array[]): string[] => hashes.map(hex);

describe('classic 8-leaf test set', () => {
  it('has the published root for every size 1..8, appended one leaf at a time', () => {
    const range = CompactRange.empty();
    const roots = leaves.map((leaf) => {
      range.append(leafHash(leaf));
      return hex(range.root());
    });
    expect(roots).toEqual(CLASSIC_ROOTS_HEX);
  });

  it('the empty tree has the hash of the empty string', () => {
    expect(hex(CompactRange.empty().root())).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    expect(hex(EMPTY_ROOT)).toBe(hex(CompactRange.empty().root()));
  });

  it('serves every older root from the node store', async () => {
    const { store } = memoryLog(leaves);
    for (let size = 1; size <= 8; size++) {
      expect(hex(await rootAt(size, store))).toBe(CLASSIC_ROOTS_HEX[size - 1]);
    }
  });
});

describe('RFC 6962 section 2.1.3 example', () => {
  const d = leaves.slice(0, 7);
  const [a, b, c, dd, e, f, j] = d.map((leaf) => leafHash(leaf)) as [
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
    Buffer,
  ];
  const g = nodeHash(a, b);
  const h = nodeHash(c, dd);
  const i = nodeHash(e, f);
  const k = nodeHash(g, h);
  const l = nodeHash(i, j);
  const hash = nodeHash(k, l);
  const hash0 = nodeHash(g, c); // the tree of d0..d2
  const hash1 = k; // d0..d3
  const hash2 = nodeHash(k, i); // d0..d5
  const { store } = memoryLog(d);

  it('the tree of 7 leaves has root hash = H(k, l), the classic size-7 root', async () => {
    expect(hex(hash)).toBe(CLASSIC_ROOTS_HEX[6]);
    expect(hex(await rootAt(7, store))).toBe(hex(hash));
    expect(hex(await rootAt(3, store))).toBe(hex(hash0));
    expect(hex(await rootAt(6, store))).toBe(hex(hash2));
  });

  it.each([
    ['d0', 0, [b, h, l]],
    ['d3', 3, [c, g, l]],
    ['d4', 4, [f, j, k]],
    ['d6', 6, [i, k]],
  ])('the audit path for %s is as the RFC gives it', async (_name, index, path) => {
    expect(hexes(await inclusionProof(index, 7, store))).toEqual(hexes(path));
    expect(() => {
      verifyInclusion({
        index,
        treeSize: 7,
        leafHash: leafHash(d[index] as Buffer),
        proof: path,
        root: hash,
      });
    }).not.toThrow();
  });

  it.each([
    ['hash0', 3, hash0, [c, dd, g, l]],
    ['hash1', 4, hash1, [l]],
    ['hash2', 6, hash2, [i, j, k]],
  ])(
    'the consistency proof between %s and hash is as the RFC gives it',
    async (_name, size1, root1, proof) => {
      expect(hexes(await consistencyProof(size1, 7, store))).toEqual(hexes(proof));
      expect(() => {
        verifyConsistency({ size1, size2: 7, root1, root2: hash, proof });
      }).not.toThrow();
    },
  );
});
