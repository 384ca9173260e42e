// Names that could pass for others (bidi overrides, zero-width and control characters) and
// texts long enough to freeze the views: every reader takes the hidden characters out and
// cuts the text, each with a located French warning.
import { describe, expect, it } from "vitest";
import { importCsv } from "../../../src/io/csv-import.ts";
import { importGeoJsonPerimeters } from "../../../src/io/geojson-import.ts";
import { formatIssue } from "../../../src/io/import-result.ts";
import { formatProblem } from "../../../src/io/importer.ts";
import { parseProjectFile, serializeProject } from "../../../src/io/project-file.ts";
import { cleanText, MAX_NAME_CHARS } from "../../../src/io/text-fields.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const tiny = tinyTerritory();
/** « Anne Martin » written backwards behind a right-to-left override, with a zero-width space and a bell. */
const IMPERSONATOR = "\u202Enitram enna\u202C\u200B\u0007";
const LONG_NAME = "A".repeat(200_000);

describe("textes cachés et trop longs", () => {
  it("retire les commandes bidi, les caractères de largeur nulle et de contrôle, garde tabulations et retours à la ligne", () => {
    expect(cleanText(IMPERSONATOR, MAX_NAME_CHARS)).toEqual({ text: "nitram enna", removed: ["U+202E", "U+202C", "U+200B", "U+0007"] });
    expect(cleanText("Anne\u2066 Martin\u2069\uFEFF\u00AD", 200).text).toBe("Anne Martin");
    expect(cleanText("a\tb\nc", 200)).toEqual({ text: "a\tb\nc", removed: [] });
    expect(cleanText("Élodie 🙂", 200).text).toBe("Élodie 🙂");
    // Cut between whole characters: never half of a surrogate pair.
    expect(cleanText("ab🙂", 3).text).toBe("ab");
  });

  it("CSV : nom nettoyé et coupé, avertissements situés (ligne, colonne)", () => {
    const text = `facilitateur;structure;code INSEE\n${IMPERSONATOR};PLIE;01001\n${LONG_NAME};PLIE;01002\n`;
    const result = importCsv(new TextEncoder().encode(text), tiny, { file: "p.csv" });
    expect(result.facilitateurs.map((f) => f.nom)).toEqual(["nitram enna", "A".repeat(MAX_NAME_CHARS)]);
    const messages = result.problems.map(formatProblem);
    expect(messages).toContain(
      'p.csv, ligne 2, colonne « facilitateur », valeur "nitram enna" : caractères invisibles ou de contrôle retirés (U+202E, U+202C, U+200B, U+0007) : ils changent l\'affichage d\'un texte sans se voir et pourraient faire passer un nom pour un autre',
    );
    expect(messages).toContain(`p.csv, ligne 3, colonne « facilitateur », valeur "${"A".repeat(57)}…" : texte de 200\u202f000 caractères coupé à 200 caractères`);
    expect(result.problems.every((problem) => problem.severity === "warning")).toBe(true);
  });

  it("fichier de projet : nom nettoyé et coupé, avertissements situés (chemin)", () => {
    const document = JSON.parse(serializeProject(tinyProject())) as { facilitateurs: { nom: string }[]; structures: { nom: string }[] };
    document.facilitateurs[0]!.nom = IMPERSONATOR;
    document.structures[0]!.nom = LONG_NAME;
    const result = parseProjectFile(JSON.stringify(document), tiny.index);
    if (!result.ok) throw new Error(result.errors.map(formatIssue).join("\n"));
    expect(result.project.facilitateurs[0]!.nom).toBe("nitram enna");
    expect(result.project.structures[0]!.nom).toHaveLength(MAX_NAME_CHARS);
    const warnings = result.warnings.map(formatIssue);
    expect(warnings.some((line) => line.startsWith("facilitateurs[0].nom : caractères invisibles ou de contrôle retirés (U+202E"))).toBe(true);
    expect(warnings).toContain("structures[0].nom : texte de 200\u202f000 caractères coupé à 200 caractères");
  });

  it("GeoJSON : propriété « facilitateur » nettoyée, avertissement situé", () => {
    const polygon = { type: "Polygon", coordinates: [[[-10, -10], [10, -10], [10, 10], [-10, 10], [-10, -10]]] };
    const text = JSON.stringify({ type: "FeatureCollection", features: [{ type: "Feature", properties: { facilitateur: IMPERSONATOR }, geometry: polygon }] });
    const result = importGeoJsonPerimeters(text, tiny, { file: "zones.geojson" });
    expect(result.facilitateurs.map((f) => f.nom)).toEqual(["nitram enna"]);
    expect(result.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^zones\.geojson, features\[0\]\.properties\.facilitateur, valeur "nitram enna" : caractères invisibles/));
  });
});
