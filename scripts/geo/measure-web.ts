// How far the web file's communes are from the precise ones: area displaced by the grid
// and the simplification, measured per commune on the ellipsoid.
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { geometryAreaKm2 } from "../../src/domain/ellipsoid-area.ts";

export interface AreaDrift {
  /** Σ |area(web) − area(source)| / Σ area(source), in %. */
  netAreaChangePercent: number;
  /** The commune whose area changed most, relative to its own, in %. */
  worst: { code: string; percent: number };
}

export function measureAreaDrift(topology: Topology, areaKm2ByCode: ReadonlyMap<string, number>): AreaDrift {
  const collection = feature(topology, topology.objects["communes"] as GeometryCollection<{ code: string }>);
  let drift = 0, total = 0;
  let worst = { code: "", percent: 0 };
  for (const commune of collection.features) {
    const exact = areaKm2ByCode.get(commune.properties.code) ?? 0;
    const web = commune.geometry ? geometryAreaKm2(commune.geometry as Parameters<typeof geometryAreaKm2>[0]) : 0;
    drift += Math.abs(web - exact);
    total += exact;
    const percent = exact > 0 ? (100 * Math.abs(web - exact)) / exact : 0;
    if (percent > worst.percent) worst = { code: commune.properties.code, percent: Number(percent.toFixed(2)) };
  }
  return { netAreaChangePercent: Number(((100 * drift) / total).toFixed(3)), worst };
}
