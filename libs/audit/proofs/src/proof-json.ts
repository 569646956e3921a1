// The JSON forms of proofs, as the audit API serves them and evidence bundles hold them
// (docs/auditing.md, "Proof formats"): sizes and indices are JSON numbers, hashes are standard
// base64 strings of 32 bytes. Parsing is strict: unknown or missing fields are refused.
import { AuditProofsErrorCode, proofsError } from './audit-proofs.exception';
import { fromBase64, toBase64 } from './base64';
import { checkHash } from './hashing';
import { checkSize } from './tree-math';

export interface InclusionProof {
  readonly leafIndex: number;
  readonly treeSize: number;
  readonly hashes: readonly Uint8Array[];
}

export interface ConsistencyProof {
  readonly size1: number;
  readonly size2: number;
  readonly hashes: readonly Uint8Array[];
}

export interface InclusionProofJson {
  leafIndex: number;
  treeSize: number;
  hashes: string[];
}

export interface ConsistencyProofJson {
  size1: number;
  size2: number;
  hashes: string[];
}

const malformed = (message: string): Error => proofsError(AuditProofsErrorCode.PROOF_MALFORMED, message);

function fieldsOf(json: unknown, kind: string, names: readonly string[]): Record<string, unknown> {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw malformed(`an ${kind} must be a JSON object`);
  }
  const record = json as Record<string, unknown>;
  const unknown = Object.keys(record).filter((key) => !names.includes(key));
  const missing = names.filter((key) => !(key in record));
  if (unknown.length > 0) throw malformed(`an ${kind} has unknown fields: ${unknown.join(', ')}`);
  if (missing.length > 0) throw malformed(`an ${kind} lacks fields: ${missing.join(', ')}`);
  return record;
}

function sizeOf(value: unknown, what: string): number {
  if (typeof value !== 'number') throw malformed(`${what} must be a number`);
  return checkSize(value, what);
}

function hashesOf(value: unknown): Uint8Array[] {
  if (!Array.isArray(value)) throw malformed('hashes must be an array of base64 strings');
  return value.map((item: unknown, i) => {
    if (typeof item !== 'string') throw malformed(`hashes[${i}] must be a base64 string`);
    return checkHash(fromBase64(item, `hashes[${i}]`, AuditProofsErrorCode.PROOF_MALFORMED), `hashes[${i}]`);
  });
}

export const inclusionProofToJson = (proof: InclusionProof): InclusionProofJson => ({
  leafIndex: proof.leafIndex,
  treeSize: proof.treeSize,
  hashes: proof.hashes.map(toBase64),
});

export function inclusionProofFromJson(json: unknown): InclusionProof {
  const fields = fieldsOf(json, 'inclusion proof', ['leafIndex', 'treeSize', 'hashes']);
  return {
    leafIndex: sizeOf(fields['leafIndex'], 'leafIndex'),
    treeSize: sizeOf(fields['treeSize'], 'treeSize'),
    hashes: hashesOf(fields['hashes']),
  };
}

export const consistencyProofToJson = (proof: ConsistencyProof): ConsistencyProofJson => ({
  size1: proof.size1,
  size2: proof.size2,
  hashes: proof.hashes.map(toBase64),
});

export function consistencyProofFromJson(json: unknown): ConsistencyProof {
  const fields = fieldsOf(json, 'consistency proof', ['size1', 'size2', 'hashes']);
  return {
    size1: sizeOf(fields['size1'], 'size1'),
    size2: sizeOf(fields['size2'], 'size2'),
    hashes: hashesOf(fields['hashes']),
  };
}
