import { describe, expect, it } from "vitest";
import { CATEGORICAL, LEGENDS, legendRows } from "../../../src/map/palettes.ts";

describe("legendRows", () => {
  it("puts the facilitator layer's eight perimeter colours on one line after « Aucun facilitateur »", () => {
    const rows = legendRows(LEGENDS.facilitateur);
    expect(rows.map((row) => row.label)).toEqual(["Aucun facilitateur", "Un périmètre par couleur ; deux périmètres voisins n'ont jamais la même couleur"]);
    expect(rows[1]!.colours).toEqual([...CATEGORICAL]);
  });

  it("keeps one line per entry where no entry has a group", () => {
    const rows = legendRows(LEGENDS["zones-blanches"]);
    expect(rows).toEqual(LEGENDS["zones-blanches"].map((entry) => ({ key: entry.value, colours: [entry.colour], label: entry.label })));
  });

  it("does not join entries of the same group that are not consecutive", () => {
    const rows = legendRows([
      { value: 0, colour: "#000", label: "a", group: "g" },
      { value: 1, colour: "#111", label: "b" },
      { value: 2, colour: "#222", label: "c", group: "g" },
    ]);
    expect(rows.map((row) => row.colours.length)).toEqual([1, 1, 1]);
  });
});
