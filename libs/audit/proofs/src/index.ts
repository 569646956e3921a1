// The verifiable audit log, without I/O: RFC 6962/9162 Merkle hashing, the append-only tree
// state, inclusion and consistency proofs (generation and verification), C2SP checkpoints as
// Ed25519-signed notes, and the audit leaf record (docs/auditing.md).
export { AuditProofsErrorCode, AuditProofsException } from './audit-proofs.exception';
export { EMPTY_ROOT, HASH_SIZE, leafHash, nodeHash, sameHash } from './hashing';
export { bitLength, perfectNodes, type LeafRange, type NodeId } from './tree-math';
export { CompactRange, foldRight, frontierIds, type StoredNode } from './compact-range';
export { planConsistency, planInclusion } from './proof-plan';
export {
  assembleHashes,
  consistencyProof,
  inclusionProof,
  nodeIdsOf,
  rootAt,
  type NodeSource,
} from './proof-builder';
export { InMemoryNodeStore } from './memory-node-store';
export { rootFromInclusionProof, verifyInclusion, type InclusionClaim } from './inclusion-verifier';
export { verifyConsistency, type ConsistencyClaim } from './consistency-verifier';
export {
  consistencyProofFromJson,
  consistencyProofToJson,
  inclusionProofFromJson,
  inclusionProofToJson,
  type ConsistencyProof,
  type ConsistencyProofJson,
  type InclusionProof,
  type InclusionProofJson,
} from './proof-json';
export {
  ED25519_TYPE,
  checkKeyName,
  ed25519KeyId,
  generateNoteSigner,
  noteSignerFromPem,
  parseVerifierKey,
  privateKeyPem,
  verifierKeyString,
  type NoteSigner,
  type NoteVerifier,
} from './note-keys';
export {
  MAX_NOTE_BYTES,
  MAX_SIGNATURES,
  openNote,
  parseNote,
  signNote,
  type NoteSignature,
  type OpenedNote,
} from './signed-note';
export {
  checkpointText,
  openCheckpoint,
  parseCheckpointText,
  signCheckpoint,
  type Checkpoint,
  type VerifiedCheckpoint,
} from './checkpoint';
export {
  EnvelopeVerdict,
  LEAF_OFFSETS,
  LEAF_STRING_FIELDS,
  LEAF_VERSION,
  LeafEntryType,
  TRACE_ID_SIZE,
  type AuditLeaf,
} from './leaf-record';
export { decodeLeaf, encodeLeaf } from './leaf-codec';
export {
  clientText,
  decisionLeaf,
  envelopeLeaf,
  serviceText,
  traceIdBytes,
  type DecisionEntryInput,
  type EnvelopeEntryInput,
  type KafkaPosition,
} from './leaf-entries';
