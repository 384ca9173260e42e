// Perimeter edits on the tiny territory: communes and their EPCI, départements and régions, extension.
import { describe, expect, it } from "vitest";
import type { Zone } from "../../../src/domain/model.ts";
import { expandPerimeters } from "../../../src/domain/perimeter.ts";
import { addCommunes, addZone, removeCommunes, removeZone, setZoneExtension, splitZone } from "../../../src/domain/perimeter-edits.ts";
import { tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();
const epci = (code: string, extension = false): Zone => ({ niveau: "epci", code, ...(extension && { extension: true }) });
const commune = (code: string, extension = false): Zone => ({ niveau: "commune", code, ...(extension && { extension: true }) });

/** Sorted "code" (home) or "code+" (extension) of the communes a perimeter reaches. */
function reached(zones: Zone[]): string[] {
  const set = expandPerimeters(index, [zones]);
  return Array.from(set.communes, (c, k) => index.communeCodes[c]! + (set.extension[k] ? "+" : "")).sort();
}

function ok<T extends { ok: boolean }>(result: T): Extract<T, { ok: true }> {
  expect(result.ok).toBe(true);
  return result as Extract<T, { ok: true }>;
}

describe("ajout de communes", () => {
  it("ne fait rien pour une commune déjà couverte par son EPCI", () => {
    const perimetre = [epci("200000001")];
    const result = ok(addCommunes(index, perimetre, ["01002"]));
    expect(result.changed).toBe(false);
    expect(result.perimetre).toBe(perimetre);
  });

  it("ajoute les communes nouvelles, par code, ancien code ou indice, une fois chacune", () => {
    const result = ok(addCommunes(index, [epci("200000001")], ["01004", "01999", index.communeIndex.get("02002")!, "01004"]));
    expect(result.communes).toBe(2); // 01999 is 01001, already in EPCI 1
    expect(result.perimetre).toEqual([epci("200000001"), commune("01004"), commune("02002")]);
  });

  it("passe en territoire d'origine une commune atteinte seulement par extension, et pas l'inverse", () => {
    const home = ok(addCommunes(index, [commune("03002", true)], ["03002"]));
    expect(reached(home.perimetre)).toEqual(["03002"]);
    const extension = ok(addCommunes(index, [commune("03002")], ["03002"], { extension: true }));
    expect(extension.changed).toBe(false);
  });

  it("refuse un code inconnu sans rien changer", () => {
    const result = addCommunes(index, [], ["99999", "01001"]);
    expect(result).toEqual({ ok: false, message: "Commune inconnue du référentiel : 99999" });
  });
});

describe("retrait de communes", () => {
  it("remplace l'EPCI par ses communes restantes", () => {
    const result = ok(removeCommunes(index, [epci("200000001")], ["01002"]));
    expect(result.perimetre).toEqual([commune("01001"), commune("01003")]);
    expect(result.communes).toBe(1);
  });

  it("retire la commune de toutes les zones qui l'atteignent, EPCI en double compris", () => {
    // F2 of the reference project.
    const perimetre = [epci("200000002"), commune("01004"), epci("200000002"), commune("01003")];
    const result = ok(removeCommunes(index, perimetre, ["01004"]));
    expect(result.perimetre).toEqual([commune("01005"), commune("02001"), commune("01003")]);
  });

  it("découpe un département en EPCI entiers et communes isolées", () => {
    // D1 holds EPCI 1 whole, and 01004, 01005 of EPCI 2 (which reaches into D2).
    const d1 = ok(removeCommunes(index, [{ niveau: "departement", code: "01" }], ["01005"]));
    expect(d1.perimetre).toEqual([epci("200000001"), commune("01004")]);
    // D3 holds EPCI 4 whole and 03004 without EPCI.
    const d3 = ok(removeCommunes(index, [{ niveau: "departement", code: "03", extension: true }], ["03004"]));
    expect(d3.perimetre).toEqual([epci("200000004", true)]);
  });

  it("découpe une région en départements entiers et reste du département touché", () => {
    const result = ok(removeCommunes(index, [{ niveau: "region", code: "91" }], ["02004"]));
    expect(result.perimetre).toEqual([{ niveau: "departement", code: "01" }, commune("02001"), commune("02002"), commune("02003")]);
    expect(reached(result.perimetre)).toHaveLength(8);
  });

  it("ne change rien pour une commune hors du périmètre", () => {
    const perimetre = [epci("200000001")];
    expect(ok(removeCommunes(index, perimetre, ["03001"])).perimetre).toBe(perimetre);
  });

  it("garde une zone qui ne contient pas la commune retirée telle quelle", () => {
    expect(splitZone(index, epci("200000003"), new Set([0]))).toEqual([epci("200000003")]);
  });
});

describe("zones entières", () => {
  it("ajoute un EPCI et retire les communes qu'il rend inutiles", () => {
    const result = ok(addZone(index, [commune("01001"), commune("02002")], epci("200000001")));
    expect(result.perimetre).toEqual([commune("02002"), epci("200000001")]);
    expect(result.communes).toBe(2);
  });

  it("ne fait rien pour un EPCI déjà couvert par le département", () => {
    const perimetre: Zone[] = [{ niveau: "departement", code: "03" }];
    expect(ok(addZone(index, perimetre, epci("200000004"))).changed).toBe(false);
  });

  it("une extension n'écrase pas les zones d'origine qu'elle recouvre", () => {
    const result = ok(addZone(index, [commune("03001")], { niveau: "departement", code: "03", extension: true }));
    expect(reached(result.perimetre)).toEqual(["03001", "03002+", "03003+", "03004+"]);
  });

  it("retire un EPCI d'un département qui le contient", () => {
    const result = ok(removeZone(index, [{ niveau: "departement", code: "02" }], "epci", "200000003"));
    expect(result.perimetre).toEqual([commune("02001")]);
  });

  it("refuse un code de zone inconnu", () => {
    expect(addZone(index, [], epci("999999999"))).toEqual({ ok: false, message: "SIREN d'EPCI inconnu du référentiel : 999999999" });
  });
});

describe("extension limitrophe", () => {
  it("bascule le drapeau d'une zone écrite", () => {
    const result = ok(setZoneExtension(index, [epci("200000004")], "epci", "200000004", true));
    expect(result.perimetre).toEqual([epci("200000004", true)]);
    expect(result.communes).toBe(3);
    expect(ok(setZoneExtension(index, result.perimetre, "epci", "200000004", true)).changed).toBe(false);
  });

  it("sort une commune de son EPCI pour la marquer en extension", () => {
    const result = ok(setZoneExtension(index, [epci("200000004")], "commune", "03002", true));
    expect(result.perimetre).toEqual([commune("03001"), commune("03003"), commune("03002", true)]);
    expect(reached(result.perimetre)).toEqual(["03001", "03002+", "03003"]);
  });

  it("refuse une zone absente du périmètre", () => {
    expect(setZoneExtension(index, [epci("200000004")], "commune", "01001", true).ok).toBe(false);
  });
});
