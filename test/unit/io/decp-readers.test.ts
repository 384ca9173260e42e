// The two DECP readers on the messy fixtures (test/fixtures/decp, written from the schema):
// cleaned values, located problems, the same records whatever the chunks, detection.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { DecpRecord } from "../../../src/domain/needs/decp-record.ts";
import { SOCIAL_BIT } from "../../../src/domain/needs/decp-record.ts";
import { cleanAmount, cleanBoolean, cleanDate, cleanSocial } from "../../../src/io/decp-values.ts";
import { createDecpReader, detectDecpFormat, readDecpBytes, type DecpTextFormatId } from "../../../src/io/decp-file.ts";
import { detectImport } from "../../../src/io/format-registry.ts";
import type { ImportProblem } from "../../../src/io/importer.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`../../fixtures/decp/${name}`, import.meta.url))));
const bytes = (text: string) => new TextEncoder().encode(text);

/** Reads text cut in pieces of `size` characters. */
function readInPieces(text: string, format: DecpTextFormatId, size: number) {
  const records: DecpRecord[] = [];
  const problems: ImportProblem[] = [];
  const reader = createDecpReader(format, "fichier", { record: (record) => records.push(record), problem: (problem) => problems.push(problem) });
  for (let at = 0; at < text.length; at += size) reader.push(text.slice(at, at + size));
  const counts = reader.end();
  return { records, problems, counts };
}

describe("valeurs des DECP", () => {
  it("lit les montants comme les fichiers les écrivent", () => {
    expect(cleanAmount("575000")).toEqual({ ok: true, value: 575_000 });
    expect(cleanAmount("100\u00a0000,50")).toEqual({ ok: true, value: 100_000.5 });
    expect(cleanAmount("1.234.567,8")).toEqual({ ok: true, value: 1_234_567.8 });
    expect(cleanAmount("1,234,567.8")).toEqual({ ok: true, value: 1_234_567.8 });
    expect(cleanAmount("1e17")).toEqual({ ok: true, value: 1e17 });
    expect(cleanAmount("1,5E+05")).toEqual({ ok: true, value: 150_000 });
    expect(cleanAmount("12 000 €")).toEqual({ ok: true, value: 12_000 });
    expect(cleanAmount("NC")).toEqual({ ok: true, value: null });
    expect(cleanAmount("")).toEqual({ ok: true, value: null });
    expect(cleanAmount("abc")).toEqual({ ok: false });
  });

  it("lit oui/non, les dates et les considérations sociales", () => {
    expect([cleanBoolean("oui"), cleanBoolean("Non"), cleanBoolean("true"), cleanBoolean("0"), cleanBoolean("peut-être")]).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: false },
    ]);
    expect(cleanDate("2024-05-15T00:00:00+02:00")).toEqual({ ok: true, value: "2024-05-15" });
    expect(cleanDate("2024-05-15+02:00")).toEqual({ ok: true, value: "2024-05-15" });
    expect(cleanDate("15/05/2024")).toEqual({ ok: true, value: "2024-05-15" });
    expect(cleanDate("2024-02-30")).toEqual({ ok: false });
    expect(cleanSocial("Marché réservé, Critère social")).toEqual({ ok: true, value: SOCIAL_BIT.marcheReserve | SOCIAL_BIT.critereSocial });
    expect(cleanSocial('["Clause sociale"]')).toEqual({ ok: true, value: SOCIAL_BIT.clauseSociale });
    expect(cleanSocial(["Pas de considération sociale"])).toEqual({ ok: true, value: 0 });
    expect(cleanSocial("Clause environnementale")).toEqual({ ok: false });
  });
});

describe.each([
  ["decp-json", "marches-cas.json"],
  ["decp-table", "marches-cas.csv"],
] as const)("lecteur %s", (format, name) => {
  const file = fixture(name);
  const whole = readDecpBytes(file, format, { file: name });

  it("reconnaît le fichier à sa tête", () => {
    expect(detectDecpFormat(new TextDecoder().decode(file.subarray(0, 4096)))).toBe(format);
    expect(detectImport(name, file)).toEqual({ kind: "needs", format });
  });

  it("rend chaque marché nettoyé et ignore la concession", () => {
    expect(whole.counts.concessions).toBe(1);
    const paris = whole.records.find((record) => record.id === "M-PARIS-11")!;
    expect(paris).toMatchObject({ acheteurId: "13001234500017", montant: 250_000, dateNotification: "2025-06-30", lieuCode: "75011", lieuType: "Code postal", social: SOCIAL_BIT.clauseSociale });
    expect(whole.records.find((record) => record.id === "M-BOURG")).toMatchObject({ montant: 100_000, codeCPV: "45210000" });
    expect(whole.records.find((record) => record.id === "M-1E17")!.montant).toBe(1e17);
    expect(whole.records.find((record) => record.id === "M-SANS-LIEU")).toMatchObject({ lieuCode: null, lieuType: null });
    expect(whole.records.find((record) => record.id === "M-ARRDT-LYON")!.social).toBe(SOCIAL_BIT.marcheReserve | SOCIAL_BIT.critereSocial);
    // « NC » durations, « oui »/« non » and 0 offers received are no problem.
    expect(whole.problems).toEqual([]);
  });

  it("donne les mêmes marchés, lu d'un coup ou par morceaux de 7 caractères", () => {
    const text = new TextDecoder().decode(file);
    const pieces = readInPieces(text, format, 7);
    expect(pieces.records).toEqual(whole.records);
    expect(pieces.counts).toEqual(whole.counts);
  });
});

