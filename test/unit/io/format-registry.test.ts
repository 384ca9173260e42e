// The one list of import formats: detection from the name and the head of the bytes (the
// import dialog's and `npm run check`'s alike), the size limit, every reader, and the
// check command called in-process (main(argv)) on what the registry decides.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { PROJECT_SCHEMA } from "../../../src/domain/model.ts";
import {
  ACCEPTED_EXTENSIONS,
  describeOversizedFile,
  detectFormat,
  FILE_FORMATS,
  FORMAT_IDS,
  formatById,
  MAX_IMPORT_BYTES,
  readFormat,
  readsWithoutPolygons,
  SNIFF_BYTES,
} from "../../../src/io/format-registry.ts";
import { serializeProject } from "../../../src/io/project-file.ts";
import { main } from "../../../scripts/check.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";
import { describeWithGeo, loadBuiltTerritory } from "../../helpers/territory.ts";

const bytes = (text: string) => new TextEncoder().encode(text);
const withBom = (text: string) => new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(text)]);
const detect = (name: string, content: string | Uint8Array) => detectFormat(name, typeof content === "string" ? bytes(content) : content);

const PROJECT = serializeProject(tinyProject());
const GEOJSON = JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { facilitateur: "Poste" }, geometry: { type: "Polygon", coordinates: [[[2, 46], [2.1, 46], [2.1, 46.1], [2, 46]]] } }] });
const CODES_JSON = JSON.stringify([{ id: "F1", nom: "Poste", zone_eligibilite: ["01001", "01002"] }]);
const TABLE = "Facilitateur;Code INSEE;ETP\r\nAnne;01001;0,5\r\n";
const TAB_TABLE = "Facilitateur\tCode INSEE\tETP\r\nAnne\t01001\t0,5\r\n";
const CODE_LINES = "01001\n01002\n200000001\n";

/** Text padded to more than `size` bytes with lines a detector cannot mistake for anything. */
const padded = (before: string, size: number, after: string) => `${before}${" ".repeat(size)}${after}`;

