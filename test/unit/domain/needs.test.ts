// Needs measured from DECP: places on today's territory, State buyers and thresholds,
// one contract per buyer and id, and the golden aggregates of the messy fixtures, whose
// right answer is worked out by hand below.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { stateBuyerTest, thresholdAt, thresholdTable } from "../../../src/domain/needs/classify.ts";
import { ContractStore } from "../../../src/domain/needs/contract-store.ts";
import { addMonths, dayNumber, isoDate } from "../../../src/domain/needs/dates.ts";
import type { DecpRecord } from "../../../src/domain/needs/decp-record.ts";
import { apportion, Locator } from "../../../src/domain/needs/locate.ts";
import { aggregateNeeds } from "../../../src/domain/needs/needs-aggregate.ts";
import { DEFAULT_SEUILS_EUROPEENS, resolveNeedsSettings } from "../../../src/domain/needs/needs-settings.ts";
import { needsRows } from "../../../src/domain/needs/needs-territories.ts";
import type { TerritoryIndex } from "../../../src/domain/territory-index.ts";
import { readDecpBytes } from "../../../src/io/decp-file.ts";
import { describeWithGeo, loadBuiltTerritory } from "../../helpers/territory.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/decp/${name}`, import.meta.url))));

function record(fields: Partial<DecpRecord>): DecpRecord {
  return { line: 2, acheteurId: "21000000000001", id: "A", montant: 50_000, dateNotification: "2025-01-10", datePublication: null, codeCPV: null, lieuCode: "21231", lieuType: "Code commune", social: 0, etat: 0, ...fields };
}

describe("dates et seuils", () => {
  it("compte les jours et les mois du calendrier", () => {
    expect(dayNumber("2024-02-30")).toBeUndefined();
    expect(isoDate(addMonths(dayNumber("2024-03-31")!, -1))).toBe("2024-02-29");
    expect(isoDate(addMonths(dayNumber("2025-06-30")!, -12) + 1)).toBe("2024-07-01");
  });

  it("prend le seuil européen en vigueur à la notification : travaux, État, autres acheteurs", () => {
    const table = thresholdTable(DEFAULT_SEUILS_EUROPEENS);
    const on = (date: string) => dayNumber(date)!;
    expect(thresholdAt(table, on("2025-12-31"), false, true)).toBe(143_000);
    expect(thresholdAt(table, on("2026-01-01"), false, true)).toBe(140_000);
    expect(thresholdAt(table, on("2026-03-01"), false, false)).toBe(216_000);
    expect(thresholdAt(table, on("2025-03-01"), true, false)).toBe(5_538_000);
    // Before the first period: the first period's thresholds.
    expect(thresholdAt(table, on("2023-06-01"), false, false)).toBe(221_000);
  });

  it("reconnaît l'État au SIREN commençant par 1, ou à la liste donnée (SIREN ou SIRET) qui remplace la règle", () => {
    const byDefault = stateBuyerTest(resolveNeedsSettings());
    expect([byDefault("13001234500017"), byDefault("21210231500019"), byDefault("")]).toEqual([true, false, false]);
    const listed = stateBuyerTest(resolveNeedsSettings({ acheteursEtat: ["212 102 315", "22750001600011"] }));
    expect([listed("13001234500017"), listed("21210231500019"), listed("22750001600011"), listed("22750001600029")]).toEqual([false, true, true, false]);
  });

  it("partage en parts entières qui font exactement le total", () => {
    expect([...apportion(100, [42_372, 6_160])]).toEqual([87, 13]);
    expect([...apportion(100, [1, 1, 1])]).toEqual([34, 33, 33]);
    expect([...apportion(7, [0, 0])]).toEqual([4, 3]);
    const parts = apportion(12_345_678, [3, 5, 7, 11, 13]);
    expect(parts.reduce((sum, part) => sum + part, 0)).toBe(12_345_678);
  });
});

