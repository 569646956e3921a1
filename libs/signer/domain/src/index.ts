// The signer's domain: member keys in a token, the instance CA, certificate requests on the bus.
export { SignerErrorCode, SignerException } from './signer.exception';
export { reasonOfSignerError } from './signer-reasons';
export { SoftwareKeyStore, type KeyStore } from './key-store.repository';
export { registrySnapshotOf, type RegistryRepository, type RegistrySnapshot } from './registry.repository';
export {
  InMemoryRequestLogRepository,
  type RequestLogRepository,
  type RequestRecord,
} from './request-log.repository';
export {
  RESERVED_LABELS,
  SignerKeysService,
  keyViewOf,
  sameMember,
  type KeyView,
  type Signature,
} from './signer-keys.service';
export {
  ROOT_CA_LABEL,
  InstanceCaService,
  handleOfPublicKey,
  instanceAuthority,
  type InstanceCaOptions,
  type IssuedCertificate,
} from './instance-ca.service';
export {
  SIGNER_IDENTITY_LABEL,
  SIGNER_MEMBER,
  ensureSignerIdentity,
  type SignerIdentity,
} from './signer-identity';
export {
  CERTIFICATE_REQUEST_TYPE,
  CERTIFICATE_RESPONSE_TYPE,
  ERROR_TYPE,
  ReplyWriter,
  type AnsweredRequest,
  type Reply,
} from './reply-writer';
export {
  CertificateRequestsService,
  type CertificateRequestsOptions,
  type RequestOutcome,
} from './certificate-requests.service';
