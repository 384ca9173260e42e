/**
 * Validation of a parsed project document (current schema) into a clean `Project`: every
 * field checked, codes checked against the reference, references between records checked,
 * unknown fields dropped. Problems carry their path in the file and a French message.
 */
import {
  ACHETEUR_TYPES,
  CONTACT_TYPES,
  FACILITATEUR_ROLES,
  FACILITATEUR_STATUTS,
  GRAND_PROJET_TYPES,
  PROJECT_SCHEMA,
  STRUCTURE_TYPES,
  ZONE_LEVELS,
  type AcheteurEtat,
  type Contact,
  type Facilitateur,
  type GrandProjet,
  type Project,
  type Seuils,
  type Structure,
  type Zone,
} from "../domain/model.ts";
import type { TerritoryIndex } from "../domain/territory-index.ts";
import { FieldReader, describeValue, isObject, join, type JsonObject } from "./field-reader.ts";
import { readGeometrie, readPeriode, readPosition } from "./grand-projet-fields.ts";
import { checkZoneCode, unknownCodeMessage } from "./territory-codes.ts";
import { MAX_TEXT_CHARS } from "./text-fields.ts";

/** Reads each element of a list field with `read`; keeps those read without error. A missing optional list is empty. */
function readList<T>(reader: FieldReader, document: JsonObject, at: string, key: string, read: (item: JsonObject, path: string) => T | undefined, optional = false): T[] {
  const values: T[] = [];
  (reader.array(document, key, at, optional) ?? []).forEach((item, i) => {
    const path = join(join(at, key), i);
    const object = reader.object(item, path);
    const value = object && read(object, path);
    if (value !== undefined) values.push(value);
  });
  return values;
}

/** The ids (trimmed) written in a list field, with their position, whatever else is wrong with the records. */
function writtenIds(document: JsonObject, key: string): [id: string, position: number][] {
  const list = document[key];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item, i): [string, number][] => (isObject(item) && typeof item["id"] === "string" ? [[item["id"].trim(), i]] : []));
}

/** Errors on ids used twice in one list (the path is the second record's). */
function checkUniqueIds(reader: FieldReader, document: JsonObject, at: string, key: string): void {
  const seen = new Map<string, number>();
  for (const [id, i] of writtenIds(document, key)) {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else reader.error(join(join(join(at, key), i), "id"), `identifiant ${describeValue(id)} déjà utilisé par ${key}[${first}]`);
  }
}

function readCommune(reader: FieldReader, index: TerritoryIndex, object: JsonObject, key: string, path: string, optional = false): string | undefined {
  const code = reader.string(object, key, path, optional);
  if (code === undefined) return undefined;
  return checkZoneCode(reader, index, "commune", code, join(path, key)) ?? reader.error(join(path, key), unknownCodeMessage(index, "commune", code));
}

function readStructure(reader: FieldReader, index: TerritoryIndex, item: JsonObject, path: string): Structure | undefined {
  reader.ignoreUnknownFields(item, path, ["id", "nom", "type", "communeSiege", "siret"]);
  const id = reader.string(item, "id", path);
  const nom = reader.string(item, "nom", path);
  const type = reader.oneOf(item, "type", path, STRUCTURE_TYPES);
  const communeSiege = readCommune(reader, index, item, "communeSiege", path);
  let siret = reader.string(item, "siret", path, true);
  if (siret !== undefined) {
    siret = siret.replace(/\s/g, "");
    if (!/^\d{14}$/.test(siret)) siret = reader.error(join(path, "siret"), `SIRET à 14 chiffres attendu, trouvé ${describeValue(siret)}`);
  }
  if (id === undefined || nom === undefined || type === undefined || communeSiege === undefined) return undefined;
  return { id, nom, type, communeSiege, ...(siret !== undefined && { siret }) };
}

function readContact(reader: FieldReader, item: JsonObject, path: string): Contact | undefined {
  reader.ignoreUnknownFields(item, path, ["type", "valeur", "public"]);
  const type = reader.oneOf(item, "type", path, CONTACT_TYPES);
  const valeur = reader.string(item, "valeur", path);
  const isPublic = reader.boolean(item, "public", path, false);
  if (type === undefined || valeur === undefined || isPublic === undefined) return undefined;
  if (type === "email" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(valeur)) reader.warn(join(path, "valeur"), `adresse électronique douteuse : ${describeValue(valeur)}`);
  if (type === "telephone" && !/^\+?[\d .()-]{8,20}$/.test(valeur)) reader.warn(join(path, "valeur"), `numéro de téléphone douteux : ${describeValue(valeur)}`);
  return { type, valeur, public: isPublic };
}

