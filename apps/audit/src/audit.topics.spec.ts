import { describe, expect, it } from 'vitest';
import { eventTopic, platformTopics, replyTopic, requestTopic, subscriptionTopic } from '@sild/contracts';
import { auditTopics } from './audit.topics';

const member = { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' };

describe('audited topics', () => {
  const topics = auditTopics('NL');

  it('are every envelope topic of the instance and its decisions', () => {
    const platform = platformTopics('NL');
    for (const topic of [
      requestTopic(member),
      replyTopic(member),
      eventTopic('NL', 'nl.brp.person.relocated.v1'),
      subscriptionTopic(member, 'sub-1'),
      platform.registryManagement,
      platform.signerRequests,
      platform.follows,
      platform.decisions,
    ]) {
      expect(topics.audited(topic), topic).toBe(true);
    }
    expect(topics.group).toBe('sild.NL.audit');
  });

  it('leave out dead-letter copies, configuration, checkpoints and other instances', () => {
    const platform = platformTopics('NL');
    for (const topic of [
      `${requestTopic(member)}.dlq`,
      `${subscriptionTopic(member, 'sub-1')}.dlq`,
      platform.registryConfig,
      platform.registrySnapshots,
      platform.auditCheckpoints,
      requestTopic({ ...member, instance: 'NL.X' }),
      eventTopic('EE', 'ee.rr.birth.v1'),
    ]) {
      expect(topics.audited(topic), topic).toBe(false);
    }
  });
});
