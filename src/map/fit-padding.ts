// Room kept free around what the map fits (France, a focused territory): the panels drawn
// over the map, the legend on the right and the text note at the bottom left.

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The room the panels over the map take now (measured on the page: they change with the layer, the window…). */
export type FitPadding = () => Padding;

/** The share of the map's width (or height) the padding may take; beyond, the panels are ignored. */
const MAX_SHARE = 0.5;

/**
 * `padding` plus `margin` on every side, for a map of `width` × `height` pixels. On a map too
 * narrow (or too low) for the panels, that direction keeps only the margin: MapLibre refuses
 * to fit at all when the padding leaves no room.
 */
export function paddingWithin(padding: Padding, width: number, height: number, margin = 0): Padding {
  const across = padding.left + padding.right + 2 * margin <= width * MAX_SHARE;
  const down = padding.top + padding.bottom + 2 * margin <= height * MAX_SHARE;
  return {
    left: (across ? padding.left : 0) + margin,
    right: (across ? padding.right : 0) + margin,
    top: (down ? padding.top : 0) + margin,
    bottom: (down ? padding.bottom : 0) + margin,
  };
}
