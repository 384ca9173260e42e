import { describe, expect, it } from "vitest";
import { paddingWithin } from "../../../src/map/fit-padding.ts";

describe("paddingWithin", () => {
  const panels = { top: 0, bottom: 70, left: 0, right: 268 };

  it("keeps the panels' room plus the margin when the map is large enough", () => {
    expect(paddingWithin(panels, 950, 571, 16)).toEqual({ top: 16, bottom: 86, left: 16, right: 284 });
  });

  it("keeps only the margin across a map too narrow for the panels (a phone), and still the panels' room down it", () => {
    expect(paddingWithin(panels, 375, 600, 16)).toEqual({ top: 16, bottom: 86, left: 16, right: 16 });
  });

  it("keeps only the margin down a map too low for the panels", () => {
    expect(paddingWithin(panels, 950, 200, 16)).toEqual({ top: 16, bottom: 16, left: 16, right: 284 });
  });
});
