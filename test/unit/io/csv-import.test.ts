// CSV import: a messy file as Excel writes it (Windows-1252, `;`, lost zeros, old codes,
// blank and duplicate lines, unknown code, ambiguous name) and every kind of bad file.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { proposeMapping } from "../../../src/io/column-mapping.ts";
import { importCsv } from "../../../src/io/csv-import.ts";
import { parseCsv } from "../../../src/io/csv-text.ts";
import { formatProblem, type ImportResult } from "../../../src/io/importer.ts";
import { projectRoot } from "../../../scripts/lib/geo-inputs.mjs";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";
import { describeWithGeo, loadBuiltTerritory } from "../../helpers/territory.ts";

const tiny = tinyTerritory();
const utf8 = (text: string) => new TextEncoder().encode(text);
const importText = (text: string) => importCsv(utf8(text), tiny, { file: "test.csv" });
const errors = (result: ImportResult) => result.problems.filter((problem) => problem.severity === "error");
const messages = (result: ImportResult) => result.problems.map(formatProblem);

describeWithGeo("CSV d'Excel en Windows-1252 sur le vrai territoire", () => {
  const bytes = new Uint8Array(readFileSync(join(projectRoot, "test/fixtures/imports/perimetres-excel-1252.csv")));
  const result = () => importCsv(bytes, loadBuiltTerritory(), { file: "perimetres-excel-1252.csv" });

  it("lit les octets Windows-1252 (accents compris) et le dit", () => {
    expect(bytes.includes(0xc9)).toBe(true); // « É » in Windows-1252, not valid UTF-8 alone
    const read = result();
    expect(read.encoding).toBe("Windows-1252 (Excel sous Windows)");
    expect(read.facilitateurs.map((f) => f.nom)).toEqual(["Élodie Lefèvre", 'Hervé "Rivière" Dupont', "Chloé Névé"]);
    expect(read.structures.map((s) => s.nom)).toEqual(["PLIE de Caen-Bayeux", "Maison de l'emploi; Bresse", "Association Île-de-Beauté"]);
    expect(messages(read)[0]).toContain("fichier lu en Windows-1252");
  });

  it("migre les anciens codes vers Aurseulles et liste chaque migration", () => {
    const read = result();
    expect(read.migrations.map(({ line, from, to, nom, reason }) => ({ line, from, to, nom, reason }))).toEqual([
      { line: 4, from: "14011", to: "14581", nom: "Aurseulles", reason: "commune déléguée" },
      { line: 5, from: "14526", to: "14581", nom: "Aurseulles", reason: "commune fusionnée" },
    ]);
    // Both old codes are one commune today: it counts once, as home territory.
    expect(read.facilitateurs[0]!.perimetre).toEqual([
      { niveau: "commune", code: "14118" },
      { niveau: "commune", code: "14581" },
    ]);
    expect(read.facilitateurs[0]!.etp).toBe(0.5);
  });

  it("rétablit le zéro perdu, résout les noms avec le département, Corse comprise", () => {
    const read = result();
    expect(read.facilitateurs[1]!.perimetre).toEqual([
      { niveau: "commune", code: "01053" },
      { niveau: "commune", code: "97411" },
    ]);
    expect(read.facilitateurs[2]!.perimetre).toEqual([
      { niveau: "commune", code: "2A004" },
      { niveau: "commune", code: "2B033" },
    ]);
    expect(messages(read)).toContain('perimetres-excel-1252.csv, ligne 9, colonne « Code INSEE », valeur "1053" : code INSEE à 4 chiffres : zéro initial perdu par le tableur, lu 01053');
  });

  it("signale le nom ambigu avec ses candidats, le code inconnu, les lignes vides et en double", () => {
    const read = result();
    expect(errors(read).map(({ line, column, value }) => ({ line, column, value }))).toEqual([
      { line: 10, column: "Commune", value: "Saint-Denis" },
      { line: 11, column: "Code INSEE", value: "99999" },
    ]);
    expect(errors(read)[0]!.message).toContain("Saint-Denis (93066, département 93)");
    expect(errors(read)[0]!.message).toContain("Saint-Denis (97411, département 974)");
    expect(read.summary).toEqual({ rowsRead: 10, blankLines: 2, duplicateRows: 1, facilitateurs: 3, zones: 6, communes: 6, codesMigrated: 2, errors: 2, warnings: 7 });
    expect(messages(read)).toContain("perimetres-excel-1252.csv, ligne 8 : ligne identique à la ligne 3, ignorée");
  });
});

