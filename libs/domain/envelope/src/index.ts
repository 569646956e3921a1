// Envelopes: build, sign, serialize, decode and decide whether to trust them.
export { TrustException, TrustFailure, reasonOf } from './trust.exception';
export { TBS_CONTEXT, sha256, toBeSigned } from './to-be-signed';
export { DEFAULT_LIMITS, readEnvelopeFrame, type EnvelopeFrame, type EnvelopeLimits } from './envelope-frame';
export {
  decodeEnvelope,
  decodeHeader,
  encodeEnvelope,
  wireAlgorithmOf,
  type DecodedEnvelope,
} from './envelope-codec';
export {
  ATTRIBUTE_NAME,
  MAX_ATTRIBUTES,
  MAX_ATTRIBUTE_VALUE_LENGTH,
  attributesProblem,
  checkHeader,
} from './header-rules';
export { safeInteger, timestampMs, timestampOf, type Int64 } from './protobuf-values';
export { UUID_V7, uuidV7 } from './uuid-v7';
export {
  DelegatedEnvelopeSigner,
  EnvelopeSigner,
  sealEnvelope,
  type DelegatedSignerOptions,
  type EnvelopeDraft,
  type EnvelopeSignerOptions,
  type SignedEnvelope,
} from './envelope-signer.service';
export { InMemoryReplayRepository, type ReplayRepository } from './replay.repository';
export { InMemoryCertificateDirectory, type CertificateDirectory } from './certificate-directory.repository';
export {
  EnvelopeVerifier,
  type EnvelopeVerifierOptions,
  type VerifiedEnvelope,
} from './envelope-verifier.service';
export {
  DecisionOutcome,
  DecisionRole,
  decisionOf,
  type BusPosition,
  type Decider,
  type DecisionDetail,
  type DecisionLog,
  type DecisionSubject,
} from './decision-records';
export { answerable, peekHeader, type PeekedHeader } from './peek-header';
