// Acheteurs de l'État of the demo, at the real chefs-lieux of the COG: the PFRA and the
// DREETS at each préfecture de région, the préfecture and the DDETS at each préfecture de
// département. Names are generic (in some départements the service is a DDETS-PP).
import type { AcheteurEtat } from "../../src/domain/model.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";

/** Régions d'outre-mer: one DEETS serves as DREETS and DDETS. */
const OUTRE_MER = new Set(["01", "02", "03", "04", "06"]);
/** Île-de-France: a DRIEETS, with unités départementales instead of DDETS in Paris and the petite couronne. */
const ILE_DE_FRANCE = "11";
const UNITES_DEPARTEMENTALES = new Set(["75", "92", "93", "94"]);

export function demoStateBuyers(reference: ReferenceData): AcheteurEtat[] {
  const buyers: AcheteurEtat[] = [];
  for (const region of reference.regions) {
    const dreets = region.code === ILE_DE_FRANCE ? "DRIEETS" : OUTRE_MER.has(region.code) ? "DEETS" : "DREETS";
    buyers.push(
      { id: `pfra-${region.code}`, nom: `Plateforme régionale des achats de l'État — ${region.nom}`, type: "pfra", commune: region.chefLieu },
      { id: `dreets-${region.code}`, nom: `${dreets} ${region.nom}`, type: "dreets", commune: region.chefLieu },
    );
  }
  for (const departement of reference.departements) {
    const label = `${departement.nom} (${departement.code})`;
    buyers.push({ id: `prefecture-${departement.code}`, nom: `Préfecture — ${label}`, type: "prefecture", commune: departement.chefLieu });
    if (OUTRE_MER.has(departement.region)) continue;
    if (UNITES_DEPARTEMENTALES.has(departement.code)) {
      buyers.push({ id: `ud-drieets-${departement.code}`, nom: `Unité départementale de la DRIEETS — ${label}`, type: "service-deconcentre", commune: departement.chefLieu });
    } else {
      buyers.push({ id: `ddets-${departement.code}`, nom: `DDETS — ${label}`, type: "ddets", commune: departement.chefLieu });
    }
  }
  return buyers;
}
