import { describe, expect, it } from 'vitest';
import { BUNDLE_FORMAT, bundleText, parseBundle, type EvidenceBundle } from './bundle';
import { verifyBundle } from './bundle-verifier';

const bundle: EvidenceBundle = {
  format: BUNDLE_FORMAT,
  origin: 'sild.NL.audit',
  logKey: 'sild.NL.audit+00000000+AQ==',
  traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
  rootCertificate: '-----BEGIN CERTIFICATE-----\n-----END CERTIFICATE-----\n',
  certificates: {},
  checkpoints: ['note'],
  consistency: [],
  entries: [
    {
      index: 3,
      leaf: 'AQ==',
      record: { kind: 'envelope-parts', header: 'AA==', algorithm: 1, keyId: 'AA==', signature: 'AA==' },
      inclusion: { leafIndex: 3, treeSize: 4, hashes: [] },
    },
    {
      index: 4,
      leaf: 'AQ==',
      record: { kind: 'none' },
      inclusion: { leafIndex: 4, treeSize: 4, hashes: [] },
    },
  ],
};

const edited = (edit: (json: Record<string, unknown>) => void): string => {
  const json = JSON.parse(bundleText(bundle)) as Record<string, unknown>;
  edit(json);
  return JSON.stringify(json);
};

describe('bundle documents', () => {
  it('round-trip through bundle.json', () => {
    expect(parseBundle(bundleText(bundle))).toEqual(bundle);
  });

  it('are refused, naming the place, when a field is unknown, missing or of the wrong type', () => {
    expect(() => parseBundle('{')).toThrow(/^BUNDLE_MALFORMED: bundle.json: not JSON/);
    expect(() => parseBundle(edited((j) => (j['extra'] = 1)))).toThrow(/bundle: unknown fields extra/);
    expect(() => parseBundle(edited((j) => delete j['logKey']))).toThrow(/bundle: missing fields logKey/);
    expect(() => parseBundle(edited((j) => (j['format'] = 'other')))).toThrow(/bundle.format: must be/);
    expect(() =>
      parseBundle(edited((j) => ((j['entries'] as Record<string, unknown>[])[1]!['index'] = -1))),
    ).toThrow(/bundle.entries\[1\].index: must be a non-negative integer/);
    expect(() =>
      parseBundle(
        edited((j) => ((j['entries'] as Record<string, unknown>[])[0]!['record'] = { kind: 'payload' })),
      ),
    ).toThrow(/bundle.entries\[0\].record.kind: unknown record kind "payload"/);
    expect(() =>
      parseBundle(edited((j) => ((j['certificates'] as Record<string, unknown>)['ab'] = 7))),
    ).toThrow(/bundle.certificates.ab: must be a string/);
  });

  it('that do not parse fail verification as one item, and a bad log key is named', () => {
    expect(verifyBundle('[]')).toEqual({
      ok: false,
      checks: [{ item: 'bundle', ok: false, detail: 'BUNDLE_MALFORMED: bundle: must be an object' }],
    });
    const report = verifyBundle(bundleText(bundle));
    expect(report.ok).toBe(false);
    expect(report.checks.find((check) => check.item === 'log key')).toMatchObject({ ok: false });
  });
});
