import { describe, expect, it } from 'vitest';
import { parseCertificateRequest, SigningAlgorithm, verifyBytes } from '@sild/platform-crypto';
import { createPublicKey } from 'node:crypto';
import { SignerErrorCode } from './signer.exception';
import { SignerKeysService } from './signer-keys.service';
import { testSignerInstance } from './testing';

const gov = { instance: 'NL', memberClass: 'GOV', memberCode: '00000001' };
const mun = { instance: 'NL', memberClass: 'MUN', memberCode: '0363' };

function setup() {
  const instance = testSignerInstance();
  return { ...instance, service: new SignerKeysService(instance.keys) };
}

describe('SignerKeysService', () => {
  it('generates a member key and makes a CSR for it, self-signed by that key', () => {
    const { service, keys } = setup();
    const key = service.generateKey(gov, 'sign-2026');
    expect(key).toMatchObject({
      label: 'sign-2026',
      member: gov,
      algorithm: SigningAlgorithm.ECDSA_P256_SHA256,
    });
    expect(key.keyId).toBe('');
    const request = parseCertificateRequest(service.createCsr(key.handle));
    expect(request.identity).toEqual(gov);
    expect(request.publicKey.equals(createPublicKey(keys.privateKey(key.handle)))).toBe(true);
  });

  it.each([SigningAlgorithm.ECDSA_P256_SHA256, SigningAlgorithm.ED25519, SigningAlgorithm.RSA_PSS_SHA256])(
    'signs the data given with %s, verifiable with the public key',
    (algorithm) => {
      const { service, keys } = setup();
      const key = service.generateKey(gov, 'k1', algorithm);
      const data = Buffer.from('sild/v1/envelope\n to-be-signed bytes');
      const signed = service.sign(key.handle, data);
      expect(signed.algorithm).toBe(algorithm);
      const publicKey = createPublicKey(keys.privateKey(key.handle));
      expect(verifyBytes(algorithm, publicKey, data, signed.signature)).toBe(true);
      expect(verifyBytes(algorithm, publicKey, Buffer.from('other'), signed.signature)).toBe(false);
    },
  );

  it('lists member keys only, optionally of one member', () => {
    const { service } = setup();
    const a = service.generateKey(gov, 'a');
    const b = service.generateKey(mun, 'b');
    expect(service.listKeys().map((k) => k.handle)).toEqual([a.handle, b.handle]);
    expect(service.listKeys(mun).map((k) => k.handle)).toEqual([b.handle]);
  });
});

describe('SignerKeysService refusals', () => {
  it("lets a member's caller use and list only that member's keys", () => {
    const { service } = setup();
    const own = service.generateKey(mun, 'own');
    const other = service.generateKey(gov, 'other');
    const data = Buffer.from('to be signed');
    expect(service.sign(own.handle, data, mun).keyId).toBe(own.keyId);
    expect(() => service.sign(other.handle, data, mun)).toThrow(
      expect.objectContaining({ code: SignerErrorCode.OTHER_MEMBER }),
    );
    expect(() => service.createCsr(other.handle, mun)).toThrow(
      expect.objectContaining({ code: SignerErrorCode.OTHER_MEMBER }),
    );
    expect(service.createCsr(own.handle, mun)).toContain('CERTIFICATE REQUEST');
    expect(service.listKeys(undefined, mun).map((k) => k.handle)).toEqual([own.handle]);
    expect(service.listKeys(mun, mun).map((k) => k.handle)).toEqual([own.handle]);
    expect(() => service.listKeys(gov, mun)).toThrow(
      expect.objectContaining({ code: SignerErrorCode.OTHER_MEMBER }),
    );
  });

  it('never signs with or makes CSRs for the instance keys (root CA, signer identity)', () => {
    const { service, keys } = setup();
    for (const key of keys.list()) {
      expect(() => service.sign(key.handle, Buffer.from('x'))).toThrow(
        expect.objectContaining({ code: SignerErrorCode.KEY_RESERVED }),
      );
      expect(() => service.createCsr(key.handle)).toThrow(
        expect.objectContaining({ code: SignerErrorCode.KEY_RESERVED }),
      );
    }
    expect(keys.list()).toHaveLength(2);
  });

  it('refuses reserved and malformed labels, bad members, unknown handles and empty data', () => {
    const { service } = setup();
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as { code?: string }).code;
      }
      return 'none';
    };
    expect(code(() => service.generateKey(gov, 'instance-root-ca'))).toBe(SignerErrorCode.INVALID_ARGUMENT);
    expect(code(() => service.generateKey(gov, 'bad label'))).toBe(SignerErrorCode.INVALID_ARGUMENT);
    expect(code(() => service.generateKey({ ...gov, memberCode: '' }, 'x'))).toBe(
      SignerErrorCode.INVALID_ARGUMENT,
    );
    expect(code(() => service.sign('00'.repeat(16), Buffer.from('x')))).toBe(SignerErrorCode.KEY_NOT_FOUND);
    expect(code(() => service.sign('../../etc/passwd', Buffer.from('x')))).toBe(
      SignerErrorCode.KEY_NOT_FOUND,
    );
    const key = service.generateKey(gov, 'k');
    expect(code(() => service.sign(key.handle, new Uint8Array()))).toBe(SignerErrorCode.INVALID_ARGUMENT);
  });
});
