import { describe, expect, it } from 'vitest';
import { Reason } from '@sild/contracts';
import {
  failure,
  type EventPublisherService,
  type FollowIndicationsService,
  type PublishInput,
  type PublishOutcome,
} from '@sild/gateway-domain';
import { GrpcStatus, type CallContext } from '@sild/platform-grpc';
import { ApiTokens } from '../../api-tokens';
import { MAX_PUBLISH_BATCH, publishingHandlers } from './publishing.grpc.controller';

const brp = { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' };
const context = (token: string): CallContext => ({
  method: '/sild.gateway.v1.Events/PublishBatch',
  peer: 'test',
  metadata: (key) => (key === 'authorization' ? `Bearer ${token}` : undefined),
});
const event = (subject: string, publisher: object = brp) => ({
  publisher,
  eventType: 'nl.brp.person.relocated.v1',
  subject,
  attributes: { municipality: '0363' },
  payload: Buffer.from(subject),
  payloadType: '',
  payloadEncoding: 'PAYLOAD_ENCODING_OCTET_STREAM',
});

/** Publishes in call order; refuses the subject "refused". */
function fakePublisher() {
  const published: PublishInput[] = [];
  const publisher = {
    publish: (input: PublishInput): Promise<PublishOutcome> => {
      if (input.subject === 'refused') {
        return Promise.reject(failure(Reason.REASON_INVALID_ARGUMENT, 'subject refused'));
      }
      published.push(input);
      return Promise.resolve({
        messageId: `m-${published.length}`,
        traceId: 't',
        subjectKey: `k-${input.subject}`,
        subjectSequence: published.filter((p) => p.subject === input.subject).length,
      });
    },
  };
  return { published, publisher: publisher as unknown as EventPublisherService };
}

const handlersOf = (publisher: EventPublisherService) =>
  publishingHandlers(
    publisher,
    {} as FollowIndicationsService,
    new ApiTokens([{ token: 'register', subsystems: ['brp'] }]),
  );

describe('PublishBatch', () => {
  it("publishes each event on its own, in order, with each one's result", async () => {
    const { published, publisher } = fakePublisher();
    const response = await handlersOf(publisher)['PublishBatch']!(
      { events: [event('a'), event('refused'), event('a'), event('b')] },
      context('register'),
    );
    expect(published.map((p) => p.subject)).toEqual(['a', 'a', 'b']);
    expect(published[0]).toMatchObject({ publisher: brp, attributes: { municipality: '0363' } });
    expect(response).toEqual({
      results: [
        { published: { messageId: 'm-1', traceId: 't', subjectKey: 'k-a', subjectSequence: '1' } },
        {
          error: { reason: 'REASON_INVALID_ARGUMENT', message: 'subject refused', retryable: false },
        },
        { published: { messageId: 'm-2', traceId: 't', subjectKey: 'k-a', subjectSequence: '2' } },
        { published: { messageId: 'm-3', traceId: 't', subjectKey: 'k-b', subjectSequence: '1' } },
      ],
    });
  });

  it('refuses the whole call for a publisher the token may not act as, or too many events', async () => {
    const { published, publisher } = fakePublisher();
    const handler = handlersOf(publisher)['PublishBatch']!;
    await expect(
      handler({ events: [event('a'), event('b', { ...brp, subsystem: 'other' })] }, context('register')),
    ).rejects.toMatchObject({ status: GrpcStatus.PERMISSION_DENIED });
    await expect(handler({ events: [event('a')] }, context('wrong'))).rejects.toMatchObject({
      status: GrpcStatus.UNAUTHENTICATED,
    });
    await expect(
      handler(
        { events: Array.from({ length: MAX_PUBLISH_BATCH + 1 }, () => event('a')) },
        context('register'),
      ),
    ).rejects.toMatchObject({ status: GrpcStatus.INVALID_ARGUMENT });
    expect(published).toEqual([]);
    expect(await handler({}, context('register'))).toEqual({ results: [] });
  });
});
