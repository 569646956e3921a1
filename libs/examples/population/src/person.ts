// The register's records. Their fields are those of the generated messages of
// sild.examples.population.v1 (Person, PersonName, Address, Date), all present where the wire
// leaves them optional, so a record converts to a message without loss.
import { population, type sild } from '@sild/contracts';

/** A calendar date without time zone (message `Date`). */
export interface CalendarDate {
  readonly year: number;
  /** 1-12. */
  readonly month: number;
  /** 1-31. */
  readonly day: number;
}

/** A person's name (message `PersonName`). */
export interface PersonName {
  /** Given names, space separated. */
  readonly givenNames: string;
  /** Surname prefix (tussenvoegsel), e.g. `van der`; empty when there is none. */
  readonly surnamePrefix: string;
  readonly surname: string;
}

/** A residential address (message `Address`). */
export interface Address {
  readonly street: string;
  /** House number with any letter or addition, e.g. `12A`. */
  readonly houseNumber: string;
  /** `1234 AB`. */
  readonly postalCode: string;
  readonly city: string;
  /** CBS municipality code, four digits, e.g. `0363`. */
  readonly municipalityCode: string;
}

/** A person as the register holds them (message `Person`). */
export interface PersonRecord {
  /** National id (BSN): nine digits passing the 11-proof. Personal data: never logged. */
  readonly nationalId: string;
  readonly name: PersonName;
  readonly birthDate: CalendarDate;
  readonly address: Address;
  /** Set once the person has died; the register keeps the record. */
  readonly deathDate?: CalendarDate | undefined;
}

/** The generated protobuf message of a record. */
export function toPersonMessage(person: PersonRecord): sild.examples.population.v1.Person {
  return population.Person.fromObject(person);
}

/** True while the person is alive. */
export const isLiving = (person: PersonRecord): boolean => person.deathDate === undefined;

/** Days in a month of a year of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when the date exists (year 1-9999). */
export function isValidDate(date: CalendarDate): boolean {
  const { year, month, day } = date;
  if (![year, month, day].every(Number.isInteger)) return false;
  return (
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/** Negative when a is before b, 0 on the same day, positive after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
