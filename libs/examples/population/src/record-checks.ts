// Checks of the values a change brings in. Messages name the field, never its value.
import { invalidArgument } from './population.exception';
import { isValidDate, type Address, type CalendarDate, type PersonName } from './person';

export const MUNICIPALITY_CODE_PATTERN = /^\d{4}$/;
export const POSTAL_CODE_PATTERN = /^[1-9]\d{3} [A-Z]{2}$/;

export function requireMunicipalityCode(code: string, field = 'municipality_code'): string {
  if (!MUNICIPALITY_CODE_PATTERN.test(code)) throw invalidArgument(field, 'must be four digits');
  return code;
}

export function requireDate(date: CalendarDate, field: string): CalendarDate {
  if (!isValidDate(date)) throw invalidArgument(field, 'is not a calendar date');
  return { year: date.year, month: date.month, day: date.day };
}

export function requireAddress(address: Address, field = 'address'): Address {
  requireMunicipalityCode(address.municipalityCode, `${field}.municipality_code`);
  if (!POSTAL_CODE_PATTERN.test(address.postalCode)) {
    throw invalidArgument(`${field}.postal_code`, 'must look like 1234 AB');
  }
  const required = { street: address.street, house_number: address.houseNumber, city: address.city };
  for (const [key, value] of Object.entries(required)) {
    if (value.trim() === '') throw invalidArgument(`${field}.${key}`, 'must not be empty');
  }
  return { ...address };
}

export function requireName(name: PersonName, field = 'name'): PersonName {
  if (name.surname.trim() === '') throw invalidArgument(`${field}.surname`, 'must not be empty');
  return { ...name };
}
