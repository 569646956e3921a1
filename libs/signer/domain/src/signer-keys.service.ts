import {
  assertMemberIdentity,
  createCertificateRequest,
  CryptoException,
  keyIdHex,
  parseMemberCertificate,
  SigningAlgorithm,
  type MemberIdentity,
  type TokenKey,
} from '@sild/platform-crypto';
import type { KeyStore } from './key-store.repository';
import { invalidArgument, SignerErrorCode, SignerException } from './signer.exception';

/** Labels of the instance's own keys: never generated, listed for callers' use or used to sign data. */
export const RESERVED_LABELS: ReadonlySet<string> = new Set(['instance-root-ca', 'instance-signer']);

const LABEL = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const MAX_SIGN_BYTES = 1024 * 1024;

/** A token key as callers see it, with the key id of its certificate. */
export interface KeyView extends TokenKey {
  readonly keyId: string;
}

export const keyViewOf = (key: TokenKey): KeyView => ({
  ...key,
  keyId: key.certificatePem ? keyIdHex(parseMemberCertificate(key.certificatePem).keyId) : '',
});

export interface Signature {
  readonly signature: Buffer;
  readonly algorithm: SigningAlgorithm;
  readonly keyId: string;
}

/**
 * Member keys in the token: generate, certification requests, signatures, listing. `caller`:
 * the member a caller acts for (its member token); such a caller may use and see only that
 * member's keys. Undefined: the instance operator, who may use all member keys.
 */
export class SignerKeysService {
  constructor(private readonly keys: KeyStore) {}

  generateKey(member: MemberIdentity, label: string, algorithm?: SigningAlgorithm): KeyView {
    if (!LABEL.test(label)) throw invalidArgument('label', 'must be 1-64 characters of [A-Za-z0-9._:-]');
    if (RESERVED_LABELS.has(label)) throw invalidArgument('label', `${label} is reserved for the instance`);
    return keyViewOf(this.keys.generate(label, validMember(member), algorithm));
  }

  createCsr(handle: string, caller?: MemberIdentity): string {
    const key = this.memberKey(handle, caller);
    return createCertificateRequest(key.member, this.keys.privateKey(handle));
  }

  sign(handle: string, data: Uint8Array, caller?: MemberIdentity): Signature {
    if (data.length === 0) throw invalidArgument('data', 'is required');
    if (data.length > MAX_SIGN_BYTES) throw invalidArgument('data', `exceeds ${MAX_SIGN_BYTES} bytes`);
    const key = keyViewOf(this.memberKey(handle, caller));
    return { signature: this.keys.sign(handle, data), algorithm: key.algorithm, keyId: key.keyId };
  }

  /**
   * Member keys (the instance's own keys are not listed), oldest first; optionally one member's.
   * A member's caller lists its own member's keys (asking for another member's is refused).
   */
  listKeys(member?: MemberIdentity, caller?: MemberIdentity): KeyView[] {
    if (caller && member && !sameMember(member, caller)) throw otherMember('list the keys of');
    member ??= caller;
    return this.keys
      .list()
      .filter((key) => !RESERVED_LABELS.has(key.label) && key.member !== null)
      .filter((key) => member === undefined || (key.member !== null && sameMember(key.member, member)))
      .map(keyViewOf);
  }

  private memberKey(handle: string, caller?: MemberIdentity): TokenKey & { member: MemberIdentity } {
    const key = /^[0-9a-f]{32}$/.test(handle) ? this.keys.find(handle) : undefined;
    if (!key) throw new SignerException(SignerErrorCode.KEY_NOT_FOUND, `no key ${handle} in the token`);
    if (RESERVED_LABELS.has(key.label) || key.member === null) {
      throw new SignerException(SignerErrorCode.KEY_RESERVED, `key ${handle} belongs to the instance`);
    }
    if (caller && !sameMember(key.member, caller)) throw otherMember(`use key ${handle} of`);
    return { ...key, member: key.member };
  }
}

const otherMember = (what: string): SignerException =>
  new SignerException(
    SignerErrorCode.OTHER_MEMBER,
    `this caller acts for one member and may not ${what} another member`,
  );

export const sameMember = (a: MemberIdentity, b: MemberIdentity): boolean =>
  a.instance === b.instance && a.memberClass === b.memberClass && a.memberCode === b.memberCode;

function validMember(member: MemberIdentity): MemberIdentity {
  try {
    return assertMemberIdentity({
      instance: member.instance,
      memberClass: member.memberClass,
      memberCode: member.memberCode,
    });
  } catch (error) {
    if (error instanceof CryptoException) throw invalidArgument('member', error.message);
    throw error;
  }
}
