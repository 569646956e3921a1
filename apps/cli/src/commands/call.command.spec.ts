import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fakeGrpcService, runSild, type FakeService, type Received } from '../testing';

const TOKEN = 'gateway api token';
const SERVICE = 'NL/GOV/00000001/brp/persons/v1';
const PERSON_TYPE = 'type.googleapis.com/sild.examples.population.v1.GetPersonRequest';
const ids = {
  messageId: '0190a5b2-0000-7000-8000-000000000001',
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
};

/** What the fake gateway answers next. */
let answer: Record<string, unknown> = {};
let gateway: FakeService;
let address = '';
let dir = '';
const received = (): Received[] => gateway.received;

beforeAll(async () => {
  gateway = await fakeGrpcService(
    'sild/gateway/v1/gateway.proto',
    'sild.gateway.v1.Gateway',
    { Call: () => ({ ...ids, ...answer }) },
    TOKEN,
  );
  address = gateway.address;
  dir = mkdtempSync(join(tmpdir(), 'sild-call-'));
});

afterAll(async () => {
  await gateway.close();
  rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  received().length = 0;
});

const sild = (args: string[], env: NodeJS.ProcessEnv = { SILD_GATEWAY_TOKEN: TOKEN }) =>
  runSild(args, { SILD_GATEWAY: address, ...env });

const call = (...extra: string[]) => [
  'call',
  SERVICE,
  '--as',
  'NL/MUN/0363/burgerzaken',
  '--on-behalf-of',
  'employee-17',
  '--purpose',
  'case-2026-042',
  ...extra,
];

describe('sild call', () => {
  it('sends a JSON call with the bearer token and prints the JSON answer', async () => {
    const person = { name: 'Jan Jansen', municipality: '0363' };
    answer = {
      result: {
        payload: Buffer.from(JSON.stringify(person)),
        payloadType: 'type.googleapis.com/sild.examples.population.v1.Person',
        payloadEncoding: 'PAYLOAD_ENCODING_JSON',
        responseMessageId: '0190a5b2-0000-7000-8000-000000000002',
      },
    };
    const json = '{"bsn":"999990019"}';
    const type = 'sild.examples.population.v1.GetPersonRequest';
    const run = await sild(['--json', ...call('--type', type, '--json-payload', json, '--timeout', '3000')]);

    expect(run).toMatchObject({ stderr: '', exitCode: 0 });
    expect(received()).toHaveLength(1);
    expect(received()[0]?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(received()[0]?.request).toMatchObject({
      client: { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' },
      service: {
        provider: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
        serviceCode: 'persons',
        serviceVersion: 'v1',
      },
      payload: Buffer.from(json),
      payloadType: PERSON_TYPE,
      payloadEncoding: 'PAYLOAD_ENCODING_JSON',
      onBehalfOf: 'employee-17',
      purpose: 'case-2026-042',
      timeoutMs: 3000,
    });
    expect(JSON.parse(run.stdout)).toEqual({
      ...ids,
      responseMessageId: '0190a5b2-0000-7000-8000-000000000002',
      payloadType: 'type.googleapis.com/sild.examples.population.v1.Person',
      payloadEncoding: 'JSON',
      payload: person,
    });
  });

  it('sends a protobuf payload file with --token and prints other bytes as base64', async () => {
    const bytes = Buffer.from([0x0a, 0x09, 0x39, 0x39, 0x39]);
    const file = join(dir, 'request.bin');
    writeFileSync(file, bytes);
    answer = {
      result: {
        payload: bytes,
        payloadType: PERSON_TYPE,
        payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
        responseMessageId: 'r',
      },
    };
    const run = await sild(call('--type', PERSON_TYPE, '--payload-file', file, '--token', TOKEN), {});

    expect(run).toMatchObject({ stderr: '', exitCode: 0 });
    expect(received()[0]?.request).toMatchObject({
      payload: bytes,
      payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
      timeoutMs: 0,
    });
    expect(run.stdout).toContain(`traceId            ${ids.traceId}`);
    expect(run.stdout).toContain('PROTOBUF, 5 bytes (base64 below)');
    expect(run.stdout).toContain(`${bytes.toString('base64')}\n`);
  });

  it('prints a refused call as REASON: message and exits non-zero', async () => {
    answer = {
      error: { reason: 'REASON_ACCESS_DENIED', message: 'no grant for this service', retryable: false },
    };
    const run = await sild(['--json', ...call('--type', PERSON_TYPE, '--json-payload', '{}')]);

    expect(run.stderr).toBe('sild: ACCESS_DENIED: no grant for this service\n');
    expect(run.exitCode).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ...ids, error: 'ACCESS_DENIED', retryable: false });
  });

  it('names the gRPC status when the gateway refuses the token or cannot be reached', async () => {
    const refused = await sild(call('--type', PERSON_TYPE), { SILD_GATEWAY_TOKEN: 'wrong token' });
    expect(refused.stderr).toBe(
      `sild: gateway ${address}: UNAUTHENTICATED: a valid bearer token is required\n`,
    );
    expect(refused.exitCode).toBe(1);

    const unreachable = await sild(call('--type', PERSON_TYPE, '--gateway', '127.0.0.1:1'));
    expect(unreachable.stderr).toMatch(/^sild: gateway 127\.0\.0\.1:1: UNAVAILABLE: /);
    expect(unreachable.exitCode).toBe(1);
    expect(received()).toHaveLength(0);
  });
});
