import { describe, expect, it } from 'vitest';
import { decodeConfigRecord, encodeConfigRecord, entityKey } from '../src';
import { sampleEntities } from '../src/testing';

describe('configuration records', () => {
  it.each(sampleEntities.map((entity) => [entity.kind, entity] as const))(
    'round-trip a %s',
    (_kind, entity) => {
      const changedAt = new Date('2026-02-01T10:00:00.500Z');
      const decoded = decodeConfigRecord(encodeConfigRecord('18446744073709551615', entity, changedAt));
      expect(decoded).toEqual({
        version: '18446744073709551615',
        entityKey: entityKey(entity),
        changedAt,
        change: entity,
      });
    },
  );

  it('round-trips a heartbeat under its fixed key', () => {
    const decoded = decodeConfigRecord(
      encodeConfigRecord('7', { kind: 'heartbeat', registryInstance: 'registry-0' }, new Date(1_000)),
    );
    expect(decoded.entityKey).toBe('heartbeat');
    expect(decoded.change).toEqual({ kind: 'heartbeat', registryInstance: 'registry-0' });
  });

  it('keys entities by kind and natural id', () => {
    expect(sampleEntities.map(entityKey)).toEqual([
      `trust-anchor/${'ab'.repeat(32)}`,
      'member/NL/GOV/00000001',
      'subsystem/NL/GOV/00000001/brp',
      'service/NL/GOV/00000001/brp/persons/v1',
      'event-type/nl.brp.person.relocated.v1',
      'grant/0190e0a0-0000-7000-8000-000000000001',
      'subscription/0190e0a0-0000-7000-8000-000000000002',
      `certificate/${'cd'.repeat(32)}`,
    ]);
  });

  it('refuses bytes that are not a record', () => {
    expect(() => decodeConfigRecord(Buffer.from([0xff, 0xff, 0xff]))).toThrow();
    expect(() => decodeConfigRecord(new Uint8Array())).toThrow('configuration record without an entity');
  });
});