describe("détection du format d'un fichier", () => {
  it("reconnaît un fichier de projet, avec ou sans extension, avec marque d'ordre d'octets", () => {
    expect(detect("projet.json", PROJECT)).toEqual({ format: "project", alternatives: ["geojson", "codes"] });
    expect(detect("projet", PROJECT).format).toBe("project");
    expect(detect("projet.json", withBom(PROJECT)).format).toBe("project");
    expect(detect("export.txt", PROJECT).format).toBe("project");
  });

  it("reconnaît un projet dont le champ « schema » vient après les 4 premiers Ko, et après un long début", () => {
    const late = `{"nom": "${"x".repeat(5000)}", "structures": [], "schema": "${PROJECT_SCHEMA}"}`;
    expect(detect("projet.json", late).format).toBe("project");
    // Over SNIFF_BYTES: only the head is read, where the field sits after 100 Ko of spaces.
    const big = padded("{\n", 100 * 1024, `"schema": "${PROJECT_SCHEMA}",\n"facilitateurs": [],\n${" ".repeat(SNIFF_BYTES)}\n}`);
    expect(bytes(big).length).toBeGreaterThan(SNIFF_BYTES);
    expect(detect("projet", big).format).toBe("project");
  });

  it("reconnaît un GeoJSON par son extension ou par son contenu, même long", () => {
    expect(detect("zone.geojson", GEOJSON)).toEqual({ format: "geojson", alternatives: ["codes"] });
    expect(detect("zone.json", GEOJSON)).toEqual({ format: "geojson", alternatives: ["project", "codes"] });
    expect(detect("zone", withBom(GEOJSON)).format).toBe("geojson");
    const big = padded('{"type": "FeatureCollection",\n', SNIFF_BYTES, '\n"features": []}');
    expect(detect("zones", big).format).toBe("geojson");
  });

  it("reconnaît des listes de codes en JSON ou en texte", () => {
    expect(detect("codes.json", CODES_JSON)).toEqual({ format: "codes", alternatives: ["project", "geojson"] });
    expect(detect("codes", CODES_JSON).format).toBe("codes");
    expect(detect("codes.txt", CODE_LINES)).toEqual({ format: "codes", alternatives: ["csv"] });
    expect(detect("codes", CODE_LINES).format).toBe("codes");
    // A .csv of a single column of codes is a code list too.
    expect(detect("codes.csv", CODE_LINES)).toEqual({ format: "codes", alternatives: ["csv"] });
  });

  it("reconnaît un tableau : .csv, .txt d'Excel « Texte (séparateur : tabulation) », sans extension, avec marque d'ordre d'octets", () => {
    expect(detect("perimetres.csv", TABLE)).toEqual({ format: "csv", alternatives: ["codes"] });
    expect(detect("perimetres.txt", TAB_TABLE)).toEqual({ format: "csv", alternatives: ["codes"] });
    expect(detect("perimetres", TABLE).format).toBe("csv");
    expect(detect("perimetres.csv", withBom(TABLE)).format).toBe("csv");
    // Windows-1252, as French Excel writes it.
    const excel = Buffer.from("Facilitateur;Code INSEE\r\nHélène;01001\r\n", "latin1");
    expect(detect("perimetres.csv", new Uint8Array(excel)).format).toBe("csv");
  });

  it("tranche les cas ambigus", () => {
    // A .csv without a known header but with several columns stays a table (its reader says what is missing).
    expect(detect("inconnu.csv", "a;b\n1;2\n").format).toBe("csv");
    // The same text under another name is read as code lists, a table offered instead.
    expect(detect("inconnu.txt", "a;b\n1;2\n")).toEqual({ format: "codes", alternatives: ["csv"] });
    // Broken JSON: a project when named .json (its reader locates the error), else code lists.
    expect(detect("projet.json", '{"schema": ').format).toBe("project");
    expect(detect("projet", '{"schema": ').format).toBe("codes");
    // An open quote: not a table by its header; a .csv still is one.
    expect(detect("casse.csv", 'Facilitateur;"Code\n').format).toBe("csv");
    expect(detect("casse.txt", 'Facilitateur;"Code\n').format).toBe("codes");
  });

  it("reconnaît un classeur XLSX par son extension ou par sa signature ZIP, quel que soit son nom", () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]);
    expect(detect("classeur.xlsx", zip)).toEqual({ format: "xlsx", alternatives: [] });
    expect(detect("classeur.XLSX", "n'importe quoi")).toEqual({ format: "xlsx", alternatives: [] });
    expect(detect("mal-nomme.csv", zip).format).toBe("xlsx");
  });

  it("ne propose jamais le format détecté parmi les autres choix, et seulement des formats connus", () => {
    const samples: [string, string][] = [["a.json", PROJECT], ["a.geojson", GEOJSON], ["a.json", CODES_JSON], ["a.csv", TABLE], ["a.txt", CODE_LINES]];
    for (const [name, content] of samples) {
      const { format, alternatives } = detect(name, content);
      expect(alternatives).not.toContain(format);
      for (const id of [format, ...alternatives]) expect(FORMAT_IDS).toContain(id);
    }
  });
});

describe("liste des formats", () => {
  it("accepte dans la fenêtre d'import chaque extension de chaque format, une fois", () => {
    const accepted = ACCEPTED_EXTENSIONS.split(",");
    expect(new Set(accepted).size).toBe(accepted.length);
    for (const format of FILE_FORMATS) for (const extension of format.extensions) expect(accepted).toContain(`.${extension}`);
    expect(accepted).toContain(".txt");
    expect(formatById("csv").extensions).toContain("txt");
  });

  it("ne lit hors du fil principal que les formats qui se passent des contours des communes", () => {
    expect(FORMAT_IDS.filter((id) => !readsWithoutPolygons(id))).toEqual(["geojson"]);
    expect(FILE_FORMATS.every((format) => format.label.length > 0)).toBe(true);
  });

  it("lit chaque format sans jamais lever d'exception, même sur un fichier qui n'en est pas un", async () => {
    const territory = tinyTerritory();
    const good: Record<string, string> = { project: PROJECT, csv: TABLE, geojson: GEOJSON, codes: CODES_JSON };
    for (const id of FORMAT_IDS) {
      const reading = await readFormat(id, bytes("\u0000 pas un fichier valide"), territory, { file: `f.${id}` });
      expect(reading.kind).toBe(id === "project" ? "project" : "perimeters");
      if (reading.kind === "perimeters") expect(reading.result.summary.errors).toBeGreaterThan(0);
      else expect(reading.result.ok).toBe(false);
      const sample = good[id];
      if (sample === undefined) continue;
      const read = await readFormat(id, bytes(sample), territory, { file: `f.${id}` });
      if (read.kind === "project") expect(read.result.ok).toBe(true);
      else expect(read.result.summary.facilitateurs).toBe(1);
    }
  });
});

