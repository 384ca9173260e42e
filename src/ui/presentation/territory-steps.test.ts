import { describe, expect, it } from "vitest";
import { steppedFocus, stepLabel } from "./territory-steps.ts";

const reference = {
  regions: [
    { code: "11", nom: "Île-de-France" },
    { code: "27", nom: "Bourgogne-Franche-Comté" },
    { code: "94", nom: "Corse" },
  ],
  departements: [
    { code: "21", nom: "Côte-d'Or", region: "27" },
    { code: "25", nom: "Doubs", region: "27" },
    { code: "2A", nom: "Corse-du-Sud", region: "94" },
    { code: "2B", nom: "Haute-Corse", region: "94" },
    { code: "75", nom: "Paris", region: "11" },
  ],
};

describe("steppedFocus", () => {
  it("va de la France à la première ou à la dernière région", () => {
    expect(steppedFocus(reference, null, 1)).toEqual({ level: "region", code: "11" });
    expect(steppedFocus(reference, null, -1)).toEqual({ level: "region", code: "94" });
  });
  it("passe d'une région à la suivante et revient au début après la dernière", () => {
    expect(steppedFocus(reference, { level: "region", code: "11" }, 1)).toEqual({ level: "region", code: "27" });
    expect(steppedFocus(reference, { level: "region", code: "94" }, 1)).toEqual({ level: "region", code: "11" });
    expect(steppedFocus(reference, { level: "region", code: "11" }, -1)).toEqual({ level: "region", code: "94" });
  });
  it("reste parmi les départements de la même région (Corse : 2A, 2B)", () => {
    expect(steppedFocus(reference, { level: "departement", code: "2A" }, 1)).toEqual({ level: "departement", code: "2B" });
    expect(steppedFocus(reference, { level: "departement", code: "2B" }, 1)).toEqual({ level: "departement", code: "2A" });
    expect(steppedFocus(reference, { level: "departement", code: "75" }, -1)).toEqual({ level: "departement", code: "75" });
  });
  it("nomme la destination des boutons", () => {
    expect(stepLabel(reference, { level: "region", code: "11" }, 1)).toBe("Région suivante : Bourgogne-Franche-Comté");
    expect(stepLabel(reference, { level: "departement", code: "21" }, -1)).toBe("Département précédent : Doubs");
  });
});
