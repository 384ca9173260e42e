// The bar charts' scales draw what d3-scale's scaleLinear().nice() and scaleBand() drew:
// same round maximum, same ticks, same positions, same bands.
import { scaleBand, scaleLinear } from "d3-scale";
import { describe, expect, it } from "vitest";
import { rowScale, valueScale } from "../../../src/ui/charts/bar-scales.ts";

// Shares, ETP, counts and populations of every size, and values just over a round one.
const MAXIMA = [0.004, 0.3, 0.97, 1, 1.5, 2.5, 3, 7, 9.99, 10, 10.01, 33, 64.7, 99, 100, 101, 250, 999, 1000, 1234, 5000, 9999, 10_000, 12_345, 68_000, 99_999, 123_456, 1_000_001, 3_456_789, 67_000_000];

describe("bar chart scales", () => {
  it("give the round maximum, the ticks and the positions of d3-scale's linear scale", () => {
    for (const maximum of MAXIMA) {
      const d3 = scaleLinear().domain([0, maximum]).nice().range([120, 544]);
      const ours = valueScale(maximum, [120, 544]);
      for (const count of [3, 5]) expect(ours.ticks(count), `ticks of ${maximum}`).toEqual(d3.ticks(count));
      for (const value of [0, maximum, maximum / 3, ...d3.ticks(3)]) expect(ours(value), `${value} of ${maximum}`).toBe(d3(value));
    }
  });

  it("give the rows and the bandwidth of d3-scale's band scale", () => {
    for (const count of [0, 1, 2, 3, 13, 18, 101]) {
      const keys = Array.from({ length: count }, (_, i) => `k${i}`);
      const range = [24, 24 + count * 24] as const;
      const d3 = scaleBand<string>().domain(keys).range(range).paddingInner(0.25);
      const ours = rowScale(keys, range, 0.25);
      expect(ours.bandwidth()).toBe(d3.bandwidth());
      for (const key of [...keys, "absent"]) expect(ours(key), key).toBe(d3(key));
    }
  });

  it("give a repeated key the row of its first occurrence, as d3-scale does", () => {
    const keys = ["a", "b", "a", "c"];
    const d3 = scaleBand<string>().domain(keys).range([8, 104]).paddingInner(0.25);
    const ours = rowScale(keys, [8, 104], 0.25);
    expect(ours.bandwidth()).toBe(d3.bandwidth());
    for (const key of keys) expect(ours(key)).toBe(d3(key));
  });
});
