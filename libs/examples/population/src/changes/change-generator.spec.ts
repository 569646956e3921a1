import { describe, expect, it } from 'vitest';
import { isLiving } from '../person';
import { PopulationRegister } from '../population-register';
import type { RegisterChange } from '../register-changes';
import { CHANGE_WEIGHTS, ChangeGenerator, type ChangeChoice } from './change-generator';

const SIZE = 3_000;
const register = () => PopulationRegister.generate({ size: SIZE, seed: 'changes-spec' });

function run(seed: string, count: number): { register: PopulationRegister; changes: RegisterChange[] } {
  const r = register();
  const generator = new ChangeGenerator(r, seed);
  return { register: r, changes: Array.from({ length: count }, () => generator.next()) };
}

function choiceOf(change: RegisterChange): ChangeChoice {
  switch (change.kind) {
    case 'relocated':
      return change.change.previousAddress.municipalityCode === change.change.newAddress.municipalityCode
        ? 'relocation-within'
        : 'relocation-between';
    case 'renamed':
      return 'rename';
    case 'born':
      return 'birth';
    case 'died':
      return 'death';
  }
}

describe('ChangeGenerator', () => {
  it('makes the same changes from the same seed and register, other changes from another seed', () => {
    const a = run('seed-1', 300).changes;
    expect(run('seed-1', 300).changes).toEqual(a);
    const b = run('seed-2', 300).changes;
    expect(b).not.toEqual(a);
  });

  it('draws the kinds of change by their documented weights', () => {
    const count = 6_000;
    const { changes } = run('weights', count);
    const seen = new Map<ChangeChoice, number>();
    for (const change of changes) seen.set(choiceOf(change), (seen.get(choiceOf(change)) ?? 0) + 1);
    const total = CHANGE_WEIGHTS.reduce((sum, w) => sum + w.weight, 0);
    for (const { value, weight } of CHANGE_WEIGHTS) {
      const expected = (weight / total) * count;
      // five standard deviations of a binomial count: fails on a wrong weight, not on chance
      const tolerance = 5 * Math.sqrt(expected * (1 - weight / total));
      expect(Math.abs((seen.get(value) ?? 0) - expected), value).toBeLessThan(tolerance);
    }
    const relocations = (seen.get('relocation-within') ?? 0) + (seen.get('relocation-between') ?? 0);
    expect(relocations).toBeGreaterThan(changes.length / 2);
  });

  it('applies every change to the register: revisions, residents and the simulated calendar agree', () => {
    const { register: r, changes } = run('applied', 2_000);
    const revisions = new Map<string, number>();
    for (const { kind, change } of changes) {
      const id = kind === 'born' ? change.person.nationalId : change.nationalId;
      expect(change.revision, kind).toBe((revisions.get(id) ?? 0) + 1);
      revisions.set(id, change.revision);
      if (kind === 'born') expect(change.parentNationalIds).toHaveLength(1);
      if (kind === 'renamed') expect(change.newName).not.toEqual(change.previousName);
    }
    for (const [id, revision] of revisions) expect(r.revisionOf(id)).toBe(revision);
    const living = [...r.residentCounts().values()].reduce((a, b) => a + b, 0);
    const born = changes.filter((c) => c.kind === 'born').length;
    const died = changes.filter((c) => c.kind === 'died').length;
    const initiallyLiving = [...register().residentCounts().values()].reduce((a, b) => a + b, 0);
    expect(living).toBe(initiallyLiving + born - died);
    for (const code of r.residentCounts().keys()) {
      for (const person of r.residentsOf(code))
        expect(isLiving(person) && person.address.municipalityCode).toBe(code);
    }
    // five changes a simulated day, from 2026-01-01: change 2,000 is on day 399
    const dates = changes
      .slice(-5)
      .map(({ kind, change }) =>
        kind === 'born' ? change.person.birthDate : kind === 'died' ? change.deathDate : change.effectiveDate,
      );
    expect(new Set(dates.map((d) => JSON.stringify(d)))).toEqual(
      new Set([JSON.stringify({ year: 2027, month: 2, day: 4 })]),
    );
  });

  it('lets the oldest of three die, and newborns live at a parent address with their surname', () => {
    const r = register();
    const generator = new ChangeGenerator(r, 'life');
    const ages: number[] = [];
    let births = 0;
    for (let i = 0; i < 3_000; i += 1) {
      const c = generator.next();
      if (c.kind === 'died') ages.push(2026 - r.get(c.change.nationalId).birthDate.year);
      if (c.kind !== 'born') continue;
      births += 1;
      const parent = r.get(c.change.parentNationalIds[0]!);
      expect(c.change.person.address).toEqual(parent.address);
      expect(c.change.person.name.surname).toBe(parent.name.surname);
    }
    expect(births).toBeGreaterThan(100);
    // the population's average age is about 40
    expect(ages.reduce((a, b) => a + b, 0) / ages.length).toBeGreaterThan(55);
  });

  it('only registers births once nobody is alive', () => {
    const r = new PopulationRegister([], { seed: 'empty' });
    const generator = new ChangeGenerator(r, 'empty');
    expect(generator.next().kind).toBe('born');
    expect(r.size).toBe(1);
    expect(generator.count).toBe(1);
  });
});
