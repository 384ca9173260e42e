// The DECP State buyers placed for the map: at the commune the file gives, else where most
// of their contracts of the window are done; the other buyers left out.
import { describe, expect, it } from "vitest";
import { buyersByCommune, placeStateBuyers } from "../../../src/domain/needs-buyers.ts";
import { contractStoreOf, DEFAULT_NEEDS_CHOICES, needsSettingsOf } from "../../../src/domain/needs-readings.ts";
import { aggregateNeeds } from "../../../src/domain/needs/needs-aggregate.ts";
import { readNeedsJob } from "../../../src/workers/needs-job.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

const tiny = tinyTerritory();
const HEADER = "uid;id;nature;acheteur_id;acheteur_nom;acheteur_code_commune;montant;codeCPV;dateNotification;considerationsSociales;lieuExecution_code;lieuExecution_typeCode";
const ROWS = [
  // A State buyer the file places in 02002, whose contracts are done elsewhere.
  "1;A1;Marché;13000000000011;Préfecture fictive;02002;100000;72000000;2025-03-01;Clause sociale;01001;Code commune",
  // A State buyer without a commune: two contracts in 01004, one in 01005.
  "2;B1;Marché;13000000000022;;;50000;72000000;2025-04-01;;01004;Code commune",
  "3;B2;Marché;13000000000022;;;50000;72000000;2025-04-02;;01004;Code commune",
  "4;B3;Marché;13000000000022;;;50000;72000000;2025-04-03;;01005;Code commune",
  // Not of the State.
  "5;C1;Marché;21000000000011;Commune fictive;01001;60000;45000000;2025-05-01;;01001;Code commune",
];

describe("acheteurs de l'État des fichiers DECP sur la carte", () => {
  it("place chacun à sa commune, sinon là où se font la plupart de ses marchés", async () => {
    const read = await readNeedsJob({ kind: "needs", format: "decp-table", file: "a.csv", bytes: new TextEncoder().encode([HEADER, ...ROWS].join("\n")) });
    const reading = { id: "r", fichier: "a.csv", format: "decp-table" as const, luLe: "2025-06-01T00:00:00Z", lignes: 5, concessions: 0, contracts: read.contracts };
    const store = contractStoreOf([reading]);
    const settings = needsSettingsOf(DEFAULT_NEEDS_CHOICES);
    const buyers = placeStateBuyers(tiny.index, store, aggregateNeeds(tiny.index, store, { settings }), settings);
    const code = (c: number) => tiny.index.communeCodes[c];
    expect(buyers.map((b) => [b.siret, b.nom, code(b.commune), b.placedBy, b.marches])).toEqual([
      ["13000000000011", "Préfecture fictive", "02002", "fichier", 1],
      ["13000000000022", undefined, "01004", "marches", 3],
    ]);
    const groups = buyersByCommune(buyers);
    expect([...groups.keys()].map(code).sort()).toEqual(["01004", "02002"]);
  });
});
