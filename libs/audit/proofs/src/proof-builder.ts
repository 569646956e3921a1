// Proof generation over a store of perfect-subtree hashes (the NodeSource port). The store is
// filled from what CompactRange.append returns, so no proof ever rehashes the leaves.
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { foldRight } from './compact-range';
import { EMPTY_ROOT, HASH_SIZE } from './hashing';
import { planConsistency, planInclusion } from './proof-plan';
import { checkSize, perfectNodes, type LeafRange, type NodeId } from './tree-math';

/**
 * Read port of a log's node store: the hashes of the given perfect subtrees (level 0 = leaf
 * hashes), in the order asked. Implementations fetch them in one round trip (e.g. one SQL query
 * on `(level, index)`); a node that was never stored is an error of the implementation.
 */
export interface NodeSource {
  nodeHashes(ids: readonly NodeId[]): Promise<readonly Uint8Array[]> | readonly Uint8Array[];
}

/** Every perfect subtree the ranges need, in order (what to fetch for {@link assembleHashes}). */
export const nodeIdsOf = (ranges: readonly LeafRange[]): NodeId[] => ranges.flatMap(perfectNodes);

/** Folds the fetched node hashes (in {@link nodeIdsOf} order) into one hash per range. */
export function assembleHashes(ranges: readonly LeafRange[], hashes: readonly Uint8Array[]): Uint8Array[] {
  const pieces = ranges.map(perfectNodes);
  const wanted = pieces.reduce((total, piece) => total + piece.length, 0);
  if (hashes.length !== wanted) {
    throw proofsError(
      AuditProofsErrorCode.NODE_SOURCE_MISMATCH,
      `the node source returned ${hashes.length} hashes for ${wanted} nodes`,
    );
  }
  const wrong = hashes.findIndex((hash) => hash.length !== HASH_SIZE);
  if (wrong >= 0) {
    throw proofsError(
      AuditProofsErrorCode.NODE_SOURCE_MISMATCH,
      `the node source returned a ${hashes[wrong]?.length}-byte hash for node ${wrong}`,
    );
  }
  let at = 0;
  return pieces.map((piece) => {
    at += piece.length;
    return foldRight(hashes.slice(at - piece.length, at));
  });
}

async function hashesOf(ranges: readonly LeafRange[], source: NodeSource): Promise<Uint8Array[]> {
  return assembleHashes(ranges, await source.nodeHashes(nodeIdsOf(ranges)));
}

/** The RFC 9162 inclusion proof (audit path) of leaf `index` in the tree of `size` leaves. */
export async function inclusionProof(index: number, size: number, source: NodeSource): Promise<Uint8Array[]> {
  return hashesOf(planInclusion(index, size), source);
}

/** The RFC 9162 consistency proof from the tree of `size1` leaves to the tree of `size2` leaves. */
export async function consistencyProof(
  size1: number,
  size2: number,
  source: NodeSource,
): Promise<Uint8Array[]> {
  return hashesOf(planConsistency(size1, size2), source);
}

/** MTH of the first `size` leaves, e.g. the root of an older checkpoint. */
export async function rootAt(size: number, source: NodeSource): Promise<Uint8Array> {
  if (checkSize(size, 'tree size') === 0) return EMPTY_ROOT;
  const [root] = await hashesOf([{ begin: 0, end: size }], source);
  return root as Uint8Array;
}
