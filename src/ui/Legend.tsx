import { LEGENDS, legendRows } from "../map/palettes.ts";
import { colouringTitle, type Colouring } from "../view/vocabulary.ts";
import { useAppState } from "./store-context.tsx";

/**
 * The legend of the coloured layer (the « besoins » layer names its measure): over the map by default; the presentation and print
 * pages give their own class (size, place) and test id.
 */
export function Legend({
  colouring,
  className = "legend",
  captionClassName = "fr-text--bold fr-text--sm",
  testId = "legende",
}: {
  colouring: Colouring;
  className?: string;
  captionClassName?: string;
  testId?: string;
}) {
  const measure = useAppState((state) => state.view.needsMeasure);
  const title = colouringTitle(colouring, measure);
  return (
    <figure className={className} aria-label={`Légende : ${title}`} data-testid={testId}>
      <figcaption className={captionClassName}>{title}</figcaption>
      <ul>
        {legendRows(LEGENDS[colouring]).map((row) => (
          <li key={row.key} className={row.colours.length > 1 ? "legend-group" : undefined}>
            <span className="legend-swatches" aria-hidden="true">
              {row.colours.map((colour) => (
                <span key={colour} className="legend-swatch" style={{ background: colour }} />
              ))}
            </span>
            {row.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
