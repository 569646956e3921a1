import { describe, expect, it } from 'vitest';
import {
  deadLetterTopic,
  eventTopic,
  platformTopics,
  replyTopic,
  requestTopic,
  subscriptionTopic,
} from './topics';

const SUBSYSTEM = { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' };

describe('topic names', () => {
  it('name every kind of topic after its instance and owner', () => {
    expect(platformTopics('NL').follows).toBe('sild.NL.follows');
    expect(platformTopics('NL').auditCheckpoints).toBe('sild.NL.audit.checkpoints');
    expect(replyTopic(SUBSYSTEM)).toBe('sild.reply.NL.MUN.0363');
    expect(requestTopic(SUBSYSTEM)).toBe('sild.req.NL.MUN.0363.burgerzaken');
    expect(eventTopic('NL', 'nl.brp.person.relocated.v1')).toBe('sild.evt.NL.nl-_brp-_person-_relocated-_v1');
    expect(subscriptionTopic(SUBSYSTEM, '0b7e-1')).toBe('sild.sub.NL.MUN.0363.burgerzaken.0b7e--1');
    expect(deadLetterTopic(subscriptionTopic(SUBSYSTEM, 'a'))).toBe('sild.sub.NL.MUN.0363.burgerzaken.a.dlq');
  });

  it('keep the mapping one-to-one where identifiers contain dots and dashes', () => {
    expect(eventTopic('NL', 'a.b-c')).not.toBe(eventTopic('NL', 'a-b.c'));
    expect(subscriptionTopic({ ...SUBSYSTEM, subsystem: 'a.b' }, 'c')).not.toBe(
      subscriptionTopic({ ...SUBSYSTEM, subsystem: 'a' }, 'b.c'),
    );
  });
});
