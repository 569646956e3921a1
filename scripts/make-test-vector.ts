// Writes docs/test-vectors/envelope-p256.json: a root CA, a member certificate and one signed
// ECDSA P-256 envelope, with its header, payload, to-be-signed bytes and signature in hex.
// Run: `npx tsx scripts/make-test-vector.ts`. ECDSA signatures are randomized and the keys are
// fresh, so every run writes different (equally valid) bytes; commit the result.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { wire } from '@sild/contracts';
import {
  createCertificateRequest,
  createRootCa,
  generateSigningKeyPair,
  issueMemberCertificate,
  parseMemberCertificate,
} from '@sild/platform-crypto';
import { EnvelopeSigner, decodeEnvelope, sha256, toBeSigned } from '@sild/domain-envelope';
import { relocationDraft, relocationPayload } from '@sild/domain-envelope/testing';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'test-vectors', 'envelope-p256.json');
const createdAt = Date.parse('2026-01-01T00:00:00Z');
const validity = { notBefore: new Date('2025-01-01T00:00:00Z'), notAfter: new Date('2045-01-01T00:00:00Z') };

const ca = createRootCa({ instance: 'NL', ...validity });
const identity = { instance: 'NL', memberClass: 'GOV', memberCode: '00000001' };
const keys = generateSigningKeyPair();
const certificatePem = issueMemberCertificate(
  ca,
  createCertificateRequest(identity, keys.privateKey),
  validity,
);
const certificate = parseMemberCertificate(certificatePem);

const millis = createdAt.toString(16).padStart(12, '0');
const messageId = `${millis.slice(0, 8)}-${millis.slice(8)}-7000-8000-000000000001`;
const member = { identity, keys, certificatePem, certificate };
const signer = new EnvelopeSigner({
  privateKey: keys.privateKey,
  certificate,
  senderInstanceId: 'gateway-00000001-0',
  clock: () => createdAt,
});
const signed = signer.sign({ ...relocationDraft(member), messageId, ttlMs: 300_000 }, relocationPayload());
const envelope = decodeEnvelope(signed.bytes);
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

const vector = {
  description:
    'One sild.v1.Envelope signed with ECDSA P-256 / SHA-256. tbs = "sild/v1/envelope\\n" || uint32be(len(header)) || header || SHA-256(payload); signature_hex is the DER ECDSA signature over tbs. See docs/wire-format.md.',
  algorithm: 'SIGNATURE_ALGORITHM_ECDSA_P256_SHA256',
  root_ca_pem: ca.certificatePem,
  certificate_pem: certificatePem,
  key_id_hex: certificate.keyIdHex,
  envelope_hex: hex(signed.bytes),
  header_hex: hex(envelope.header),
  payload_hex: hex(envelope.payload),
  payload_sha256_hex: hex(sha256(envelope.payload)),
  tbs_hex: hex(toBeSigned(envelope.header, sha256(envelope.payload))),
  signature_hex: hex(envelope.signature),
  header: wire.Header.toObject(wire.Header.decode(envelope.header), {
    enums: String,
    longs: String,
    bytes: String,
  }),
  header_bytes_fields_encoding: 'base64',
};
writeFileSync(out, await format(JSON.stringify(vector), { parser: 'json' }));
console.log(`wrote ${out} (message ${messageId}, key id ${certificate.keyIdHex})`);