function readZones(reader: FieldReader, index: TerritoryIndex, item: JsonObject, path: string): Zone[] | undefined {
  const list = reader.array(item, "perimetre", path);
  if (list === undefined) return undefined;
  if (list.length === 0) reader.warn(join(path, "perimetre"), "périmètre vide : ce poste ne couvre aucune commune");
  const zones: Zone[] = [];
  const seen = new Map<string, number>();
  list.forEach((value, z) => {
    const at = join(join(path, "perimetre"), z);
    const zone = reader.object(value, at);
    if (!zone) return;
    reader.ignoreUnknownFields(zone, at, ["niveau", "code", "extension"]);
    const niveau = reader.oneOf(zone, "niveau", at, ZONE_LEVELS);
    const written = reader.string(zone, "code", at);
    const extension = reader.boolean(zone, "extension", at);
    if (niveau === undefined || written === undefined) return;
    let code = checkZoneCode(reader, index, niveau, written, join(at, "code"));
    if (code === undefined) {
      reader.warn(join(at, "code"), `${unknownCodeMessage(index, niveau, written)} ; cette zone ne couvre aucune commune`);
      code = written;
    }
    const key = `${niveau}:${code}`;
    const first = seen.get(key);
    if (first !== undefined) reader.warn(at, `zone en double (déjà en perimetre[${first}]) : elle ne compte qu'une fois`);
    else seen.set(key, z);
    zones.push({ niveau, code, ...(extension && { extension: true }) });
  });
  return zones;
}

function readFacilitateur(reader: FieldReader, index: TerritoryIndex, structureIds: Set<string>, item: JsonObject, path: string): Facilitateur | undefined {
  reader.ignoreUnknownFields(item, path, ["id", "structure", "nom", "etp", "role", "statut", "contacts", "miseAJour", "perimetre"]);
  const id = reader.string(item, "id", path);
  let structure = reader.string(item, "structure", path);
  if (structure !== undefined && !structureIds.has(structure)) {
    structure = reader.error(join(path, "structure"), `structure inconnue ${describeValue(structure)} : aucune entrée de structures n'a cet identifiant`);
  }
  const nom = reader.string(item, "nom", path);
  const etp = reader.number(item, "etp", path, 0);
  if (etp !== undefined && etp > 5) reader.warn(join(path, "etp"), `${etp} ETP pour un seul poste : vérifiez la valeur`);
  const role = reader.oneOf(item, "role", path, FACILITATEUR_ROLES);
  const statut = reader.oneOf(item, "statut", path, FACILITATEUR_STATUTS);
  const contactList = reader.array(item, "contacts", path, true) ?? [];
  const contacts = contactList.map((value, k) => {
    const at = join(join(path, "contacts"), k);
    const contact = reader.object(value, at);
    return contact && readContact(reader, contact, at);
  });
  const miseAJour = reader.date(item, "miseAJour", path);
  const perimetre = readZones(reader, index, item, path);
  const validContacts = contacts.filter((contact): contact is Contact => contact !== undefined);
  if (id === undefined || structure === undefined || nom === undefined || etp === undefined || role === undefined) return undefined;
  if (statut === undefined || miseAJour === undefined || perimetre === undefined || validContacts.length < contacts.length) return undefined;
  return { id, structure, nom, etp, role, statut, contacts: validContacts, miseAJour, perimetre };
}

function readAcheteur(reader: FieldReader, index: TerritoryIndex, item: JsonObject, path: string): AcheteurEtat | undefined {
  reader.ignoreUnknownFields(item, path, ["id", "nom", "type", "commune", "position"]);
  const id = reader.string(item, "id", path);
  const nom = reader.string(item, "nom", path);
  const type = reader.oneOf(item, "type", path, ACHETEUR_TYPES);
  const hasCommune = item["commune"] !== undefined;
  const hasPosition = item["position"] !== undefined;
  const commune = readCommune(reader, index, item, "commune", path, true);
  const position = hasPosition ? readPosition(reader, item["position"], join(path, "position")) : undefined;
  if (!hasCommune && !hasPosition) reader.error(path, "commune ou position requise pour placer l'acheteur");
  if (id === undefined || nom === undefined || type === undefined || (!hasCommune && !hasPosition)) return undefined;
  if ((hasCommune && commune === undefined) || (hasPosition && position === undefined)) return undefined;
  return { id, nom, type, ...(commune !== undefined && { commune }), ...(position && { position }) };
}

/** A list of commune codes, or undefined when any is wrong. */
function readCommuneCodes(reader: FieldReader, index: TerritoryIndex, item: JsonObject, path: string): string[] | undefined {
  const list = reader.array(item, "communes", path);
  if (!list) return undefined;
  const codes = list.map((value, k) => {
    const at = join(join(path, "communes"), k);
    if (typeof value !== "string") return reader.error(at, `code INSEE attendu, trouvé ${describeValue(value)}`);
    return checkZoneCode(reader, index, "commune", value.trim(), at) ?? reader.error(at, unknownCodeMessage(index, "commune", value.trim()));
  });
  const valid = codes.filter((code): code is string => code !== undefined);
  return valid.length === codes.length ? valid : undefined;
}

