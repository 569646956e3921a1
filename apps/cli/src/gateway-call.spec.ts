import { describe, expect, it } from 'vitest';
import { callRequest, parseTypeUrl, type CallOptions } from './gateway-call';

/** The least a call needs besides its service. */
const options: CallOptions = { as: 'NL/MUN/0363/bz', type: 'a.v1.B', onBehalfOf: 'u-17', purpose: 'case-42' };
const SERVICE = 'NL/GOV/00000001/brp/persons/v1';

describe('parseTypeUrl', () => {
  it('takes type URLs as they are and prefixes message names', () => {
    expect(parseTypeUrl('example.org/types/a.v1.B')).toBe('example.org/types/a.v1.B');
    expect(parseTypeUrl('a.v1.B')).toBe('type.googleapis.com/a.v1.B');
    expect(() => parseTypeUrl('not a type')).toThrow(/not a type URL/);
    expect(() => parseTypeUrl('type.googleapis.com/')).toThrow(/not a type URL/);
  });
});

describe('callRequest', () => {
  it('sends no payload as an empty protobuf message and leaves the timeout to the gateway', () => {
    expect(callRequest(SERVICE, options)).toMatchObject({
      payload: Buffer.alloc(0),
      payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
      payloadType: 'type.googleapis.com/a.v1.B',
      timeoutMs: 0,
    });
  });

  it.each<[string, Partial<CallOptions>, RegExp]>([
    ['both payloads', { jsonPayload: '{}', payloadFile: 'x' }, /at most one of/],
    ['a JSON payload that is not JSON', { jsonPayload: '{not json' }, /--json-payload is not JSON/],
    ['a bad timeout', { timeout: '-5' }, /milliseconds/],
    ['a member as client', { as: 'NL/MUN/0363' }, /subsystem/],
  ])('refuses %s', (_case, change, error) => {
    expect(() => callRequest(SERVICE, { ...options, ...change })).toThrow(error);
  });

  it('refuses a service that is not INSTANCE/CLASS/CODE/SUBSYSTEM/SERVICE/VERSION', () => {
    expect(() => callRequest(`${SERVICE}/extra`, options)).toThrow(/SERVICE\/VERSION/);
  });
});
