// Consistency proof verification exactly as RFC 9162 section 2.1.4.2 (0 < size1 < size2), with
// the usual conventions around it: equal sizes need an empty proof and equal roots; a proof from
// the empty tree is refused. Every refusal says why.
import { AuditProofsErrorCode, hashes, proofsError } from './audit-proofs.exception';
import { checkHash, nodeHash, sameHash } from './hashing';
import { checkConsistencySizes, planConsistency } from './proof-plan';
import { half, isOdd, isPowerOfTwo } from './tree-math';

export interface ConsistencyClaim {
  readonly size1: number;
  readonly size2: number;
  readonly root1: Uint8Array;
  readonly root2: Uint8Array;
  readonly proof: readonly Uint8Array[];
}

const b64 = (hash: Uint8Array): string => Buffer.from(hash).toString('base64');

function wrongLength(claim: ConsistencyClaim, code: AuditProofsErrorCode, what: string): Error {
  const needed = planConsistency(claim.size1, claim.size2).length;
  return proofsError(
    code,
    `proof has ${hashes(claim.proof.length)}, ${what} (from ${claim.size1} to ${claim.size2} needs ${needed})`,
  );
}

function verifySameSize({ size1, root1, root2, proof }: ConsistencyClaim): void {
  if (proof.length > 0) {
    throw proofsError(
      AuditProofsErrorCode.PROOF_TOO_LONG,
      `trees of equal size ${size1} need an empty proof, got ${hashes(proof.length)}`,
    );
  }
  if (!sameHash(root1, root2)) {
    throw proofsError(
      AuditProofsErrorCode.SECOND_ROOT_MISMATCH,
      `two trees of size ${size1} have different roots ${b64(root1)} and ${b64(root2)}`,
    );
  }
}

/** Throws an AuditProofsException saying why, unless tree `size1` is a prefix of tree `size2`. */
export function verifyConsistency(claim: ConsistencyClaim): void {
  const { size1, size2, root1, root2, proof } = claim;
  checkConsistencySizes(size1, size2);
  if (size1 === size2) {
    verifySameSize(claim);
    return;
  }
  if (proof.length === 0) throw wrongLength(claim, AuditProofsErrorCode.PROOF_TOO_SHORT, 'empty');
  checkHash(root1, 'first root hash');
  checkHash(root2, 'second root hash');
  proof.forEach((hash, i) => checkHash(hash, `proof hash ${i}`));
  const path = isPowerOfTwo(size1) ? [root1, ...proof] : proof;
  let fn = size1 - 1;
  let sn = size2 - 1;
  while (isOdd(fn)) {
    fn = half(fn);
    sn = half(sn);
  }
  let fr = path[0] as Uint8Array;
  let sr = fr;
  for (const c of path.slice(1)) {
    if (sn === 0) throw wrongLength(claim, AuditProofsErrorCode.PROOF_TOO_LONG, 'too many');
    if (isOdd(fn) || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = half(fn);
        sn = half(sn);
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = half(fn);
    sn = half(sn);
  }
  if (sn !== 0) throw wrongLength(claim, AuditProofsErrorCode.PROOF_TOO_SHORT, 'too few');
  if (!sameHash(fr, root1)) {
    throw proofsError(
      AuditProofsErrorCode.FIRST_ROOT_MISMATCH,
      `the proof leads to first root ${b64(fr)}, not ${b64(root1)}`,
    );
  }
  if (!sameHash(sr, root2)) {
    throw proofsError(
      AuditProofsErrorCode.SECOND_ROOT_MISMATCH,
      `the proof leads to second root ${b64(sr)}, not ${b64(root2)}`,
    );
  }
}
