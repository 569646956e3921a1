import { describe, expect, it } from 'vitest';
import { population } from '@sild/contracts';
import { ChangeGenerator } from '../changes/change-generator';
import { PopulationRegister } from '../population-register';
import type { RegisterChange } from '../register-changes';
import { decodePersonEvent } from './person-event-payloads';
import {
  kindOfEventType,
  PERSON_EVENT_PAYLOAD_TYPES,
  PERSON_EVENT_TYPES,
  personEventOf,
} from './person-events';

function changesOfEveryKind(): RegisterChange[] {
  const generator = new ChangeGenerator(
    PopulationRegister.generate({ size: 300, seed: 'events-spec' }),
    'events-spec',
  );
  const byKind = new Map<string, RegisterChange>();
  while (byKind.size < 4) {
    const change = generator.next();
    if (!byKind.has(change.kind)) byKind.set(change.kind, change);
  }
  return [...byKind.values()];
}

describe('person events', () => {
  it('names four event types with their payload messages', () => {
    expect(PERSON_EVENT_TYPES).toEqual({
      born: 'nl.brp.person.born.v1',
      died: 'nl.brp.person.died.v1',
      relocated: 'nl.brp.person.relocated.v1',
      renamed: 'nl.brp.person.renamed.v1',
    });
    expect(PERSON_EVENT_PAYLOAD_TYPES.relocated).toBe(
      'type.googleapis.com/sild.examples.population.v1.PersonRelocated',
    );
    expect(kindOfEventType('nl.brp.person.died.v1')).toBe('died');
    expect(kindOfEventType('nl.brp.person.died.v2')).toBeUndefined();
  });

  it('makes an event of each change: subject, attributes and a payload that decodes to the change', () => {
    for (const change of changesOfEveryKind()) {
      const event = personEventOf(change);
      const decoded = decodePersonEvent(change.kind, event.payload);
      expect(event.eventType).toBe(PERSON_EVENT_TYPES[change.kind]);
      expect(event.payloadType).toBe(PERSON_EVENT_PAYLOAD_TYPES[change.kind]);
      expect(event.attributes['revision']).toBe(String(change.change.revision));
      switch (change.kind) {
        case 'born':
          expect(event.subject).toBe(change.change.person.nationalId);
          expect(event.attributes).toEqual({
            municipality: change.change.person.address.municipalityCode,
            revision: '1',
          });
          expect(decoded).toEqual({ kind: 'born', person: change.change.person });
          expect(population.BirthRegistered.decode(event.payload).parentNationalIds).toEqual(
            change.change.parentNationalIds,
          );
          break;
        case 'died':
          expect(event.attributes['municipality']).toBe(change.change.residenceMunicipalityCode);
          expect(decoded).toEqual({
            kind: 'died',
            nationalId: change.change.nationalId,
            deathDate: change.change.deathDate,
          });
          break;
        case 'relocated':
          expect(event.attributes).toMatchObject({
            municipality: change.change.newAddress.municipalityCode,
            previousmunicipality: change.change.previousAddress.municipalityCode,
          });
          expect(decoded).toEqual({
            kind: 'relocated',
            nationalId: change.change.nationalId,
            previousAddress: change.change.previousAddress,
            newAddress: change.change.newAddress,
          });
          break;
        case 'renamed':
          expect(event.attributes['municipality']).toBe(change.change.residenceMunicipalityCode);
          expect(decoded).toEqual({
            kind: 'renamed',
            nationalId: change.change.nationalId,
            newName: change.change.newName,
          });
          break;
      }
    }
  });

  it('decodes the protobuf JSON mapping too, and refuses malformed payloads by field', () => {
    const json = new TextEncoder().encode(
      JSON.stringify({ nationalId: '111222333', newName: { givenNames: 'Anna', surname: 'Dam' } }),
    );
    expect(decodePersonEvent('renamed', json, 'json')).toEqual({
      kind: 'renamed',
      nationalId: '111222333',
      newName: { givenNames: 'Anna', surnamePrefix: '', surname: 'Dam' },
    });
    expect(() => decodePersonEvent('renamed', new Uint8Array([0xff, 0xff]))).toThrow('payload');
    expect(() => decodePersonEvent('renamed', new TextEncoder().encode('[1]'), 'json')).toThrow('payload');
    const noName = population.NameChanged.encode({ nationalId: '111222333' }).finish();
    expect(() => decodePersonEvent('renamed', noName)).toThrow('new_name: is missing');
    const badId = population.DeathRegistered.encode({
      nationalId: '123456789',
      deathDate: { year: 2026, month: 1, day: 1 },
    }).finish();
    expect(() => decodePersonEvent('died', badId)).toThrow('national_id');
    const badAddress = population.PersonRelocated.encode({
      nationalId: '111222333',
      previousAddress: {
        street: 'x',
        houseNumber: '1',
        postalCode: '1011 AB',
        city: 'A',
        municipalityCode: '0363',
      },
      newAddress: { street: 'x', houseNumber: '1', postalCode: 'nope', city: 'A', municipalityCode: '0363' },
    }).finish();
    expect(() => decodePersonEvent('relocated', badAddress)).toThrow('new_address.postal_code');
  });
});
