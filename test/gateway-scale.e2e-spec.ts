// Issue 5, under load: two replicas of the client gateway share the member's reply topic and
// every caller gets its own answer; a provider gateway killed mid-load and restarted loses no
// request that Kafka accepted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionOutcome, DecisionRole, platformTopics, wire } from '@sild/contracts';
import type { GrpcClient } from '@sild/platform-grpc';
import { expectEventually } from '@sild/platform-testing';
import { startCallScenario, type CallResponse, type CallScenario } from './support/call-scenario';
import type { TestGateway } from './support/gateways';
import { readTopic, type TopicReader } from './support/topic-reader';

let scenario: CallScenario;
let provider: TestGateway;
let replicas: GrpcClient[];
let decisions: TopicReader;

beforeAll(async () => {
  scenario = await startCallScenario();
  provider = await scenario.startGateway(scenario.providerOptions);
  const first = await scenario.startGateway({ ...scenario.clientOptions, instanceId: 'client-a' });
  const second = await scenario.startGateway({ ...scenario.clientOptions, instanceId: 'client-b' });
  replicas = [scenario.api(first), scenario.api(second)];
  decisions = await readTopic(
    scenario.instance.kafka,
    platformTopics(scenario.instance.anchor.instance).decisions,
  );
}, 240_000);

afterAll(async () => {
  await decisions.stop();
  await scenario.close();
});

/** Calls with unique payloads spread over the replicas; resolves with every response. */
function load(prefix: string, count: number, timeoutMs: number): Promise<CallResponse[]> {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      scenario.call(replicas[i % replicas.length] as GrpcClient, `echo:${prefix}-${i}`, { timeoutMs }),
    ),
  );
}

describe('gateway at scale', () => {
  it('gives each of 1,000 concurrent calls over two client replicas its own answer', async () => {
    const responses = await load('concurrent', 1_000, 60_000);
    const wrong = responses.filter(
      (response, i) => response.result?.payload.toString() !== `answer to echo:concurrent-${i}`,
    );
    expect(wrong.map((response) => response.error ?? response.result?.payload.toString())).toEqual([]);
    expect(new Set(responses.map((response) => response.messageId)).size).toBe(1_000);
  });

  it('loses no accepted request when the provider gateway is killed mid-load and restarted', async () => {
    const running = load('killed', 400, 45_000);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await provider.process.kill();
    provider = await scenario.startGateway(scenario.providerOptions);
    const responses = await running;
    responses.forEach((response, i) => {
      // either its own answer or a timeout: never another caller's answer, never anything else
      if (response.result) expect(response.result.payload.toString()).toBe(`answer to echo:killed-${i}`);
      else expect(response.error?.reason).toBe('REASON_TIMEOUT');
    });
    const answered = responses.filter((response) => response.result).length;
    console.info(`after the kill: ${answered} of ${responses.length} calls answered, the rest timed out`);
    // every request Kafka accepted (a SENT decision) was handled by a provider gateway in the end
    const sent = new Set(responses.map((response) => response.messageId));
    await expectEventually(
      () => {
        const handled = new Set(
          decisions.messages
            .map((message) => wire.Decision.decode(message.value ?? new Uint8Array()))
            .filter(
              (record) =>
                record.role === DecisionRole.DECISION_ROLE_PROVIDER &&
                (record.outcome === DecisionOutcome.DECISION_OUTCOME_ACCEPTED ||
                  record.outcome === DecisionOutcome.DECISION_OUTCOME_DENIED),
            )
            .map((record) => record.messageId),
        );
        expect([...sent].filter((id) => !handled.has(id))).toEqual([]);
      },
      { timeoutMs: 90_000 },
    );
  });
});
