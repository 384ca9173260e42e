// Names of the DROM insets, as HTML labels at the top of each frame: there from the first
// view, before the map's glyphs (added after it, see label-layers.ts).
import * as maplibregl from "maplibre-gl";
import { INSETS } from "./insets.ts";

export function addInsetLabels(map: maplibregl.Map): void {
  for (const inset of INSETS) {
    const label = document.createElement("span");
    label.className = "inset-label";
    label.textContent = inset.nom;
    // A name, not a control: without these MapLibre 5 makes each marker a button named « Map marker ».
    label.setAttribute("role", "img");
    label.setAttribute("aria-label", inset.nom);
    new maplibregl.Marker({ element: label, anchor: "top-left" }).setLngLat([inset.display[0], inset.display[3]]).addTo(map);
  }
}
