import { GIVEN_NAMES, SURNAMES } from './dutch-names';
import { MUNICIPALITIES, municipalityOf, type Municipality } from './municipalities';
import { randomNationalId } from './national-id';
import {
  compareDates,
  daysInMonth,
  type Address,
  type CalendarDate,
  type PersonName,
  type PersonRecord,
} from './person';
import { SeededRandom, type Weighted } from './seeded-random';

export const DEFAULT_POPULATION_SIZE = 10_000;
export const DEFAULT_POPULATION_SEED = 'sild-demo';
/** The day the generated population is "as of": births before it, deaths before it. */
export const DEFAULT_AS_OF: CalendarDate = { year: 2026, month: 1, day: 1 };

export interface PopulationOptions {
  /** Number of persons (living and deceased); DEFAULT_POPULATION_SIZE when unset. */
  readonly size?: number;
  /** The same seed gives the same population; DEFAULT_POPULATION_SEED when unset. */
  readonly seed?: string;
  readonly asOf?: CalendarDate;
}

/** Letters used in Dutch postal codes (F, I, O, Q, U and Y are not); SA, SD and SS are never issued. */
const POSTAL_LETTERS = 'ABCDEGHJKLMNPRSTVWXZ';
const UNUSED_POSTAL_SUFFIXES = new Set(['SA', 'SD', 'SS']);
const HOUSE_NUMBER_ADDITIONS = ['A', 'B', 'C', 'D', '-1', '-2', '-3', '-H'];

const BY_INHABITANTS: readonly Weighted<Municipality>[] = MUNICIPALITIES.map((municipality) => ({
  value: municipality,
  weight: municipality.inhabitants,
}));

/**
 * Draws Dutch-looking persons from a seeded generator: national ids unique within the
 * generator, names, addresses in the weighted municipalities, birth and death dates.
 */
export class PopulationGenerator {
  private readonly random: SeededRandom;
  private readonly issued = new Set<string>();

  constructor(
    seed: string = DEFAULT_POPULATION_SEED,
    readonly asOf: CalendarDate = DEFAULT_AS_OF,
  ) {
    this.random = new SeededRandom(seed);
  }

  /** A national id passing the 11-proof that this generator has not issued before. */
  nationalId(): string {
    for (;;) {
      const id = randomNationalId(this.random);
      if (!this.issued.has(id)) {
        this.issued.add(id);
        return id;
      }
    }
  }

  name(): PersonName {
    const pool = this.random.chance(0.5) ? GIVEN_NAMES.female : GIVEN_NAMES.male;
    const count = this.random.weighted([
      { value: 1, weight: 45 },
      { value: 2, weight: 40 },
      { value: 3, weight: 15 },
    ]);
    const given = new Set<string>();
    while (given.size < count) given.add(this.random.pick(pool));
    const { prefix, surname } = this.random.pick(SURNAMES);
    return { givenNames: [...given].join(' '), surnamePrefix: prefix, surname };
  }

  /**
   * An address in the municipality, one of MUNICIPALITIES (drawn by inhabitants when the code is
   * not given; RangeError for a code not in the list).
   */
  address(municipalityCode?: string): Address {
    const municipality =
      municipalityCode === undefined
        ? this.random.weighted(BY_INHABITANTS)
        : municipalityOf(municipalityCode);
    if (municipality === undefined) throw new RangeError('not a municipality of the generated population');
    const [low, high] = municipality.postalCodes;
    let letters: string;
    do letters = this.postalLetter() + this.postalLetter();
    while (UNUSED_POSTAL_SUFFIXES.has(letters));
    const number = this.random.weighted([
      { value: () => this.random.integer(1, 60), weight: 70 },
      { value: () => this.random.integer(61, 200), weight: 25 },
      { value: () => this.random.integer(201, 400), weight: 5 },
    ])();
    const addition = this.random.chance(0.12) ? this.random.pick(HOUSE_NUMBER_ADDITIONS) : '';
    return {
      street: this.random.pick(municipality.streets),
      houseNumber: `${number}${addition}`,
      postalCode: `${this.random.integer(low, high)} ${letters}`,
      city: municipality.name,
      municipalityCode: municipality.code,
    };
  }

  private postalLetter(): string {
    return POSTAL_LETTERS.charAt(this.random.integer(0, POSTAL_LETTERS.length - 1));
  }

  /** A date in the year, month and day drawn uniformly. */
  dateIn(year: number): CalendarDate {
    const month = this.random.integer(1, 12);
    return { year, month, day: this.random.integer(1, daysInMonth(year, month)) };
  }

  /** A birth date before `asOf`: ages 0-99, evenly up to 65 and fewer after. */
  birthDate(): CalendarDate {
    for (;;) {
      const age = this.random.integer(0, 99);
      const weight = age < 65 ? 1 : Math.max(0.05, 1 - (age - 65) / 35);
      if (this.random.chance(weight)) return this.dateIn(this.asOf.year - 1 - age);
    }
  }

  /** A person; a few are deceased (mostly the old), with a death in the last ten years. */
  person(): PersonRecord {
    const nationalId = this.nationalId();
    const name = this.name();
    const birthDate = this.birthDate();
    const address = this.address();
    const age = this.asOf.year - birthDate.year;
    if (!this.random.chance(age >= 70 ? 0.08 : 0.003)) return { nationalId, name, birthDate, address };
    let deathDate: CalendarDate;
    do
      deathDate = this.dateIn(
        this.random.integer(Math.max(birthDate.year, this.asOf.year - 10), this.asOf.year - 1),
      );
    while (compareDates(deathDate, birthDate) < 0);
    return { nationalId, name, birthDate, address, deathDate };
  }
}

/** A deterministic population: the same options give the same persons in the same order. */
export function generatePopulation(options: PopulationOptions = {}): PersonRecord[] {
  const size = options.size ?? DEFAULT_POPULATION_SIZE;
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError('size must be a non-negative integer');
  const generator = new PopulationGenerator(options.seed, options.asOf);
  return Array.from({ length: size }, () => generator.person());
}
