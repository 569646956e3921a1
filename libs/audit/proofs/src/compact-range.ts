// The append-only tree state (a "compact range" over [0, size), also called the frontier): the
// hashes of the perfect subtrees of the binary decomposition of `size`, largest first. Appending
// a leaf costs amortized one node hash; the root costs popcount(size) - 1 node hashes.
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { EMPTY_ROOT, checkHash, nodeHash } from './hashing';
import { checkSize, half, isOdd, perfectNodes, type NodeId } from './tree-math';

/** A perfect subtree and its hash, as completed by an append (store it to serve proofs later). */
export interface StoredNode extends NodeId {
  readonly hash: Uint8Array;
}

/** The node ids a compact range of `size` leaves holds, largest subtree first. */
export const frontierIds = (size: number): NodeId[] =>
  perfectNodes({ begin: 0, end: checkSize(size, 'tree size') });

/** Right fold of subtree hashes, as RFC 9162 MTH combines the pieces of a ragged right edge. */
export function foldRight(hashes: readonly Uint8Array[]): Uint8Array {
  let root = hashes.at(-1);
  if (!root) return EMPTY_ROOT;
  for (let i = hashes.length - 2; i >= 0; i--) root = nodeHash(hashes[i] as Uint8Array, root);
  return root;
}

export class CompactRange {
  private readonly hashes: Uint8Array[];

  private constructor(
    private count: number,
    hashes: readonly Uint8Array[],
  ) {
    this.hashes = [...hashes];
  }

  static empty(): CompactRange {
    return new CompactRange(0, []);
  }

  /** Restores the state of a tree of `size` leaves from the hashes of {@link frontierIds}(size). */
  static restore(size: number, hashes: readonly Uint8Array[]): CompactRange {
    const expected = frontierIds(size).length;
    if (hashes.length !== expected) {
      throw proofsError(
        AuditProofsErrorCode.NODE_SOURCE_MISMATCH,
        `a tree of ${size} leaves has ${expected} frontier hashes, got ${hashes.length}`,
      );
    }
    hashes.forEach((hash, i) => checkHash(hash, `frontier hash ${i}`));
    return new CompactRange(size, hashes);
  }

  get size(): number {
    return this.count;
  }

  /** The frontier hashes, largest subtree first (see {@link frontierIds}). */
  get frontier(): readonly Uint8Array[] {
    return [...this.hashes];
  }

  /**
   * Appends one leaf hash and returns the perfect subtrees it completed: the leaf itself
   * (level 0) and every node above it that became full, lowest first.
   */
  append(leafHash: Uint8Array): StoredNode[] {
    checkHash(leafHash, 'leaf hash');
    let hash = leafHash;
    let index = this.count;
    let level = 0;
    const completed: StoredNode[] = [{ level, index, hash }];
    while (isOdd(index)) {
      hash = nodeHash(this.hashes.pop() as Uint8Array, hash);
      index = half(index);
      level += 1;
      completed.push({ level, index, hash });
    }
    this.hashes.push(hash);
    this.count += 1;
    return completed;
  }

  /** MTH of the leaves appended so far (SHA-256 of nothing for the empty tree). */
  root(): Uint8Array {
    return foldRight(this.hashes);
  }
}
