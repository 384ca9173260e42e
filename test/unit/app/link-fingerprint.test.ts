// A link says whose data it shows: name, date and fingerprint of the data in its fragment;
// opened with other data, the app says so plainly.
import { describe, expect, it } from "vitest";
import { dataFingerprint } from "../../../src/domain/fingerprint.ts";
import { fingerprintOf, otherDataMessage } from "../../../src/app/url-binding.ts";
import { decodeFingerprint, encodeFingerprint } from "../../../src/store/url-state.ts";
import { tinyProject } from "../../fixtures/tiny-territory.ts";

describe("empreinte des données d'un lien", () => {
  it("change avec les données, pas avec le nom, la date ou l'ordre des champs", () => {
    const project = tinyProject();
    const hash = dataFingerprint(project);
    expect(hash).toMatch(/^[0-9a-z]{8}$/);
    expect(dataFingerprint({ ...project, nom: "Autre nom", miseAJour: "2026-01-01" })).toBe(hash);
    const reordered = { ...project, facilitateurs: project.facilitateurs.map((f) => Object.fromEntries(Object.entries(f).reverse()) as typeof f) };
    expect(dataFingerprint(reordered)).toBe(hash);
    expect(dataFingerprint({ ...project, facilitateurs: project.facilitateurs.slice(1) })).not.toBe(hash);
    expect(dataFingerprint({ ...project, seuils: { etpPour100000Habitants: 1 } })).not.toBe(hash);
  });

  it("s'écrit dans le fragment et se relit ; un fragment étranger ou mal formé ne donne rien", () => {
    const fingerprint = { nom: "Réseau BFC & co", date: "2026-01-15", hash: "a1b2c3d4" };
    const fragment = encodeFingerprint(fingerprint);
    expect(fragment).toBe("#projet=R%C3%A9seau%20BFC%20%26%20co&donnees=2026-01-15&empreinte=a1b2c3d4");
    expect(decodeFingerprint(fragment)).toEqual(fingerprint);
    expect(decodeFingerprint("#section-2")).toBeUndefined();
    expect(decodeFingerprint("#projet=x&empreinte=<script>")).toBeUndefined();
    expect(decodeFingerprint("#projet=x&donnees=hier&empreinte=abcd1234")).toEqual({ nom: "x", date: null, hash: "abcd1234" });
  });

  it("dit en clair qu'un lien a été fait avec d'autres données, et se tait quand ce sont les mêmes", () => {
    const project = { ...tinyProject(), miseAJour: "2026-03-01" };
    expect(otherDataMessage(fingerprintOf(project), project)).toBeNull();
    expect(otherDataMessage(undefined, project)).toBeNull();
    const message = otherDataMessage({ nom: "Projet de l'expéditeur", date: "2025-11-01", hash: "zzzz9999" }, project);
    expect(message).toContain("Ce lien a été créé avec les données du projet « Projet de l'expéditeur » au 1er novembre 2025 (empreinte zzzz9999)");
    expect(message).toContain(`Ce navigateur affiche d'autres données : « Projet de test » au 1er mars 2026 (empreinte ${dataFingerprint(project)})`);
  });
});
