// Issue 5: signed service calls between two organisations, each with its own gateway process,
// over the real broker; the provider system is a fake that records what reaches it.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deadLetterTopic,
  DecisionOutcome,
  MessageKind,
  platformTopics,
  Reason,
  requestTopic,
  wire,
} from '@sild/contracts';
import { generateSigningKeyPair } from '@sild/platform-crypto';
import { EnvelopeSigner } from '@sild/domain-envelope';
import type { GrpcClient } from '@sild/platform-grpc';
import { expectEventually } from '@sild/platform-testing';
import { traceIdOf } from '@sild/platform-telemetry';
import { startCallScenario, type CallResponse, type CallScenario } from './support/call-scenario';
import { clientRef, registerMember } from './support/gateways';
import { rawRequester, type RawRequester } from './support/raw-requests';
import { readTopic, type TopicReader } from './support/topic-reader';

let scenario: CallScenario;
let api: GrpcClient;
let raw: RawRequester;
let decisions: TopicReader;
const calls: CallResponse[] = [];

const call = async (text: string, overrides: Record<string, unknown> = {}): Promise<CallResponse> => {
  const response = await scenario.call(api, text, overrides);
  calls.push(response);
  return response;
};
const received = (messageId: string) =>
  scenario.backend.received.some((request) => request.messageId === messageId);

beforeAll(async () => {
  scenario = await startCallScenario();
  await scenario.startGateway(scenario.providerOptions);
  api = scenario.api(await scenario.startGateway(scenario.clientOptions));
  raw = await rawRequester(scenario.instance, scenario.ids.client, scenario.keys.client);
  decisions = await readTopic(
    scenario.instance.kafka,
    platformTopics(scenario.instance.anchor.instance).decisions,
  );
}, 240_000);

afterAll(async () => {
  await decisions.stop();
  await raw.stop();
  await scenario.close();
});

describe('gateway: calls', () => {
  it('returns the provider data for a granted call, in one trace with the provider', async () => {
    const response = await call('echo:first');
    expect(response.error).toBeUndefined();
    expect(response.result?.payload.toString()).toBe('answer to echo:first');
    const seen = scenario.backend.received.find((request) => request.messageId === response.messageId);
    expect(seen).toMatchObject({ onBehalfOf: 'employee-17', purpose: 'case 2026-114' });
    expect(traceIdOf(seen?.traceparent ?? '')).toBe(response.traceId);
    expect(response.traceId).toMatch(/^[0-9a-f]{32}$/);
  });

  it('answers an ungranted call with ACCESS_DENIED; the provider system receives nothing', async () => {
    const response = await call('echo:ungranted', { client: clientRef(`${scenario.ids.client}/sociaal`) });
    expect(response.error?.reason).toBe('REASON_ACCESS_DENIED');
    expect(received(response.messageId)).toBe(false);
  });

  it('refuses an unknown service and an oversized payload before sending', async () => {
    const unknown = await call('echo:unknown', {
      service: {
        provider: clientRef(`${scenario.ids.provider}/brp`),
        serviceCode: 'nope',
        serviceVersion: 'v1',
      },
    });
    expect(unknown.error?.reason).toBe('REASON_UNKNOWN_SERVICE');
    const large = await call(`echo:${'x'.repeat(600 * 1024)}`);
    expect(large.error?.reason).toBe('REASON_TOO_LARGE');
  });

  it('reports a provider system that is down, hangs, fails or answers garbage, and goes on', async () => {
    const down = await call('echo:down', {
      service: {
        provider: clientRef(`${scenario.ids.provider}/down`),
        serviceCode: 'persons',
        serviceVersion: 'v1',
      },
    });
    expect(down.error?.reason).toBe('REASON_PROVIDER_UNAVAILABLE');
    for (const behaviour of ['hang', 'fail', 'garbage']) {
      const response = await call(`${behaviour}:1`);
      expect(response.error?.reason, behaviour).toBe('REASON_PROVIDER_UNAVAILABLE');
      expect(response.error?.retryable, behaviour).toBe(true);
    }
    expect((await call('refuse:1')).error?.reason).toBe('REASON_NOT_FOUND');
    expect((await call('echo:after-faults')).result?.payload.toString()).toBe('answer to echo:after-faults');
  });
});

