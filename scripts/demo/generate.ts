// The fictional demo project: structures and facilitateurs shaped like the real network,
// every name saying it is fictional; real places for acheteurs de l'État and grands projets.
import type { Topology } from "topojson-specification";
import {
  PROJECT_SCHEMA,
  type Facilitateur,
  type Project,
  type Structure,
  type StructureType,
  type Zone,
} from "../../src/domain/model.ts";
import { createTerritoryIndex, type TerritoryIndex } from "../../src/domain/territory-index.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import { demoGrandsProjets } from "./grands-projets.ts";
import { allocate, seededRandom, type Random } from "./prng.ts";
import { planRegion, type PostPlan } from "./region-plan.ts";
import { demoStateBuyers } from "./state-buyers.ts";
import { buildUnits, communeNeighbours, type DemoUnit } from "./territory-units.ts";

/** National shape of the network, and the one région whose figures are public. */
export const DEMO_TARGETS = {
  facilitateurs: 575,
  etp: 600,
  pinned: { region: "27", facilitateurs: 22, etp: 16.8 },
  vacantShare: 0.03,
  regionsWithoutCoordinateur: [2, 3],
} as const;

/**
 * Real networks are denser in some régions than others (a PLIE in every city here, one post
 * per département there): each région's share of posts and ETP is its population times a
 * factor drawn in this range, so that ETP per 100,000 habitants varies by région.
 */
const REGION_DENSITY: [number, number] = [0.55, 1.6];

/** EPCI above this population (habitants) are split into communes for the demo perimeters (métropoles). */
const SPLIT_EPCI_ABOVE = 300_000;
const DATE = "2025-11-01";

const DEMO_NOTICE =
  "Données fictives : les structures, les facilitateurs, leurs périmètres et leurs contacts sont inventés pour la démonstration. " +
  "Les lieux sont réels : acheteurs de l'État aux chefs-lieux, communes des grands projets (périodes indicatives). " +
  "Les besoins (marchés publics au format DECP) sont générés : acheteurs, titulaires, marchés et montants inventés.";

const STRUCTURE_NAMES: Record<StructureType, string> = {
  plie: "PLIE fictif",
  "maison-de-l-emploi": "Maison de l'emploi fictive",
  association: "Association d'insertion fictive",
  collectivite: "Collectivité fictive",
  epci: "Intercommunalité fictive",
  departement: "Service départemental fictif",
  autre: "Structure fictive",
};

const URBAN_TYPES: StructureType[] = ["plie", "plie", "plie", "maison-de-l-emploi", "maison-de-l-emploi", "association", "collectivite"];
const RURAL_TYPES: StructureType[] = ["epci", "epci", "association", "association", "departement", "collectivite", "plie", "autre"];

/** Facilitator counts and ETP (in tenths) per région: by population times a drawn density, the pinned région as published. */
function regionTargets(index: TerritoryIndex): { posts: number[]; etpTenths: number[] } {
  const { pinned } = DEMO_TARGETS;
  const pinnedIndex = index.regionIndex.get(pinned.region)!;
  const density = seededRandom("demo/densite-regionale");
  const weights = index.communesOfRegion.map((communes, r) => {
    const factor = density.between(...REGION_DENSITY);
    return r === pinnedIndex ? 0 : factor * communes.reduce((sum, c) => sum + index.population[c]!, 0);
  });
  const posts = allocate(DEMO_TARGETS.facilitateurs - pinned.facilitateurs, weights);
  const etpTenths = allocate(Math.round((DEMO_TARGETS.etp - pinned.etp) * 10), weights);
  posts[pinnedIndex] = pinned.facilitateurs;
  etpTenths[pinnedIndex] = Math.round(pinned.etp * 10);
  return { posts, etpTenths };
}

/** ETP of the posts en poste, in tenths: at least 0.2 each, the rest by population served with some spread. */
function spreadEtp(posts: readonly PostPlan[], vacant: readonly boolean[], tenths: number, random: Random): number[] {
  const active = posts.map((_, p) => p).filter((p) => !vacant[p]);
  const floor = Math.min(2, Math.floor(tenths / Math.max(active.length, 1)));
  const extra = allocate(tenths - floor * active.length, active.map((p) => posts[p]!.population * random.between(0.6, 1.5)));
  const result = posts.map(() => 0);
  active.forEach((p, k) => {
    result[p] = floor + extra[k]!;
  });
  return result;
}

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function zonesOf(units: readonly DemoUnit[], list: readonly number[], extension: boolean): Zone[] {
  return list
    .map((u) => units[u]!.zone)
    .sort((a, b) => compareText(a.niveau, b.niveau) || compareText(a.code, b.code))
    .map((zone) => ({ ...zone, ...(extension && { extension: true }) }));
}