describe("lecteur JSON réglementaire", () => {
  it("applique les modifications : l'état actuel et son rang", () => {
    const { records } = readDecpBytes(fixture("marches-cas.json"), "decp-json", { file: "f.json" });
    const dijon = records.filter((record) => record.id === "M-DIJON");
    expect(dijon.map((record) => [record.montant, record.etat, record.path])).toEqual([
      [70_000, 0, "marches.marche[11]"],
      [90_000, 1, "marches.marche[14]"],
    ]);
  });

  it("situe un élément invalide par sa ligne et son chemin, et lit les autres", () => {
    const text = '{"marches": {"marche": [\n{"id": "A", "acheteur": {"id": "21000000000001"}, "montant": 5e4, "dateNotification": "2025-01-01"},\n{"id": "B", "montant": 12 13},\n{"id": "C", "acheteur": {"id": "21000000000001"}, "montant": "abc", "dateNotification": "2025-01-01"}\n]}}';
    const { records, problems } = readInPieces(text, "decp-json", 5);
    expect(records.map((record) => record.id)).toEqual(["A", "C"]);
    expect(problems).toEqual([
      expect.objectContaining({ line: 3, path: "marches.marche[1]", severity: "error", message: expect.stringContaining("JSON invalide") }),
      expect.objectContaining({ line: 4, path: "marches.marche[2].montant", value: "abc", severity: "warning", message: "montant illisible : un nombre d'euros est attendu" }),
    ]);
  });

  it("signale une valeur d'un autre type (objet, nombre) au lieu de s'arrêter (régression du fuzz)", () => {
    const text = JSON.stringify({ marches: { marche: [{ id: "A", acheteur: { id: "21000000000001" }, montant: {}, dateNotification: 20250101, codeCPV: 45000000, donneesActuelles: 1 }] } });
    const { records, problems } = readInPieces(text, "decp-json", 1000);
    expect(records).toEqual([expect.objectContaining({ id: "A", montant: null, dateNotification: null, codeCPV: "45000000", actuel: true })]);
    expect(problems.map((problem) => [problem.path, problem.value])).toEqual([
      ["marches.marche[0].montant", "{}"],
      ["marches.marche[0].dateNotification", "20250101"],
    ]);
  });

  it("dit qu'un JSON sans marchés n'est pas un fichier DECP, et qu'un fichier tronqué l'est", () => {
    expect(readInPieces('{"facilitateurs": []}', "decp-json", 100).problems[0]!.message).toContain("n'est pas au format des données essentielles");
    expect(readInPieces('{"marches": {"marche": [{"id": "A"', "decp-json", 100).problems[0]!.message).toContain("fichier JSON incomplet");
    expect(readInPieces("id;montant", "decp-json", 100).problems[0]!.message).toContain("n'est pas un document JSON");
  });

  it("lit aussi la forme de 2019 (« marches » en liste, « _type »)", () => {
    const text = JSON.stringify({ marches: [{ _type: "Marché", id: "A", acheteur: { id: "21000000000001", nom: "Commune" }, montant: 5e4, dateNotification: "2019-05-01", lieuExecution: { code: "21231", typeCode: "Code commune" } }, { _type: "Contrat de concession", id: "B" }] });
    const { records, counts } = readInPieces(text, "decp-json", 13);
    expect(records).toEqual([expect.objectContaining({ id: "A", acheteurNom: "Commune", path: "marches[0]" })]);
    expect(counts.concessions).toBe(1);
  });
});

