// Keys, signatures and the PKI. node-forge is used here only, and only for ASN.1/PEM work
// (CSRs, certificates); every signature, per message or per certificate, is made by node:crypto.
export { CryptoErrorCode, CryptoException } from './crypto.exception';
export {
  SigningAlgorithm,
  generateSigningKeyPair,
  signBytes,
  signingAlgorithmOf,
  verifyBytes,
  verifyBytesAsync,
  type SigningKeyPair,
} from './signing-algorithm';
export { keyIdHex, keyIdOf } from './key-id';
export { assertMemberIdentity, memberIdText, type MemberIdentity } from './member-identity';
export {
  createCertificateRequest,
  parseCertificateRequest,
  type CertificateRequest,
} from './certificate-request';
export {
  createRootCa,
  issueMemberCertificate,
  type CertificateAuthority,
  type RootCaOptions,
  type ValidityOptions,
} from './certificate-authority';
export {
  parseMemberCertificate,
  trustRootOf,
  validAt,
  verifyIssuedBy,
  type MemberCertificate,
  type TrustRoot,
} from './member-certificate';
export { decryptPrivateKey, encryptPrivateKey, readKeyFile, writeKeyFile } from './key-file';
export { SoftwareToken, type TokenKey } from './software-token';
