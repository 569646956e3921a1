import { describe, expect, it } from 'vitest';
import { MessageKind, PayloadEncoding, wire } from '@sild/contracts';
import { attributesProblem, checkHeader } from './header-rules';
import { timestampOf } from './protobuf-values';

const event = (attributes: Record<string, string>) =>
  wire.Header.create({
    messageId: '01890a5d-ac96-774b-bcce-b302099a8057',
    kind: MessageKind.MESSAGE_KIND_EVENT,
    sender: { instance: 'NL', memberClass: 'GOV', memberCode: '00000001', subsystem: 'brp' },
    eventType: { name: 'nl.brp.person.relocated.v1' },
    subjectKey: 'k1',
    subjectSequence: 1,
    createdAt: timestampOf(1_000),
    expiresAt: timestampOf(2_000),
    payloadType: 'type.googleapis.com/x',
    payloadSha256: new Uint8Array(32),
    payloadEncoding: PayloadEncoding.PAYLOAD_ENCODING_PROTOBUF,
    attributes,
  });

describe('event header attributes', () => {
  it('accepts lower-case names with short values', () => {
    expect(() => {
      checkHeader(event({ municipality: '0363', previousmunicipality: '0599' }));
    }).not.toThrow();
  });

  it('names the attribute that breaks a rule', () => {
    expect(attributesProblem({ Municipality: '0363' })).toMatch(/"Municipality" is not/);
    expect(attributesProblem({ 'a-b': 'x' })).toMatch(/"a-b" is not/);
    expect(attributesProblem({ municipality: 'x'.repeat(257) })).toMatch(/municipality is longer than 256/);
    const many = Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`a${i}`, 'x']));
    expect(attributesProblem(many)).toMatch(/more than 16/);
    expect(() => {
      checkHeader(event({ 'bad name': 'x' }));
    }).toThrow(/header attribute name "bad name"/);
  });
});