describe("lecteur de tableau consolidé", () => {
  it("garde l'état de chaque ligne : modification et données actuelles", () => {
    const { records } = readDecpBytes(fixture("marches-cas.csv"), "decp-table", { file: "f.csv" });
    expect(records.filter((record) => record.id === "M-DIJON").map((record) => [record.montant, record.etat, record.actuel])).toEqual([
      [70_000, 0, false],
      [90_000, 1, true],
    ]);
  });

  it("refuse un tableau sans les colonnes de base, en les nommant", () => {
    const { problems, records } = readInPieces("id,objet\nA,Travaux\n", "decp-table", 100);
    expect(records).toEqual([]);
    expect(problems[0]).toMatchObject({ line: 1, severity: "error" });
    expect(problems[0]!.message).toContain("« acheteur_id », « montant », « dateNotification »");
  });

  it("situe une valeur illisible par sa ligne, sa colonne et sa valeur ; lit `,` et les champs entre guillemets", () => {
    const text = 'acheteur.id,id,montant,dateNotification,objet\n21000000000001,A,"1 000,5",2025-01-01,"Objet, sur\ndeux lignes"\n21000000000001,B,beaucoup,2025-13-01,x\n';
    const { records, problems } = readInPieces(text, "decp-table", 3);
    expect(records.map((record) => [record.id, record.montant, record.line])).toEqual([
      ["A", 1000.5, 2],
      ["B", null, 4],
    ]);
    expect(problems).toEqual([
      expect.objectContaining({ line: 1, severity: "warning", message: "colonne « lieuExecution_code » absente : aucun marché ne pourra être localisé" }),
      expect.objectContaining({ line: 4, column: "montant", value: "beaucoup", message: "montant illisible : un nombre d'euros est attendu" }),
      expect.objectContaining({ line: 4, column: "dateNotification", value: "2025-13-01", message: "date illisible : AAAA-MM-JJ attendu" }),
    ]);
  });

  it("lit un fichier Windows-1252 et ne reconnaît pas un tableau de périmètres", () => {
    const latin = new Uint8Array([...bytes("acheteur_id;id;montant;dateNotification;acheteur_nom\n21000000000001;A;50000;2025-01-01;Mairie de N"), 0xee, ...bytes("mes\n")]);
    const read = readDecpBytes(latin, "decp-table", { file: "f.csv" });
    expect(read.encoding).toBe("windows-1252");
    expect(read.records[0]!.acheteurNom).toBe("Mairie de Nîmes");
    expect(detectDecpFormat("facilitateur;code INSEE;etp\n")).toBeUndefined();
    expect(detectImport("perimetres.csv", bytes("facilitateur;code INSEE;etp\nA;01001;1\n"))).toMatchObject({ kind: "records" });
  });
});

describe("lecteur Parquet", () => {
  it("lit le même tableau écrit en Parquet (nombres, dates, booléens typés) comme le CSV", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const { parseCsv } = await import("../../../src/io/csv-text.ts");
    const { readDecpParquetBytes } = await import("../../../src/io/decp-file.ts");
    const parsed = parseCsv(new TextDecoder().decode(fixture("marches-cas.csv")));
    if (!parsed.ok) throw new Error(parsed.message);
    const [header, ...rows] = parsed.rows.map((row) => row.cells);
    const column = (name: string) => rows.map((row) => row[header!.indexOf(name)]!);
    const columnData = header!.map((name) => {
      const cells = column(name);
      if (name === "montant") return { name, data: cells.map((cell) => Number(cell.replace(/[\s\u00a0]/g, "").replace(",", "."))), type: "DOUBLE" as const };
      if (name === "dateNotification") return { name, data: cells.map((cell) => new Date(`${cell}T00:00:00Z`)), type: "TIMESTAMP" as const };
      if (name === "donneesActuelles") return { name, data: cells.map((cell) => cell === "oui"), type: "BOOLEAN" as const };
      return { name, data: cells, type: "STRING" as const };
    });
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData }));
    expect(detectImport("marches.parquet", bytes)).toEqual({ kind: "needs", format: "decp-parquet" });
    const fromParquet = await readDecpParquetBytes(bytes, { file: "marches.parquet" });
    const fromCsv = readDecpBytes(fixture("marches-cas.csv"), "decp-table", { file: "marches-cas.csv" });
    const withoutLine = ({ line: _line, ...rest }: DecpRecord) => rest;
    expect(fromParquet.problems).toEqual([]);
    expect(fromParquet.counts).toEqual(fromCsv.counts);
    expect(fromParquet.records.map(withoutLine)).toEqual(fromCsv.records.map(withoutLine));
    expect(fromParquet.records[0]!.line).toBe(1);
  });

  it("dit pourquoi un Parquet sans les colonnes de base n'est pas lu", async () => {
    const { parquetWriteBuffer } = await import("hyparquet-writer");
    const { readDecpParquetBytes } = await import("../../../src/io/decp-file.ts");
    const bytes = new Uint8Array(parquetWriteBuffer({ columnData: [{ name: "objet", data: ["Travaux"], type: "STRING" }] }));
    const read = await readDecpParquetBytes(bytes, { file: "autre.parquet" });
    expect(read.records).toEqual([]);
    expect(read.problems[0]!.message).toContain("« acheteurId », « id », « montant », « dateNotification » absente(s)");
    const broken = await readDecpParquetBytes(bytes.subarray(0, 20), { file: "casse.parquet" });
    expect(broken.problems[0]!.message).toMatch(/^fichier Parquet illisible/);
  });
});
