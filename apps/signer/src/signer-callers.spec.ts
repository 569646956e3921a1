import { describe, expect, it } from 'vitest';
import { GrpcStatus, type CallContext } from '@sild/platform-grpc';
import { SignerCallers } from './signer-callers';
import { loadSignerConfig, parseMemberTokens } from './signer.config';

const OPERATOR = 'operator-token-of-some-length';
const MEMBER_TOKEN = 'member-token-of-some-length';
const gov = { instance: 'NL', memberClass: 'GOV', memberCode: '00000001' };

const presenting = (token?: string): CallContext => ({
  method: '/sild.signer.v1.Signer/Sign',
  peer: 'test',
  metadata: (key) => (key === 'authorization' && token !== undefined ? `Bearer ${token}` : undefined),
});

describe('SignerCallers', () => {
  const callers = new SignerCallers(OPERATOR, [{ grant: gov, token: MEMBER_TOKEN }]);

  it('knows the operator and the members by their tokens', () => {
    expect(callers.callerOf(presenting(OPERATOR))).toEqual({ operator: true });
    expect(callers.memberOf(presenting(OPERATOR))).toBeUndefined();
    expect(callers.memberOf(presenting(MEMBER_TOKEN))).toEqual(gov);
  });

  it('refuses callers without a known token, and members where only the operator may act', () => {
    for (const token of [undefined, '', 'guess-guess-guess-guess']) {
      expect(() => callers.callerOf(presenting(token))).toThrow(
        expect.objectContaining({ status: GrpcStatus.UNAUTHENTICATED }),
      );
    }
    expect(() => {
      callers.requireOperator(presenting(MEMBER_TOKEN), 'generate keys');
    }).toThrow(expect.objectContaining({ status: GrpcStatus.PERMISSION_DENIED }));
    expect(() => {
      callers.requireOperator(presenting(OPERATOR), 'generate keys');
    }).not.toThrow();
  });

  it('is open without an operator token (development), and refuses a member token equal to it', () => {
    const open = new SignerCallers('', []);
    expect(open.open).toBe(true);
    expect(open.callerOf(presenting())).toEqual({ operator: true });
    expect(() => new SignerCallers(OPERATOR, [{ grant: gov, token: OPERATOR }])).toThrow(
      'a member token may not be the operator token',
    );
  });
});

describe('SIGNER_MEMBER_TOKENS', () => {
  it('reads member=token entries', () => {
    expect(parseMemberTokens(`NL/GOV/00000001=${MEMBER_TOKEN}`)).toEqual([
      { grant: gov, token: MEMBER_TOKEN },
    ]);
  });

  it.each([`NL/GOV=${MEMBER_TOKEN}`, `NL/GOV/00000001/brp=${MEMBER_TOKEN}`, 'NL/GOV/00000001=short'])(
    'refuses %s without repeating the token',
    (text) => {
      const parsed = parseMemberTokens(text);
      expect(parsed).toEqual({
        error: 'entries must be INSTANCE/CLASS/CODE=token with tokens of at least 16 characters',
      });
    },
  );

  it('is read from the environment as a secret that the error never repeats', () => {
    let message = '';
    try {
      loadSignerConfig({
        SILD_ANCHOR_FILE: '/anchor.json',
        SIGNER_TOKEN_DIR: '/token',
        SIGNER_TOKEN_PASSPHRASE: 'passphrase',
        SIGNER_MEMBER_TOKENS: `NL/GOV=${MEMBER_TOKEN}`,
      });
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }
    expect(message).toContain('SIGNER_MEMBER_TOKENS');
    expect(message).not.toContain(MEMBER_TOKEN);
  });
});
