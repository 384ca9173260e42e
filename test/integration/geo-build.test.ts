// The geometry build on the real data: figures, dissolve consistency, determinism, failures
// (the build called in-process through its main(argv)).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { mergeArcs } from "topojson-client";
import type { GeometryCollection, GeometryObject, MultiPolygon, Polygon, Topology } from "topojson-specification";
import { beforeAll, describe, expect, it } from "vitest";
import { main as buildGeo } from "../../scripts/geo/build-geo.ts";
import type { ReferenceData } from "../../src/domain/territory-reference.ts";
import { runCli } from "../helpers/cli.ts";
import { geoDir, readGeoJson, requireGeoSource } from "../helpers/geo.ts";

type Props = Record<string, string | number | null>;
type Report = {
  counts: Record<string, number>;
  mapping2018: Record<string, number>;
  communesWithoutGeometry: { code: string; nom: string; reason: string }[];
  mappings2018: { code2018: string; code: string; reason: string }[];
  codesAmbigus: { code: string; chefLieu: string | null; anciensCodesDe: string[]; retenu: string; raison: string }[];
  files: Record<string, { gzipBytes: number }>;
  topology: { precise: { crossingSegments: number } };
};

let report: Report;
let precise: Topology;
let web: Topology;

const geometries = (topology: Topology, name: string) =>
  (topology.objects[name] as GeometryCollection<Props>).geometries as Array<GeometryObject<Props> & { properties: Props }>;

/** The set of arcs (direction ignored) bounding a polygonal geometry. */
function boundaryArcs(geometry: { type: string | null; arcs?: unknown }): string {
  const polygons = (geometry.type === "Polygon" ? [geometry.arcs] : geometry.arcs) as number[][][];
  return polygons.flat(2).map((arc) => (arc < 0 ? ~arc : arc)).sort((a, b) => a - b).join(",");
}

function runBuild(args: string[]) {
  return runCli(buildGeo, args);
}

beforeAll(() => {
  report = readGeoJson<Report>("build-report.json");
  precise = readGeoJson<Topology>("france-precise.topo.json");
  web = readGeoJson<Topology>("france.topo.json");
});

