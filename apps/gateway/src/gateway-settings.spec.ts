import { describe, expect, it } from 'vitest';
import { parseApiTokens, parseBackends, parseMemberSetting } from './gateway-settings';

const TOKEN = 'a-token-of-16-chars';

/** The error text of a refused setting (undefined when it was accepted). */
const errorOf = (parsed: object): string | undefined =>
  'error' in parsed && typeof parsed.error === 'string' ? parsed.error : undefined;

describe('parseMemberSetting', () => {
  it('reads INSTANCE/CLASS/CODE as a member without subsystem', () => {
    expect(parseMemberSetting('NL/GOV/00000001')).toEqual({
      instance: 'NL',
      memberClass: 'GOV',
      memberCode: '00000001',
      subsystem: '',
    });
  });

  it.each([
    '',
    'NL/GOV',
    'NL/GOV/00000001/brp',
    'NL//00000001',
    'NL/GOV/ 1',
    'NL/GOV/-1',
    `NL/GOV/${'9'.repeat(65)}`,
  ])('refuses %j', (text) => {
    expect(errorOf(parseMemberSetting(text))).toContain('INSTANCE/CLASS/CODE');
  });
});

describe('parseBackends', () => {
  it('reads gRPC and HTTP(S) provider systems by subsystem', () => {
    expect(
      parseBackends(
        ' brp=grpc://register:50061 , kvk=http://kvk:8080/sild ,, docs=https://docs.example/api/v1',
      ),
    ).toEqual([
      { subsystem: 'brp', kind: 'grpc', target: 'register:50061' },
      { subsystem: 'kvk', kind: 'http', target: 'http://kvk:8080/sild' },
      { subsystem: 'docs', kind: 'http', target: 'https://docs.example/api/v1' },
    ]);
  });

  it('is empty for an empty setting (client only)', () => {
    expect(parseBackends('')).toEqual([]);
    expect(parseBackends(' , ')).toEqual([]);
  });

  it('refuses a subsystem listed twice', () => {
    expect(parseBackends('brp=grpc://a:1,brp=http://b:2/x')).toEqual({
      error: 'subsystem brp is listed twice',
    });
  });

  it.each([
    'brp',
    'brp=',
    'brp=register:50061',
    'brp=ftp://register',
    '=grpc://register:1',
    'b p=grpc://r:1',
    '-brp=grpc://r:1',
    'brp=grpc://',
  ])('refuses the entry %j', (entry) => {
    expect(errorOf(parseBackends(`ok=grpc://r:1,${entry}`))).toContain(
      `entry "${entry}" must be subsystem=grpc://host:port`,
    );
  });
});

describe('parseApiTokens', () => {
  it('reads which subsystems each token may act as', () => {
    expect(parseApiTokens(`burgerzaken=${TOKEN}, belastingen+parkeren=${TOKEN}=x`)).toEqual([
      { token: TOKEN, subsystems: ['burgerzaken'] },
      { token: `${TOKEN}=x`, subsystems: ['belastingen', 'parkeren'] },
    ]);
    expect(parseApiTokens('')).toEqual([]);
  });

  it.each([
    ['a token under 16 characters', 'burgerzaken=fifteen-chars-x'],
    ['no subsystem', `=${TOKEN}`],
    ['no "="', `burgerzaken${TOKEN}`],
    ['an empty subsystem', `burgerzaken+=${TOKEN}`],
    ['a bad subsystem', `burger zaken=${TOKEN}`],
  ])('refuses %s without repeating the token', (_, text) => {
    const error = errorOf(parseApiTokens(`ok=${TOKEN},${text}`));
    expect(error).toContain('at least 16 characters');
    expect(error).not.toContain(TOKEN.slice(0, 8));
    expect(error).not.toContain('fifteen');
  });

  it('refuses a token listed twice (it would silently lose its first subsystems)', () => {
    const error = errorOf(parseApiTokens(`burgerzaken=${TOKEN},sociaal=${TOKEN}`));
    expect(error).toContain('listed once');
    expect(error).not.toContain(TOKEN.slice(0, 8));
  });
});
