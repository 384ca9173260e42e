// The names on the map and the selected commune's, for MapController. Their layers
// (label-layers.ts) are a chunk of their own, loaded with the first call: the binding makes
// it after the first view, which thus downloads neither their code, their data nor the glyphs.
import type * as maplibregl from "maplibre-gl";
import { toDisplayFeatures } from "./insets.ts";
import type { SelectionLabel } from "./label-layers.ts";

type LabelLayers = typeof import("./label-layers.ts");

export class MapNames {
  /** The selected commune's name, left out of the other names. */
  private selectedName: string | null = null;
  private layers: Promise<LabelLayers> | null = null;
  private removed = false;

  /** `beneath`: the layer the names are drawn under (the lasso's). */
  constructor(
    private readonly map: maplibregl.Map,
    private readonly beneath: string,
  ) {}

  setLabels(visible: boolean): void {
    if (!visible && !this.layers) return;
    this.withLayers((layers) => {
      if (visible && layers.addLabelLayers(this.map, this.beneath)) layers.leaveOutOfLabels(this.map, this.selectedName);
      layers.setLabelVisibility(this.map, visible);
    });
  }

  setSelection(selection: SelectionLabel | null): void {
    if (!selection && !this.layers) return;
    this.withLayers((layers) => {
      if (selection) layers.addSelectionLayers(this.map, this.beneath);
      (this.map.getSource(layers.SELECTION_SOURCE) as maplibregl.GeoJSONSource | undefined)?.setData(toDisplayFeatures(layers.selectionFeatures(selection)));
      this.selectedName = selection?.name ?? null;
      layers.leaveOutOfLabels(this.map, this.selectedName);
    });
  }

  /** Stops applying changes (the map is being removed). */
  destroy(): void {
    this.removed = true;
  }

  /** Runs `change` with the names' layers, in call order, unless the map is gone by then. */
  private withLayers(change: (layers: LabelLayers) => void): void {
    this.layers ??= import("./label-layers.ts");
    void this.layers.then((layers) => {
      if (!this.removed) change(layers);
    });
  }
}