describe("une seule fois par acheteur et identifiant, dans son état actuel", () => {
  it("garde l'état marqué actuel, sinon la dernière modification ; les lignes d'un même état (titulaires) font un marché", () => {
    const store = new ContractStore();
    const file = store.addFile("t.csv");
    store.add(record({ line: 2, montant: 70_000, actuel: false }), file, "table");
    store.add(record({ line: 3, montant: 90_000, etat: 1, actuel: true }), file, "table");
    store.add(record({ line: 4, montant: 90_000, etat: 1, actuel: true }), file, "table");
    store.add(record({ line: 5, montant: 80_000, etat: 2, actuel: false }), file, "table");
    expect(store.size).toBe(1);
    expect(store.montant[0]).toBe(90_000);
    expect(store.holderRows).toBe(1);
    expect(store.asides.map((aside) => [aside.line, aside.reason])).toEqual([
      [2, "etat-anterieur"],
      [5, "etat-anterieur"],
    ]);
  });

  it("en JSON, une seconde publication identique est un doublon ; une plus modifiée la remplace", () => {
    const store = new ContractStore();
    const file = store.addFile("t.json");
    store.add(record({ line: 2 }), file, "json");
    store.add(record({ line: 9 }), file, "json");
    store.add(record({ line: 20, etat: 1, montant: 60_000 }), file, "json");
    store.add(record({ line: 30, acheteurId: "" }), file, "json");
    expect(store.size).toBe(2);
    expect(store.montant[0]).toBe(60_000);
    expect(store.asides.map((aside) => [aside.line, aside.reason])).toEqual([
      [9, "doublon"],
      [2, "etat-anterieur"],
    ]);
    expect(store.identified(1)).toBe(false);
  });
});

