import { describe, expect, it } from 'vitest';
import { isValidNationalId } from './national-id';
import { isLiving, type PersonRecord } from './person';
import { generatePopulation } from './population-generator';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, PopulationRegister } from './population-register';
import { PopulationErrorCode } from './population.exception';

const persons = generatePopulation({ size: 2_000, seed: 'register-spec' });
const register = () => new PopulationRegister(persons, { seed: 'register-spec' });
const living = (code: string) =>
  persons.filter((p) => isLiving(p) && p.address.municipalityCode === code).map((p) => p.nationalId);
const alive = persons.find((p) => isLiving(p))!;
const dead = persons.find((p) => !isLiving(p))!;
const date = { year: 2026, month: 2, day: 1 };

function allPages(r: PopulationRegister, municipalityCode: string, pageSize: number): string[] {
  const ids: string[] = [];
  let pageToken = '';
  do {
    const page = r.search({ municipalityCode, pageSize, pageToken });
    expect(page.persons.length).toBeLessThanOrEqual(pageSize);
    ids.push(...page.persons.map((p) => p.nationalId));
    pageToken = page.nextPageToken;
  } while (pageToken !== '');
  return ids;
}

describe('PopulationRegister: reading', () => {
  it('gets a person, living or deceased, and refuses unknown or malformed ids', () => {
    const r = register();
    expect(r.size).toBe(2_000);
    expect(r.get(alive.nationalId)).toEqual(alive);
    expect(r.get(dead.nationalId).deathDate).toBeDefined();
    expect(() => r.get('111222333')).toThrow(
      expect.objectContaining({ code: PopulationErrorCode.NOT_FOUND }),
    );
    expect(() => r.get('1234')).toThrow(
      expect.objectContaining({ code: PopulationErrorCode.INVALID_ARGUMENT }),
    );
  });

  it('pages through every living resident exactly once, in national id order', () => {
    const r = register();
    for (const code of ['0363', '0599', '0014']) {
      const expected = living(code).sort();
      for (const pageSize of [1, 7, 500]) {
        if (pageSize === 1 && expected.length > 300) continue;
        expect(allPages(r, code, pageSize), `${code}/${pageSize}`).toEqual(expected);
      }
      expect(r.search({ municipalityCode: code }).total).toBe(expected.length);
    }
    const counted = [...r.residentCounts().values()].reduce((a, b) => a + b, 0);
    expect(counted).toBe(persons.filter(isLiving).length);
  });

  it('uses 50 for page size 0, at most 500, and refuses a negative one', () => {
    const r = PopulationRegister.generate({ size: 3_000, seed: 'big' });
    expect(r.search({ municipalityCode: '0363', pageSize: 0 }).persons).toHaveLength(DEFAULT_PAGE_SIZE);
    expect(r.search({ municipalityCode: '0363', pageSize: 10_000 }).persons).toHaveLength(MAX_PAGE_SIZE);
    expect(() => r.search({ municipalityCode: '0363', pageSize: -1 })).toThrow('page_size');
  });

  it('answers an unknown municipality with nothing and refuses a malformed code or token', () => {
    const r = register();
    expect(r.search({ municipalityCode: '9999' })).toEqual({ persons: [], nextPageToken: '', total: 0 });
    const invalid: unknown = expect.objectContaining({ code: PopulationErrorCode.INVALID_ARGUMENT });
    expect(() => r.search({ municipalityCode: '363' })).toThrow(invalid);
    for (const pageToken of ['garbage!', 'Z2FyYmFnZQ', 'MDM2Mzo', '=', 'x'.repeat(100)]) {
      expect(() => r.search({ municipalityCode: '0363', pageToken }), pageToken).toThrow(invalid);
    }
    const { nextPageToken } = r.search({ municipalityCode: '0599', pageSize: 1 });
    expect(() => r.search({ municipalityCode: '0363', pageToken: nextPageToken })).toThrow(/page_token/);
  });

  it('lists every resident of a municipality and reaches each by position', () => {
    const r = register();
    const expected = living('0599').sort();
    expect(r.residentsOf('0599').map((p) => p.nationalId)).toEqual(expected);
    expect(r.residentAt('0599', 0)?.nationalId).toBe(expected[0]);
    expect(r.residentAt('0599', expected.length - 1)?.nationalId).toBe(expected.at(-1));
    expect(r.residentAt('0599', expected.length)).toBeUndefined();
    expect(r.residentsOf('9999')).toEqual([]);
    expect(() => r.residentsOf('99')).toThrow('municipality_code');
    expect(r.revisionOf(alive.nationalId)).toBe(0);
  });

  it('refuses duplicate or invalid national ids in its input', () => {
    expect(() => new PopulationRegister([alive, alive])).toThrow(/exists/);
    expect(() => new PopulationRegister([{ ...alive, nationalId: '123456789' }])).toThrow(/BSN/);
  });
});

