// A subscriber's reading of the register's event payloads: decoded (protobuf, or the protobuf
// JSON mapping) and checked, so a malformed event is INVALID_ARGUMENT before it touches any state.
import { population } from '@sild/contracts';
import { requireNationalId } from '../national-id';
import type { Address, CalendarDate, PersonName, PersonRecord } from '../person';
import { addressOf, dateOf, nameOf, personOf } from '../person-messages';
import { invalidArgument } from '../population.exception';
import type { ChangeKind } from '../register-changes';

export type PersonEventPayload =
  | { readonly kind: 'born'; readonly person: PersonRecord }
  | { readonly kind: 'died'; readonly nationalId: string; readonly deathDate: CalendarDate }
  | {
      readonly kind: 'relocated';
      readonly nationalId: string;
      readonly previousAddress: Address;
      readonly newAddress: Address;
    }
  | { readonly kind: 'renamed'; readonly nationalId: string; readonly newName: PersonName };

export type PayloadFormat = 'protobuf' | 'json';

interface Codec<T> {
  decode(bytes: Uint8Array): T;
  fromObject(object: Record<string, unknown>): T;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function decode<T>(codec: Codec<T>, payload: Uint8Array, format: PayloadFormat): T {
  try {
    if (format === 'protobuf') return codec.decode(payload);
    const parsed: unknown = JSON.parse(utf8.decode(payload));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new TypeError('not a JSON object');
    }
    return codec.fromObject(parsed as Record<string, unknown>);
  } catch (error) {
    throw invalidArgument('payload', `is not a ${format} message of the event type`, error);
  }
}

/** The payload of an event of the kind, decoded and checked. */
export function decodePersonEvent(
  kind: ChangeKind,
  payload: Uint8Array,
  format: PayloadFormat = 'protobuf',
): PersonEventPayload {
  switch (kind) {
    case 'born': {
      const m = decode(population.BirthRegistered, payload, format);
      return { kind, person: personOf(m.person) };
    }
    case 'died': {
      const m = decode(population.DeathRegistered, payload, format);
      return {
        kind,
        nationalId: requireNationalId(m.nationalId),
        deathDate: dateOf(m.deathDate, 'death_date'),
      };
    }
    case 'relocated': {
      const m = decode(population.PersonRelocated, payload, format);
      return {
        kind,
        nationalId: requireNationalId(m.nationalId),
        previousAddress: addressOf(m.previousAddress, 'previous_address'),
        newAddress: addressOf(m.newAddress, 'new_address'),
      };
    }
    case 'renamed': {
      const m = decode(population.NameChanged, payload, format);
      return { kind, nationalId: requireNationalId(m.nationalId), newName: nameOf(m.newName, 'new_name') };
    }
  }
}
