/**
 * The project file: structures porteuses, facilitateurs and their perimeters, acheteurs de
 * l'État, grands projets. Field names are the file's own (French), because the file is a
 * public format that coordinators read and write; `src/io/project-file.ts` validates it.
 */

export const PROJECT_SCHEMA = "carto-clause-sociale/projet@2";
/** The first version (one scenario per file), still read: see src/io/project-file.ts. */
export const PROJECT_SCHEMA_V1 = "carto-clause-sociale/projet@1";

export const STRUCTURE_TYPES = ["plie", "maison-de-l-emploi", "association", "collectivite", "epci", "departement", "autre"] as const;
export type StructureType = (typeof STRUCTURE_TYPES)[number];

export const STRUCTURE_TYPE_LABELS: Record<StructureType, string> = {
  plie: "PLIE",
  "maison-de-l-emploi": "Maison de l'emploi",
  association: "Association",
  collectivite: "Collectivité",
  epci: "EPCI",
  departement: "Département",
  autre: "Autre",
};

export interface Structure {
  id: string;
  nom: string;
  type: StructureType;
  /** INSEE code of the commune of the siège. */
  communeSiege: string;
  siret?: string;
}

export const ZONE_LEVELS = ["commune", "epci", "departement", "region"] as const;
export type ZoneLevel = (typeof ZONE_LEVELS)[number];

/**
 * One zone of a perimeter, by official code (commune INSEE code, EPCI SIREN, département,
 * région), as in data.inclusion's `zone_eligibilite`.
 */
export interface Zone {
  niveau: ZoneLevel;
  code: string;
  /** True for an *extension limitrophe*: a neighbour's perimeter stretched over a territory without its own facilitator. */
  extension?: boolean;
}

export const FACILITATEUR_ROLES = ["facilitateur", "coordinateur-regional"] as const;
export type FacilitateurRole = (typeof FACILITATEUR_ROLES)[number];

export const FACILITATEUR_STATUTS = ["en-poste", "poste-vacant"] as const;
export type FacilitateurStatut = (typeof FACILITATEUR_STATUTS)[number];

export const CONTACT_TYPES = ["email", "telephone"] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

export interface Contact {
  type: ContactType;
  valeur: string;
  /** Shown to the public when true; otherwise only to the network. */
  public: boolean;
}

export interface Facilitateur {
  id: string;
  /** Id of its structure porteuse. */
  structure: string;
  /** Displayed name. */
  nom: string;
  /** Full-time equivalent of the post (ETP), e.g. 0.5. A vacant post keeps it but counts 0 ETP. */
  etp: number;
  role: FacilitateurRole;
  statut: FacilitateurStatut;
  contacts: Contact[];
  /** Date of the last update of this record, YYYY-MM-DD. */
  miseAJour: string;
  perimetre: Zone[];
}

export const ACHETEUR_TYPES = [
  "pfra",
  "prefecture",
  "dreets",
  "ddets",
  "service-deconcentre",
  "administration-centrale",
  "epa",
  "autre",
] as const;
export type AcheteurType = (typeof ACHETEUR_TYPES)[number];

export const ACHETEUR_TYPE_LABELS: Record<AcheteurType, string> = {
  pfra: "Plateforme régionale des achats de l'État (PFRA)",
  prefecture: "Préfecture",
  dreets: "DREETS",
  ddets: "DDETS",
  "service-deconcentre": "Autre service déconcentré",
  "administration-centrale": "Administration centrale",
  epa: "Établissement public administratif",
  autre: "Autre",
};

/** An acheteur de l'État, placed by commune or, failing that, by position. */
export interface AcheteurEtat {
  id: string;
  nom: string;
  type: AcheteurType;
  /** INSEE code of its commune; takes precedence over `position`. */
  commune?: string;
  /** [longitude, latitude] in degrees (WGS84). */
  position?: [number, number];
}

export const GRAND_PROJET_TYPES = ["jop-2030", "canal", "ligne-ferroviaire", "npnru", "bassin-minier", "autre"] as const;
export type GrandProjetType = (typeof GRAND_PROJET_TYPES)[number];

export const GRAND_PROJET_TYPE_LABELS: Record<GrandProjetType, string> = {
  "jop-2030": "Jeux olympiques et paralympiques d'hiver 2030",
  canal: "Canal",
  "ligne-ferroviaire": "Ligne ferroviaire",
  npnru: "Rénovation urbaine (NPNRU)",
  "bassin-minier": "Bassin minier",
  autre: "Autre",
};

export type GrandProjetGeometry =
  | { type: "Point"; coordinates: [number, number] }
  | { type: "LineString"; coordinates: [number, number][] }
  | { type: "Polygon"; coordinates: [number, number][][] };

/** A grand projet: a geometry or a list of communes, and the impact buffer around it. */
export interface GrandProjet {
  id: string;
  nom: string;
  type: GrandProjetType;
  /** WGS84 geometry; exactly one of `geometrie` and `communes` is given. */
  geometrie?: GrandProjetGeometry;
  /** INSEE codes of the communes it concerns. */
  communes?: string[];
  /** Impact buffer around the geometry or communes, km (0: only what it touches). */
  tamponKm: number;
  /** Years or dates (YYYY or YYYY-MM-DD). */
  periode: { debut: string; fin: string };
}

/**
 * Thresholds of the third kind of zone blanche (capacity short of needs). A commune
 * covered by its own facilitators is short when either threshold is crossed.
 */
export interface Seuils {
  /** Minimum ETP per 100,000 habitants of the perimeters serving the commune. */
  etpPour100000Habitants: number;
  /** Maximum acheteurs de l'État per ETP for the facilitators serving the commune. */
  acheteursParEtp: number;
}

/**
 * Defaults (see docs): 600 ETP for 68 million habitants is about 0.9 ETP per 100,000
 * habitants nationally; a territory served at less than about half that (0.5) is short.
 * A buyer needs roughly two days a month of a facilitator's time (drafting clauses,
 * following the hours), so one ETP serves about 10 buyers.
 */
export const DEFAULT_SEUILS: Readonly<Seuils> = Object.freeze({ etpPour100000Habitants: 0.5, acheteursParEtp: 10 });

export interface Project {
  schema: typeof PROJECT_SCHEMA;
  nom: string;
  /** True for the fictional demo dataset; the interface then shows `avertissement`. */
  demo?: boolean;
  /** Notice shown with the data, e.g. that it is fictional. */
  avertissement?: string;
  /** YYYY-MM-DD. */
  miseAJour?: string;
  /** Overrides of the default thresholds, saved with the project. */
  seuils?: Partial<Seuils>;
  structures: Structure[];
  facilitateurs: Facilitateur[];
  acheteurs: AcheteurEtat[];
  grandsProjets: GrandProjet[];
}

/** The thresholds in force for a project: its own, else the defaults. */
export function resolveSeuils(project: Pick<Project, "seuils">): Seuils {
  return { ...DEFAULT_SEUILS, ...project.seuils };
}
