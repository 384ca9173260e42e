// The one migration helper of versioned files: step by step to the current version, the
// versions gone through, and a French error for a missing, unknown or newer version; then
// the project file and the saved record, which both use it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PROJECT_SCHEMA } from "../../../src/domain/model.ts";
import type { JsonObject } from "../../../src/io/field-reader.ts";
import { migrateProject } from "../../../src/io/project-file.ts";
import { isNewerVersion, upgradeVersioned, type VersionedFormat } from "../../../src/io/versioned.ts";
import { decodeRecord, SAVE_FORMAT } from "../../../src/persistence/saved-record.ts";

/** A format at x@3: x@1 renamed `name` to `nom`, x@2 added `tags`. */
const FORMAT: VersionedFormat = {
  current: "x@3",
  versionOf: (value) => value["v"],
  upgrades: {
    "x@1": ({ name, ...rest }) => ({ ...rest, v: "x@2", nom: name }),
    "x@2": (value) => ({ ...value, v: "x@3", tags: [] }),
  },
};

describe("montée de version d'un fichier versionné", () => {
  it("rend tel quel un fichier déjà à la version courante", () => {
    const value = { v: "x@3", nom: "A" };
    const upgraded = upgradeVersioned(value, FORMAT);
    expect(upgraded).toEqual({ ok: true, value, versions: ["x@3"] });
    if (upgraded.ok) expect(upgraded.value).toBe(value);
  });

  it("monte d'une version à la suivante jusqu'à la courante, en listant chaque version traversée", () => {
    expect(upgradeVersioned({ v: "x@1", name: "A" }, FORMAT)).toEqual({ ok: true, value: { v: "x@3", nom: "A", tags: [] }, versions: ["x@1", "x@2", "x@3"] });
    expect(upgradeVersioned({ v: "x@2", nom: "B" }, FORMAT)).toEqual({ ok: true, value: { v: "x@3", nom: "B", tags: [] }, versions: ["x@2", "x@3"] });
  });

  it("refuse en français une version absente, inconnue ou plus récente", () => {
    expect(upgradeVersioned({ nom: "A" }, FORMAT)).toEqual({ ok: false, failure: { kind: "missing" }, message: 'version du format absente (attendu "x@3")' });
    expect(upgradeVersioned({ v: "y@1" }, FORMAT)).toEqual({ ok: false, failure: { kind: "unknown", version: "y@1" }, message: 'version du format inconnue "y@1" ; version reconnue : "x@3"' });
    expect(upgradeVersioned({ v: 3 }, FORMAT)).toMatchObject({ ok: false, failure: { kind: "unknown", version: 3 }, message: 'version du format inconnue 3 ; version reconnue : "x@3"' });
    const newer = upgradeVersioned({ v: "x@4" }, FORMAT);
    expect(newer).toMatchObject({ ok: false, failure: { kind: "newer", version: "x@4" } });
    expect(!newer.ok && newer.message).toBe('version "x@4" plus récente que celle que cette version de l\'application sait lire ("x@3") : rechargez la page ou mettez l\'application à jour');
  });

  it("ne prend pas une clé héritée d'Object pour une version, et ne tourne pas en rond", () => {
    for (const v of ["constructor", "__proto__", "toString"]) expect(upgradeVersioned({ v }, FORMAT)).toMatchObject({ ok: false, failure: { kind: "unknown" } });
    const looping: VersionedFormat = { current: "z@3", versionOf: (value) => value["v"], upgrades: { "z@1": () => ({ v: "z@2" }), "z@2": () => ({ v: "z@1" }) } };
    expect(upgradeVersioned({ v: "z@1" }, looping)).toMatchObject({ ok: false, failure: { kind: "unknown", version: "z@1" } });
  });

  it("prend le message de l'appelant quand il en donne un", () => {
    const described: VersionedFormat = { ...FORMAT, describe: (failure) => `échec ${failure.kind}` };
    expect(upgradeVersioned({ v: "x@9" }, described)).toMatchObject({ ok: false, message: "échec newer" });
  });

  it("compare les versions d'un même format par leur numéro", () => {
    expect(isNewerVersion("x@10", "x@9")).toBe(true);
    expect(isNewerVersion("x@2", "x@2")).toBe(false);
    expect(isNewerVersion("y@5", "x@2")).toBe(false);
    expect(isNewerVersion("2", "1")).toBe(true);
    expect(isNewerVersion("x", "x@1")).toBe(false);
  });
});

describe("fichier de projet et enregistrement du navigateur", () => {
  it("fichier de projet : la version courante passe sans avertissement, une version plus récente est refusée", () => {
    const warnings: { path: string; message: string }[] = [];
    expect(migrateProject({ schema: PROJECT_SCHEMA }, warnings)).toEqual({ document: { schema: PROJECT_SCHEMA } });
    expect(warnings).toEqual([]);
    expect(migrateProject({ schema: "carto-clause-sociale/projet@3" }, warnings)).toEqual({
      error: { path: "schema", message: `version de fichier inconnue "carto-clause-sociale/projet@3" ; version reconnue : "${PROJECT_SCHEMA}"` },
    });
  });

  it("enregistrement : la version 0 est convertie et le dit, une version plus récente ou inconnue est refusée", () => {
    const old = JSON.parse(readFileSync(new URL("../../fixtures/saved/sauvegarde-v0.json", import.meta.url), "utf8")) as JsonObject;
    const decoded = decodeRecord(old);
    expect(decoded).toMatchObject({ ok: true, upgradedFrom: "0", record: { format: SAVE_FORMAT, nom: "Essai de novembre" } });
    if (!decoded.ok) return;
    expect(decodeRecord(decoded.record)).toMatchObject({ ok: true, upgradedFrom: null });
    expect(decodeRecord({ ...decoded.record, format: "carto-clause-sociale/sauvegarde@2" })).toEqual({
      ok: false,
      message: `enregistrement au format carto-clause-sociale/sauvegarde@2, plus récent que celui que cette version de l'application sait lire (${SAVE_FORMAT}) : rechargez la page pour obtenir la dernière version`,
    });
    expect(decodeRecord({ version: 7 })).toEqual({ ok: false, message: "format d'enregistrement inconnu : 7" });
    expect(decodeRecord({ id: "x" })).toEqual({ ok: false, message: "format d'enregistrement inconnu : absent" });
  });
});
