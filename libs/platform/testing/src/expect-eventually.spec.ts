import { describe, expect, it } from 'vitest';
import { expectEventually, uniqueName } from '../src';

describe('expectEventually', () => {
  it('returns once the assertion passes', async () => {
    let calls = 0;
    const result = await expectEventually(
      () => {
        calls += 1;
        expect(calls).toBeGreaterThanOrEqual(3);
        return calls;
      },
      { intervalMs: 1 },
    );
    expect(result).toBe(3);
  });

  it('rethrows the last failure after the timeout', async () => {
    await expect(
      expectEventually(
        () => {
          throw new Error('never');
        },
        { timeoutMs: 20, intervalMs: 5 },
      ),
    ).rejects.toThrow('never');
  });
});

describe('uniqueName', () => {
  it('never repeats within a run', () => {
    const names = new Set(Array.from({ length: 1000 }, () => uniqueName('t')));
    expect(names.size).toBe(1000);
  });
});
