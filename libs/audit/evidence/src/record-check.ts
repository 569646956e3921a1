// Checks the record evidence of one bundle entry against its leaf, offline: the envelope's digest
// and signature, its signer certificate (issued by the instance root, valid when the envelope
// was created, for the sender's member), and that the leaf is exactly the one its bytes give.
import { EnvelopeVerdict, LeafEntryType, type AuditLeaf } from '@sild/audit-proofs';
import { Reason } from '@sild/contracts';
import {
  EnvelopeVerifier,
  decodeHeader,
  sha256,
  timestampMs,
  toBeSigned,
  wireAlgorithmOf,
  type CertificateDirectory,
} from '@sild/domain-envelope';
import { memberIdText, validAt, verifyBytes, verifyIssuedBy, type TrustRoot } from '@sild/platform-crypto';
import type { BundleRecord } from './bundle';
import { leafDifference } from './leaf-difference';
import { decisionRecordLeaf, envelopeRecordLeaf, frameOf } from './record-leaf';

export interface RecordContext {
  readonly root: TrustRoot;
  readonly certificates: CertificateDirectory;
  readonly verifier: EnvelopeVerifier;
}

export const fromBase64 = (text: string, what: string): Buffer => {
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) throw new Error(`${what} is not canonical base64`);
  return bytes;
};

const positionOf = (leaf: AuditLeaf) => ({
  topic: leaf.topic,
  partition: leaf.partition,
  offset: leaf.offset,
});

function sameLeaf(leafBytes: Uint8Array, rebuilt: Uint8Array): void {
  const difference = leafDifference(leafBytes, rebuilt);
  if (difference) throw new Error(`the leaf is not the one of its record: ${difference}`);
}

function mustBeEnvelope(leaf: AuditLeaf): void {
  if (leaf.entryType !== LeafEntryType.ENVELOPE) throw new Error('an envelope record for a decision leaf');
}

function fullEnvelope(bytes: Buffer, leaf: AuditLeaf, leafBytes: Uint8Array, context: RecordContext): string {
  mustBeEnvelope(leaf);
  const digest = sha256(bytes);
  if (!digest.equals(leaf.recordSha256))
    throw new Error("the envelope's SHA-256 is not the leaf's record SHA-256");
  if (leaf.verdict === EnvelopeVerdict.VALID) context.verifier.authenticate(bytes, leaf.createdAtMs);
  sameLeaf(
    leafBytes,
    envelopeRecordLeaf(digest, frameOf(bytes)?.header, positionOf(leaf), leaf.reason).bytes,
  );
  return leaf.verdict === EnvelopeVerdict.VALID
    ? 'envelope bytes, signature and certificate verified'
    : `logged invalid (${Reason[leaf.reason]}); its bytes give the leaf`;
}

function partsOnly(
  record: Extract<BundleRecord, { kind: 'envelope-parts' }>,
  leaf: AuditLeaf,
  leafBytes: Uint8Array,
  context: RecordContext,
): string {
  mustBeEnvelope(leaf);
  const header = fromBase64(record.header, 'header');
  if (leaf.verdict === EnvelopeVerdict.VALID) {
    const keyId = fromBase64(record.keyId, 'keyId').toString('hex');
    const signer = context.certificates.find(keyId);
    if (!signer) throw new Error(`the certificate of key id ${keyId} is not in the bundle`);
    verifyIssuedBy(signer, context.root);
    const fields = decodeHeader(header);
    const expected: number = wireAlgorithmOf(signer.algorithm);
    if (record.algorithm !== expected) throw new Error("the signature algorithm is not the key's");
    const tbs = toBeSigned(header, fields.payloadSha256);
    if (!verifyBytes(signer.algorithm, signer.publicKey, tbs, fromBase64(record.signature, 'signature'))) {
      throw new Error('the signature over the header does not verify');
    }
    if (!validAt(signer, context.root, timestampMs(fields.createdAt, 'created_at'))) {
      throw new Error('the certificate was not valid when the envelope was created');
    }
    const sender = fields.sender;
    if (
      `${sender?.instance}/${sender?.memberClass}/${sender?.memberCode}` !== memberIdText(signer.identity)
    ) {
      throw new Error('the sender is not the member of the certificate');
    }
  }
  // the payload was not kept: the record digest can only be taken from the leaf
  sameLeaf(leafBytes, envelopeRecordLeaf(leaf.recordSha256, header, positionOf(leaf), leaf.reason).bytes);
  return leaf.verdict === EnvelopeVerdict.VALID
    ? 'signed header and certificate verified (payload not kept: record digest from the leaf)'
    : `logged invalid (${Reason[leaf.reason]}); its header gives the leaf`;
}

/** Checks one entry's record; throws an Error saying what is wrong, returns what was verified. */
export function checkRecord(
  record: BundleRecord,
  leaf: AuditLeaf,
  leafBytes: Uint8Array,
  context: RecordContext,
): string {
  switch (record.kind) {
    case 'envelope':
      return fullEnvelope(fromBase64(record.bytes, 'record bytes'), leaf, leafBytes, context);
    case 'envelope-parts':
      return partsOnly(record, leaf, leafBytes, context);
    case 'decision': {
      const bytes = fromBase64(record.bytes, 'record bytes');
      if (!sha256(bytes).equals(leaf.recordSha256)) {
        throw new Error("the decision record's SHA-256 is not the leaf's record SHA-256");
      }
      sameLeaf(leafBytes, decisionRecordLeaf(bytes, positionOf(leaf)).bytes);
      return 'decision record verified';
    }
    case 'none':
      mustBeEnvelope(leaf);
      if (leaf.reason !== Reason.REASON_MALFORMED || leaf.messageId !== '') {
        throw new Error('no record is given, but the leaf is not that of undecodable bytes');
      }
      return 'undecodable bytes, logged as MALFORMED (not kept)';
  }
}
