// The classes of the capacity and needs layers: the same as d3's threshold scale gives.
import { scaleThreshold } from "d3-scale";
import { describe, expect, it } from "vitest";
import { CAPACITY_LIMITS, capacityClass, NEEDS_LIMITS, needsClass } from "../../../src/map/palettes.ts";

const values = [-1, 0, 0.1, 0.25, 0.2499, 0.5, 0.75, 1, 1.5, 2, 2.01, 4.99, 5, 19.99, 20, 99, 100, 499, 500, 1e6];

describe("classes des couches capacité et besoins", () => {
  it("classe chaque valeur comme le seuil de d3 (1 sous la première limite, une de plus à chaque limite)", () => {
    const capacity = scaleThreshold<number, number>().domain([...CAPACITY_LIMITS]).range([1, 2, 3, 4, 5]);
    const needs = scaleThreshold<number, number>().domain([...NEEDS_LIMITS]).range([1, 2, 3, 4, 5]);
    for (const value of values) {
      expect(capacityClass(value)).toBe(capacity(value));
      expect(needsClass(value)).toBe(value <= 0 ? 0 : needs(value));
    }
  });
});