function readGrandProjet(reader: FieldReader, index: TerritoryIndex, item: JsonObject, path: string): GrandProjet | undefined {
  reader.ignoreUnknownFields(item, path, ["id", "nom", "type", "geometrie", "communes", "tamponKm", "periode"]);
  const id = reader.string(item, "id", path);
  const nom = reader.string(item, "nom", path);
  const type = reader.oneOf(item, "type", path, GRAND_PROJET_TYPES);
  const hasGeometrie = item["geometrie"] !== undefined;
  const hasCommunes = item["communes"] !== undefined;
  if (hasGeometrie === hasCommunes) reader.error(path, "donnez soit « geometrie », soit « communes », et pas les deux");
  const geometrie = hasGeometrie ? readGeometrie(reader, item["geometrie"], join(path, "geometrie")) : undefined;
  const communes = hasCommunes ? readCommuneCodes(reader, index, item, path) : undefined;
  const tamponKm = reader.number(item, "tamponKm", path, 0);
  const periode = readPeriode(reader, item["periode"], join(path, "periode"));
  if (id === undefined || nom === undefined || type === undefined || tamponKm === undefined || periode === undefined) return undefined;
  if (hasGeometrie === hasCommunes || (hasGeometrie && !geometrie) || (hasCommunes && !communes)) return undefined;
  return { id, nom, type, ...(geometrie && { geometrie }), ...(communes && { communes }), tamponKm, periode };
}

function readSeuils(reader: FieldReader, value: unknown, path: string): Partial<Seuils> | undefined {
  const seuils = reader.object(value, path);
  if (!seuils) return undefined;
  reader.ignoreUnknownFields(seuils, path, ["etpPour100000Habitants", "acheteursParEtp"]);
  const etp = reader.number(seuils, "etpPour100000Habitants", path, 0, true);
  const acheteurs = reader.number(seuils, "acheteursParEtp", path, 0, true);
  return { ...(etp !== undefined && { etpPour100000Habitants: etp }), ...(acheteurs !== undefined && { acheteursParEtp: acheteurs }) };
}

/** The fields of a project's data (one scenario): provenance, settings and records. */
export const PROJECT_DATA_FIELDS = ["demo", "avertissement", "miseAJour", "seuils", "structures", "facilitateurs", "acheteurs", "grandsProjets"] as const;

/**
 * Reads the data of one project (or scenario) found at `at` in the document (`""` for the
 * top level, `autresScenarios[1]` for another scenario); problems go to `reader`. Returns
 * undefined when the data has errors.
 */
export function readProjectData(reader: FieldReader, index: TerritoryIndex, document: JsonObject, at: string): Omit<Project, "schema" | "nom"> | undefined {
  const errorsBefore = reader.errors.length;
  const demo = reader.boolean(document, "demo", at);
  const avertissement = reader.string(document, "avertissement", at, true, MAX_TEXT_CHARS);
  const miseAJour = reader.date(document, "miseAJour", at, true);
  const seuils = document["seuils"] === undefined ? undefined : readSeuils(reader, document["seuils"], join(at, "seuils"));
  for (const key of ["structures", "facilitateurs", "acheteurs", "grandsProjets"]) checkUniqueIds(reader, document, at, key);
  const structures = readList(reader, document, at, "structures", (item, path) => readStructure(reader, index, item, path));
  const structureIds = new Set(writtenIds(document, "structures").map(([id]) => id));
  const facilitateurs = readList(reader, document, at, "facilitateurs", (item, path) => readFacilitateur(reader, index, structureIds, item, path));
  const acheteurs = readList(reader, document, at, "acheteurs", (item, path) => readAcheteur(reader, index, item, path), true);
  const grandsProjets = readList(reader, document, at, "grandsProjets", (item, path) => readGrandProjet(reader, index, item, path), true);
  if (reader.errors.length > errorsBefore) return undefined;
  return {
    ...(demo !== undefined && { demo }),
    ...(avertissement !== undefined && { avertissement }),
    ...(miseAJour !== undefined && { miseAJour }),
    ...(seuils !== undefined && { seuils }),
    structures,
    facilitateurs,
    acheteurs,
    grandsProjets,
  };
}

/** Validates a single project document already at the current schema version (its own scenarios aside: see project-scenarios.ts). */
export function validateProject(document: JsonObject, index: TerritoryIndex, reader = new FieldReader(), extraFields: readonly string[] = []): { project: Project | undefined; reader: FieldReader } {
  reader.ignoreUnknownFields(document, "", ["schema", "nom", ...PROJECT_DATA_FIELDS, ...extraFields]);
  const nom = reader.string(document, "nom", "");
  const data = readProjectData(reader, index, document, "");
  if (reader.errors.length > 0 || nom === undefined || !data) return { project: undefined, reader };
  const { demo, avertissement, miseAJour, seuils, ...records } = data;
  const project: Project = {
    schema: PROJECT_SCHEMA,
    nom,
    ...(demo !== undefined && { demo }),
    ...(avertissement !== undefined && { avertissement }),
    ...(miseAJour !== undefined && { miseAJour }),
    ...(seuils !== undefined && { seuils }),
    ...records,
  };
  return { project, reader };
}
