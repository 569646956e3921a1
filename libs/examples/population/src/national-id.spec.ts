import { describe, expect, it } from 'vitest';
import { isValidNationalId, randomNationalId, requireNationalId } from './national-id';
import { PopulationErrorCode, PopulationException } from './population.exception';
import { SeededRandom } from './seeded-random';

describe('national ids (BSN) and the 11-proof', () => {
  it('accepts numbers that pass the 11-proof', () => {
    // 9*1 + 8*1 + 7*1 + 6*2 + 5*2 + 4*2 + 3*3 + 2*3 - 1*3 = 66 = 6 * 11
    expect(isValidNationalId('111222333')).toBe(true);
    // 9*1 + 8*2 + 7*3 + 6*4 + 5*5 + 4*6 + 3*7 + 2*8 - 1*2 = 154 = 14 * 11
    expect(isValidNationalId('123456782')).toBe(true);
  });

  it('refuses numbers failing the 11-proof, the wrong length, non-digits and all zeros', () => {
    for (const id of [
      '123456789',
      '111222334',
      '12345678',
      '1234567820',
      'abcdefghi',
      ' 11122233',
      '000000000',
    ]) {
      expect(isValidNationalId(id), id).toBe(false);
    }
  });

  it('draws only valid national ids, deterministically', () => {
    const a = new SeededRandom('bsn');
    const b = new SeededRandom('bsn');
    for (let i = 0; i < 2_000; i += 1) {
      const id = randomNationalId(a);
      expect(isValidNationalId(id), id).toBe(true);
      expect(randomNationalId(b)).toBe(id);
    }
  });

  it('refuses request values with INVALID_ARGUMENT naming the field, never the value', () => {
    expect(requireNationalId('111222333')).toBe('111222333');
    const refusal = (id: string) => {
      try {
        requireNationalId(id);
      } catch (error) {
        return error as PopulationException;
      }
      throw new Error('accepted');
    };
    expect(refusal('12345')).toMatchObject({
      code: PopulationErrorCode.INVALID_ARGUMENT,
      message: 'national_id: must be nine digits',
    });
    const failing = refusal('123456789');
    expect(failing).toBeInstanceOf(PopulationException);
    expect(failing.message).toBe('national_id: is not a valid BSN (fails the 11-proof)');
    expect(failing.message).not.toContain('123456789');
  });
});
