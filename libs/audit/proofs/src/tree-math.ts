// Integer helpers for tree sizes and indices. Sizes are JS numbers (safe integers, < 2^53), so
// arithmetic replaces the 32-bit bitwise operators, which would break above 2^31 leaves.
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';

/**
 * A perfect subtree: the 2^level leaves `[index * 2^level, (index + 1) * 2^level)`. Level 0 is a
 * single leaf (its hash is the leaf hash). These are the only nodes a log ever needs to store.
 */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** A leaf range `[begin, end)` whose MTH a proof needs. */
export interface LeafRange {
  readonly begin: number;
  readonly end: number;
}

/** Throws BAD_SIZE unless `value` is a non-negative safe integer; `what` names it. */
export function checkSize(value: number, what: string): number {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw proofsError(
      AuditProofsErrorCode.BAD_SIZE,
      `${what} must be a non-negative safe integer, got ${value}`,
    );
  }
  return value;
}

/** Number of bits needed to write `n` in binary (0 for 0). */
export const bitLength = (n: number): number => (n === 0 ? 0 : n.toString(2).length);

/** The largest power of two strictly below `n` (n >= 2): the split point k of RFC 9162 MTH. */
export const splitPoint = (n: number): number => 2 ** (bitLength(n - 1) - 1);

export const isOdd = (n: number): boolean => n % 2 === 1;

export const half = (n: number): number => Math.floor(n / 2);

export const isPowerOfTwo = (n: number): boolean => n > 0 && 2 ** (bitLength(n) - 1) === n;

/**
 * The perfect subtrees whose right fold is MTH of `[begin, end)`: one per set bit of the range
 * size, largest first. Valid for every range that is a node of the RFC 9162 tree shape (begin is
 * a multiple of the largest piece), which is all a proof or a root ever asks for.
 */
export function perfectNodes({ begin, end }: LeafRange): NodeId[] {
  const nodes: NodeId[] = [];
  let start = begin;
  for (let level = bitLength(end - begin) - 1; level >= 0; level--) {
    const width = 2 ** level;
    if (end - start >= width) {
      nodes.push({ level, index: start / width });
      start += width;
    }
  }
  return nodes;
}
