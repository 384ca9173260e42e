// The public edition of a project: only public contacts, no ETP, acheteurs nor grands
// projets; the same coverage and zones blanches for the public page.
import { describe, expect, it } from "vitest";
import type { Contact, Project } from "../../../src/domain/model.ts";
import { regionalStateService, toPublicProject } from "../../../src/domain/public-project.ts";
import { COMMUNE_STATUS } from "../../../src/domain/zones-blanches.ts";
import { parseProjectFile, serializeProject } from "../../../src/io/project-file.ts";
import { communeLabel, computePublicData, describeCommune, listByTerritory } from "../../../src/public/public-lookup.ts";
import { tinyProject, tinyTerritory } from "../../fixtures/tiny-territory.ts";

const { index } = tinyTerritory();

const email = (valeur: string, isPublic: boolean): Contact => ({ type: "email", valeur, public: isPublic });
const phone = (valeur: string, isPublic: boolean): Contact => ({ type: "telephone", valeur, public: isPublic });

/** The tiny project with public and private contacts, a SIRET and the seuils set. */
function projectWithContacts(): Project {
  const project = tinyProject();
  project.seuils = { etpPour100000Habitants: 0.7 };
  project.miseAJour = "2025-10-01";
  project.structures[0]!.siret = "12345678901234";
  const [f1, f2, , , f5, , c1] = project.facilitateurs;
  f1!.contacts = [email("f1@exemple.fr", true), phone("01 02 03 04 05", false)];
  f2!.contacts = [email("prive.f2@exemple.fr", false)];
  f5!.contacts = [phone("03 00 00 00 05", true)];
  c1!.contacts = [email("coordination@exemple.fr", true), email("perso.coordination@exemple.fr", false)];
  return project;
}

describe("édition publique d'un projet", () => {
  it("ne garde que les contacts publics", () => {
    const published = toPublicProject(projectWithContacts());
    expect(published.facilitateurs.map((f) => f.contacts.map((c) => c.valeur))).toEqual([["f1@exemple.fr"], [], [], [], ["03 00 00 00 05"], [], ["coordination@exemple.fr"]]);
    const text = serializeProject(published);
    for (const secret of ["01 02 03 04 05", "prive.f2@exemple.fr", "perso.coordination@exemple.fr"]) expect(text).not.toContain(secret);
    expect(published.facilitateurs.every((f) => f.contacts.every((c) => c.public === true))).toBe(true);
  });

  it("garde noms, structures, périmètres, rôles et statuts, et retire ETP, SIRET, acheteurs, grands projets et seuils", () => {
    const project = projectWithContacts();
    const published = toPublicProject(project);
    expect(published.facilitateurs.map((f) => [f.id, f.nom, f.structure, f.role, f.statut])).toEqual(project.facilitateurs.map((f) => [f.id, f.nom, f.structure, f.role, f.statut]));
    expect(published.facilitateurs.map((f) => f.perimetre)).toEqual(project.facilitateurs.map((f) => f.perimetre));
    expect(published.facilitateurs.every((f) => f.etp === 0)).toBe(true);
    expect(published.structures).toEqual(project.structures.map(({ id, nom, type, communeSiege }) => ({ id, nom, type, communeSiege })));
    expect(published.acheteurs).toEqual([]);
    expect(published.grandsProjets).toEqual([]);
    expect(published.seuils).toBeUndefined();
    expect(published.miseAJour).toBe("2025-10-01");
  });

  it("ne recopie pas les champs qu'il ne connaît pas", () => {
    const project = projectWithContacts();
    Object.assign(project.facilitateurs[0]!, { notesInternes: "à ne pas publier" });
    Object.assign(project.facilitateurs[0]!.contacts[0]!, { commentaire: "ligne directe" });
    Object.assign(project, { commentaire: "brouillon" });
    const text = serializeProject(toPublicProject(project));
    expect(text).not.toContain("à ne pas publier");
    expect(text).not.toContain("ligne directe");
    expect(text).not.toContain("brouillon");
  });

  it("ne modifie pas le projet d'origine", () => {
    const project = projectWithContacts();
    const before = serializeProject(project);
    toPublicProject(project);
    expect(serializeProject(project)).toBe(before);
  });

  it("reste un fichier projet valide, relu à l'identique", () => {
    const published = toPublicProject(projectWithContacts());
    const read = parseProjectFile(serializeProject(published), index);
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.project).toEqual(published);
  });

  it("donne les mêmes communes couvertes, par extension seulement et sans facilitateur", () => {
    const project = projectWithContacts();
    const full = computePublicData(index, project, true).result;
    const published = computePublicData(index, toPublicProject(project), true).result;
    expect(published.coverage.homeCount).toEqual(full.coverage.homeCount);
    expect(published.coverage.extensionCount).toEqual(full.coverage.extensionCount);
    const kind = (status: number) => (status === COMMUNE_STATUS.sansFacilitateur || status === COMMUNE_STATUS.extensionSeulement ? status : COMMUNE_STATUS.couverte);
    expect(Array.from(published.status, kind)).toEqual(Array.from(full.status, kind));
  });
});

