// The two-organisation setup of the gateway end-to-end tests: a provider (population register,
// subsystems `brp` served by a fake provider system and `down` whose system is unreachable) and
// a municipality (subsystem `burgerzaken` granted, `sociaal` not), each with its own gateway.
import type { GrpcClient } from '@sild/platform-grpc';
import { startFakeBackend, type FakeBackend } from './fake-backend';
import {
  clientRef,
  gatewayApi,
  operatorApis,
  registerMember,
  serviceRef,
  startGateway,
  type GatewayOptions,
  type MemberKey,
  type OperatorApis,
  type TestGateway,
} from './gateways';
import {
  createTestInstance,
  testInstanceCode,
  type TestInstance,
  type TestInstanceOptions,
} from './instance';

export const API_TOKEN = 'municipality system token';

export interface CallResponse {
  messageId: string;
  traceId: string;
  result?: { payload: Buffer; payloadType: string; responseMessageId: string };
  error?: { reason: string; message: string; retryable: boolean };
}

export interface CallScenario {
  readonly instance: TestInstance;
  readonly apis: OperatorApis;
  readonly backend: FakeBackend;
  readonly ids: { provider: string; client: string; service: string; downService: string };
  readonly keys: { provider: MemberKey; client: MemberKey };
  /** The provider's gateway options (to start it again). */
  readonly providerOptions: GatewayOptions;
  readonly clientOptions: GatewayOptions;
  startGateway(options: GatewayOptions): Promise<TestGateway>;
  /** A Gateway API client of a client gateway. */
  api(gateway: TestGateway): GrpcClient;
  /** Calls `service` (default the granted one) as `burgerzaken` with a text payload. */
  call(api: GrpcClient, text: string, overrides?: Record<string, unknown>): Promise<CallResponse>;
  close(): Promise<void>;
}

export async function startCallScenario(options: TestInstanceOptions = {}): Promise<CallScenario> {
  const code = testInstanceCode();
  const ids = {
    provider: `${code}/GOV/00000001`,
    client: `${code}/MUN/0363`,
    service: `${code}/GOV/00000001/brp/persons/v1`,
    downService: `${code}/GOV/00000001/down/persons/v1`,
  };
  const instance = await createTestInstance(code, options);
  try {
    return await provision(instance, ids);
  } catch (error) {
    await instance.close(); // no registry or signer left running when the setup fails
    throw error;
  }
}

async function provision(instance: TestInstance, ids: CallScenario['ids']): Promise<CallScenario> {
  await instance.startRegistry();
  await instance.startSigner();
  const apis = operatorApis(instance);
  const keys = {
    // the provider's key stays in the signer's token; the client's is a key file
    provider: await registerMember(instance, apis, ids.provider, ['brp', 'down'], 'signer'),
    client: await registerMember(instance, apis, ids.client, ['burgerzaken', 'sociaal']),
  };
  for (const service of [ids.service, ids.downService]) {
    await apis.registry.call('AddService', {
      id: serviceRef(service),
      description: 'persons',
      endpointKind: 'ENDPOINT_KIND_GRPC',
    });
    await apis.registry.call('AddGrant', {
      client: clientRef(`${ids.client}/burgerzaken`),
      service: serviceRef(service),
      purpose: 'civil registry tasks',
    });
  }
  const backend = await startFakeBackend();
  const gateways: TestGateway[] = [];
  const apiClients: GrpcClient[] = [];
  const providerOptions: GatewayOptions = {
    member: ids.provider,
    key: keys.provider,
    providers: `brp=grpc://${backend.address},down=grpc://127.0.0.1:1`,
    env: { GATEWAY_BACKEND_TIMEOUT_MS: '1000' },
  };
  const clientOptions: GatewayOptions = {
    member: ids.client,
    key: keys.client,
    apiTokens: `burgerzaken+sociaal=${API_TOKEN}`,
  };
  return {
    instance,
    apis,
    backend,
    ids,
    keys,
    providerOptions,
    clientOptions,
    async startGateway(options) {
      const started = await startGateway(instance, options);
      gateways.push(started);
      await started.process.ready();
      return started;
    },
    api(gateway) {
      const client = gatewayApi(gateway.address, API_TOKEN);
      apiClients.push(client);
      return client;
    },
    call: (api, text, overrides = {}) =>
      api.call<CallResponse>('Call', {
        client: clientRef(`${ids.client}/burgerzaken`),
        service: serviceRef(ids.service),
        payload: Buffer.from(text),
        payloadType: 'type.googleapis.com/test.Text',
        payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM',
        onBehalfOf: 'employee-17',
        purpose: 'case 2026-114',
        timeoutMs: 15_000,
        ...overrides,
      }),
    async close() {
      for (const client of apiClients) client.close();
      for (const started of gateways) await started.process.stop();
      await backend.stop();
      apis.close();
      await instance.close();
    },
  };
}