function updateDate(random: Random): string {
  return `2025-${String(1 + random.integer(10)).padStart(2, "0")}-${String(1 + random.integer(28)).padStart(2, "0")}`;
}

/** Generates the demo project from the reference data and the web topology (for adjacency and the canal's line). */
export function generateDemoProject(reference: ReferenceData, topology: Topology): Project {
  const index = createTerritoryIndex(reference);
  const units = buildUnits(index, communeNeighbours(index, topology), SPLIT_EPCI_ABOVE);
  const targets = regionTargets(index);
  const structures: Structure[] = [];
  const facilitateurs: Facilitateur[] = [];
  const newStructure = (type: StructureType, seat: number) => {
    const number = structures.length + 1;
    const id = `structure-${String(number).padStart(3, "0")}`;
    structures.push({ id, nom: `${STRUCTURE_NAMES[type]} n° ${number} — ${reference.communes[seat]!.nom}`, type, communeSiege: index.communeCodes[seat]! });
    return id;
  };

  reference.regions.forEach((region, r) => {
    const random = seededRandom(`demo/region/${region.code}`);
    const members = units.map((_, u) => u).filter((u) => units[u]!.region === r);
    const plan = planRegion(units, members, targets.posts[r]!, random);
    const vacant = plan.posts.map(() => random.chance(DEMO_TARGETS.vacantShare));
    const etp = spreadEtp(plan.posts, vacant, targets.etpTenths[r]!, random);
    let structure = "";
    let postsInStructure = 0;
    plan.posts.forEach((post, p) => {
      const seat = units[post.home[0]!]!.seat;
      const area = post.home.reduce((sum, u) => sum + units[u]!.areaKm2, 0);
      const urban = post.population / Math.max(area, 1) > 300;
      // Posts sharing a territory come two by two from one structure; elsewhere a structure carries one to three neighbouring posts.
      const joins = post.shareRank > 0 ? post.shareRank % 2 === 1 : postsInStructure < 3 && p > 0 && random.chance(0.4);
      if (!joins) {
        structure = newStructure(random.pick(urban ? URBAN_TYPES : RURAL_TYPES), seat);
        postsInStructure = 0;
      }
      postsInStructure++;
      const number = facilitateurs.length + 1;
      facilitateurs.push({
        id: `facilitateur-${String(number).padStart(4, "0")}`,
        structure,
        nom: `Facilitateur fictif n° ${number}`,
        etp: vacant[p] ? random.pick([0.5, 1]) : etp[p]! / 10,
        role: "facilitateur",
        statut: vacant[p] ? "poste-vacant" : "en-poste",
        contacts: vacant[p] ? [] : [{ type: "email", valeur: `facilitateur.${number}@exemple.invalid`, public: random.chance(0.8) }],
        miseAJour: updateDate(random),
        perimetre: [...zonesOf(units, post.home, false), ...zonesOf(units, post.extension, true)],
      });
    });
  });

  const coordination = seededRandom("demo/coordinateurs");
  const [fewest, most] = DEMO_TARGETS.regionsWithoutCoordinateur;
  const withoutCount = fewest + coordination.integer(most - fewest + 1);
  const without = new Set<string>();
  while (without.size < withoutCount) without.add(coordination.pick(reference.regions).code);
  for (const region of reference.regions) {
    if (without.has(region.code)) continue;
    const seat = index.communeIndex.get(region.chefLieu)!;
    facilitateurs.push({
      id: `coordinateur-${region.code}`,
      structure: newStructure("association", seat),
      nom: `Coordinateur régional fictif — ${region.nom}`,
      etp: 1,
      role: "coordinateur-regional",
      statut: "en-poste",
      contacts: [{ type: "email", valeur: `coordination.${region.code}@exemple.invalid`, public: true }],
      miseAJour: updateDate(coordination),
      perimetre: [{ niveau: "region", code: region.code }],
    });
  }

  return {
    schema: PROJECT_SCHEMA,
    nom: "Jeu de démonstration (fictif)",
    demo: true,
    avertissement: DEMO_NOTICE,
    miseAJour: DATE,
    structures,
    facilitateurs,
    acheteurs: demoStateBuyers(reference),
    grandsProjets: demoGrandsProjets(reference, topology),
  };
}