describe("fiche d'une commune pour le public", () => {
  const data = computePublicData(index, toPublicProject(projectWithContacts()), true);
  const card = (code: string) => describeCommune(data, index.communeIndex.get(code)!);

  it("donne les facilitateurs d'une commune couverte et le coordinateur de sa région", () => {
    const commune = card("01003");
    expect(commune.coverage).toBe("couverte");
    expect(commune.facilitateurs.map((p) => p.facilitateur.id)).toEqual(["F1", "F2"]);
    expect(commune.facilitateurs[0]!.structure?.nom).toBe("Structure 1");
    expect(commune.coordinateurs.map((p) => p.facilitateur.id)).toEqual(["C1"]);
    expect(commune.coordinateurs[0]!.facilitateur.contacts.map((c) => c.valeur)).toEqual(["coordination@exemple.fr"]);
  });

  it("compte comme couverte une commune dont seule la capacité manque (inconnue du public)", () => {
    expect(card("02002").coverage).toBe("couverte");
    expect(card("02004").facilitateurs.map((p) => p.facilitateur.statut)).toEqual(["poste-vacant"]);
  });

  it("dit qu'une commune n'est couverte que par extension, ou qu'elle est en zone blanche, et qui contacter dans une région sans coordinateur", () => {
    const extension = card("03002");
    expect(extension.coverage).toBe("extension");
    expect(extension.facilitateurs.map((p) => [p.facilitateur.id, p.extension])).toEqual([["F5", true]]);
    const blanche = card("03003");
    expect(blanche.coverage).toBe("zone-blanche");
    expect(blanche.facilitateurs).toEqual([]);
    expect(blanche.coordinateurs).toEqual([]);
    expect(blanche.regionalService).toBe("la DREETS de la région Région 92");
  });

  it("distingue les homonymes par le code du département", () => {
    expect(communeLabel({ nom: "Saint-Denis", code: "93066", departement: "93" })).toBe("Saint-Denis (93)");
    expect(communeLabel({ nom: "Saint-Denis", code: "97411", departement: "974" })).toBe("Saint-Denis (974)");
  });

  it("liste par région puis département les facilitateurs et leur territoire", () => {
    const listings = listByTerritory(data);
    expect(listings.map((l) => l.region.code)).toEqual(["91", "92"]);
    const d1 = listings[0]!.departements.find((d) => d.departement.code === "01")!;
    expect(d1.posts.map((p) => [p.post.facilitateur.id, p.communes])).toEqual([
      ["F1", 3],
      ["F2", 3], // 01003, 01004, 01005
    ]);
    expect(d1.posts[0]!.zones.map((z) => z.text)).toEqual(["EPCI 200000001"]);
    const d3 = listings[1]!.departements[0]!;
    expect([d3.communes, d3.zoneBlanche, d3.extensionOnly]).toEqual([4, 2, 1]);
    expect(d3.posts[0]!.zones).toEqual([
      { text: "commune de Commune 03001 (03)", extension: false },
      { text: "commune de Commune 03002 (03)", extension: true },
    ]);
    expect(listings[1]!.coordinateurs).toEqual([]);
  });
});

describe("service de l'État à contacter sans coordinateur régional", () => {
  it("nomme la DREETS de la région, la DRIEETS en Île-de-France et la DEETS outre-mer", () => {
    expect(regionalStateService({ code: "27", nom: "Bourgogne-Franche-Comté" })).toBe("la DREETS de la région Bourgogne-Franche-Comté");
    expect(regionalStateService({ code: "11", nom: "Île-de-France" })).toBe("la DRIEETS d'Île-de-France");
    expect(regionalStateService({ code: "04", nom: "La Réunion" })).toBe("la DEETS de La Réunion");
  });
});
