// Capacity against measured needs on the hand-made territory (test/fixtures/tiny-territory.ts):
// contracts shared by ETP among the facilitators of a commune, and zone blanche 3 measured.
import { describe, expect, it } from "vitest";
import { DEFAULT_SEUILS } from "../../../src/domain/model.ts";
import { ContractStore } from "../../../src/domain/needs/contract-store.ts";
import type { DecpRecord } from "../../../src/domain/needs/decp-record.ts";
import { aggregateNeeds } from "../../../src/domain/needs/needs-aggregate.ts";
import { needsPerEtp } from "../../../src/domain/needs/needs-capacity.ts";
import { DEFAULT_SEUILS_BESOINS, resolveNeedsSettings } from "../../../src/domain/needs/needs-settings.ts";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { COMMUNE_STATUS } from "../../../src/domain/zones-blanches.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();
const { index } = territory;
const project = tinyProject();
const links = linkProjectToCommunes(index, territory.shapes, project);
const STATE = "11000000000001";

/** `count` contracts of buyer `siret` in `commune`. */
function needsIn(entries: [commune: string, count: number, siret: string, montant?: number][]) {
  const store = new ContractStore();
  const file = store.addFile("t.csv");
  let line = 2;
  for (const [commune, count, siret, montant = 50_000] of entries) {
    for (let k = 0; k < count; k++) {
      const record: DecpRecord = { line, acheteurId: siret, id: `M${line}`, montant, dateNotification: "2025-03-01", datePublication: null, codeCPV: null, lieuCode: commune, lieuType: "Code commune", social: 0, etat: 0 };
      store.add(record, file, "table");
      line++;
    }
  }
  return aggregateNeeds(index, store, { settings: resolveNeedsSettings() });
}

const statusOf = (status: Uint8Array) => Object.fromEntries(index.communeCodes.map((code, c) => [code, status[c]]));

describe("capacité face aux besoins mesurés", () => {
  it("partage les marchés d'une commune entre ses facilitateurs au prorata des ETP qu'ils y apportent", () => {
    // 01003 (5,000 habitants): F1 brings it 1 × 5,000 / 35,000 ETP, F2 0.5 × 5,000 / 51,000.
    const aggregate = needsIn([["01003", 10, STATE]]);
    const result = computeAll(index, project, { links, needs: { aggregate, seuils: DEFAULT_SEUILS_BESOINS } });
    const f1 = 5_000 / 35_000;
    const f2 = (0.5 * 5_000) / 51_000;
    const { contracts, perEtp } = result.needs!.facilitateurs;
    expect(contracts.marchesEtat[0]).toBeCloseTo((10 * f1) / (f1 + f2), 12);
    expect(contracts.marchesEtat[1]).toBeCloseTo((10 * f2) / (f1 + f2), 12);
    expect(contracts.marches[0]! + contracts.marches[1]!).toBeCloseTo(10, 12);
    expect(perEtp.marchesEtat[1]).toBeCloseTo((10 * f2) / (f1 + f2) / 0.5, 12);
    expect(needsPerEtp({ marches: 10, marchesEtat: 4 }, 2)).toEqual({ marchesParEtp: 5, marchesEtatParEtp: 2 });
    expect(needsPerEtp({ marches: 10, marchesEtat: 4 }, 0)).toBeNull();
  });

  it("laisse à aucun facilitateur les marchés des communes qu'aucun ETP n'atteint", () => {
    // 02004: a vacant post only; 03003: no facilitator.
    const aggregate = needsIn([
      ["02004", 2, STATE],
      ["03003", 3, "21000000000001"],
    ]);
    const result = computeAll(index, project, { links, needs: { aggregate, seuils: DEFAULT_SEUILS_BESOINS } });
    expect(result.needs!.facilitateurs.uncovered.marches).toBe(5);
    expect(result.needs!.facilitateurs.uncovered.marchesEtat).toBe(2);
    expect([...result.needs!.facilitateurs.contracts.marches].every((value) => value === 0)).toBe(true);
  });

  it("classe en capacité insuffisante d'après les marchés de l'État par ETP mesurés, au lieu des acheteurs", () => {
    const baseline = computeAll(index, project, { links });
    // 6 State contracts in 01001: F1 (1 ETP, alone there) carries 6 per ETP.
    const aggregate = needsIn([["01001", 6, STATE]]);
    const measured = computeAll(index, project, { links, needs: { aggregate, seuils: { ...DEFAULT_SEUILS_BESOINS, marchesEtatParEtp: 5 } } });
    const status = statusOf(measured.status);
    expect(status["01001"]).toBe(COMMUNE_STATUS.capaciteInsuffisante);
    expect(status["01002"]).toBe(COMMUNE_STATUS.capaciteInsuffisante);
    // 01003 sees F1 (6 per ETP) and F2 (none), weighted by the ETP each brings: 4.47, under 5.
    expect(measured.needs!.load.marchesEtatParEtp[index.communeIndex.get("01003")!]).toBeCloseTo((6 * (5_000 / 35_000)) / (5_000 / 35_000 + (0.5 * 5_000) / 51_000), 12);
    expect(status["01003"]).toBe(COMMUNE_STATUS.couverte);
    // The proxy's State buyers no longer decide; the ETP density test still does (02002, 02003).
    expect(status["02002"]).toBe(COMMUNE_STATUS.capaciteInsuffisante);
    const lenient = computeAll(index, project, { links, needs: { aggregate, seuils: DEFAULT_SEUILS_BESOINS } });
    expect(statusOf(lenient.status)).toEqual(statusOf(baseline.status));
  });

  it("ne change rien sans besoins chargés", () => {
    const result = computeAll(index, project, { links, seuils: DEFAULT_SEUILS });
    expect(result.needs).toBeUndefined();
    expect(Object.keys(result)).not.toContain("needs");
  });
});

describe("marchés de l'État en zone blanche", () => {
  it("liste les marchés de l'État des communes en zone blanche, avec leur part", async () => {
    const { storeOfReadings } = await import("../../../src/domain/needs/contract-store.ts");
    const { listContracts, communesInZonesBlanches } = await import("../../../src/domain/needs/needs-contracts.ts");
    const records = (["03003", "03003", "01001"] as const).map((commune, k): DecpRecord => ({
      line: k + 2,
      acheteurId: k === 1 ? "21000000000001" : STATE,
      id: `M${k}`,
      montant: 60_000,
      dateNotification: "2025-03-01",
      datePublication: null,
      codeCPV: null,
      lieuCode: commune,
      lieuType: "Code commune",
      social: 0,
      etat: 0,
    }));
    const store = storeOfReadings([{ file: "t.csv", kind: "table", records }]);
    const settings = resolveNeedsSettings();
    const aggregate = aggregateNeeds(index, store, { settings });
    const result = computeAll(index, project, { links, needs: { aggregate, seuils: DEFAULT_SEUILS_BESOINS } });
    // 03003 has no facilitator: its State contract is listed; the commune's is not the State's, 01001 is covered.
    expect(listContracts(index, store, aggregate, settings, { communes: communesInZonesBlanches(result.status), stateOnly: true })).toEqual([
      { acheteur: STATE, id: "M0", montant: 60_000, dateNotification: "2025-03-01", etat: true, social: 0, communes: ["03003"], part: 1 },
    ]);
  });
});
