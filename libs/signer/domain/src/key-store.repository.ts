import type { KeyObject } from 'node:crypto';
import {
  signBytes,
  SoftwareToken,
  type MemberIdentity,
  type SigningAlgorithm,
  type TokenKey,
} from '@sild/platform-crypto';

/**
 * Where the signer's private keys live: the one seam between the signer and key storage.
 * Today a {@link SoftwareToken} folder (keys encrypted at rest); in production a PKCS#11 module
 * (HSM) implements the same interface: `handle` is the CKA_ID of the key pair, `generate` is
 * C_GenerateKeyPair, `sign` is C_Sign, `setCertificate` stores a CKO_CERTIFICATE object with the
 * same CKA_ID. See docs/signer.md.
 */
export interface KeyStore {
  generate(label: string, member: MemberIdentity | null, algorithm?: SigningAlgorithm): TokenKey;
  import(label: string, privateKey: KeyObject, member: MemberIdentity | null): TokenKey;
  list(): TokenKey[];
  find(handle: string): TokenKey | undefined;
  setCertificate(handle: string, certificatePem: string): TokenKey;
  /** Signs `data` with the key's algorithm (hashing as the algorithm prescribes). */
  sign(handle: string, data: Uint8Array): Buffer;
  /**
   * The private key as a node:crypto KeyObject, for PKI structures (CSRs, certificates) built by
   * the crypto lib. A PKCS#11 module returns a KeyObject-compatible handle or the crypto lib
   * grows a sign callback (see docs/signer.md: "HSM").
   */
  privateKey(handle: string): KeyObject;
}

/** The software token as a {@link KeyStore}. */
export class SoftwareKeyStore implements KeyStore {
  constructor(private readonly token: SoftwareToken) {}

  static open(dir: string, passphrase: string): SoftwareKeyStore {
    return new SoftwareKeyStore(SoftwareToken.open(dir, passphrase));
  }

  generate(label: string, member: MemberIdentity | null, algorithm?: SigningAlgorithm): TokenKey {
    return this.token.generate(label, member, algorithm);
  }

  import(label: string, privateKey: KeyObject, member: MemberIdentity | null): TokenKey {
    return this.token.import(label, privateKey, member);
  }

  list(): TokenKey[] {
    return this.token.list();
  }

  find(handle: string): TokenKey | undefined {
    return this.token.find(handle);
  }

  setCertificate(handle: string, certificatePem: string): TokenKey {
    return this.token.setCertificate(handle, certificatePem);
  }

  sign(handle: string, data: Uint8Array): Buffer {
    return signBytes(this.token.get(handle).algorithm, this.token.privateKey(handle), data);
  }

  privateKey(handle: string): KeyObject {
    return this.token.privateKey(handle);
  }
}
