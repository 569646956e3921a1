// From the generated messages of sild.examples.population.v1 back to the register's records, for
// systems that receive them (answers of persons.v1, event payloads). Missing or malformed fields
// are INVALID_ARGUMENT naming the field, never its value.
import type { sild } from '@sild/contracts';
import { requireNationalId } from './national-id';
import type { Address, CalendarDate, PersonName, PersonRecord } from './person';
import { invalidArgument } from './population.exception';
import { requireAddress, requireDate, requireName } from './record-checks';

type AddressFields = sild.examples.population.v1.Address.$Properties;
type NameFields = sild.examples.population.v1.PersonName.$Properties;
type DateFields = sild.examples.population.v1.Date.$Properties;
type PersonFields = sild.examples.population.v1.Person.$Properties;

function present<T>(value: T | null | undefined, field: string): T {
  if (value === null || value === undefined) throw invalidArgument(field, 'is missing');
  return value;
}

export function addressOf(message: AddressFields | null | undefined, field: string): Address {
  const m = present(message, field);
  return requireAddress(
    {
      street: m.street ?? '',
      houseNumber: m.houseNumber ?? '',
      postalCode: m.postalCode ?? '',
      city: m.city ?? '',
      municipalityCode: m.municipalityCode ?? '',
    },
    field,
  );
}

export function nameOf(message: NameFields | null | undefined, field: string): PersonName {
  const m = present(message, field);
  return requireName(
    { givenNames: m.givenNames ?? '', surnamePrefix: m.surnamePrefix ?? '', surname: m.surname ?? '' },
    field,
  );
}

export function dateOf(message: DateFields | null | undefined, field: string): CalendarDate {
  const m = present(message, field);
  return requireDate({ year: m.year ?? 0, month: m.month ?? 0, day: m.day ?? 0 }, field);
}

/** A Person message as a record (a `death_date` only when the message has one). */
export function personOf(message: PersonFields | null | undefined, field = 'person'): PersonRecord {
  const m = present(message, field);
  const record: PersonRecord = {
    nationalId: requireNationalId(m.nationalId ?? '', `${field}.national_id`),
    name: nameOf(m.name, `${field}.name`),
    birthDate: dateOf(m.birthDate, `${field}.birth_date`),
    address: addressOf(m.address, `${field}.address`),
  };
  return m.deathDate ? { ...record, deathDate: dateOf(m.deathDate, `${field}.death_date`) } : record;
}
