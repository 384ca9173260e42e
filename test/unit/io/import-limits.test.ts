// The import limits (src/io/import-limits.ts): workbooks over them are refused before the
// reader builds their grid, with a French message naming what is too large (workbooks within
// them are read as before); CSV files obey the same row limit; every workbook is read in the
// import worker, whatever its size.
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/io/csv-import.ts";
import { MAX_CELL_CHARS, MAX_TABLE_ROWS } from "../../../src/io/import-limits.ts";
import { formatProblem } from "../../../src/io/importer.ts";
import { importXlsx } from "../../../src/io/xlsx-import.ts";
import { columnLetters, describeOversizedWorkbook } from "../../../src/io/xlsx-limits.ts";
import { runImport, WORKER_MIN_BYTES } from "../../../src/ui/import/read-import-file.ts";
import { readImportJob } from "../../../src/workers/import-api.ts";
import type { ImportReader } from "../../../src/workers/import-client.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";
import { farCellWorkbook, farRowWorkbook, hugeCellWorkbook } from "../../helpers/hostile-files.ts";
import { writeXlsx } from "../../helpers/xlsx-writer.ts";

const tiny = tinyTerritory();
const read = async (bytes: Uint8Array) => {
  const result = await importXlsx(bytes, tiny, { file: "hostile.xlsx" });
  return { messages: result.problems.map(formatProblem), rows: result.summary.rowsRead };
};

describe("classeurs XLSX hors limites", () => {
  it("refuse un classeur de 1,5 Ko dont une cellule est en XFD1048576, sans construire la grille", async () => {
    const bytes = farCellWorkbook();
    expect(bytes.length).toBeLessThan(2_000);
    const { messages, rows } = await read(bytes);
    expect(rows).toBe(0);
    expect(messages).toEqual([
      "hostile.xlsx, ligne 1048576, colonne « XFD » : la feuille « Feuil1 » s'étend jusqu'à la cellule XFD1048576 : 1 048 576 lignes × 16 384 colonnes, soit 17 179 869 184 cellules, au-delà de 20 000 000 : elle n'est pas lue. Effacez les cellules remplies loin du tableau (Ctrl+Fin dans le tableur montre la dernière), ou enregistrez la feuille en CSV.".replace(/ (?=\d{3}\b)/g, "\u202f"),
    ]);
  });

  it("refuse une feuille de plus de 1 048 576 lignes en disant combien elle en a", async () => {
    const { messages } = await read(farRowWorkbook(2_000_000));
    expect(messages).toEqual([
      "hostile.xlsx, ligne 2000000 : la feuille « Feuil1 » va jusqu'à la ligne 2 000 000 : au-delà de 1 048 576 lignes (la limite d'Excel), elle n'est pas lue. Découpez-la en plusieurs fichiers.".replace(/ (?=\d{3}\b)/g, "\u202f"),
    ]);
  });

  it("refuse une cellule de plus de 32 767 caractères, même quand l'archive ment sur sa taille", async () => {
    for (const bytes of [hugeCellWorkbook(MAX_CELL_CHARS + 1), hugeCellWorkbook(1_000_000, 100)]) {
      const { messages } = await read(bytes);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatch(/^hostile\.xlsx, ligne 2, colonne « A » : cellule A2 de « xl\/worksheets\/sheet1\.xml » : plus de 32\u202f767 caractères \(la limite d'une cellule d'Excel\)/);
    }
  });

  it("refuse un classeur qui annonce plus de 256 Mo de XML", async () => {
    const refusal = await describeOversizedWorkbook(hugeCellWorkbook(10, 300 * 1024 * 1024));
    expect(refusal?.message).toMatch(/^classeur trop volumineux une fois décompressé : il annonce 300 Mo de XML, au-delà de 256 Mo \(fichier de [\d,]+ Ko\)/);
  });

  it("lit un classeur dans les limites, cellule de 32 767 caractères comprise", async () => {
    const bytes = writeXlsx({ Feuil1: [["facilitateur", "code INSEE"], ["Anne", "01001"], ["x".repeat(MAX_CELL_CHARS), "01002"]] }, { deflate: true });
    await expect(describeOversizedWorkbook(bytes)).resolves.toBeUndefined();
    expect((await read(bytes)).rows).toBe(2);
  });

  it("écrit les colonnes comme le tableur", () => {
    expect([1, 26, 27, 702, 703, 16_384].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA", "XFD"]);
  });
});

describe("mêmes limites pour le CSV", () => {
  it("refuse un CSV de plus de 1 048 576 lignes remplies, à la ligne où il dépasse", () => {
    const result = importCsv(new TextEncoder().encode(`facilitateur;code INSEE\n${"A;01001\n".repeat(MAX_TABLE_ROWS)}`), tiny, { file: "long.csv" });
    expect(result.problems.map(formatProblem)).toEqual([`long.csv, ligne ${MAX_TABLE_ROWS + 1} : plus de 1\u202f048\u202f576 lignes remplies : au-delà (la limite d'Excel), le fichier n'est pas lu. Découpez-le en plusieurs fichiers.`]);
  });
});

describe("lecture des classeurs hors de la page", () => {
  const territory = { index: tiny.index, geometry: null, complete: true };
  const stubReader = () => {
    const kinds: string[] = [];
    const reader: ImportReader = {
      read: async (job, index) => {
        kinds.push(job.kind);
        return readImportJob(job, index);
      },
      cancel: () => undefined,
      dispose: () => undefined,
    };
    return { reader, kinds };
  };

  it("envoie au worker tout classeur XLSX, même petit ; un petit CSV reste lu dans la page", async () => {
    const { reader, kinds } = stubReader();
    const xlsx = writeXlsx({ Feuil1: [["facilitateur", "code INSEE"], ["Anne", "01001"]] });
    const csv = new TextEncoder().encode("facilitateur;code INSEE\nAnne;01001\n");
    expect(xlsx.length).toBeLessThan(WORKER_MIN_BYTES);
    await runImport({ file: "p.xlsx", bytes: xlsx, format: "xlsx", alternatives: [] }, "xlsx", territory, undefined, reader);
    await runImport({ file: "p.csv", bytes: csv, format: "csv", alternatives: ["codes"] }, "csv", territory, undefined, reader);
    expect(kinds).toEqual(["xlsx"]);
  });
});
