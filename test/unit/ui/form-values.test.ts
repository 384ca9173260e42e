// What the record forms read from what is typed: French numbers, messages, field ids.
import { describe, expect, it } from "vitest";
import { fieldElementId, formatFrenchNumber, friendlyMessage, looksLikeInseeCode, mergeMessages, messageUnder, parseFrenchNumber } from "../../../src/ui/forms/form-values.ts";

describe("nombres saisis à la française", () => {
  it("lit la virgule décimale, le point, les espaces", () => {
    expect(parseFrenchNumber("0,5")).toBe(0.5);
    expect(parseFrenchNumber(" 0.5 ")).toBe(0.5);
    expect(parseFrenchNumber("1")).toBe(1);
    expect(parseFrenchNumber("1\u202f000,25")).toBe(1000.25);
    expect(parseFrenchNumber(",5")).toBe(0.5);
    expect(parseFrenchNumber("-4,85")).toBe(-4.85);
  });

  it("distingue le champ vide (undefined) d'un texte qui n'est pas un nombre (null)", () => {
    expect(parseFrenchNumber("")).toBeUndefined();
    expect(parseFrenchNumber("   ")).toBeUndefined();
    for (const text of ["abc", "0,5,2", "1e3", "0,5 ETP", "1.2.3", "--1", "Infinity"]) expect(parseFrenchNumber(text)).toBeNull();
  });

  it("réécrit un nombre avec la virgule", () => {
    expect(formatFrenchNumber(0.5)).toBe("0,5");
    expect(formatFrenchNumber(2)).toBe("2");
    expect(formatFrenchNumber(undefined)).toBe("");
  });
});

describe("messages sous les champs", () => {
  it("fait une phrase des messages du fichier projet", () => {
    expect(friendlyMessage("texte vide")).toBe("Ce champ est obligatoire.");
    expect(friendlyMessage("champ obligatoire manquant (nombre attendu)")).toBe("Ce champ est obligatoire.");
    expect(friendlyMessage('SIRET à 14 chiffres attendu, trouvé "123"')).toBe('SIRET à 14 chiffres attendu, trouvé "123".');
  });

  it("préfère le message propre au formulaire à celui du magasin", () => {
    const merged = mergeMessages({ etp: "Saisissez un nombre d'ETP." }, { etp: 'nombre attendu, trouvé "abc"', nom: "texte vide" });
    expect(merged).toEqual({ etp: "Saisissez un nombre d'ETP.", nom: "Ce champ est obligatoire." });
  });

  it("trouve le message d'un champ ou de ce qu'il contient", () => {
    const messages = { "periode.debut": "a", "contacts[1].valeur": "b" };
    expect(messageUnder(messages, "periode")).toBe("a");
    expect(messageUnder(messages, "contacts")).toBe("b");
    expect(messageUnder(messages, "contacts[1].valeur")).toBe("b");
    expect(messageUnder(messages, "nom")).toBeUndefined();
  });

  it("donne des identifiants d'éléments valides", () => {
    expect(fieldElementId("formulaire-r1-", "contacts[0].valeur")).toBe("formulaire-r1--contacts-0-valeur");
    expect(fieldElementId("f", "")).toBe("f-enregistrement");
  });

  it("reconnaît un code INSEE, Corse comprise", () => {
    expect(looksLikeInseeCode("21231")).toBe(true);
    expect(looksLikeInseeCode("2a004")).toBe(true);
    expect(looksLikeInseeCode("2123")).toBe(false);
    expect(looksLikeInseeCode("Dijon")).toBe(false);
  });
});
