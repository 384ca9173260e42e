// Inputs the project-file fuzzer found crashing or answering badly, kept as named regressions.
import { describe, expect, it } from "vitest";
import { PROJECT_SCHEMA } from "../../../src/domain/model.ts";
import { formatIssue } from "../../../src/io/import-result.ts";
import { parseJsonText } from "../../../src/io/json-text.ts";
import { parseProjectFile } from "../../../src/io/project-file.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();
const DEEP = 100_000;
const nested = (depth: number) => "[".repeat(depth) + "]".repeat(depth);
const project = (fields: string) => `{"schema":"${PROJECT_SCHEMA}","structures":[],"facilitateurs":[],${fields}}`;

function syntaxError(text: string): string {
  const result = parseJsonText(text);
  if (result.ok) throw new Error("expected a syntax error");
  return formatIssue(result.error);
}

function issues(text: string): { errors: string[]; warnings: string[] } {
  const result = parseProjectFile(text, index);
  return { errors: result.ok ? [] : result.errors.map(formatIssue), warnings: result.warnings.map(formatIssue) };
}

describe("régressions trouvées par le fuzz du fichier projet", () => {
  it("situe en français l'erreur d'une imbrication de 100 000 niveaux non fermée (le moteur ne disait qu'« Unexpected end of JSON input », sans emplacement)", () => {
    expect(syntaxError("[".repeat(DEEP))).toBe(`ligne 1, colonne ${DEEP + 1} : JSON invalide : valeur attendue, trouvé la fin du fichier`);
    expect(syntaxError('{"a":'.repeat(DEEP) + "}")).toBe(`ligne 1, colonne ${5 * DEEP + 1} : JSON invalide : valeur attendue, trouvé « } »`);
  });

  it("refuse un tableau imbriqué sur 100 000 niveaux à la place d'un texte ou d'un objet, sans dépasser la pile (RangeError)", () => {
    expect(issues(project(`"nom":${nested(DEEP)}`)).errors).toEqual(["nom : texte attendu, trouvé un tableau"]);
    expect(issues(project(`"nom":"n","seuils":${nested(DEEP)}`)).errors).toEqual(["seuils : objet attendu, trouvé un tableau"]);
    expect(issues(project(`"nom":"n","grandsProjets":[{"id":"g","nom":"g","type":"autre","geometrie":{"type":"Point","coordinates":${nested(DEEP)}},"tamponKm":1,"periode":{"debut":"2024","fin":"2030"}}]`)).errors).toEqual([
      "grandsProjets[0].geometrie.coordinates : position [longitude, latitude] attendue, trouvé un tableau",
    ]);
  });

  it("cite encore en entier un petit tableau dans un message", () => {
    expect(issues(project(`"nom":[1,"a",{"b":[null]}]`)).errors).toEqual(['nom : texte attendu, trouvé [1,"a",{"b":[null]}]']);
  });

  it("donne un emplacement à un champ inconnu au nom vide ou qui ne se lit pas comme un nom", () => {
    expect(issues(project(`"nom":"n","":1,"a.b":2`)).warnings).toEqual(['[""] : champ inconnu, ignoré', '["a.b"] : champ inconnu, ignoré']);
  });

  it("situe l'erreur qui suit un nombre de plus de 400 chiffres (le nombre était déclaré invalide à tort)", () => {
    expect(syntaxError(`[1${"0".repeat(1_000)}, ]`)).toBe("ligne 1, colonne 1005 : JSON invalide : valeur attendue, trouvé « ] »");
  });
});
