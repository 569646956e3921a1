import { describe, expect, it } from 'vitest';
import { memoryLog, numberedLeaves, referenceRoot } from './testing';
import {
  AuditProofsErrorCode,
  CompactRange,
  InMemoryNodeStore,
  consistencyProof,
  frontierIds,
  inclusionProof,
  leafHash,
  nodeHash,
  rootAt,
  verifyConsistency,
  verifyInclusion,
  type NodeId,
} from './index';

const hex = (hash: Uint8Array): string => Buffer.from(hash).toString('hex');

describe('CompactRange', () => {
  it('reports the perfect subtrees each append completes', () => {
    const range = CompactRange.empty();
    const [l0, l1, l2, l3] = numberedLeaves(4).map((leaf) => leafHash(leaf)) as [
      Buffer,
      Buffer,
      Buffer,
      Buffer,
    ];
    expect(range.append(l0)).toEqual([{ level: 0, index: 0, hash: l0 }]);
    expect(range.append(l1)).toEqual([
      { level: 0, index: 1, hash: l1 },
      { level: 1, index: 0, hash: nodeHash(l0, l1) },
    ]);
    expect(range.append(l2).map(({ level, index }) => [level, index])).toEqual([[0, 2]]);
    expect(range.append(l3).map(({ level, index }) => [level, index])).toEqual([
      [0, 3],
      [1, 1],
      [2, 0],
    ]);
    expect(range.size).toBe(4);
    expect(range.frontier).toHaveLength(1);
  });

  it('holds one hash per set bit of the size, largest subtree first', () => {
    expect(frontierIds(0)).toEqual([]);
    expect(frontierIds(13)).toEqual([
      { level: 3, index: 0 },
      { level: 2, index: 2 },
      { level: 0, index: 12 },
    ]);
    const { range } = memoryLog(numberedLeaves(13));
    expect(range.frontier).toHaveLength(3);
  });

  it('restores from stored frontier nodes and continues with the same roots', () => {
    const leaves = numberedLeaves(40);
    const { store } = memoryLog(leaves.slice(0, 29));
    const restored = CompactRange.restore(29, store.nodeHashes(frontierIds(29)));
    expect(hex(restored.root())).toBe(hex(referenceRoot(leaves.slice(0, 29))));
    for (const leaf of leaves.slice(29)) restored.append(leafHash(leaf));
    expect(hex(restored.root())).toBe(hex(referenceRoot(leaves)));
  });

  it('refuses a wrong frontier or a leaf hash of the wrong length', () => {
    expect(() => CompactRange.restore(3, [new Uint8Array(32)])).toThrow(/has 2 frontier hashes, got 1/);
    expect(() => CompactRange.restore(1, [new Uint8Array(31)])).toThrow(AuditProofsErrorCode.BAD_HASH_LENGTH);
    expect(() => CompactRange.restore(-1, [])).toThrow(AuditProofsErrorCode.BAD_SIZE);
    expect(() => CompactRange.empty().append(new Uint8Array(33))).toThrow(/leaf hash is 33 bytes/);
  });
});

describe('InMemoryNodeStore', () => {
  it('refuses nodes out of order and nodes it does not hold', () => {
    const store = new InMemoryNodeStore();
    expect(() => {
      store.put([{ level: 0, index: 1, hash: new Uint8Array(32) }]);
    }).toThrow(/out of order/);
    store.put([{ level: 0, index: 0, hash: new Uint8Array(32).fill(7) }]);
    expect(store.countAt(0)).toBe(1);
    expect(store.nodeHashes([{ level: 0, index: 0 }])).toEqual([new Uint8Array(32).fill(7)]);
    expect(() => store.nodeHashes([{ level: 1, index: 0 }])).toThrow(/node 0 of level 1 is not stored/);
  });
});

/**
 * A virtual tree whose leaves are all the same: every perfect subtree of a level has the same
 * hash, so trees of up to 2^53 - 1 leaves can be proven without building them.
 */
function uniformTree(): {
  source: { nodeHashes: (ids: readonly NodeId[]) => Uint8Array[] };
  leaf: Uint8Array;
} {
  const levels = [leafHash(Buffer.from('same'))];
  for (let level = 1; level < 54; level++) {
    const below = levels[level - 1] as Buffer;
    levels.push(nodeHash(below, below));
  }
  return {
    source: { nodeHashes: (ids) => ids.map(({ level }) => levels[level] as Buffer) },
    leaf: levels[0] as Buffer,
  };
}

describe('trees above 2^32 leaves (no 32-bit arithmetic)', () => {
  const { source, leaf } = uniformTree();
  it.each([
    [2 ** 32 + 3, 2 ** 35 + 1],
    [2 ** 40 - 1, 2 ** 40 + 12_345],
    [Number.MAX_SAFE_INTEGER - 2, Number.MAX_SAFE_INTEGER],
  ])('proves inclusion and consistency from size %d to %d', async (size1, size2) => {
    const [root1, root2] = [await rootAt(size1, source), await rootAt(size2, source)];
    for (const index of [0, size1 - 1, Math.floor(size1 / 3), size2 - 1]) {
      const proof = await inclusionProof(index, size2, source);
      expect(proof.length).toBeLessThanOrEqual(Math.ceil(Math.log2(size2)));
      verifyInclusion({ index, treeSize: size2, leafHash: leaf, proof, root: root2 });
    }
    const proof = await consistencyProof(size1, size2, source);
    verifyConsistency({ size1, size2, root1, root2, proof });
    expect(() => {
      verifyConsistency({ size1: size1 - 1, size2, root1, root2, proof });
    }).toThrow();
  });
});
