// Dutch citizen service numbers (burgerservicenummer, BSN): nine digits that pass the 11-proof
// (elfproef): 9*d1 + 8*d2 + 7*d3 + 6*d4 + 5*d5 + 4*d6 + 3*d7 + 2*d8 - 1*d9 is a multiple of 11.
import { invalidArgument } from './population.exception';
import type { SeededRandom } from './seeded-random';

const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2, -1] as const;

/** Nine decimal digits: the format of a national id, before the 11-proof. */
export const NATIONAL_ID_PATTERN = /^\d{9}$/;

/** The weighted sum of the 11-proof over nine digits. */
function elfproefSum(digits: readonly number[]): number {
  return digits.reduce((sum, digit, i) => sum + digit * (WEIGHTS[i] ?? 0), 0);
}

/** True when `id` is nine digits, not all zero, and passes the 11-proof. */
export function isValidNationalId(id: string): boolean {
  if (!NATIONAL_ID_PATTERN.test(id) || id === '000000000') return false;
  return elfproefSum(Array.from({ length: 9 }, (_, i) => Number(id.charAt(i)))) % 11 === 0;
}

/**
 * Checks a national id from a request; throws INVALID_ARGUMENT naming the field (never the
 * value: a national id is personal data).
 */
export function requireNationalId(id: string, field = 'national_id'): string {
  if (!NATIONAL_ID_PATTERN.test(id)) throw invalidArgument(field, 'must be nine digits');
  if (!isValidNationalId(id)) throw invalidArgument(field, 'is not a valid BSN (fails the 11-proof)');
  return id;
}

/**
 * A random national id that passes the 11-proof. The first digit is 1-6 and eight digits are
 * drawn; the ninth is the check digit, drawn again when it would have to be 10.
 */
export function randomNationalId(random: SeededRandom): string {
  for (;;) {
    const digits = [random.integer(1, 6), ...Array.from({ length: 7 }, () => random.integer(0, 9))];
    const check = elfproefSum([...digits, 0]) % 11;
    if (check < 10) return [...digits, check].join('');
  }
}
