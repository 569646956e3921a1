import { describe, expect, it } from 'vitest';
import { GrpcException, GrpcStatus, type CallContext } from '@sild/platform-grpc';
import { ApiTokens } from './api-tokens';

const CITY_TOKEN = 'city-token-0123456789';
const TAX_TOKEN = 'tax-token-0123456789';

const tokens = new ApiTokens([
  { token: CITY_TOKEN, subsystems: ['burgerzaken', 'parkeren'] },
  { token: TAX_TOKEN, subsystems: ['belastingen'] },
]);

/** A gRPC call carrying `authorization` metadata (or none). */
const callWith = (authorization?: string): CallContext => ({
  method: '/sild.gateway.v1.Gateway/Call',
  peer: '127.0.0.1:50000',
  metadata: (key) => (key === 'authorization' ? authorization : undefined),
});

/** What `authorize` says to a call with `authorization` asking to act as `subsystem`. */
const verdict = (authorization: string | undefined, subsystem: string, apiTokens = tokens) => {
  try {
    apiTokens.authorize(callWith(authorization), subsystem);
    return { status: 'ok' as const };
  } catch (error) {
    if (error instanceof GrpcException) return { status: error.status, message: error.message };
    throw error;
  }
};

describe('ApiTokens', () => {
  it('lets a token act as its subsystems', () => {
    expect(tokens.subsystemsOf(callWith(`Bearer ${CITY_TOKEN}`))).toEqual(
      new Set(['burgerzaken', 'parkeren']),
    );
    expect(verdict(`Bearer ${CITY_TOKEN}`, 'parkeren').status).toBe('ok');
    expect(verdict(`Bearer ${TAX_TOKEN}`, 'belastingen').status).toBe('ok');
  });

  it.each([
    ['no authorization', undefined],
    ['an unknown token', 'Bearer not-a-known-token-at-all'],
    ['a token without "Bearer"', CITY_TOKEN],
    ['another scheme', `Basic ${CITY_TOKEN}`],
    ['an empty bearer token', 'Bearer '],
    ['a token with extra characters', `Bearer ${CITY_TOKEN}x`],
  ])('UNAUTHENTICATED with %s', (_, authorization) => {
    expect(verdict(authorization, 'burgerzaken').status).toBe(GrpcStatus.UNAUTHENTICATED);
  });

  it('PERMISSION_DENIED for a subsystem the token may not act as, naming the subsystem only', () => {
    const { status, message } = verdict(`Bearer ${TAX_TOKEN}`, 'burgerzaken');
    expect(status).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(message).toContain('"burgerzaken"');
    expect(message).not.toContain(TAX_TOKEN);
  });

  it('lets nobody in without tokens', () => {
    expect(verdict(`Bearer ${CITY_TOKEN}`, 'burgerzaken', new ApiTokens([])).status).toBe(
      GrpcStatus.UNAUTHENTICATED,
    );
  });
});
