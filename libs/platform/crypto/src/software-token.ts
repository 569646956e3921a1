import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CryptoErrorCode, CryptoException } from './crypto.exception';
import { decryptPrivateKey, encryptPrivateKey } from './key-file';
import type { MemberIdentity } from './member-identity';
import { generateSigningKeyPair, signingAlgorithmOf, type SigningAlgorithm } from './signing-algorithm';

/** What the token knows about a key (never the key itself). */
export interface TokenKey {
  /** Lower-case hex SHA-256 of the public key (SPKI DER), first 16 bytes: stable before any certificate exists. */
  readonly handle: string;
  readonly label: string;
  readonly member: MemberIdentity | null;
  readonly algorithm: SigningAlgorithm;
  readonly createdAt: string;
  /** The newest certificate for the key, if one was issued. */
  readonly certificatePem: string | null;
}

const handleOf = (publicKey: KeyObject): string =>
  createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex')
    .slice(0, 32);

/**
 * Keys at rest in a folder, each private key encrypted (PKCS#8, AES-256) under the token
 * passphrase; metadata beside it in JSON. The production path is an HSM behind the same
 * interface (PKCS#11: the handle becomes the object id; see docs/signer.md). Files are written
 * atomically (write, then rename) and readable by the owner only.
 */
export class SoftwareToken {
  private readonly unlocked = new Map<string, KeyObject>();

  private constructor(
    private readonly dir: string,
    private readonly passphrase: string,
  ) {}

  static open(dir: string, passphrase: string): SoftwareToken {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const token = new SoftwareToken(dir, passphrase);
    // fail at once on a wrong passphrase, not on the first signature
    const first = token.list()[0];
    if (first) token.privateKey(first.handle);
    return token;
  }

  generate(label: string, member: MemberIdentity | null, algorithm?: SigningAlgorithm): TokenKey {
    return this.import(label, generateSigningKeyPair(algorithm).privateKey, member);
  }

  import(label: string, privateKey: KeyObject, member: MemberIdentity | null): TokenKey {
    const handle = handleOf(createPublicKey(privateKey));
    if (this.find(handle))
      throw new CryptoException(CryptoErrorCode.BAD_KEY, `key ${handle} is already in the token`);
    const key: TokenKey = {
      handle,
      label,
      member,
      algorithm: signingAlgorithmOf(privateKey),
      createdAt: new Date().toISOString(),
      certificatePem: null,
    };
    this.write(`${handle}.key.pem`, encryptPrivateKey(privateKey, this.passphrase));
    this.write(`${handle}.json`, JSON.stringify(key, null, 2));
    this.unlocked.set(handle, privateKey);
    return key;
  }

  setCertificate(handle: string, certificatePem: string): TokenKey {
    const key = this.get(handle);
    const updated = { ...key, certificatePem };
    this.write(`${handle}.json`, JSON.stringify(updated, null, 2));
    return updated;
  }

  list(): TokenKey[] {
    return readdirSync(this.dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(this.dir, name), 'utf8')) as TokenKey)
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  find(handle: string): TokenKey | undefined {
    const path = join(this.dir, `${handle}.json`);
    return /^[0-9a-f]{32}$/.test(handle) && existsSync(path)
      ? (JSON.parse(readFileSync(path, 'utf8')) as TokenKey)
      : undefined;
  }

  get(handle: string): TokenKey {
    const key = this.find(handle);
    if (!key) throw new CryptoException(CryptoErrorCode.BAD_KEY, `no key ${handle} in the token`);
    return key;
  }

  /** The private key, decrypted once and kept in memory while the token is open. */
  privateKey(handle: string): KeyObject {
    const cached = this.unlocked.get(handle);
    if (cached) return cached;
    this.get(handle);
    const key = decryptPrivateKey(readFileSync(join(this.dir, `${handle}.key.pem`), 'utf8'), this.passphrase);
    this.unlocked.set(handle, key);
    return key;
  }

  private write(name: string, content: string): void {
    const path = join(this.dir, name);
    writeFileSync(`${path}.tmp`, content, { mode: 0o600 });
    renameSync(`${path}.tmp`, path);
  }
}
