import { describe, expect, it } from 'vitest';
import { wire } from '@sild/contracts';
import { answerable, peekHeader } from './index';
import { relocationDraft, relocationPayload, testInstance, testSigner } from './testing';

const CLIENT = { instance: 'NL', memberClass: 'MUN', memberCode: '0363', subsystem: 'burgerzaken' };

describe('peekHeader', () => {
  it('reads the header of an envelope without checking it', () => {
    const { provider } = testInstance();
    const request = testSigner(provider).sign(relocationDraft(provider), relocationPayload());
    const peeked = peekHeader(request.bytes);
    expect(peeked?.header.messageId).toBe(request.messageId);
    expect(Buffer.from(peeked!.headerBytes)).toEqual(Buffer.from(request.header));
    expect(answerable(peeked!.header)).toBe(true);
  });

  it('is undefined for what is not an envelope with a header', () => {
    expect(peekHeader(null)).toBeUndefined();
    expect(peekHeader(Buffer.from('garbage'))).toBeUndefined();
  });

  it('reads no bytes as an empty header, which cannot be answered', () => {
    expect(answerable(peekHeader(new Uint8Array())!.header)).toBe(false);
  });

  it.each([
    ['no message id', { sender: CLIENT }],
    ['no sender', { messageId: 'm1' }],
    ['an incomplete sender', { messageId: 'm1', sender: { ...CLIENT, memberCode: '' } }],
  ])('a header with %s cannot be answered', (_, fields) => {
    const bytes = wire.Envelope.encode({ header: wire.Header.encode(fields).finish() }).finish();
    const peeked = peekHeader(bytes);
    expect(peeked).toBeDefined();
    expect(answerable(peeked!.header)).toBe(false);
  });
});
