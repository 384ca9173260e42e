// Numbers and dates the interface writes, the French way.
import { describe, expect, it } from "vitest";
import { LEGENDS } from "../../../src/map/palettes.ts";
import { formatDate, formatDecimal } from "../../../src/ui/format.ts";

describe("formats français de l'interface", () => {
  it("écrit les dates « 1er novembre 2025 », « 12 mars 2026 », et rien pour ce qui n'est pas une date", () => {
    expect(formatDate("2025-11-01")).toBe("1er novembre 2025");
    expect(formatDate("2026-03-12")).toBe("12 mars 2026");
    expect(formatDate("2025-02-30")).toBeNull();
    expect(formatDate("novembre")).toBeNull();
    expect(formatDate(undefined)).toBeNull();
  });

  it("écrit les décimales avec une virgule, dans la légende de la capacité aussi", () => {
    expect(formatDecimal(0.25)).toBe("0,25");
    const labels = LEGENDS.capacite.map((entry) => entry.label);
    expect(labels).toContain("Moins de 0,25 ETP");
    expect(labels.join(" ")).not.toMatch(/\d\.\d/);
  });
});
