// JSON syntax errors located by line and column, explained in French, whatever the engine says.
import { describe, expect, it } from "vitest";
import { parseJsonText } from "../../../src/io/json-text.ts";

const errorOf = (text: string) => {
  const result = parseJsonText(text);
  if (result.ok) throw new Error("expected a syntax error");
  return `${result.error.path} | ${result.error.message}`;
};

describe("parseJsonText", () => {
  it("lit un JSON correct, même précédé d'une marque d'ordre d'octets", () => {
    expect(parseJsonText('\uFEFF{"a": [1, 2.5e3, "é\\n"]}')).toEqual({ ok: true, value: { a: [1, 2500, "é\n"] } });
  });

  it.each([
    ['{\n  "a": 1,\n}', "ligne 3, colonne 1 | JSON invalide : nom de champ entre guillemets attendu, trouvé « } »"],
    ['{"a": }', "ligne 1, colonne 7 | JSON invalide : valeur attendue, trouvé « } »"],
    ['{"a" 1}', "ligne 1, colonne 6 | JSON invalide : « : » attendu après le nom du champ, trouvé « 1 »"],
    ['{"a": 1', "ligne 1, colonne 8 | JSON invalide : « , » ou « } » attendu, trouvé la fin du fichier"],
    ["[1, 2,, 3]", "ligne 1, colonne 7 | JSON invalide : valeur attendue, trouvé « , »"],
    ['{"a": [1 2]}', "ligne 1, colonne 10 | JSON invalide : « , » ou « ] » attendu, trouvé « 2 »"],
    ['{"a": "x', "ligne 1, colonne 9 | JSON invalide : texte non terminé : guillemet fermant manquant"],
    ['{"a": "x\ny"}', "ligne 1, colonne 9 | JSON invalide : caractère de contrôle (retour à la ligne, tabulation…) dans un texte : écrivez-le \\n ou \\t"],
    ['{"a": "\\x"}', "ligne 1, colonne 8 | JSON invalide : séquence d'échappement invalide « \\x »"],
    ['{"a": 01}', "ligne 1, colonne 8 | JSON invalide : nombre invalide (zéro initial, point ou exposant mal placé) : « 1 »"],
    ['{"a": tru}', "ligne 1, colonne 7 | JSON invalide : valeur attendue (true, false, null, un nombre, un texte, un objet ou un tableau), trouvé « t »"],
    ["{} {}", "ligne 1, colonne 4 | JSON invalide : contenu inattendu après la fin du document : « { »"],
    ["", "ligne 1, colonne 1 | JSON invalide : valeur attendue, trouvé la fin du fichier"],
  ])("situe l'erreur de %j", (text, expected) => {
    expect(errorOf(text)).toBe(expected);
  });

  it("ne lève jamais d'exception, même sur une imbrication démesurée", () => {
    const deep = "[".repeat(200_000);
    const result = parseJsonText(deep);
    expect(result.ok).toBe(false);
  });
});