describe("taille maximale d'un fichier importé", () => {
  it("accepte un fichier jusqu'à la limite, refuse au-delà en disant sa taille et la limite", () => {
    expect(describeOversizedFile("a.csv", MAX_IMPORT_BYTES)).toBeUndefined();
    expect(describeOversizedFile("a.csv", 0)).toBeUndefined();
    expect(describeOversizedFile("enorme.csv", 60 * 1024 * 1024)).toBe("Le fichier « enorme.csv » pèse 60 Mo : au-delà de 50 Mo, il n'est pas lu. Découpez-le ou retirez-en les colonnes inutiles.");
    expect(describeOversizedFile("b.csv", MAX_IMPORT_BYTES + 1)).toContain("au-delà de 50 Mo, il n'est pas lu");
  });
});

describe("npm run check, appelé dans le processus", () => {
  let dir: string;
  let output: { log: string[]; error: string[] };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "check-format-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const capture = () => {
    output = { log: [], error: [] };
    vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void output.log.push(args.join(" ")));
    vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => void output.error.push(args.join(" ")));
  };
  afterEach(() => vi.restoreAllMocks());

  it("--help imprime l'usage, qui nomme les formats de la liste et l'ancien nom json, et sort avec 0", async () => {
    capture();
    await expect(main(["--help"])).resolves.toBe(0);
    const usage = output.log.join("\n");
    expect(usage).toContain(`--format ${FORMAT_IDS.join("|")}`);
    expect(usage).toContain("« json » reste accepté pour « project »");
    expect(output.error).toEqual([]);
  });

  it("refuse un format inconnu en nommant ceux qu'elle accepte (code 2)", async () => {
    capture();
    await expect(main(["x.csv", "--format", "ods"])).resolves.toBe(2);
    expect(output.error.join("\n")).toContain("format inconnu « ods » (csv, xlsx, geojson, codes, json) ; pour un fichier de projet : project ou json");
  });

  it("refuse sans le lire un fichier de plus de 50 Mo, comme l'application, en disant pourquoi (code 1)", async () => {
    const big = join(dir, "enorme.csv");
    writeFileSync(big, "");
    truncateSync(big, 60 * 1024 * 1024);
    capture();
    await expect(main([big])).resolves.toBe(1);
    expect(output.error).toEqual([
      "Erreur : Le fichier « enorme.csv » pèse 60 Mo : au-delà de 50 Mo, il n'est pas lu. Découpez-le ou retirez-en les colonnes inutiles. La fenêtre d'import de l'application applique la même limite.",
    ]);
    expect(output.log).toEqual([]);
  });

  describeWithGeo("sur le territoire construit", () => {
    beforeAll(() => {
      loadBuiltTerritory(); // builds public/geo when missing
    });

    it("lit un .txt de codes comme la fenêtre d'import : une liste de codes, pas un tableau", async () => {
      const file = join(dir, "codes.txt");
      writeFileSync(file, "14118\n200065597\n");
      capture();
      await expect(main([file])).resolves.toBe(0);
      expect(output.log[0]).toBe("codes.txt : import codes");
      expect(output.log).toContain("Zones : 2");
    });

    it("lit un projet dont « schema » vient après 4 Ko, et accepte --format json comme --format project", async () => {
      const file = join(dir, "projet.json");
      writeFileSync(file, JSON.stringify({ nom: "Long", avertissement: "x".repeat(5000), structures: [], facilitateurs: [], acheteurs: [], grandsProjets: [], schema: PROJECT_SCHEMA }));
      for (const args of [[file], [file, "--format", "project"], [file, "--format", "json"]]) {
        capture();
        await expect(main(args)).resolves.toBe(0);
        expect(output.log).toEqual(["Facilitateurs : 0\nErreurs : 0\nAvertissements : 0"]);
        vi.restoreAllMocks();
      }
    });
  });
});