describe('gateway: refusals on the bus', () => {
  const refusedWith = async (bytes: Uint8Array, messageId: string): Promise<Reason | undefined> => {
    await raw.send(scenario.ids.service, bytes);
    const [answer] = await raw.answersTo(messageId);
    expect(answer?.kind).toBe(MessageKind.MESSAGE_KIND_ERROR);
    expect(received(messageId)).toBe(false);
    return answer?.reason;
  };
  const client = () => `${scenario.ids.client}/burgerzaken`;

  it('refuses a tampered envelope', async () => {
    const signed = raw.sign(scenario.ids.service, client(), Buffer.from('echo:tampered'));
    const bytes = Buffer.from(signed.bytes);
    const at = bytes.indexOf('echo:tampered') + 1;
    bytes.writeUInt8((bytes.readUInt8(at) ^ 0x01) & 0xff, at);
    expect(await refusedWith(bytes, signed.messageId)).toBe(Reason.REASON_INVALID_SIGNATURE);
  });

  it('refuses an envelope forged with another key under the member certificate', async () => {
    const forger = new EnvelopeSigner({
      privateKey: generateSigningKeyPair().privateKey,
      certificate: raw.certificate,
      senderInstanceId: 'forger',
    });
    const legit = raw.sign(scenario.ids.service, client(), Buffer.from('echo:forged'));
    const forged = forger.sign(wire.Header.decode(legit.header), Buffer.from('echo:forged'));
    expect(await refusedWith(forged.bytes, forged.messageId)).toBe(Reason.REASON_INVALID_SIGNATURE);
  });

  it('answers a replayed request once and refuses the copy', async () => {
    const signed = raw.sign(scenario.ids.service, client(), Buffer.from('echo:replayed'));
    await raw.send(scenario.ids.service, signed.bytes);
    await raw.send(scenario.ids.service, signed.bytes);
    const answers = await raw.answersTo(signed.messageId, 2);
    expect(answers.map((answer) => answer.kind).sort()).toEqual(
      [MessageKind.MESSAGE_KIND_RESPONSE, MessageKind.MESSAGE_KIND_ERROR].sort(),
    );
    expect(answers.find((answer) => answer.kind === MessageKind.MESSAGE_KIND_ERROR)?.reason).toBe(
      Reason.REASON_REPLAYED,
    );
  });

  it('refuses an expired request and a request signed after the certificate expired', async () => {
    const expired = raw.sign(scenario.ids.service, client(), Buffer.from('echo:expired'), { ttlMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await refusedWith(expired.bytes, expired.messageId)).toBe(Reason.REASON_EXPIRED);
    const late = raw.sign(scenario.ids.service, client(), Buffer.from('echo:late'), {
      clock: () => raw.certificate.notAfterMs + 1_000,
    });
    expect(await refusedWith(late.bytes, late.messageId)).toBe(Reason.REASON_CERT_EXPIRED);
  });

  it('refuses a request signed with a revoked certificate', async () => {
    const member = `${scenario.instance.anchor.instance}/MUN/0599`;
    const key = await registerMember(scenario.instance, scenario.apis, member, ['burgerzaken']);
    await scenario.apis.registry.call('RevokeCertificate', { keyId: key.keyId, reason: 'keyCompromise' });
    const revoked = await rawRequester(scenario.instance, member, key);
    try {
      await expectEventually(async () => {
        const signed = revoked.sign(
          scenario.ids.service,
          `${member}/burgerzaken`,
          Buffer.from('echo:revoked'),
        );
        await revoked.send(scenario.ids.service, signed.bytes);
        const [answer] = await revoked.answersTo(signed.messageId);
        expect(answer?.reason).toBe(Reason.REASON_CERT_REVOKED);
      });
    } finally {
      await revoked.stop();
    }
  });

  it('refuses an oversized payload on the provider side', async () => {
    const signed = raw.sign(scenario.ids.service, client(), randomBytes(600 * 1024));
    expect(await refusedWith(signed.bytes, signed.messageId)).toBe(Reason.REASON_TOO_LARGE);
  });

  it('dead-letters garbage bytes with a decision record, and keeps serving', async () => {
    const topic = requestTopic(clientRef(`${scenario.ids.provider}/brp`));
    const dlq = await readTopic(scenario.instance.kafka, deadLetterTopic(topic));
    try {
      const garbage = randomBytes(64);
      await raw.send(scenario.ids.service, garbage);
      await expectEventually(() => {
        expect(dlq.messages.some((message) => message.value?.equals(garbage))).toBe(true);
        expect(
          decisions.messages.some(
            (message) =>
              wire.Decision.decode(message.value ?? new Uint8Array()).outcome ===
              DecisionOutcome.DECISION_OUTCOME_DEAD_LETTERED,
          ),
        ).toBe(true);
      });
    } finally {
      await dlq.stop();
    }
    expect((await call('echo:after-garbage')).result?.payload.toString()).toBe(
      'answer to echo:after-garbage',
    );
  });
});

describe('gateway: decision records', () => {
  it('exist for every call, on both sides, with the trace id', async () => {
    const sent = calls.filter((response) => response.messageId);
    expect(sent.length).toBeGreaterThan(5);
    await expectEventually(() => {
      const records = decisions.messages.map((message) =>
        wire.Decision.decode(message.value ?? new Uint8Array()),
      );
      for (const response of sent) {
        const mine = records.filter((record) => record.messageId === response.messageId);
        expect(mine.map((record) => record.traceId)).toContain(response.traceId);
        const outcomes = mine.map((record) => record.outcome);
        expect(outcomes).toContain(DecisionOutcome.DECISION_OUTCOME_SENT);
        expect(outcomes).toContain(
          response.error
            ? DecisionOutcome.DECISION_OUTCOME_FAILED
            : DecisionOutcome.DECISION_OUTCOME_DELIVERED,
        );
        // the provider side decided too: accepted, or denied with the reason the caller saw
        expect(
          outcomes.some(
            (o) =>
              o === DecisionOutcome.DECISION_OUTCOME_ACCEPTED ||
              o === DecisionOutcome.DECISION_OUTCOME_DENIED,
          ),
        ).toBe(true);
      }
    });
  });
});
