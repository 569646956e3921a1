import { resolve } from 'node:path';
import { SignatureAlgorithm } from '@sild/contracts';
import { wireAlgorithmOf } from '@sild/domain-envelope';
import { SigningAlgorithm, type MemberIdentity } from '@sild/platform-crypto';
import { loadProtos, type CallContext, type UnaryHandler } from '@sild/platform-grpc';
import type { InstanceCaService, KeyView, SignerKeysService } from '@sild/signer-domain';
import type { SignerCallers } from './signer-callers';

export const SIGNER_SERVICE = 'sild.signer.v1.Signer';

/** The Signer API's .proto files (the same path from the sources and from dist/). */
export const signerPackageDefinition = () =>
  loadProtos(['sild/signer/v1/signer.proto'], [resolve(import.meta.dirname, '../../../proto')]);

/** Requests as @grpc/proto-loader hands them over (defaults filled in, enums as names). */
interface ClientIdObject {
  instance: string;
  memberClass: string;
  memberCode: string;
}

const memberOf = (id: ClientIdObject | null | undefined): MemberIdentity => ({
  instance: id?.instance ?? '',
  memberClass: id?.memberClass ?? '',
  memberCode: id?.memberCode ?? '',
});
const hasMember = (id: ClientIdObject | null | undefined): boolean =>
  Boolean(id?.instance || id?.memberClass || id?.memberCode);

/** Wire enum name of an algorithm, e.g. SIGNATURE_ALGORITHM_ED25519. */
const algorithmName = (algorithm: SigningAlgorithm): string => SignatureAlgorithm[wireAlgorithmOf(algorithm)];

const BY_NAME = new Map<string, SigningAlgorithm>(
  Object.values(SigningAlgorithm).map((algorithm) => [algorithmName(algorithm), algorithm]),
);

const keyObject = (key: KeyView) => ({
  handle: key.handle,
  label: key.label,
  member: key.member ? { ...key.member, subsystem: '' } : null,
  algorithm: algorithmName(key.algorithm),
  createdAt: { seconds: String(Math.floor(Date.parse(key.createdAt) / 1000)), nanos: 0 },
  certificatePem: key.certificatePem ?? '',
  keyId: key.keyId,
});

/** A synchronous handler as an async one: what it throws becomes a rejection (a gRPC status). */
const settled =
  (fn: (request: unknown, context: CallContext) => unknown): UnaryHandler =>
  (request, context) => {
    try {
      return Promise.resolve(fn(request, context));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  };

/**
 * The Signer API. Inputs are untrusted: the domain services validate every field, and their
 * exceptions become gRPC statuses at the edge (signer-errors.ts). Every call is authenticated
 * by `callers`: key generation and certificate issuing are the operator's; signing, CSRs and
 * listings are limited to the caller's member when it holds a member token.
 */
export function signerHandlers(
  keys: SignerKeysService,
  ca: InstanceCaService,
  callers: SignerCallers,
): Record<string, UnaryHandler> {
  return {
    GenerateKey: settled((request, context) => {
      callers.requireOperator(context, 'generate keys');
      const r = request as { member?: ClientIdObject; label: string; algorithm: string };
      const algorithm = BY_NAME.get(r.algorithm) ?? SigningAlgorithm.ECDSA_P256_SHA256;
      return keyObject(keys.generateKey(memberOf(r.member), r.label, algorithm));
    }),
    CreateCsr: settled((request, context) => ({
      csrPem: keys.createCsr((request as { handle: string }).handle, callers.memberOf(context)),
    })),
    Sign: settled((request, context) => {
      const r = request as { handle: string; data: Buffer };
      const signed = keys.sign(r.handle, r.data, callers.memberOf(context));
      return { signature: signed.signature, algorithm: algorithmName(signed.algorithm), keyId: signed.keyId };
    }),
    ListKeys: settled((request, context) => {
      const { member } = request as { member?: ClientIdObject };
      const caller = callers.memberOf(context);
      return { keys: keys.listKeys(hasMember(member) ? memberOf(member) : undefined, caller).map(keyObject) };
    }),
    IssueCertificate: async (request, context) => {
      callers.requireOperator(context, 'issue certificates');
      const r = request as { csrPem: string; validityDays: number };
      const issued = await ca.issue(r.csrPem, r.validityDays);
      return { certificatePem: issued.certificatePem, keyId: issued.keyId, handle: issued.handle };
    },
  };
}
