import { register } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { exposeCertificateExpiry } from './certificate-expiry';

const scrape = () => register.getSingleMetricAsString('sild_certificate_expiry_timestamp_seconds');

describe('exposeCertificateExpiry', () => {
  it('reports notAfter in Unix seconds per role and key id, read at every scrape', async () => {
    let current = { keyIdHex: 'aa11', notAfterMs: Date.UTC(2027, 0, 1) };
    exposeCertificateExpiry('signing', () => current);
    exposeCertificateExpiry('root', () => ({
      keyIdHex: 'ff00',
      notAfterMs: Date.UTC(2036, 0, 1, 0, 0, 0, 999),
    }));
    expect(await scrape()).toContain(
      `sild_certificate_expiry_timestamp_seconds{certificate="signing",key_id="aa11"} ${Date.UTC(2027, 0, 1) / 1000}`,
    );
    expect(await scrape()).toContain(`{certificate="root",key_id="ff00"} ${Date.UTC(2036, 0, 1) / 1000}`);

    // a renewed certificate replaces the old series instead of adding one
    current = { keyIdHex: 'bb22', notAfterMs: Date.UTC(2028, 0, 1) };
    const text = await scrape();
    expect(text).toContain(`{certificate="signing",key_id="bb22"} ${Date.UTC(2028, 0, 1) / 1000}`);
    expect(text).not.toContain('aa11');
  });

  it('refuses a role that is not a lower-case word', () => {
    expect(() => {
      exposeCertificateExpiry('Signing Key', () => ({ keyIdHex: '', notAfterMs: 0 }));
    }).toThrow('certificate role "Signing Key" is not a lower-case word');
  });
});