describe("lecture du CSV", () => {
  it("découpe les champs entre guillemets (séparateur, saut de ligne, guillemets doublés) et garde la ligne de départ", () => {
    const parsed = parseCsv('a;b\r\n"x;y";"deux\r\nlignes ""ici"""\r\n\r\nz;w\r\n');
    expect(parsed).toEqual({
      ok: true,
      separator: ";",
      blankLines: 1,
      rows: [
        { line: 1, cells: ["a", "b"] },
        { line: 2, cells: ["x;y", 'deux\r\nlignes "ici"'] },
        { line: 5, cells: ["z", "w"] },
      ],
    });
  });

  it("reconnaît la virgule et la tabulation comme séparateurs", () => {
    expect(parseCsv("a,b\n1,2\n")).toMatchObject({ ok: true, separator: "," });
    expect(parseCsv("a\tb\n1\t2\n")).toMatchObject({ ok: true, separator: "\t" });
  });

  it("lit l'UTF-8 avec ou sans BOM, séparateur virgule", () => {
    const text = "facilitateur,code INSEE,ETP\r\nAndré,01001,\"0,5\"\r\n";
    for (const bytes of [utf8(text), utf8(`\uFEFF${text}`)]) {
      const read = importCsv(bytes, tiny, { file: "test.csv" });
      expect(errors(read)).toEqual([]);
      expect(read.facilitateurs).toEqual([{ key: "andre", nom: "André", etp: 0.5, line: 2, perimetre: [{ niveau: "commune", code: "01001" }] }]);
    }
  });

  it("propose une correspondance des colonnes par synonymes français, que l'appelant peut changer", () => {
    expect(proposeMapping(["Nom du facilitateur", "Structure porteuse", "ETP", "Code commune", "Nom de la commune", "Dép.", "SIREN EPCI", "Niveau", "Courriel", "Tél."])).toEqual({
      facilitateur: 0,
      structure: 1,
      etp: 2,
      codeInsee: 3,
      commune: 4,
      departement: 5,
      epci: 6,
      niveau: 7,
      email: 8,
      telephone: 9,
    });
    const read = importCsv(utf8("Qui;Où\nAnne;01002\n"), tiny, { file: "t.csv", mapping: { facilitateur: "Qui", codeInsee: 1 } });
    expect(errors(read)).toEqual([]);
    expect(read.facilitateurs[0]!.perimetre).toEqual([{ niveau: "commune", code: "01002" }]);
  });

  it("lit EPCI par SIREN ou par nom, département et région, extension, ETP à virgule décimale", () => {
    const read = importText("facilitateur;EPCI;département;région;extension;ETP\nA;200000001;;;non;0,5\nA;EPCI 200000003;;;oui;0,5\nB;;Département 03;;;1\nC;;;91;;1.5\n");
    expect(errors(read)).toEqual([]);
    expect(read.facilitateurs.map((f) => [f.nom, f.etp, f.perimetre])).toEqual([
      ["A", 0.5, [{ niveau: "epci", code: "200000001" }, { niveau: "epci", code: "200000003", extension: true }]],
      ["B", 1, [{ niveau: "departement", code: "03" }]],
      ["C", 1.5, [{ niveau: "region", code: "91" }]],
    ]);
    // Région 91 holds départements 01 and 02, so all EPCI communes; département 03 adds 4.
    expect(read.summary.communes).toBe(9 + 4);
  });
});

