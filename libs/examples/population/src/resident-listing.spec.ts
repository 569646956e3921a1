import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { canonicalResidents, residentListing, type Resident } from './resident-listing';

const a: Resident = {
  nationalId: '111222333',
  name: { givenNames: 'Anna', surnamePrefix: 'van', surname: 'Dam' },
  address: {
    street: 'Damrak',
    houseNumber: '1A',
    postalCode: '1012 AB',
    city: 'Amsterdam',
    municipalityCode: '0363',
  },
};
const b: Resident = { ...a, nationalId: '100000009', name: { ...a.name, surname: 'Dijk "de" Jong' } };

describe('resident listing', () => {
  it('has one canonical form: JSON lines in national id order', () => {
    expect(canonicalResidents([a, b])).toBe(
      '["100000009","Anna","van","Dijk \\"de\\" Jong","Damrak","1A","1012 AB","Amsterdam","0363"]\n' +
        '["111222333","Anna","van","Dam","Damrak","1A","1012 AB","Amsterdam","0363"]',
    );
    expect(canonicalResidents([])).toBe('');
  });

  it('counts, sorts and digests the same residents the same way in any order', () => {
    const listing = residentListing('0363', [a, b]);
    expect(listing).toMatchObject({ municipalityCode: '0363', count: 2 });
    expect(listing.residents.map((r) => r.nationalId)).toEqual(['100000009', '111222333']);
    expect(listing.digest).toBe(
      createHash('sha256')
        .update(canonicalResidents([a, b]))
        .digest('hex'),
    );
    expect(residentListing('0363', [b, a]).digest).toBe(listing.digest);
    expect(residentListing('0363', [a]).digest).not.toBe(listing.digest);
    expect(
      residentListing('0363', [{ ...a, address: { ...a.address, houseNumber: '1B' } }, b]).digest,
    ).not.toBe(listing.digest);
  });
});
