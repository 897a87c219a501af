import { uniformFloat64 } from "pure-rand/distribution/uniformFloat64";
import { uniformInt } from "pure-rand/distribution/uniformInt";
import { xoroshiro128plus } from "pure-rand/generator/xoroshiro128plus";

/** The draws the generator needs, from one seeded generator: same seed number, same graph. */
export class Random {
  private readonly rng;

  constructor(seed: number) {
    this.rng = xoroshiro128plus(seed);
  }

  /** A whole number from `from` to `to`, both included. */
  int(from: number, to: number): number {
    return uniformInt(this.rng, from, to);
  }

  chance(probability: number): boolean {
    return uniformFloat64(this.rng) < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  /** A count whose mean is exactly `mean` (the whole part, plus one with the fraction's chance). */
  count(mean: number): number {
    const whole = Math.floor(mean);
    return whole + (this.chance(mean - whole) ? 1 : 0);
  }

  /** A date YYYY-MM-DD within the years given (day 1–28, so every month is valid). */
  date(fromYear: number, toYear: number): string {
    return `${this.int(fromYear, toYear)}-${pad(this.int(1, 12))}-${pad(this.int(1, 28))}`;
  }
}

const pad = (n: number) => String(n).padStart(2, "0");