describe("fichiers CSV mauvais", () => {
  it("fichier vide", () => {
    for (const text of ["", "\r\n\r\n", ";;;\r\n"]) expect(messages(importText(text))).toEqual(["test.csv : fichier vide : aucune ligne à lire"]);
  });

  it("octets binaires", () => {
    const garbage = Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256);
    const read = importCsv(garbage, tiny, { file: "image.png" });
    expect(read.summary.errors).toBe(1);
    expect(messages(read)[0]).toContain("n'est pas un texte (contenu binaire)");
    const xlsx = importCsv(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), tiny, { file: "classeur.csv" });
    expect(messages(xlsx)[0]).toContain("importez-le au format xlsx");
  });

  it("pas d'en-tête", () => {
    const read = importText("Anne;01001;0,5\nBruno;01002;1\n");
    expect(errors(read)).toHaveLength(1);
    expect(formatProblem(errors(read)[0]!)).toContain("test.csv, ligne 1 : ligne d'en-tête introuvable");
  });

  it("colonne obligatoire manquante", () => {
    const read = importText("facilitateur;structure;ETP\nAnne;S;1\n");
    expect(formatProblem(errors(read)[0]!)).toBe(
      "test.csv, ligne 1 : colonne obligatoire manquante : une colonne de zone (« code », « code INSEE », « commune », « EPCI », « département » ou « région ») ; colonnes trouvées : facilitateur, structure, ETP",
    );
  });

  it("mauvais nombre de champs", () => {
    const read = importText("facilitateur;code INSEE;ETP\nAnne;01001;0,5;en trop\nBruno;01002\nClaire;01003;1\n");
    expect(errors(read).map((problem) => [problem.line, problem.message])).toEqual([
      [2, "4 champs sur cette ligne, l'en-tête en a 3 (séparateur ou guillemet en trop ?) : ligne ignorée"],
      [3, "2 champs sur cette ligne, l'en-tête en a 3 (séparateur ou guillemet en trop ?) : ligne ignorée"],
    ]);
    expect(read.facilitateurs.map((f) => f.nom)).toEqual(["Claire"]);
  });

  it("ETP illisible, mais virgule décimale acceptée", () => {
    const read = importText("facilitateur;code INSEE;ETP\nAnne;01001;abc\nBruno;01002;0,5\nClaire;01003;-1\n");
    expect(errors(read).map(({ line, column, value }) => ({ line, column, value }))).toEqual([
      { line: 2, column: "ETP", value: "abc" },
      { line: 4, column: "ETP", value: "-1" },
    ]);
    expect(read.facilitateurs.find((f) => f.nom === "Bruno")!.etp).toBe(0.5);
  });

  it("guillemet jamais refermé", () => {
    expect(messages(importText('facilitateur;code INSEE\n"Anne;01001\nBruno;01002\n'))).toEqual(["test.csv, ligne 2 : guillemet ouvert jamais refermé : le champ court jusqu'à la fin du fichier"]);
  });

  it("valeurs contradictoires pour un même facilitateur", () => {
    const read = importText("facilitateur;code INSEE;ETP\nAnne;01001;0,5\nAnne;01002;1\n");
    expect(formatProblem(errors(read)[0]!)).toBe('test.csv, ligne 3, colonne « ETP », valeur "1" : valeur différente de celle de la ligne 2 (0.5) pour le même enregistrement');
  });

  it("commune inconnue par son nom, et nom démenti par le code", () => {
    const read = importText("facilitateur;code INSEE;commune\nAnne;;Atlantide\nBruno;01001;Commune 01002\n");
    expect(messages(read)).toContain('test.csv, ligne 2, colonne « commune », valeur "Atlantide" : commune inconnue : aucune commune d\'aujourd\'hui ne porte ce nom (ancien nom ? donnez le code INSEE)');
    expect(messages(read)).toContain('test.csv, ligne 3, colonne « commune », valeur "Commune 01002" : le code INSEE 01001 est celui de Commune 01001 : le code est gardé, vérifiez la ligne');
  });
});
