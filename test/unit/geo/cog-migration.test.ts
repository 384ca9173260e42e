// 2018 → today's codes on hand-picked cases, against the pinned official COG.
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createCodeMigrator, type CogCommuneRecord } from "../../../src/domain/cog-migration.ts";

const require = createRequire(import.meta.url);
const cog = require("@etalab/decoupage-administratif/data/communes.json") as CogCommuneRecord[];
const migrator = createCodeMigrator(cog);

describe("migration des codes de commune vers le COG actuel", () => {
  it.each([
    ["01001", "01001", "same-code"], // L'Abergement-Clémenciat, a plain commune
    ["2A004", "2A004", "same-code"], // Ajaccio, Corse-du-Sud
    ["2B033", "2B033", "same-code"], // Bastia, Haute-Corse
    ["97101", "97101", "same-code"], // Les Abymes, Guadeloupe
    ["97611", "97611", "same-code"], // Mamoudzou, Mayotte
    ["75056", "75056", "same-code"], // Paris, one commune
    ["69123", "69123", "same-code"], // Lyon
    ["13055", "13055", "same-code"], // Marseille
    ["01039", "01138", "commune-deleguee"], // Béon → Culoz-Béon
    ["14011", "14581", "commune-deleguee"], // Anctoville → Aurseulles
    ["02077", "02564", "ancien-code"], // only in the anciensCodes of Bernoy-le-Château
    ["75108", "75056", "arrondissement-municipal"], // Paris 8e
    ["69381", "69123", "arrondissement-municipal"], // Lyon 1er
    ["13201", "13055", "arrondissement-municipal"], // Marseille 1er
  ])("%s → %s (%s)", (from, to, reason) => {
    expect(migrator.migrate(from)).toEqual({ from, to, reason });
  });

  it("envoie chaque ancien code d'Aurseulles (14581) vers Aurseulles", () => {
    const aurseulles = cog.find((c) => c.code === "14581" && c.type === "commune-actuelle");
    expect(aurseulles?.anciensCodes?.length).toBeGreaterThan(1);
    for (const old of aurseulles!.anciensCodes!) expect(migrator.migrate(old)?.to).toBe("14581");
  });

  it("ne devine rien pour un code inconnu", () => {
    expect(migrator.migrate("99999")).toBeUndefined();
    expect(migrator.migrate("1001")).toBeUndefined();
  });

  it("garde les communes actuelles des collectivités d'outre-mer comme actuelles", () => {
    expect(migrator.currentCodes.has("98735")).toBe(true); // Papeete
  });

  it("signale les codes que le COG place à deux endroits, avec le choix fait (60455 : chef-lieu 60694, ancien code de 60054)", () => {
    const neuville = migrator.ambiguities.find((ambiguity) => ambiguity.code === "60455");
    expect(neuville).toMatchObject({ chefLieu: "60694", anciensCodesDe: ["60054"], chosen: "60694", nom: "La Neuville-Garnier" });
    expect(migrator.migrate("60455")?.to).toBe(neuville!.chosen);
    for (const ambiguity of migrator.ambiguities) expect(migrator.migrate(ambiguity.code)?.to).toBe(ambiguity.chosen);
  });

  it("sur un COG fait main : chef-lieu contre anciens codes, et anciens codes de deux communes", () => {
    const small = createCodeMigrator([
      { code: "10001", nom: "A", type: "commune-actuelle", anciensCodes: ["10003", "10004"] },
      { code: "10002", nom: "B", type: "commune-actuelle", anciensCodes: ["10004"] },
      { code: "10003", nom: "C", type: "commune-deleguee", chefLieu: "10002" },
    ]);
    expect(small.ambiguities.map((a) => [a.code, a.chosen, a.anciensCodesDe])).toEqual([
      ["10003", "10002", ["10001"]],
      ["10004", "10001", ["10001", "10002"]],
    ]);
  });
});
