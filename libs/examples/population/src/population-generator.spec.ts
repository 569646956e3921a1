import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES } from './municipalities';
import { isValidNationalId } from './national-id';
import { compareDates, isValidDate } from './person';
import { DEFAULT_AS_OF, generatePopulation, PopulationGenerator } from './population-generator';

const population = generatePopulation();

describe('generatePopulation', () => {
  it('is deterministic: the same seed gives the same persons, another seed others', () => {
    expect(generatePopulation({ size: 300, seed: 'x' })).toEqual(
      generatePopulation({ size: 300, seed: 'x' }),
    );
    expect(generatePopulation({ size: 300, seed: 'x' })).not.toEqual(
      generatePopulation({ size: 300, seed: 'y' }),
    );
    // a smaller population of the same seed is the start of the larger one
    expect(generatePopulation({ size: 500 })).toEqual(population.slice(0, 500));
  });

  it('has 10,000 persons by default with unique national ids passing the 11-proof', () => {
    expect(population).toHaveLength(10_000);
    const ids = new Set(population.map((person) => person.nationalId));
    expect(ids.size).toBe(10_000);
    for (const id of ids) expect(isValidNationalId(id), id).toBe(true);
  });

  it('spreads persons over the municipalities by inhabitants', () => {
    const counts = new Map<string, number>();
    for (const person of population) {
      const code = person.address.municipalityCode;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    }
    for (const code of ['0363', '0599', '0518', '0344', '0014']) {
      expect(counts.get(code), code).toBeGreaterThan(300);
    }
    const amsterdam = counts.get('0363') ?? 0;
    expect(amsterdam).toBeGreaterThan(counts.get('0599') ?? 0);
    expect(amsterdam).toBeGreaterThan(2_000);
    expect([...counts.keys()].sort()).toEqual(MUNICIPALITIES.map((m) => m.code).sort());
  });

  it('writes Dutch addresses, names and dates that exist', () => {
    for (const person of population) {
      const { address, name, birthDate, deathDate } = person;
      const municipality = MUNICIPALITIES.find((m) => m.code === address.municipalityCode)!;
      expect(address.postalCode).toMatch(/^[1-9]\d{3} [A-EGHJ-NPRSTVWXZ]{2}$/);
      expect(address.postalCode).not.toMatch(/ S[ADS]$/);
      const digits = Number(address.postalCode.slice(0, 4));
      expect(digits).toBeGreaterThanOrEqual(municipality.postalCodes[0]);
      expect(digits).toBeLessThanOrEqual(municipality.postalCodes[1]);
      expect(municipality.streets).toContain(address.street);
      expect(address.city).toBe(municipality.name);
      expect(address.houseNumber).toMatch(/^\d{1,3}([A-D]|-[123H])?$/);
      expect(name.givenNames).toMatch(/^\S+( \S+){0,2}$/);
      expect(name.surname).not.toBe('');
      expect(isValidDate(birthDate)).toBe(true);
      expect(compareDates(birthDate, DEFAULT_AS_OF)).toBeLessThan(0);
      if (deathDate) {
        expect(isValidDate(deathDate)).toBe(true);
        expect(compareDates(deathDate, birthDate)).toBeGreaterThanOrEqual(0);
        expect(compareDates(deathDate, DEFAULT_AS_OF)).toBeLessThan(0);
      }
    }
    const deceased = population.filter((person) => person.deathDate).length;
    expect(deceased).toBeGreaterThan(20);
    expect(deceased).toBeLessThan(500);
    expect(population.some((person) => person.name.surnamePrefix === 'van der')).toBe(true);
  }, 60_000); // generates a large population: slow on a loaded machine
});

describe('PopulationGenerator', () => {
  it('draws addresses in a given municipality and refuses codes it does not know', () => {
    const generator = new PopulationGenerator('addresses');
    expect(generator.address('0014')).toMatchObject({ city: 'Groningen', municipalityCode: '0014' });
    expect(() => generator.address('9999')).toThrow(RangeError);
  });
});
