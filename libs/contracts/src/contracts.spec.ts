import { describe, expect, it } from 'vitest';
import { MessageKind, population, Reason, wire } from './index';

describe('generated contracts', () => {
  it('round-trips a header, keeping 64-bit sequence numbers', () => {
    const bytes = wire.Header.encode({
      messageId: '01890a5d-ac96-774b-bcce-b302099a8057',
      kind: MessageKind.MESSAGE_KIND_EVENT,
      sender: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
      eventType: { name: 'nl.brp.person.relocated.v1' },
      senderSequence: 2 ** 40,
    }).finish();
    const header = wire.Header.decode(bytes);
    expect(header.kind).toBe(MessageKind.MESSAGE_KIND_EVENT);
    expect(header.sender?.memberCode).toBe('00000001');
    expect(header.topic).toBe('eventType');
    expect(Number(header.senderSequence)).toBe(2 ** 40);
  });

  it('exposes the stable reason codes and the example payloads', () => {
    expect(Reason.REASON_MALFORMED).toBe(13);
    const person = population.Person.decode(
      population.Person.encode({ nationalId: '999990019', name: { surname: 'Jansen' } }).finish(),
    );
    expect(person.name?.surname).toBe('Jansen');
  });
});
