// Envelope sign and verify rates per algorithm (1 KiB payload) next to raw node:crypto
// sign/verify of the same to-be-signed bytes; the ratio shows the envelope overhead.
// (bench/support/envelope-crypto.ts, for each algorithm.)
import { SigningAlgorithm } from '@sild/platform-crypto';
import type { Metrics, Scenario } from '../harness';
import { envelopeCryptoRates } from '../support/envelope-crypto';

const scenario: Scenario = {
  name: 'crypto',
  description: 'envelope sign/verify vs raw node:crypto, messages/s on one core, 1 KiB payload',
  async run() {
    const metrics: Metrics = {};
    const rows: (string | number)[][] = [];
    for (const algorithm of Object.values(SigningAlgorithm)) {
      const m = await envelopeCryptoRates(algorithm);
      for (const [key, value] of Object.entries(m)) metrics[`${algorithm}.${key}`] = value;
      rows.push([
        algorithm,
        m.raw_sign_per_s ?? 0,
        m.envelope_sign_per_s ?? 0,
        m.sign_ratio ?? 0,
        m.raw_verify_per_s ?? 0,
        m.envelope_verify_per_s ?? 0,
        m.verify_ratio ?? 0,
      ]);
    }
    return {
      metrics,
      table: {
        columns: [
          'algorithm',
          'raw sign/s',
          'envelope sign/s',
          'ratio',
          'raw verify/s',
          'envelope verify/s',
          'ratio',
        ],
        rows,
      },
    };
  },
};

export default scenario;
