/**
 * The public edition of a project: what buyers, companies and job seekers may see on the
 * public page (public.html). Built by whitelisting fields, so that a field added to the
 * project file later stays private until someone decides otherwise.
 */
import type { Contact, Facilitateur, Project, Structure, Zone } from "./model.ts";

/**
 * A copy of `project` holding only what is meant for the public: names, structures (without
 * SIRET), perimeters, roles, statuts and the contacts marked `public`. Every non-public
 * contact is dropped; so are the ETP of each post (set to 0: working time is HR data), the
 * acheteurs de l'État, the grands projets and the thresholds. The result is still a valid
 * project file (`carto-clause-sociale/projet@1`); since it carries no ETP, the third kind of
 * zone blanche (capacity short of needs) cannot be computed from it and the public page
 * does not show it.
 */
export function toPublicProject(project: Project): Project {
  return {
    schema: project.schema,
    nom: project.nom,
    ...(project.demo !== undefined && { demo: project.demo }),
    ...(project.avertissement !== undefined && { avertissement: project.avertissement }),
    ...(project.miseAJour !== undefined && { miseAJour: project.miseAJour }),
    structures: project.structures.map(toPublicStructure),
    facilitateurs: project.facilitateurs.map(toPublicFacilitateur),
    acheteurs: [],
    grandsProjets: [],
  };
}

function toPublicStructure(structure: Structure): Structure {
  return { id: structure.id, nom: structure.nom, type: structure.type, communeSiege: structure.communeSiege };
}

function toPublicFacilitateur(facilitateur: Facilitateur): Facilitateur {
  return {
    id: facilitateur.id,
    structure: facilitateur.structure,
    nom: facilitateur.nom,
    etp: 0,
    role: facilitateur.role,
    statut: facilitateur.statut,
    contacts: facilitateur.contacts.filter((contact) => contact.public === true).map(toPublicContact),
    miseAJour: facilitateur.miseAJour,
    perimetre: facilitateur.perimetre.map(toPublicZone),
  };
}

const toPublicContact = (contact: Contact): Contact => ({ type: contact.type, valeur: contact.valeur, public: true });

const toPublicZone = (zone: Zone): Zone => ({ niveau: zone.niveau, code: zone.code, ...(zone.extension === true && { extension: true }) });

/** Régions d'outre-mer, where the State service for labour and employment is a DEETS (or, in Guyane, the DGCOPOP). */
const OVERSEAS_SERVICES: Readonly<Record<string, string>> = {
  "01": "la DEETS de la Guadeloupe",
  "02": "la DEETS de la Martinique",
  "03": "la DGCOPOP de Guyane",
  "04": "la DEETS de La Réunion",
  "06": "la DEETS de Mayotte",
};

/**
 * Whom to contact in a région without coordinateur régional: the regional State service for
 * the economy, employment and labour — « la DREETS de la région Bourgogne-Franche-Comté »,
 * « la DRIEETS d'Île-de-France », « la DEETS de La Réunion ».
 */
export function regionalStateService(region: { code: string; nom: string }): string {
  if (region.code === "11") return "la DRIEETS d'Île-de-France";
  return OVERSEAS_SERVICES[region.code] ?? `la DREETS de la région ${region.nom}`;
}
