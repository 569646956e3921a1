// Realistic changes to the register, drawn from a seed: mostly relocations (within and between
// municipalities), then name changes, births and deaths, each effective on a simulated day.
import { MUNICIPALITIES, municipalityOf } from '../municipalities';
import { compareDates, type CalendarDate, type PersonName, type PersonRecord } from '../person';
import { DEFAULT_AS_OF, PopulationGenerator } from '../population-generator';
import type { PopulationRegister } from '../population-register';
import type { RegisterChange } from '../register-changes';
import { SeededRandom, type Weighted } from '../seeded-random';

export type ChangeChoice = 'relocation-within' | 'relocation-between' | 'rename' | 'birth' | 'death';

/**
 * How often each change is drawn, in percent. Moves dominate the Dutch register's mutations (about
 * 1.7 million a year, most of them within a municipality), births and deaths are about 170,000 a
 * year each; name changes are rarer in reality and weighted up here so the demo shows them.
 */
export const CHANGE_WEIGHTS: readonly Weighted<ChangeChoice>[] = [
  { value: 'relocation-within', weight: 45 },
  { value: 'relocation-between', weight: 30 },
  { value: 'rename', weight: 10 },
  { value: 'birth', weight: 8 },
  { value: 'death', weight: 7 },
];

/** Changes per simulated day: the n-th change takes effect on day floor(n / 5) after the start. */
export const CHANGES_PER_DAY = 5;

function addDays(date: CalendarDate, days: number): CalendarDate {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

const ageOn = (birth: CalendarDate, date: CalendarDate): number =>
  date.year - birth.year - (date.month * 100 + date.day < birth.month * 100 + birth.day ? 1 : 0);

const sameName = (a: PersonName, b: PersonName): boolean =>
  a.givenNames === b.givenNames && a.surnamePrefix === b.surnamePrefix && a.surname === b.surname;

/**
 * Applies one drawn change at a time to the register. The same seed and the same register give
 * the same changes in the same order (sfc32 streams of their own for the choices and the values).
 */
export class ChangeGenerator {
  private readonly random: SeededRandom;
  private readonly values: PopulationGenerator;
  private made = 0;

  constructor(
    private readonly register: PopulationRegister,
    seed: string,
    private readonly startDate: CalendarDate = DEFAULT_AS_OF,
  ) {
    this.random = new SeededRandom(`${seed}/choices`);
    this.values = new PopulationGenerator(`${seed}/values`, startDate);
  }

  /** Changes made so far. */
  get count(): number {
    return this.made;
  }

  /** Draws a change, applies it to the register and returns what it did. */
  next(): RegisterChange {
    const living = this.livingCount();
    const choice = living === 0 ? 'birth' : this.random.weighted(CHANGE_WEIGHTS);
    const date = addDays(this.startDate, Math.floor(this.made / CHANGES_PER_DAY));
    const change = this.make(choice, date, living);
    this.made += 1;
    return change;
  }

  private make(choice: ChangeChoice, date: CalendarDate, living: number): RegisterChange {
    switch (choice) {
      case 'relocation-within':
      case 'relocation-between': {
        const person = this.randomLiving(living);
        const here = person.address.municipalityCode;
        const within = choice === 'relocation-within' && municipalityOf(here) !== undefined;
        const address = this.values.address(within ? here : this.otherMunicipality(here));
        return { kind: 'relocated', change: this.register.relocate(person.nationalId, address, date) };
      }
      case 'rename': {
        const person = this.randomLiving(living);
        return {
          kind: 'renamed',
          change: this.register.rename(person.nationalId, this.newName(person), date),
        };
      }
      case 'birth':
        return { kind: 'born', change: this.register.registerBirth(this.birth(date, living)) };
      case 'death': {
        // of three persons drawn, the oldest dies
        const candidates = [1, 2, 3].map(() => this.randomLiving(living));
        const person = candidates.reduce((a, b) => (compareDates(b.birthDate, a.birthDate) < 0 ? b : a));
        return { kind: 'died', change: this.register.registerDeath(person.nationalId, date) };
      }
    }
  }

  private livingCount(): number {
    let total = 0;
    for (const count of this.register.residentCounts().values()) total += count;
    return total;
  }

  /** A living person, each equally likely. */
  private randomLiving(living: number): PersonRecord {
    let index = this.random.integer(0, living - 1);
    for (const [code, count] of this.register.residentCounts()) {
      if (index < count) {
        const person = this.register.residentAt(code, index);
        if (person) return person;
      }
      index -= count;
    }
    throw new Error('the resident counts and the resident index disagree');
  }

  /** Another municipality of the generated population, by inhabitants. */
  private otherMunicipality(code: string): string {
    const others = MUNICIPALITIES.filter((m) => m.code !== code);
    return this.random.weighted(others.map((m) => ({ value: m.code, weight: m.inhabitants })));
  }

  /** A new surname (as at a marriage) or new given names, different from the current name. */
  private newName(person: PersonRecord): PersonName {
    const current = person.name;
    let name = current;
    for (let tries = 0; tries < 10 && sameName(name, current); tries += 1) {
      const drawn = this.values.name();
      name = this.random.chance(0.6)
        ? { ...current, surnamePrefix: drawn.surnamePrefix, surname: drawn.surname }
        : { ...current, givenNames: drawn.givenNames };
    }
    return name;
  }

  /** A newborn at the home of a parent aged 18 to 45 (the last drawn, if none of eight is). */
  private birth(date: CalendarDate, living: number) {
    const drawn = this.values.name();
    if (living === 0) return { name: drawn, birthDate: date, address: this.values.address() };
    let parent = this.randomLiving(living);
    for (let tries = 1; tries < 8; tries += 1) {
      const age = ageOn(parent.birthDate, date);
      if (age >= 18 && age <= 45) break;
      parent = this.randomLiving(living);
    }
    return {
      name: { ...parent.name, givenNames: drawn.givenNames },
      birthDate: date,
      address: parent.address,
      parentNationalIds: [parent.nationalId],
    };
  }
}
