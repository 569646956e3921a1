import { createHash } from 'node:crypto';

/** A choice with a relative weight. */
export interface Weighted<T> {
  readonly value: T;
  readonly weight: number;
}

/**
 * A deterministic pseudo-random number generator (sfc32, seeded from the SHA-256 of a text seed):
 * the same seed gives the same sequence on every machine and Node version. Not for secrets.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    const digest = createHash('sha256').update(seed, 'utf8').digest();
    this.a = digest.readUInt32BE(0);
    this.b = digest.readUInt32BE(4);
    this.c = digest.readUInt32BE(8);
    this.d = digest.readUInt32BE(12);
    // discard the first outputs, as sfc32's authors recommend
    for (let i = 0; i < 12; i += 1) this.next();
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4_294_967_296;
  }

  /** An integer from min to max, both included. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with the given probability. */
  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** One element, each equally likely. */
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }

  /** One value, in proportion to its weight. */
  weighted<T>(choices: readonly Weighted<T>[]): T {
    const total = choices.reduce((sum, choice) => sum + choice.weight, 0);
    let point = this.next() * total;
    for (const choice of choices) {
      point -= choice.weight;
      if (point < 0) return choice.value;
    }
    const last = choices.at(-1);
    if (last === undefined) throw new Error('weighted choice from an empty list');
    return last.value;
  }
}
