// Issue 8: a real Prometheus scrapes the running services' /metrics and finds the key series:
// Kafka traffic and consumer lag, calls, the registry view's version and age, gRPC latency,
// certificate expiry, and the process/Node.js defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually } from '@sild/platform-testing';
import { startCallScenario, type CallScenario } from './support/call-scenario';
import { startPrometheus, type TestPrometheus } from './support/prometheus';

const JOBS = ['sild-registry', 'sild-signer', 'sild-gateway'] as const;

let scenario: CallScenario;
let prometheus: TestPrometheus | undefined;

const hostPort = (url: string) => url.replace(/^http:\/\//, '');

beforeAll(async () => {
  scenario = await startCallScenario();
  const provider = await scenario.startGateway(scenario.providerOptions);
  const client = await scenario.startGateway(scenario.clientOptions);
  const api = scenario.api(client);
  for (const text of ['echo:one', 'echo:two', 'refuse:three']) await scenario.call(api, text);
  prometheus = await startPrometheus({
    'sild-registry': [hostPort(scenario.instance.registry().httpUrl)],
    'sild-signer': [hostPort(scenario.instance.signer().httpUrl)],
    'sild-gateway': [provider, client].map((gateway) => `127.0.0.1:${gateway.httpPort}`),
  });
  await prometheus.allTargetsUp();
}, 300_000);

afterAll(async () => {
  await prometheus?.stop();
  await scenario.close();
});

/** The jobs that have at least one sample of `expression`, once a scrape has brought them. */
async function jobsWith(expression: string, jobs: readonly string[] = JOBS): Promise<string[]> {
  return expectEventually(
    async () => {
      const samples = await prometheus!.query(expression);
      const found = [...new Set(samples.map((sample) => sample.metric['job'] ?? ''))].sort();
      expect(found, expression).toEqual(expect.arrayContaining([...jobs]));
      return found;
    },
    { timeoutMs: 30_000, intervalMs: 500 },
  );
}

describe('Prometheus scrape', () => {
  it('scrapes every service', async () => {
    const up = await prometheus!.query('up');
    expect(up).toHaveLength(4);
    expect(up.every((sample) => sample.value === 1)).toBe(true);
  });

  it('finds the process and Node.js defaults and gRPC server latency in every service', async () => {
    await jobsWith('process_cpu_user_seconds_total');
    await jobsWith('process_resident_memory_bytes');
    await jobsWith('nodejs_eventloop_lag_seconds');
    await jobsWith('sild_grpc_server_duration_seconds_bucket');
  });

  it('finds Kafka traffic and consumer lag', async () => {
    await jobsWith('sild_kafka_messages_produced_total', ['sild-gateway', 'sild-registry']);
    await jobsWith('sild_kafka_messages_consumed_total', ['sild-gateway']);
    await jobsWith('sild_kafka_consumer_lag_records{group=~".*requests"}', ['sild-gateway']);
  });

  it("finds calls and the gateways' registry view version and age", async () => {
    const calls = await prometheus!.query('sum(sild_gateway_calls_total)');
    expect(calls[0]?.value).toBeGreaterThanOrEqual(3);
    await jobsWith('sild_registry_view_version > 0', ['sild-gateway']);
    await jobsWith('sild_registry_view_age_seconds', ['sild-gateway']);
    await jobsWith('sild_registry_config_version', ['sild-registry']);
  });

  it('finds certificate expiry in the future, for every service and for both signing certificates', async () => {
    await jobsWith('sild_certificate_expiry_timestamp_seconds{certificate="root"} > time()');
    await jobsWith('sild_certificate_expiry_timestamp_seconds{certificate="registry"} > time()');
    await jobsWith('sild_certificate_expiry_timestamp_seconds{certificate="signing"} > time()', [
      'sild-gateway',
      'sild-signer',
    ]);
    const signing = await prometheus!.query(
      'sild_certificate_expiry_timestamp_seconds{job="sild-gateway", certificate="signing"}',
    );
    const keyIds = new Set(signing.map((sample) => sample.metric['key_id']));
    expect(keyIds).toEqual(new Set([scenario.keys.provider.keyId, scenario.keys.client.keyId]));
  });
});
