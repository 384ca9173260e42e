// Grands projets of the demo: real projects on the real communes they concern (looked up
// by département and name in the COG, so a renamed or merged commune fails loudly).
// Periods are indicative.
import { centroid } from "@turf/turf";
import type { Feature, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import type { GrandProjet } from "../../src/domain/model.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";

type Place = [departement: string, nom: string];

const inDepartement = (departement: string, noms: readonly string[]): Place[] => noms.map((nom) => [departement, nom]);

const JOP_ALPES: Place[] = [
  ["05", "Briançon"],
  ["05", "Montgenèvre"],
  ["05", "Saint-Chaffrey"],
  ["05", "La Salle-les-Alpes"],
  ["05", "Le Monêtier-les-Bains"],
  ["73", "Courchevel"],
  ["73", "Les Allues"],
  ["73", "Val-d'Isère"],
  ["74", "La Clusaz"],
  ["74", "Le Grand-Bornand"],
];

/** Along the canal's route, south to north. */
const CANAL_SEINE_NORD: Place[] = [
  ["60", "Compiègne"],
  ["60", "Noyon"],
  ["80", "Nesle"],
  ["80", "Péronne"],
  ["80", "Moislains"],
  ["62", "Havrincourt"],
  ["62", "Marquion"],
  ["59", "Aubencheul-au-Bac"],
];

const LYON_TURIN: Place[] = [
  ["73", "Saint-Jean-de-Maurienne"],
  ["73", "Saint-Julien-Mont-Denis"],
  ["73", "Saint-Martin-de-la-Porte"],
  ["73", "Modane"],
  ["73", "Villarodin-Bourget"],
  ["73", "Avrieux"],
];

const GRAND_PARIS_EXPRESS: Place[] = [
  ...inDepartement("92", ["Boulogne-Billancourt", "Issy-les-Moulineaux", "Clamart", "Châtillon", "Bagneux", "Saint-Cloud", "Rueil-Malmaison", "Nanterre"]),
  ...inDepartement("92", ["La Garenne-Colombes", "Bois-Colombes", "Courbevoie", "Asnières-sur-Seine", "Gennevilliers"]),
  ...inDepartement("93", ["Saint-Ouen-sur-Seine", "Saint-Denis", "Aubervilliers", "La Courneuve", "Le Bourget", "Le Blanc-Mesnil", "Aulnay-sous-Bois", "Sevran"]),
  ...inDepartement("93", ["Clichy-sous-Bois", "Montfermeil", "Noisy-le-Grand", "Bobigny", "Drancy", "Bondy", "Rosny-sous-Bois", "Montreuil", "Tremblay-en-France"]),
  ...inDepartement("94", ["Arcueil", "Cachan", "Villejuif", "Vitry-sur-Seine", "Maisons-Alfort", "Alfortville", "Créteil", "Saint-Maur-des-Fossés"]),
  ...inDepartement("94", ["Champigny-sur-Marne", "Villiers-sur-Marne", "Bry-sur-Marne", "Fontenay-sous-Bois", "Chevilly-Larue", "L'Haÿ-les-Roses", "Thiais", "Orly"]),
  ...inDepartement("91", ["Paray-Vieille-Poste", "Massy", "Palaiseau", "Orsay", "Gif-sur-Yvette", "Saclay"]),
  ["78", "Guyancourt"],
  ["78", "Versailles"],
  ["77", "Chelles"],
  ["77", "Le Mesnil-Amelot"],
  ["95", "Gonesse"],
  ["95", "Roissy-en-France"],
];

const BASSIN_MINIER: Place[] = [
  ...inDepartement("62", ["Lens", "Liévin", "Hénin-Beaumont", "Béthune", "Bruay-la-Buissière", "Carvin", "Harnes", "Avion", "Oignies"]),
  ...inDepartement("62", ["Courrières", "Nœux-les-Mines", "Billy-Montigny", "Bully-les-Mines", "Auchel"]),
  ...inDepartement("59", ["Douai", "Valenciennes", "Denain", "Anzin", "Somain"]),
];

/** Today's INSEE code of each place; throws when the COG has no such commune. */
function codesOf(reference: ReferenceData, places: readonly Place[]): string[] {
  return places.map(([departement, nom]) => {
    const found = reference.communes.filter((c) => c.departement === departement && c.nom === nom);
    if (found.length !== 1) throw new Error(`Grand projet de démonstration : commune « ${nom} » (${departement}) ${found.length === 0 ? "introuvable" : "ambiguë"} dans le COG`);
    return found[0]!.code;
  });
}

/** A line through the centres of the places' communes, coordinates rounded to 0.001° (about 100 m). */
function lineThrough(reference: ReferenceData, topology: Topology, places: readonly Place[]): [number, number][] {
  const geometries = (topology.objects["communes"] as GeometryCollection<{ code: string }>).geometries;
  return codesOf(reference, places).map((code) => {
    const geometry = geometries.find((g) => (g.properties as { code: string }).code === code);
    if (!geometry) throw new Error(`Grand projet de démonstration : commune ${code} sans contour dans la topologie`);
    const [lon, lat] = centroid(feature(topology, geometry) as Feature<Geometry>).geometry.coordinates;
    return [Number(lon!.toFixed(3)), Number(lat!.toFixed(3))];
  });
}

export function demoGrandsProjets(reference: ReferenceData, topology: Topology): GrandProjet[] {
  return [
    {
      id: "jop-2030-alpes",
      nom: "Jeux olympiques et paralympiques d'hiver 2030 — sites des Alpes",
      type: "jop-2030",
      communes: codesOf(reference, JOP_ALPES),
      tamponKm: 10,
      periode: { debut: "2025", fin: "2030" },
    },
    {
      id: "jop-2030-nice",
      nom: "Jeux olympiques et paralympiques d'hiver 2030 — Nice",
      type: "jop-2030",
      communes: codesOf(reference, [["06", "Nice"]]),
      tamponKm: 5,
      periode: { debut: "2025", fin: "2030" },
    },
    {
      id: "canal-seine-nord-europe",
      nom: "Canal Seine-Nord Europe (Compiègne – Aubencheul-au-Bac)",
      type: "canal",
      geometrie: { type: "LineString", coordinates: lineThrough(reference, topology, CANAL_SEINE_NORD) },
      tamponKm: 5,
      periode: { debut: "2022", fin: "2032" },
    },
    {
      id: "lyon-turin",
      nom: "Liaison ferroviaire Lyon-Turin — chantiers de Maurienne",
      type: "ligne-ferroviaire",
      communes: codesOf(reference, LYON_TURIN),
      tamponKm: 5,
      periode: { debut: "2015", fin: "2033" },
    },
    {
      id: "grand-paris-express",
      nom: "Grand Paris Express — communes des gares",
      type: "ligne-ferroviaire",
      communes: codesOf(reference, GRAND_PARIS_EXPRESS),
      tamponKm: 1,
      periode: { debut: "2015", fin: "2031" },
    },
    {
      id: "bassin-minier-nord-pas-de-calais",
      nom: "Bassin minier du Nord-Pas-de-Calais — engagement pour le renouveau",
      type: "bassin-minier",
      communes: codesOf(reference, BASSIN_MINIER),
      tamponKm: 2,
      periode: { debut: "2017", fin: "2027" },
    },
  ];
}
