// Inclusion proof verification exactly as RFC 9162 section 2.1.3.2; every refusal says why.
import { AuditProofsErrorCode, hashes, proofsError } from './audit-proofs.exception';
import { checkHash, nodeHash, sameHash } from './hashing';
import { planInclusion } from './proof-plan';
import { checkSize, half, isOdd } from './tree-math';

export interface InclusionClaim {
  /** 0-based index of the leaf. */
  readonly index: number;
  /** Size of the tree the proof is against. */
  readonly treeSize: number;
  /** HASH(0x00 || leaf bytes). */
  readonly leafHash: Uint8Array;
  /** The audit path, bottom (the leaf's sibling) first. */
  readonly proof: readonly Uint8Array[];
  /** The root the leaf is claimed to be under (e.g. from a signed checkpoint). */
  readonly root: Uint8Array;
}

const wrongLength = (claim: InclusionClaim, code: AuditProofsErrorCode, what: string): Error =>
  proofsError(
    code,
    `proof has ${hashes(claim.proof.length)}, ${what} (leaf ${claim.index} of ${claim.treeSize} needs ` +
      `${planInclusion(claim.index, claim.treeSize).length})`,
  );

/** The root the proof leads to (steps 1-4); throws when the proof has the wrong shape. */
export function rootFromInclusionProof(claim: InclusionClaim): Uint8Array {
  const { index, treeSize, proof } = claim;
  checkSize(index, 'leaf index');
  checkSize(treeSize, 'tree size');
  if (index >= treeSize) {
    throw proofsError(
      AuditProofsErrorCode.INDEX_OUT_OF_RANGE,
      `leaf index ${index} is not in a tree of ${treeSize} leaves`,
    );
  }
  checkHash(claim.leafHash, 'leaf hash');
  proof.forEach((hash, i) => checkHash(hash, `proof hash ${i}`));
  let fn = index;
  let sn = treeSize - 1;
  let r = claim.leafHash;
  for (const p of proof) {
    if (sn === 0) throw wrongLength(claim, AuditProofsErrorCode.PROOF_TOO_LONG, 'too many');
    if (isOdd(fn) || fn === sn) {
      r = nodeHash(p, r);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) throw wrongLength(claim, AuditProofsErrorCode.PROOF_TOO_SHORT, 'too few');
  return r;
}

/** Throws an AuditProofsException saying why, unless the leaf is proven to be under `root`. */
export function verifyInclusion(claim: InclusionClaim): void {
  checkHash(claim.root, 'root hash');
  const computed = rootFromInclusionProof(claim);
  if (!sameHash(computed, claim.root)) {
    throw proofsError(
      AuditProofsErrorCode.ROOT_MISMATCH,
      `the proof leads to root ${Buffer.from(computed).toString('base64')}, ` +
        `not ${Buffer.from(claim.root).toString('base64')}`,
    );
  }
}
