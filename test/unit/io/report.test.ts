// The report format: field names and units of the rows, and the CSV for French spreadsheets.
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { REPORT_COLUMNS, REPORT_HEADERS, buildReport, formatReportCsv } from "../../../src/io/report.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const territory = tinyTerritory();
const project = tinyProject();
const result = computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) });

describe("rapport", () => {
  it("donne au niveau national les champs documentés, arrondis", () => {
    const report = buildReport(territory.index, project, result, "national");
    expect(report).toMatchObject({
      format: "carto-clause-sociale/rapport@1",
      projet: { nom: "Projet de test", demo: false, avertissement: null, miseAJour: null },
      referentiel: "territoire de test",
      seuils: { etpPour100000Habitants: 0.5, acheteursParEtp: 10 },
      niveau: "national",
      regionsSansCoordinateur: [{ code: "92", nom: "Région 92" }],
      chevauchements: [
        { facilitateurs: ["F3", "F4"], communes: 1, population: 8_000 },
        { facilitateurs: ["F1", "F2"], communes: 1, population: 5_000 },
      ],
      grandsProjets: [{ id: "G1", nom: "Projet 1", communes: 1, population: 2_000, communesCouvertes: 1, populationCouverte: 2_000, partPopulationCouverte: 1, facilitateurs: ["F4"] }],
      acheteursNonPlaces: 0,
    });
    expect(report.territoires).toEqual([
      {
        niveau: "national",
        code: "FR",
        nom: "France",
        communes: 13,
        population: 172_500,
        surfaceKm2: 120,
        communesCouvertes: 10,
        populationCouverte: 171_000,
        surfaceCouverteKm2: 100,
        communesSansFacilitateur: 2,
        populationSansFacilitateur: 500,
        surfaceSansFacilitateurKm2: 10,
        communesExtensionSeulement: 1,
        populationExtensionSeulement: 1_000,
        surfaceExtensionSeulementKm2: 10,
        communesCapaciteInsuffisante: 3,
        populationCapaciteInsuffisante: 40_000,
        surfaceCapaciteInsuffisanteKm2: 30,
        communesEnChevauchement: 2,
        populationEnChevauchement: 13_000,
        facilitateurs: 6,
        postesVacants: 1,
        etp: 3.4,
        structures: 3,
        etpDeployes: 2.6,
        etpPour100000Habitants: 1.51,
        acheteursEtat: 3,
        acheteursEtatEnZoneBlanche: 2,
        coordinateursRegionaux: 1,
      },
    ]);
    expect(Object.keys(report.territoires[0]!)).toEqual([...REPORT_COLUMNS]);
  });

  it("écrit un CSV à point-virgule et virgule décimale, une ligne par territoire", () => {
    const report = buildReport(territory.index, project, result, "departement");
    report.territoires[0]!.nom = 'Nom ; avec "guillemets"';
    const csv = formatReportCsv(report);
    const rows = csv.split("\r\n");
    expect(rows).toHaveLength(5); // header, three départements, final empty line
    expect(rows[0]).toBe(REPORT_COLUMNS.map((column) => REPORT_HEADERS[column]).join(";"));
    expect(rows[1]!.startsWith('departement;01;"Nom ; avec ""guillemets""";5;80000;50;5;80000;50;')).toBe(true);
    expect(rows[2]).toContain(";0,1;"); // F3's 0.1 ETP, by its structure's siège in département 02
    expect(rows[4]).toBe("");
  });
});