describeWithGeo("besoins sur le territoire réel", () => {
  let index: TerritoryIndex;
  let locator: Locator;
  const code = (c: number) => index.communeCodes[c];

  beforeAll(() => {
    index = loadBuiltTerritory().index;
    locator = new Locator(index);
  });

  it("situe chaque forme de lieu d'exécution", () => {
    const at = (lieu: string | null, type: string | null) => {
      const placement = locator.locate(lieu, type);
      switch (placement.level) {
        case "commune":
          return [...placement.communes].map((c, k) => `${code(c)}:${placement.hundredths[k]}`).join(" ");
        case "departement":
          return `département ${index.reference.departements[placement.departement]!.code}`;
        case "region":
          return `région ${index.reference.regions[placement.region]!.code}`;
        case "none":
          return `non localisé : ${placement.reason}`;
      }
    };
    expect(at("75011", "Code postal")).toBe("75056:100");
    // Bourg-en-Bresse (42,372 habitants) and Saint-Denis-lès-Bourg (6,160).
    expect(at("01000", "Code postal")).toBe("01053:87 01344:13");
    expect(at("1000", "Code postal")).toBe("01053:87 01344:13");
    expect(at("10016", "Code commune")).toBe("10174:100"); // former code, today Isle-Aubigny
    expect(at("69381", "Code arrondissement")).toBe("69123:100");
    expect(at("13201", "Code commune")).toBe("13055:100");
    expect(at("75000", "Code postal")).toBe("département 75");
    expect(at("011", "Code arrondissement")).toBe("département 01");
    expect(at("2A01", "Code canton")).toBe("département 2A");
    expect(at("2A", "Code département")).toBe("département 2A");
    expect(at("20", "Code département")).toBe("région 94");
    expect(at("84", "Code région")).toBe("région 84");
    expect(at("82", "Code région")).toBe("région 84"); // Rhône-Alpes before 2016
    expect(at("21231", "Code postal")).toBe("21231:100"); // a commune code given as a postal code
    expect(at("FR", "Code pays")).toBe("non localisé : lieu d'exécution : la France entière (code pays)");
    expect(at(null, null)).toBe("non localisé : lieu d'exécution non renseigné");
    expect(at("99999", "Code commune")).toBe("non localisé : code commune 99999 inconnu du COG");
  });

  describe.each([
    ["marches-cas.json", "decp-json", "json"],
    ["marches-cas.csv", "decp-table", "table"],
  ] as const)("%s", (name, format, kind) => {
    const aggregate = () => {
      const store = new ContractStore();
      const file = store.addFile(name);
      for (const each of readDecpBytes(fixture(name), format, { file: name }).records) store.add(each, file, kind);
      return aggregateNeeds(index, store, { settings: resolveNeedsSettings() });
    };

    it("donne les chiffres comptés à la main", () => {
      const result = aggregate();
      // The latest notification is M-PARIS-11's, 2025-06-30: the window is the 12 months up to it.
      expect(result.window).toEqual({ du: "2024-07-01", au: "2025-06-30" });
      // Counted: PARIS-11 250,000 (State, clause sociale, above the State's 143,000), BOURG 100,000 (works),
      // ANCIEN-CODE 300,000 (above 221,000, none), ARRDT-LYON 50,000 (State, réservé + critère),
      // CORSE-SUD 80,000, REGION-ARA 60,000, SANS-LIEU 45,000, DIJON 90,000 (its modification).
      const [france] = needsRows(index, result, "national");
      expect(france!.besoins).toEqual({
        marches: 8,
        montantHT: 975_000,
        marchesEtat: 2,
        marchesAvecConsiderationSociale: 2,
        parConsiderationSociale: { clauseSociale: 1, critereSocial: 1, marcheReserve: 1 },
        marchesAuDessusDesSeuils: 2,
        marchesAuDessusDesSeuilsSansConsiderationSociale: 1,
        marchesEtatAuDessusDesSeuilsSansConsiderationSociale: 0,
        marchesTravaux: 1,
      });
      expect(result.nonLocalises).toBe(1);
      const regions = Object.fromEntries(needsRows(index, result, "region").filter((row) => row.besoins.marches > 0).map((row) => [row.code, [row.besoins.marches, row.besoins.montantHT]]));
      // Auvergne-Rhône-Alpes: BOURG (Ain), ARRDT-LYON (Rhône) and REGION-ARA (the région only).
      expect(regions).toEqual({ "11": [1, 250_000], "27": [1, 90_000], "44": [1, 300_000], "84": [3, 210_000], "94": [1, 80_000] });
      const departements = Object.fromEntries(needsRows(index, result, "departement").filter((row) => row.besoins.marches > 0).map((row) => [row.code, row.besoins.marches]));
      expect(departements).toEqual({ "01": 1, "10": 1, "21": 1, "2A": 1, "69": 1, "75": 1 });
      const communes = Object.fromEntries(needsRows(index, result, "commune").filter((row) => row.besoins.marches > 0).map((row) => [row.code, [row.besoins.marches, row.besoins.montantHT]]));
      expect(communes).toEqual({ "01053": [0.87, 87_000], "01344": [0.13, 13_000], "10174": [1, 300_000], "21231": [1, 90_000], "69123": [1, 50_000], "75056": [1, 250_000] });
    });

    it("écarte les anomalies et les copies, en disant pourquoi", () => {
      // Amounts are written the French way, thousands apart by narrow no-break spaces.
      const reasons = Object.fromEntries(aggregate().ecartes.map((ecarte) => [`${ecarte.id}@${ecarte.ligne}`, ecarte.raison.replace(/\u202f/g, " ")]));
      const byId = (id: string) => Object.entries(reasons).filter(([key]) => key.startsWith(`${id}@`)).map(([, reason]) => reason);
      expect(byId("M-1E17")).toEqual(["montant de 100 000 000 000 000 000 €, supérieur ou égal à 10 000 000 000 € : manifestement faux"]);
      expect(byId("M-ZERO")).toEqual(["montant de 0 €, inférieur ou égal à 1 € : manifestement faux"]);
      expect(byId("M-UN-EURO")).toEqual(["montant de 1 €, inférieur ou égal à 1 € : manifestement faux"]);
      expect(byId("M-PUBLIE-AVANT")).toEqual(["données publiées le 10/01/2025, avant la notification du 01/02/2025 : dates impossibles"]);
      expect(byId("M-DIJON")).toEqual(["état antérieur du marché (notification initiale) : seul son état actuel est compté"]);
      // The JSON publishes M-PARIS-11 twice; the table's two rows of it are its two holders.
      expect(byId("M-PARIS-11")).toEqual(kind === "json" ? ["doublon : même SIRET d'acheteur et même identifiant qu'un marché déjà compté"] : []);
      // M-HORS-FENETRE (2024-03-01) is outside the window: neither counted nor listed.
      expect(byId("M-HORS-FENETRE")).toEqual([]);
    });

    it("suit la fenêtre et la liste des acheteurs de l'État donnée", () => {
      const store = new ContractStore();
      const file = store.addFile(name);
      for (const each of readDecpBytes(fixture(name), format, { file: name }).records) store.add(each, file, kind);
      const settings = resolveNeedsSettings({ acheteursEtat: ["21210231500019"] });
      const result = aggregateNeeds(index, store, { settings, du: "2025-01-01", au: "2025-12-31" });
      // PARIS-11, BOURG, ANCIEN-CODE and DIJON; the commune's three are now the State's.
      const [france] = needsRows(index, result, "national");
      expect([france!.besoins.marches, france!.besoins.marchesEtat, france!.besoins.montantHT]).toEqual([4, 3, 740_000]);
      // ANCIEN-CODE (300,000 €, supplies) is now judged by the State's threshold too: still above, still without.
      expect(france!.besoins.marchesAuDessusDesSeuilsSansConsiderationSociale).toBe(1);
      expect(result.buyers.find((buyer) => buyer.siret === "21210231500019")).toMatchObject({ etat: true, marches: 3 });
    });
  });
});
