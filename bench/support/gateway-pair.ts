// Two organisations of a fresh instance, set up the way the end-to-end suite does it (and with
// its support modules): registry and signer processes, a provider with its gateway process and
// the echoing fake provider system (a process of its own), a client with its gateway process, a grant between them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GrpcClient } from '@sild/platform-grpc';
import { freePort, REPO_ROOT, startService, type ServiceProcess } from '@sild/platform-testing';
import prepareBrokerAndDatabase from '../../test/setup/global-setup';
import {
  clientRef,
  gatewayApi,
  operatorApis,
  registerMember,
  serviceRef,
  startGateway,
  type OperatorApis,
  type TestGateway,
} from '../../test/support/gateways';
import { createTestInstance, testInstanceCode, type TestInstance } from '../../test/support/instance';
import type { Call } from './load';

const TOKEN = 'bench client system token';

interface CallResponse {
  result?: { payload: Buffer };
  error?: { reason: string };
}

export interface GatewayPair {
  /** The client system's Gateway API client (the load generator's one HTTP/2 connection). */
  readonly api: GrpcClient;
  /** A call of the granted service with `payload`. */
  call(payload: Buffer): Call;
  /** The provider system: the echoing fake backend in its own process. */
  readonly backend: ServiceProcess;
  readonly client: TestGateway;
  readonly provider: TestGateway;
  /** Process ids to watch, by role. */
  readonly pids: Readonly<Record<string, number | undefined>>;
  stop(): Promise<void>;
}

/** The project broker's process (scripts/kafka), when it runs here. */
export function brokerPid(): number | undefined {
  const file = join(process.env['SILD_KAFKA_DATA_DIR'] ?? join(REPO_ROOT, '.data/kafka'), 'kafka.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').trim()) : undefined;
}

/** Everything started so far, stopped in reverse order; stop() is safe after a failed start. */
export class Teardown {
  private readonly steps: (() => unknown)[] = [];
  add(step: () => unknown): void {
    this.steps.push(step);
  }
  async run(): Promise<void> {
    for (const step of this.steps.reverse()) {
      try {
        await step();
      } catch (error) {
        console.error('bench teardown:', error);
      }
    }
    this.steps.length = 0;
  }
}

export interface GatewayPairOptions {
  /** More environment for both gateway processes (e.g. NODE_OPTIONS=--cpu-prof, GATEWAY_*). */
  readonly gatewayEnv?: Record<string, string>;
}

export async function startGatewayPair(options: GatewayPairOptions = {}): Promise<GatewayPair> {
  // what the integration suite's global setup does: the broker up, the test database created
  await prepareBrokerAndDatabase();
  const code = testInstanceCode();
  const provider = `${code}/GOV/00000001`;
  const clientMember = `${code}/MUN/0363`;
  const service = `${provider}/brp/persons/v1`;
  const teardown = new Teardown();
  const gatewayEnv = options.gatewayEnv ?? {};
  try {
    const instance: TestInstance = await createTestInstance(code);
    teardown.add(() => instance.close());
    // the gateways' own topics (request, dead-letter, reply) carry the instance code too
    teardown.add(async () => {
      const mine = (await instance.admin.listTopics()).filter((t) => /^sild\.(req|reply)\./.test(t));
      await instance.admin.deleteTopics(mine.filter((t) => t.split('.').includes(code)));
    });
    await instance.startRegistry();
    const signer = await instance.startSigner();
    const apis: OperatorApis = operatorApis(instance);
    teardown.add(() => {
      apis.close();
    });
    const providerKey = await registerMember(instance, apis, provider, ['brp']);
    const clientKey = await registerMember(instance, apis, clientMember, ['burgerzaken']);
    await apis.registry.call('AddService', {
      id: serviceRef(service),
      description: 'persons',
      endpointKind: 'ENDPOINT_KIND_GRPC',
    });
    await apis.registry.call('AddGrant', {
      client: clientRef(`${clientMember}/burgerzaken`),
      service: serviceRef(service),
      purpose: 'benchmark',
    });
    const backendPort = await freePort();
    const backend = startService('provider-system', 'bench/support/echo-backend.main.ts', {
      BACKEND_PORT: String(backendPort),
      HTTP_PORT: String(await freePort()),
    });
    teardown.add(() => backend.stop());
    await backend.ready();
    const gateway = async (options: Parameters<typeof startGateway>[1]) => {
      const started = await startGateway(instance, {
        ...options,
        env: { ...options.env, ...gatewayEnv },
      });
      teardown.add(() => started.process.stop());
      await started.process.ready();
      return started;
    };
    const providerGateway = await gateway({
      member: provider,
      key: providerKey,
      providers: `brp=grpc://127.0.0.1:${backendPort}`,
      instanceId: 'bench-provider',
    });
    const clientGateway = await gateway({
      member: clientMember,
      key: clientKey,
      apiTokens: `burgerzaken=${TOKEN}`,
      instanceId: 'bench-client',
    });
    const api = gatewayApi(clientGateway.address, TOKEN);
    teardown.add(() => {
      api.close();
    });
    return {
      api,
      backend,
      client: clientGateway,
      provider: providerGateway,
      pids: {
        client_gw: clientGateway.process.child.pid,
        provider_gw: providerGateway.process.child.pid,
        broker: brokerPid(),
        registry: instance.registry().child.pid,
        signer: signer.child.pid,
        provider_system: backend.child.pid,
        bench: process.pid,
      },
      call(payload) {
        const request = {
          client: clientRef(`${clientMember}/burgerzaken`),
          service: serviceRef(service),
          payload,
          payloadType: 'type.googleapis.com/bench.Bytes',
          payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM',
          onBehalfOf: 'bench',
          purpose: 'benchmark',
          timeoutMs: 10_000,
        };
        return async () => {
          try {
            const response = await api.call<CallResponse>('Call', request);
            if (response.error) return response.error.reason;
            return response.result && response.result.payload.length >= payload.length ? undefined : 'short';
          } catch (error) {
            return error instanceof Error ? `grpc ${error.message.slice(0, 40)}` : 'grpc';
          }
        };
      },
      stop: () => teardown.run(),
    };
  } catch (error) {
    await teardown.run();
    throw error;
  }
}
