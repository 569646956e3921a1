// Issue 8: one call across organisations is one trace. The client organisation's gateway, the
// provider organisation's gateway and the provider system (the example population register) export
// their spans over OTLP/HTTP JSON to an in-test receiver; each names itself with OTEL_SERVICE_NAME.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { population } from '@sild/contracts';
import { SEARCH_PERSONS_REQUEST_TYPE, SEARCH_PERSONS_RESPONSE_TYPE } from '@sild/examples-population';
import { expectEventually, freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import { startCallScenario, type CallResponse, type CallScenario } from './support/call-scenario';
import type { TestGateway } from './support/gateways';
import { startOtlpReceiver, type OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver';

const SERVICES = {
  client: 'sild-gateway-mun-0363',
  provider: 'sild-gateway-gov-00000001',
  system: 'population-register',
} as const;

let receiver: OtlpReceiver;
let scenario: CallScenario;
let register: ServiceProcess;
let gateways: TestGateway[];
let response: CallResponse;

beforeAll(async () => {
  receiver = await startOtlpReceiver();
  scenario = await startCallScenario();
  const grpcPort = await freePort();
  register = startService('population-register', 'apps/population-register/src/main.ts', {
    HTTP_PORT: String(await freePort()),
    GRPC_PORT: String(grpcPort),
    POPULATION_SIZE: '500',
    ...receiver.env(SERVICES.system),
  });
  await register.ready();
  const provider = await scenario.startGateway({
    ...scenario.providerOptions,
    providers: `brp=grpc://127.0.0.1:${grpcPort}`,
    env: { ...scenario.providerOptions.env, ...receiver.env(SERVICES.provider) },
  });
  const client = await scenario.startGateway({
    ...scenario.clientOptions,
    env: receiver.env(SERVICES.client),
  });
  gateways = [client, provider];
  response = await scenario.call(scenario.api(client), '', {
    payload: Buffer.from(
      population.SearchPersonsRequest.encode({ municipalityCode: '0363', pageSize: 2 }).finish(),
    ),
    payloadType: SEARCH_PERSONS_REQUEST_TYPE,
    payloadEncoding: 'PAYLOAD_ENCODING_PROTOBUF',
  });
  // SIGTERM: each service exports what its batch processor still holds before it exits
  for (const gateway of gateways) expect(await gateway.process.stop()).toBe(0);
  expect(await register.stop()).toBe(0);
}, 300_000);

afterAll(async () => {
  await register.stop();
  await scenario.close();
  await receiver.stop();
});

const spansOf = (service: string, trace: readonly ReceivedSpan[]) =>
  trace.filter((span) => span.service === service).map((span) => span.name);

describe('tracing across organisations', () => {
  it('answers the call from the population register', () => {
    expect(response.error ?? undefined).toBeUndefined();
    expect(response.result?.payloadType).toBe(SEARCH_PERSONS_RESPONSE_TYPE);
    const page = population.SearchPersonsResponse.decode(response.result?.payload ?? Buffer.alloc(0));
    expect(page.persons).toHaveLength(2);
  });

  it('exports one trace with the spans of both gateways and of the provider system', async () => {
    const trace = await expectEventually(
      () => {
        const spans = receiver.spans.filter((span) => span.traceId === response.traceId);
        expect(new Set(spans.map((span) => span.service))).toEqual(new Set(Object.values(SERVICES)));
        return spans;
      },
      { timeoutMs: 30_000 },
    );
    expect(response.traceId).toMatch(/^[0-9a-f]{32}$/);
    expect(spansOf(SERVICES.client, trace)).toEqual(
      expect.arrayContaining([
        'gateway.call',
        'gateway.sign',
        'gateway.produce',
        'gateway.consume.reply',
        'gateway.verify',
      ]),
    );
    expect(spansOf(SERVICES.provider, trace)).toEqual(
      expect.arrayContaining([
        'gateway.consume.request',
        'gateway.verify',
        'gateway.backend',
        'gateway.sign',
        'gateway.produce',
      ]),
    );
    expect(spansOf(SERVICES.system, trace)).toEqual(['population.handle']);
  });

  it('links every span to its parent: one root, the client gateway call', () => {
    const trace = receiver.spans.filter((span) => span.traceId === response.traceId);
    const ids = new Set(trace.map((span) => span.spanId));
    const roots = trace.filter((span) => span.parentSpanId === '');
    expect(roots.map((span) => [span.service, span.name])).toEqual([[SERVICES.client, 'gateway.call']]);
    expect(trace.filter((span) => span.parentSpanId !== '' && !ids.has(span.parentSpanId))).toEqual([]);
    // the provider system continues the trace context its gateway sent with the backend call
    const handle = trace.find((span) => span.name === 'population.handle');
    const parent = trace.find((span) => span.spanId === handle?.parentSpanId);
    expect(parent?.service).toBe(SERVICES.provider);
    expect(parent?.name).toBe('gateway.backend');
  });
});
