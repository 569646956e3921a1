// Issue 8: SIGTERM during load loses nothing. Calls run continuously through the client gateway
// to two replicas of the provider gateway; one replica gets SIGTERM mid-load, drains and exits,
// the other takes its partitions over. Every call gets its own answer or a clear error, and every
// request on the bus has a provider decision.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DecisionOutcome, DecisionRole, platformTopics, wire } from '@sild/contracts';
import type { GrpcClient } from '@sild/platform-grpc';
import { expectEventually } from '@sild/platform-testing';
import { startCallScenario, type CallResponse, type CallScenario } from './support/call-scenario';
import type { TestGateway } from './support/gateways';
import { readTopic, type TopicReader } from './support/topic-reader';

const WORKERS = 8;
/** Calls answered before the SIGTERM, and at least as many again after the replica is gone. */
const CALLS_AROUND_SIGTERM = 100;
const MAX_CALLS = 3_000;
/** Errors a caller may get while a replica leaves: clear reasons, never another caller's answer. */
const CLEAR_ERRORS = ['REASON_TIMEOUT', 'REASON_PROVIDER_UNAVAILABLE'];

let scenario: CallScenario;
let api: GrpcClient;
let leaving: TestGateway;
let decisions: TopicReader | undefined;

beforeAll(async () => {
  scenario = await startCallScenario();
  leaving = await scenario.startGateway({ ...scenario.providerOptions, instanceId: 'provider-a' });
  await scenario.startGateway({ ...scenario.providerOptions, instanceId: 'provider-b' });
  api = scenario.api(await scenario.startGateway(scenario.clientOptions));
  decisions = await readTopic(
    scenario.instance.kafka,
    platformTopics(scenario.instance.anchor.instance).decisions,
  );
}, 300_000);

afterAll(async () => {
  await decisions?.stop();
  await scenario.close();
});

interface Outcome {
  readonly text: string;
  readonly response: CallResponse;
}

/** Calls from WORKERS loops until `done()` says so; every outcome in order of completion. */
async function loadUntil(outcomes: Outcome[], done: () => boolean): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (!done() && next < MAX_CALLS) {
      const text = `echo:load-${next++}`;
      outcomes.push({ text, response: await scenario.call(api, text, { timeoutMs: 60_000 }) });
    }
  };
  await Promise.all(Array.from({ length: WORKERS }, worker));
}

const providerDecisions = () =>
  (decisions?.messages ?? [])
    .map((message) => wire.Decision.decode(message.value ?? new Uint8Array()))
    .filter(
      (record) =>
        record.role === DecisionRole.DECISION_ROLE_PROVIDER &&
        (record.outcome === DecisionOutcome.DECISION_OUTCOME_ACCEPTED ||
          record.outcome === DecisionOutcome.DECISION_OUTCOME_DENIED),
    );

describe('SIGTERM during load', () => {
  it('drains one provider replica mid-load; the other takes over and nothing is lost', async () => {
    const outcomes: Outcome[] = [];
    let answeredAtExit = Number.POSITIVE_INFINITY;
    const load = loadUntil(outcomes, () => outcomes.length >= answeredAtExit + CALLS_AROUND_SIGTERM);
    await expectEventually(() => {
      expect(outcomes.length).toBeGreaterThanOrEqual(CALLS_AROUND_SIGTERM);
    });
    const answeredAtSigterm = outcomes.length;
    const exitCode = await leaving.process.stop();
    answeredAtExit = outcomes.length;
    await load;

    expect(exitCode).toBe(0);
    expect(leaving.process.output()).toContain('"msg":"stopped"');
    const wrong = outcomes.filter(({ text, response }) =>
      response.result
        ? response.result.payload.toString() !== `answer to ${text}`
        : !CLEAR_ERRORS.includes(response.error?.reason ?? ''),
    );
    expect(wrong).toEqual([]);
    const failed = outcomes.filter(({ response }) => !response.result);
    console.info(
      `${outcomes.length} calls, ${outcomes.length - failed.length} answered, ${failed.length} clear errors` +
        ` (${[...new Set(failed.map(({ response }) => response.error?.reason))].join(', ') || 'none'});` +
        ` SIGTERM after ${answeredAtSigterm} answers, the replica gone after ${answeredAtExit}`,
    );

    // every request the client gateway put on the bus got a provider decision, from either replica
    const sent = new Set(outcomes.map(({ response }) => response.messageId));
    const decided = await expectEventually(
      () => {
        const records = providerDecisions();
        const handled = new Set(records.map((record) => record.messageId));
        expect([...sent].filter((id) => !handled.has(id))).toEqual([]);
        return records.filter((record) => sent.has(record.messageId));
      },
      { timeoutMs: 90_000 },
    );
    // both replicas worked: the leaving one before its SIGTERM, the staying one after
    const deciders = new Set(decided.map((record) => record.deciderInstanceId));
    expect(deciders).toEqual(new Set(['provider-a', 'provider-b']));
  });
});
