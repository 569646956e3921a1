// Issue 5: signed service calls between two organisations, each with its own gateway process,
// over the real broker; the provider system is a fake that records what reaches it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { traceIdOf } from '@sild/platform-telemetry';
import type { GrpcClient } from '@sild/platform-grpc';
import { createTestInstance, testInstanceCode, type TestInstance } from './support/instance';
import { startFakeBackend, type FakeBackend } from './support/fake-backend';
import {
  clientRef,
  gatewayApi,
  operatorApis,
  registerMember,
  serviceRef,
  startGateway,
  type MemberKey,
  type OperatorApis,
  type TestGateway,
} from './support/gateways';

const NL = testInstanceCode();
const PROVIDER = `${NL}/GOV/00000001`;
const CLIENT = `${NL}/MUN/0363`;
const SERVICE = `${PROVIDER}/brp/persons/v1`;
const TOKEN = 'municipality system token';

interface CallResponse {
  messageId: string;
  traceId: string;
  outcome: 'result' | 'error';
  result?: { payload: Buffer; payloadType: string; responseMessageId: string };
  error?: { reason: string; message: string; retryable: boolean };
}

let instance: TestInstance;
let apis: OperatorApis;
let backend: FakeBackend;
let providerKey: MemberKey;
let clientKey: MemberKey;
const gateways: TestGateway[] = [];
let api: GrpcClient;

async function gateway(options: Parameters<typeof startGateway>[1]): Promise<TestGateway> {
  const started = await startGateway(instance, options);
  gateways.push(started);
  await started.process.ready();
  return started;
}

const call = (text: string, overrides: Record<string, unknown> = {}, client: GrpcClient = api) =>
  client.call<CallResponse>('Call', {
    client: clientRef(`${CLIENT}/burgerzaken`),
    service: serviceRef(SERVICE),
    payload: Buffer.from(text),
    payloadType: 'type.googleapis.com/test.Text',
    payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM',
    onBehalfOf: 'employee-17',
    purpose: 'case 2026-114',
    timeoutMs: 15_000,
    ...overrides,
  });

beforeAll(async () => {
  instance = await createTestInstance(NL);
  await instance.startRegistry();
  await instance.startSigner();
  apis = operatorApis(instance);
  providerKey = await registerMember(instance, apis, PROVIDER, ['brp']);
  clientKey = await registerMember(instance, apis, CLIENT, ['burgerzaken', 'sociaal']);
  await apis.registry.call('AddService', {
    id: serviceRef(SERVICE),
    description: 'persons',
    endpointKind: 'ENDPOINT_KIND_GRPC',
  });
  await apis.registry.call('AddGrant', {
    client: clientRef(`${CLIENT}/burgerzaken`),
    service: serviceRef(SERVICE),
    purpose: 'civil registry tasks',
  });
  backend = await startFakeBackend();
  await gateway({
    member: PROVIDER,
    key: providerKey,
    providers: `brp=grpc://${backend.address}`,
    env: { GATEWAY_BACKEND_TIMEOUT_MS: '1000' },
  });
  const client = await gateway({ member: CLIENT, key: clientKey, apiTokens: `burgerzaken+sociaal=${TOKEN}` });
  api = gatewayApi(client.address, TOKEN);
}, 180_000);

afterAll(async () => {
  api?.close();
  for (const started of gateways) await started.process.stop();
  await backend?.stop();
  apis.close();
  await instance.close();
});

describe('gateway', () => {
  it('returns the provider data for a granted call, in one trace with the provider', async () => {
    const response = await call('echo:first');
    expect(response.error).toBeUndefined();
    expect(response.result?.payload.toString()).toBe('answer to echo:first');
    const seen = backend.received.find((request) => request.messageId === response.messageId);
    expect(seen).toMatchObject({ onBehalfOf: 'employee-17', purpose: 'case 2026-114' });
    expect(traceIdOf(seen?.traceparent ?? '')).toBe(response.traceId);
    expect(response.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers an ungranted call with ACCESS_DENIED; the provider system receives nothing', async () => {
    const response = await call('echo:ungranted', { client: clientRef(`${CLIENT}/sociaal`) });
    expect(response.error?.reason).toBe('REASON_ACCESS_DENIED');
    expect(backend.received.some((request) => request.messageId === response.messageId)).toBe(false);
  });

  it('refuses an unknown service', async () => {
    const response = await call('echo:unknown', { service: serviceRef(`${PROVIDER}/brp/unknown/v1`) });
    expect(response.error?.reason).toBe('REASON_UNKNOWN_SERVICE');
  });
});
