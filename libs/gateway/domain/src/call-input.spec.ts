import { describe, expect, it } from 'vitest';
import { Reason } from '@sild/contracts';
import { checkCallInput, GatewayException, type CallInput, type CallLimits } from './index';
import {
  BRP,
  CLIENT,
  CLIENT_LIMITS,
  FakeDirectory,
  PERSON_SERVICE,
  PROVIDER_MEMBER,
  callInput,
} from './testing';

const limits: CallLimits = {
  ...CLIENT_LIMITS,
  maxPayloadBytes: 64,
  defaultTimeoutMs: 10_000,
  maxTimeoutMs: 60_000,
};

const reasonOf = (input: CallInput, directory = new FakeDirectory()): Reason | 'accepted' => {
  try {
    checkCallInput(input, limits, directory);
    return 'accepted';
  } catch (error) {
    if (error instanceof GatewayException) return error.reason;
    throw error;
  }
};

describe('checkCallInput', () => {
  it('returns the default timeout when the call names none, else its own', () => {
    const directory = new FakeDirectory();
    expect(checkCallInput(callInput(), limits, directory)).toBe(10_000);
    expect(checkCallInput(callInput({ timeoutMs: 250 }), limits, directory)).toBe(250);
    expect(checkCallInput(callInput({ timeoutMs: 60_000 }), limits, directory)).toBe(60_000);
  });

  it.each([
    ['another member', { ...PROVIDER_MEMBER, subsystem: 'brp' }],
    ['another instance', { ...CLIENT, instance: 'BE' }],
    ['no subsystem', { ...CLIENT, subsystem: '' }],
  ])('ACCESS_DENIED: the client is %s', (_, client) => {
    expect(reasonOf(callInput({ client }))).toBe(Reason.REASON_ACCESS_DENIED);
  });

  it.each([
    ['no provider subsystem', { ...PERSON_SERVICE, provider: { ...BRP, subsystem: '' } }],
    ['no provider member code', { ...PERSON_SERVICE, provider: { ...BRP, memberCode: '' } }],
    ['no service code', { ...PERSON_SERVICE, serviceCode: '' }],
    ['no service version', { ...PERSON_SERVICE, serviceVersion: '' }],
  ])('INVALID_ARGUMENT: an incomplete service id (%s)', (_, service) => {
    expect(reasonOf(callInput({ service }))).toBe(Reason.REASON_INVALID_ARGUMENT);
  });

  it('UNKNOWN_SERVICE: a complete service id the registry does not know', () => {
    expect(reasonOf(callInput({ service: { ...PERSON_SERVICE, serviceVersion: 'v9' } }))).toBe(
      Reason.REASON_UNKNOWN_SERVICE,
    );
    const empty = new FakeDirectory();
    empty.services = [];
    expect(reasonOf(callInput(), empty)).toBe(Reason.REASON_UNKNOWN_SERVICE);
  });

  it.each<[string, Partial<CallInput>]>([
    ['no payload type', { payloadType: '' }],
    ['no on-behalf-of', { onBehalfOf: '' }],
    ['a blank on-behalf-of', { onBehalfOf: '   ' }],
    ['no purpose', { purpose: '' }],
    ['an on-behalf-of over 1000 characters', { onBehalfOf: 'x'.repeat(1_001) }],
    ['a purpose over 1000 characters', { purpose: 'x'.repeat(1_001) }],
    ['a timeout above the maximum', { timeoutMs: 60_001 }],
  ])('INVALID_ARGUMENT: %s', (_, overrides) => {
    expect(reasonOf(callInput(overrides))).toBe(Reason.REASON_INVALID_ARGUMENT);
  });

  it('accepts texts of exactly 1000 characters and a payload of exactly the limit', () => {
    const text = 'x'.repeat(1_000);
    expect(reasonOf(callInput({ onBehalfOf: text, purpose: text, payload: new Uint8Array(64) }))).toBe(
      'accepted',
    );
  });

  it('TOO_LARGE: a payload over the limit', () => {
    expect(reasonOf(callInput({ payload: new Uint8Array(65) }))).toBe(Reason.REASON_TOO_LARGE);
  });

  it('refusals are not retryable', () => {
    expect(() => checkCallInput(callInput({ purpose: '' }), limits, new FakeDirectory())).toThrow(
      expect.objectContaining({ retryable: false, message: 'purpose is required' }),
    );
  });
});
