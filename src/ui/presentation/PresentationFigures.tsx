// A list of key figures in the presentation: the coverage's, and apart from them the needs'
// (DECP: market volume, the State's contracts, social considerations, the loi Climat gap;
// nothing without needs). The A4 print page and its PNG and PDF have no room for the needs'
// figures beside the map: they carry the needs in one sentence.
import type { KeyFigure } from "../print/copil-summary.ts";

export function PresentationFigures({ figures, label, testId }: { figures: readonly KeyFigure[]; label?: string; testId?: string }) {
  if (figures.length === 0) return null;
  return (
    <dl className="presentation-figures" aria-label={label} data-testid={testId}>
      {figures.map((figure) => (
        <div key={figure.id} data-testid={`chiffre-${figure.id}`}>
          <dt>{figure.label}</dt>
          <dd>
            <span className="presentation-figures__value">{figure.value}</span>
            {figure.detail && <span className="presentation-figures__detail">{figure.detail}</span>}
          </dd>
        </div>
      ))}
    </dl>
  );
}
