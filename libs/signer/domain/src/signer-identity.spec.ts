import { describe, expect, it } from 'vitest';
import { verifyIssuedBy, trustRootOf } from '@sild/platform-crypto';
import { ensureSignerIdentity, SIGNER_IDENTITY_LABEL } from './signer-identity';
import { TEST_EPOCH, testSignerInstance } from './testing';

const DAY_MS = 86_400_000;

describe('ensureSignerIdentity', () => {
  it('makes the signer key and certificate once (SILD/signer under the root), then reuses them', () => {
    const { keys, ca, identity, root } = testSignerInstance();
    expect(identity.renewed).toBe(true);
    expect(identity.member).toEqual({ instance: 'NL', memberClass: 'SILD', memberCode: 'signer' });
    verifyIssuedBy(identity.certificate, trustRootOf(root.certificate));

    const again = ensureSignerIdentity(keys, ca, {
      validityDays: 365,
      renewBeforeDays: 30,
      now: TEST_EPOCH.getTime(),
    });
    expect(again.renewed).toBe(false);
    expect(again.certificate.keyIdHex).toBe(identity.certificate.keyIdHex);
    expect(keys.list().filter((k) => k.label === SIGNER_IDENTITY_LABEL)).toHaveLength(1);
  });

  it('makes a new key when the certificate is about to expire', () => {
    const { keys, ca, identity } = testSignerInstance();
    const later = TEST_EPOCH.getTime() + 350 * DAY_MS;
    const renewed = ensureSignerIdentity(keys, ca, { validityDays: 365, renewBeforeDays: 30, now: later });
    expect(renewed.renewed).toBe(true);
    expect(renewed.certificate.keyIdHex).not.toBe(identity.certificate.keyIdHex);
    expect(keys.list().filter((k) => k.label === SIGNER_IDENTITY_LABEL)).toHaveLength(2);
  });
});
