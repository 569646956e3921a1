import { gauge } from './metrics';

/** The certificate a process signs or verifies with, as the expiry metric reports it. */
export interface ExpiringCertificate {
  /** SHA-256 of the certificate (hex), as envelopes name it. */
  readonly keyIdHex: string;
  readonly notAfterMs: number;
}

const watched = new Map<string, () => ExpiringCertificate>();

// registered once; its collect() reads the watched certificates at every scrape
gauge(
  'sild_certificate_expiry_timestamp_seconds',
  'notAfter of a certificate the process signs or verifies with, as Unix seconds, per role and key id',
  ['certificate', 'key_id'],
  function collect() {
    this.reset();
    for (const [certificate, current] of watched) {
      const { keyIdHex, notAfterMs } = current();
      this.set({ certificate, key_id: keyIdHex }, Math.floor(notAfterMs / 1_000));
    }
  },
);

/**
 * Reports a certificate's expiry on /metrics as sild_certificate_expiry_timestamp_seconds
 * {certificate=<role>, key_id}, read at every scrape (a renewed certificate shows its new key id).
 * `role` says what it is to the process: `signing` (its own key), `registry`, `root`. A role
 * given again replaces the earlier certificate.
 */
export function exposeCertificateExpiry(role: string, current: () => ExpiringCertificate): void {
  if (!/^[a-z][a-z0-9-]*$/.test(role)) throw new Error(`certificate role "${role}" is not a lower-case word`);
  watched.set(role, current);
}
