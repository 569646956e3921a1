// Issue 8: readiness follows Kafka. Registry, signer, router, audit and both organisations' gateways run against
// a broker of this test's own; stopping it makes every one of them unready, starting it again
// makes them ready and working again, without restarting any service.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectEventually, freePort, startService, type ServiceProcess } from '@sild/platform-testing';
import { createTestAudit, type TestAudit } from './support/audit';
import { startCallScenario, type CallScenario } from './support/call-scenario';
import type { TestGateway } from './support/gateways';
import { startOwnBroker, type OwnBroker } from './support/own-broker';

/** Generous bounds: a slow, busy machine must not fail the test, a service that never notices must. */
const NOTICE_BOUND_MS = 60_000;
const RECOVERY_BOUND_MS = 180_000;

let broker: OwnBroker | undefined;
let scenario: CallScenario | undefined;
let client: TestGateway;
let services: ServiceProcess[];
let routerProcess: ServiceProcess | undefined;
let audit: TestAudit | undefined;

beforeAll(async () => {
  broker = await startOwnBroker();
  scenario = await startCallScenario({ kafkaBrokers: broker.brokers });
  const provider = await scenario.startGateway(scenario.providerOptions);
  client = await scenario.startGateway(scenario.clientOptions);
  const router = startService('router', 'apps/router/src/main.ts', {
    SILD_ANCHOR_FILE: scenario.instance.anchorFile,
    HTTP_PORT: String(await freePort()),
    KAFKA_BROKERS: broker.brokers,
  });
  routerProcess = router;
  await router.ready();
  audit = await createTestAudit(scenario.instance, { KAFKA_BROKERS: broker.brokers });
  services = [
    scenario.instance.registry(),
    scenario.instance.signer(),
    router,
    await audit.start(),
    provider.process,
    client.process,
  ];
}, 400_000);

afterAll(async () => {
  try {
    await broker?.up(); // a failed test may have left it down: the instance's topics go with it
    await routerProcess?.stop();
    await audit?.close();
    await scenario?.close();
  } finally {
    await broker?.remove();
  }
}, 400_000);

const readiness = async (service: ServiceProcess) => {
  const response = await fetch(`${service.httpUrl}/readyz`);
  return { status: response.status, body: await response.text() };
};

/** Waits until every service answers /readyz with `status`; returns how long each took. */
async function allReadiness(status: number, boundMs: number): Promise<Record<string, number>> {
  const started = Date.now();
  const took: Record<string, number> = {};
  await Promise.all(
    services.map((service) =>
      expectEventually(
        async () => {
          expect(service.child.exitCode, `${service.name} exited`).toBeNull();
          const answer = await readiness(service);
          expect(answer.status, `${service.name}: ${answer.body}`).toBe(status);
          took[service.name] = Date.now() - started;
        },
        { timeoutMs: boundMs, intervalMs: 250 },
      ),
    ),
  );
  return took;
}

describe('readiness follows Kafka', () => {
  it('is ready with the broker up, and a call goes through', async () => {
    await allReadiness(200, 30_000);
    const response = await scenario!.call(scenario!.api(client), 'echo:before');
    expect(response.result?.payload.toString()).toBe('answer to echo:before');
  });

  it("turns every service's readiness false when the broker stops, naming Kafka", async () => {
    await broker!.down();
    const took = await allReadiness(503, NOTICE_BOUND_MS);
    console.info(
      `readiness false after the broker stopped (ms, noisy 2-core machine): ${JSON.stringify(took)}`,
    );
    for (const service of services) expect((await readiness(service)).body).toContain('"kafka"');
    // liveness is not readiness: nobody should restart them for it
    for (const service of services) expect((await fetch(`${service.httpUrl}/healthz`)).status).toBe(200);
  });

  it('turns it true again when the broker is back, with the same processes, and calls work', async () => {
    const pids = services.map((service) => service.child.pid);
    await broker!.up();
    const took = await allReadiness(200, RECOVERY_BOUND_MS);
    console.info(
      `ready again after the broker restarted (ms, noisy 2-core machine): ${JSON.stringify(took)}`,
    );
    expect(services.map((service) => service.child.pid)).toEqual(pids);
    const response = await expectEventually(
      async () => {
        const answer = await scenario!.call(scenario!.api(client), 'echo:after');
        expect(answer.result?.payload.toString()).toBe('answer to echo:after');
        return answer;
      },
      { timeoutMs: 60_000, intervalMs: 1_000 },
    );
    expect(response.error ?? undefined).toBeUndefined();
  });
});
