import { LEGENDS } from "../map/palettes.ts";
import { COLOURING_LABELS, type Colouring } from "../store/view.ts";

/**
 * The legend of the coloured layer: over the map by default; the presentation and print
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
  return (
    <figure className={className} aria-label={`Légende : ${COLOURING_LABELS[colouring]}`} data-testid={testId}>
      <figcaption className={captionClassName}>{COLOURING_LABELS[colouring]}</figcaption>
      <ul>
        {LEGENDS[colouring].map((entry) => (
          <li key={entry.value}>
            <span className="legend-swatch" style={{ background: entry.colour }} aria-hidden="true" />
            {entry.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
