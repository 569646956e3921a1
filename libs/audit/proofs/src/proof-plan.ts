// Which subtree hashes a proof consists of (RFC 9162 sections 2.1.3.1 and 2.1.4.1), as leaf
// ranges in proof order. Each range is a node of the tree; its hash is the right fold of its
// perfect subtrees (see perfectNodes), so a store of perfect-subtree hashes serves any proof
// with O(log n) reads and at most O(log n) node hashes, whatever the tree size.
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { checkSize, splitPoint, type LeafRange } from './tree-math';

/** PATH(index, D[0:size]): the siblings from the leaf up to the root. */
export function planInclusion(index: number, size: number): LeafRange[] {
  checkSize(index, 'leaf index');
  checkSize(size, 'tree size');
  if (index >= size) {
    throw proofsError(
      AuditProofsErrorCode.INDEX_OUT_OF_RANGE,
      `leaf index ${index} is not in a tree of ${size} leaves`,
    );
  }
  const siblings: LeafRange[] = [];
  let begin = 0;
  let end = size;
  while (end - begin > 1) {
    const middle = begin + splitPoint(end - begin);
    if (index < middle) {
      siblings.push({ begin: middle, end });
      end = middle;
    } else {
      siblings.push({ begin, end: middle });
      begin = middle;
    }
  }
  return siblings.reverse();
}

/** Throws unless `0 < size1 <= size2`: what a consistency proof can be asked for. */
export function checkConsistencySizes(size1: number, size2: number): void {
  checkSize(size1, 'first tree size');
  checkSize(size2, 'second tree size');
  if (size1 > size2) {
    throw proofsError(
      AuditProofsErrorCode.SIZES_OUT_OF_ORDER,
      `first tree size ${size1} is larger than second tree size ${size2}`,
    );
  }
  if (size1 === 0) {
    throw proofsError(
      AuditProofsErrorCode.EMPTY_FIRST_TREE,
      'a consistency proof from the empty tree proves nothing and is refused',
    );
  }
}

/** PROOF(size1, D[0:size2]) = SUBPROOF(size1, D[0:size2], true); empty when the sizes are equal. */
export function planConsistency(size1: number, size2: number): LeafRange[] {
  checkConsistencySizes(size1, size2);
  const nodes: LeafRange[] = [];
  let begin = 0;
  let end = size2;
  let wholeOldTree = true;
  for (;;) {
    const width = end - begin;
    if (size1 - begin === width) {
      if (!wholeOldTree) nodes.push({ begin, end });
      return nodes.reverse();
    }
    const middle = begin + splitPoint(width);
    if (size1 <= middle) {
      nodes.push({ begin: middle, end });
      end = middle;
    } else {
      nodes.push({ begin, end: middle });
      begin = middle;
      wholeOldTree = false;
    }
  }
}
