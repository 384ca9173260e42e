// The one CSV writer: French Excel conventions, quoting, formula injection neutralised
// (OWASP: an apostrophe before a text cell that starts with = + - @ tab or CR, numbers
// untouched), and what it writes read back by the app's own CSV reader to the same cells.
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/io/csv-import.ts";
import { decodeText, parseCsv } from "../../../src/io/csv-text.ts";
import { BYTE_ORDER_MARK, formatCsvCell, writeCsv, type CsvValue } from "../../../src/io/csv-writer.ts";
import { mergeImport } from "../../../src/io/import-merge.ts";
import { exportPerimetersCsv } from "../../../src/io/perimeters-csv.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

/** Cells a spreadsheet would run as formulas. */
const ATTACKS = ['=HYPERLINK("http://x")', "=cmd|' /C calc'!A0", "+1", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"];

describe("cellules CSV", () => {
  it("écrit le texte tel quel, les nombres avec une virgule décimale, rien pour une valeur absente", () => {
    expect(formatCsvCell("Anne Martin")).toBe("Anne Martin");
    expect(formatCsvCell(0.8)).toBe("0,8");
    expect(formatCsvCell(12)).toBe("12");
    expect(formatCsvCell(null)).toBe("");
    expect(formatCsvCell(undefined)).toBe("");
    expect(formatCsvCell("")).toBe("");
  });

  it("met entre guillemets un champ qui contient un point-virgule, un guillemet ou un saut de ligne", () => {
    expect(formatCsvCell("Anne; dite « Nanou »")).toBe('"Anne; dite « Nanou »"');
    expect(formatCsvCell('Maison "Emploi"')).toBe('"Maison ""Emploi"""');
    expect(formatCsvCell("ligne 1\nligne 2")).toBe('"ligne 1\nligne 2"');
    expect(formatCsvCell("ligne 1\r\nligne 2")).toBe('"ligne 1\r\nligne 2"');
  });

  it("neutralise une formule : une apostrophe devant le texte qui commence par = + - @, une tabulation ou un retour chariot", () => {
    expect(formatCsvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(formatCsvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(formatCsvCell("+1")).toBe("'+1");
    expect(formatCsvCell("-2+3")).toBe("'-2+3");
    expect(formatCsvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(formatCsvCell("\t=1+1")).toBe("'\t=1+1");
    expect(formatCsvCell("\r=1+1")).toBe("\"'\r=1+1\"");
    expect(formatCsvCell("+33 3 80 00 00 00")).toBe("'+33 3 80 00 00 00");
  });

  it("ne touche ni aux nombres écrits comme nombres, ni au texte qui ne commence pas comme une formule", () => {
    expect(formatCsvCell(-2)).toBe("-2");
    expect(formatCsvCell(-0.5)).toBe("-0,5");
    expect(formatCsvCell("Saint-Denis")).toBe("Saint-Denis");
    expect(formatCsvCell("a=b")).toBe("a=b");
    expect(formatCsvCell(" =1")).toBe(" =1");
    expect(formatCsvCell("'déjà")).toBe("'déjà");
    // An apostrophe already before a formula-like start gets one more, so that reading takes only the added one off.
    expect(formatCsvCell("'=déjà")).toBe("''=déjà");
  });
});

describe("fichier CSV", () => {
  it("sépare par des points-virgules, termine chaque ligne par CRLF, met la marque d'ordre d'octets quand on la demande", () => {
    const rows: CsvValue[][] = [
      ["nom", "etp"],
      ["Anne", 0.5],
    ];
    expect(writeCsv(rows, { byteOrderMark: true })).toBe(`${BYTE_ORDER_MARK}nom;etp\r\nAnne;0,5\r\n`);
    expect(writeCsv(rows, { byteOrderMark: false })).toBe("nom;etp\r\nAnne;0,5\r\n");
    expect(writeCsv([], { byteOrderMark: false })).toBe("");
  });

  it("se relit par le lecteur CSV de l'application aux mêmes cellules, formules neutralisées comprises", () => {
    const rows: CsvValue[][] = [
      ["texte", "nombre", "autre"],
      ...ATTACKS.map((attack, i): CsvValue[] => [attack, -i - 0.5, `${attack}; suite\n"fin"`]),
      ["'+déjà une apostrophe", 3, "Saint-Denis"],
      ["''=deux apostrophes", 4, "'texte"],
    ];
    const text = writeCsv(rows, { byteOrderMark: true });
    const decoded = decodeText(new TextEncoder().encode(text));
    expect(decoded.encoding).toBe("utf-8-bom");
    const parsed = parseCsv(decoded.text);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(parsed.separator).toBe(";");
    expect(parsed.rows.map((row) => row.cells)).toEqual(rows.map((row) => row.map((value) => (typeof value === "number" ? String(value).replace(".", ",") : String(value)))));
  });

  it("export des périmètres : un nom en forme de formule et un téléphone en +33 reviennent à l'identique après import", () => {
    const territory = tinyTerritory();
    const project = tinyProject();
    project.facilitateurs[0]!.nom = '=HYPERLINK("http://x")';
    project.facilitateurs[0]!.contacts = [{ type: "telephone", valeur: "+33 3 80 00 00 00", public: true }];
    project.structures[0]!.nom = "@Structure";
    // F2 lists one zone twice; an import keeps it once.
    project.facilitateurs[1]!.perimetre = project.facilitateurs[1]!.perimetre.filter((_, z) => z !== 2);
    const csv = exportPerimetersCsv(territory.index, project);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")";'@Structure;`);
    expect(csv).toContain(";'+33 3 80 00 00 00 (public);");
    const imported = importCsv(new TextEncoder().encode(csv), territory, { file: "perimetres.csv" });
    expect(imported.problems.filter((problem) => problem.severity === "error")).toEqual([]);
    const merged = mergeImport(project, imported, { index: territory.index, today: "2025-12-01" });
    expect(merged.changes.every((change) => change.kind === "unchanged")).toBe(true);
    expect(merged.project).toEqual(project);
  });
});