describe("construction de la géométrie", () => {
  it("rapporte les codes que le COG place à deux endroits, avec le choix fait, et y range le polygone de 2018", () => {
    const neuville = report.codesAmbigus.find((ambiguity) => ambiguity.code === "60455");
    expect(neuville).toMatchObject({ chefLieu: "60694", anciensCodesDe: ["60054"], retenu: "60694" });
    expect(neuville!.raison).toContain("60054");
    for (const ambiguity of report.codesAmbigus) {
      const mapped = report.mappings2018.find((mapping) => mapping.code2018 === ambiguity.code);
      if (mapped) expect(mapped.code).toBe(ambiguity.retenu);
    }
  });

  it("donne les chiffres attendus avec le COG @etalab/decoupage-administratif 6.0.0", () => {
    expect(report.counts).toMatchObject({
      communesInScope: 34_875,
      communesWithGeometry: 34_868,
      communesWithoutGeometry: 7,
      communesOutOfScope: 94,
      epci: 1_255,
      departements: 101,
      regions: 18,
      populationWithGeometry: 68_345_553,
    });
    expect(report.mapping2018).toEqual({ "same-code": 34_864, "commune-deleguee": 408, "ancien-code": 85 });
    expect(report.communesWithoutGeometry.map((c) => c.code)).toEqual(["14666", "15031", "15035", "15047", "15171", "85165", "85212"]);
  });

  it("rattache chacun des 35 357 polygones de 2018 à une commune actuelle", () => {
    expect(report.mappings2018).toHaveLength(35_357);
    expect(report.mappings2018.find((m) => m.code2018 === "14011")).toEqual({ code2018: "14011", code: "14581", reason: "commune-deleguee" });
  });

  it("porte les propriétés attendues sur chaque commune, dont la Corse et les DROM", () => {
    const communes = geometries(web, "communes");
    expect(communes).toHaveLength(34_868);
    const byCode = new Map(communes.map((g) => [g.properties!["code"], g.properties!]));
    expect(byCode.get("2A004")).toMatchObject({ nom: "Ajaccio", departement: "2A", region: "94" });
    expect(byCode.get("97411")).toMatchObject({ nom: "Saint-Denis", departement: "974", region: "04" });
    expect(byCode.get("75056")).toMatchObject({ nom: "Paris", departement: "75", region: "11", epci: "200054781" });
    const paris = byCode.get("75056")!;
    expect(paris["area"]).toBeGreaterThan(104);
    expect(paris["area"]).toBeLessThan(107); // 105.4 km² (IGN)
    for (const props of byCode.values()) {
      expect(Object.keys(props).sort()).toEqual(["area", "code", "departement", "epci", "nom", "population", "region"]);
    }
  });

  it("fusionne les polygones de 2018 d'une commune nouvelle en une seule géométrie (Aurseulles)", () => {
    const aurseulles = geometries(precise, "communes").find((g) => g.properties!["code"] === "14581")!;
    expect(aurseulles.type).toBe("Polygon");
  });

  it.each(["departements", "regions", "epci"])("trace chaque contour de %s par la fusion exacte de ses communes", (level) => {
    const key = level === "departements" ? "departement" : level === "regions" ? "region" : "epci";
    const members = new Map<string, GeometryObject[]>();
    for (const commune of geometries(precise, "communes")) {
      const code = commune.properties![key] as string | null;
      if (code) members.set(code, [...(members.get(code) ?? []), commune as GeometryObject]);
    }
    const units = geometries(precise, level);
    expect(units.length).toBe(members.size);
    for (const unit of units) {
      const merged = mergeArcs(precise, members.get(unit.properties!["code"] as string)! as Array<Polygon | MultiPolygon>);
      expect(boundaryArcs(merged), `${level} ${unit.properties!["code"]}`).toBe(boundaryArcs(unit));
    }
  });

  it("écrit une référence des territoires cohérente avec la topologie", () => {
    const reference = readGeoJson<ReferenceData>("reference.json");
    expect(reference.communes).toHaveLength(34_875);
    expect(reference.communes.filter((c) => c.geometry)).toHaveLength(34_868);
    expect(reference.formerCodes["14011"]).toEqual({ to: "14581", reason: "commune-deleguee" });
    expect(reference.regions.find((r) => r.code === "84")?.chefLieu).toBe("69123");
  });

  it("reste dans le budget web et sans croisement à la précision de la source", () => {
    expect(report.files["france.topo.json"]!.gzipBytes).toBeLessThanOrEqual(3_100_000);
    expect(report.topology.precise.crossingSegments).toBe(0);
  });

  it("produit des fichiers identiques octet pour octet à chaque construction", async () => {
    const out = mkdtempSync(join(tmpdir(), "carto-geo-"));
    try {
      const result = await runBuild(["--out", out]);
      expect(result.status, result.stderr).toBe(0);
      for (const name of ["france.topo.json", "france-precise.topo.json", "reference.json", "build-report.json"]) {
        expect(readFileSync(join(out, name)).equals(readFileSync(join(geoDir, name))), name).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("accepte une autre copie de la source (--source) et échoue en nommant un polygone sans commune", async () => {
    const original = requireGeoSource();
    const source = mkdtempSync(join(tmpdir(), "carto-source-"));
    const out = mkdtempSync(join(tmpdir(), "carto-geo-"));
    try {
      mkdirSync(join(source, "communes"));
      for (const dep of ["2A", "2B"]) copyFileSync(join(original, "communes", `${dep}.geojson.gz`), join(source, "communes", `${dep}.geojson.gz`));
      const corse = await runBuild(["--source", source, "--out", out]);
      expect(corse.status, corse.stderr).toBe(0);
      const corseReport = JSON.parse(readFileSync(join(out, "build-report.json"), "utf8")) as Report;
      expect(corseReport.counts["departements"]).toBe(2);
      expect(corseReport.counts["regions"]).toBe(1);

      const orphan = { type: "Feature", properties: { code: "99999", nom: "Nulle part" }, geometry: { type: "Polygon", coordinates: [[[0, 0], [0.1, 0], [0.1, 0.1], [0, 0]]] } };
      writeFileSync(join(source, "communes", "99.geojson"), JSON.stringify({ type: "FeatureCollection", features: [orphan] }));
      const failed = await runBuild(["--source", source, "--out", out]);
      expect(failed.status).not.toBe(0);
      expect(failed.stderr).toContain("99999");
    } finally {
      rmSync(source, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