describe('PopulationRegister: changes', () => {
  it('relocates a person to another municipality, and the search follows', () => {
    const r = register();
    const person = persons.find((p) => isLiving(p) && p.address.municipalityCode === '0363')!;
    const newAddress = {
      ...person.address,
      city: 'Utrecht',
      municipalityCode: '0344',
      postalCode: '3511 AB',
    };
    const change = r.relocate(person.nationalId, newAddress, date);
    expect(change).toEqual({
      nationalId: person.nationalId,
      previousAddress: person.address,
      newAddress,
      effectiveDate: date,
      revision: 1,
    });
    expect(r.get(person.nationalId).address).toEqual(newAddress);
    expect(r.relocate(person.nationalId, person.address, date).revision).toBe(2);
    expect(r.revisionOf(person.nationalId)).toBe(2);
    r.relocate(person.nationalId, newAddress, date);
    expect(allPages(r, '0363', 100)).not.toContain(person.nationalId);
    expect(allPages(r, '0344', 100)).toContain(person.nationalId);
    expect(() => r.relocate(person.nationalId, { ...newAddress, postalCode: '35' }, date)).toThrow(
      'postal_code',
    );
  });

  it('renames a person', () => {
    const r = register();
    const newName = { givenNames: 'Anna', surnamePrefix: 'van', surname: 'Dam' };
    expect(r.rename(alive.nationalId, newName, date)).toEqual({
      nationalId: alive.nationalId,
      previousName: alive.name,
      newName,
      effectiveDate: date,
      residenceMunicipalityCode: alive.address.municipalityCode,
      revision: 1,
    });
    expect(r.get(alive.nationalId).name).toEqual(newName);
    expect(() => r.rename(alive.nationalId, { ...newName, surname: ' ' }, date)).toThrow('new_name.surname');
  });

  it('registers a death: out of the search, still in the register, no further changes', () => {
    const r = register();
    const code = alive.address.municipalityCode;
    const before = r.search({ municipalityCode: code }).total;
    expect(r.registerDeath(alive.nationalId, date)).toEqual({
      nationalId: alive.nationalId,
      deathDate: date,
      deathMunicipalityCode: code,
      residenceMunicipalityCode: code,
      revision: 1,
    });
    expect(r.get(alive.nationalId).deathDate).toEqual(date);
    expect(r.search({ municipalityCode: code }).total).toBe(before - 1);
    const precondition: unknown = expect.objectContaining({ code: PopulationErrorCode.FAILED_PRECONDITION });
    expect(() => r.registerDeath(alive.nationalId, date)).toThrow(precondition);
    expect(() => r.relocate(alive.nationalId, alive.address, date)).toThrow(precondition);
    expect(() => r.rename(dead.nationalId, dead.name, date)).toThrow(precondition);
    const other = persons.find((p) => isLiving(p) && p !== alive)!;
    expect(() => r.registerDeath(other.nationalId, { year: 1000, month: 1, day: 1 })).toThrow(
      'before the birth',
    );
    expect(() => r.registerDeath(other.nationalId, { year: 2025, month: 2, day: 30 })).toThrow(
      'calendar date',
    );
  });

  it('registers a birth with a new national id, and refuses one in use or unknown parents', () => {
    const r = register();
    const parent = persons.find((p) => isLiving(p) && p.address.municipalityCode === '0014')!;
    const birth = {
      name: { givenNames: 'Noor', surnamePrefix: parent.name.surnamePrefix, surname: parent.name.surname },
      birthDate: date,
      address: parent.address,
      parentNationalIds: [parent.nationalId],
    };
    const change = r.registerBirth(birth);
    const child: PersonRecord = change.person;
    expect(isValidNationalId(child.nationalId)).toBe(true);
    expect(persons.map((p) => p.nationalId)).not.toContain(child.nationalId);
    expect(change).toMatchObject({
      parentNationalIds: [parent.nationalId],
      birthMunicipalityCode: '0014',
      revision: 1,
    });
    expect(r.revisionOf(child.nationalId)).toBe(1);
    expect(r.get(child.nationalId)).toEqual(child);
    expect(allPages(r, '0014', 50)).toContain(child.nationalId);
    // the same seed issues the same national id
    expect(register().registerBirth(birth).person.nationalId).toBe(child.nationalId);
    expect(() => r.registerBirth({ ...birth, nationalId: child.nationalId })).toThrow(
      expect.objectContaining({ code: PopulationErrorCode.ALREADY_EXISTS }),
    );
    expect(() => r.registerBirth({ ...birth, parentNationalIds: ['111222333'] })).toThrow(
      expect.objectContaining({ code: PopulationErrorCode.NOT_FOUND }),
    );
    expect(r.registerBirth({ ...birth, nationalId: '111222333' }).person.nationalId).toBe('111222333');
  });
});
