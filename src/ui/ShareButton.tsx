// « Partager »: the address of the view on screen (kept up to date by useUrlState) to
// the clipboard; where the clipboard is refused, the link is shown selected in a read-only
// field to copy by hand.
import { useEffect, useId, useRef, useState } from "react";

export function ShareButton() {
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [fallback, setFallback] = useState<string | null>(null);
  const [message, setMessage] = useState("");

  useEffect(() => {
    if (fallback === null) return;
    field.current?.focus();
    field.current?.select();
  }, [fallback]);

  const copy = async () => {
    const link = window.location.href;
    try {
      if (!navigator.clipboard) throw new Error("presse-papiers indisponible");
      await navigator.clipboard.writeText(link);
      setFallback(null);
      setMessage("Lien copié : il ouvre cette vue (territoire, couches, scénario, sélection).");
    } catch {
      setFallback(link);
      setMessage("Le navigateur n'a pas permis la copie : le lien est sélectionné ci-dessous, copiez-le avec Ctrl+C.");
    }
  };

  return (
    <section className="panel-section share" aria-labelledby={`${id}-titre`} data-testid="partage">
      <h2 id={`${id}-titre`} className="fr-sr-only">
        Partager cette vue
      </h2>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-share-line fr-btn--icon-left" onClick={() => void copy()}>
        Partager
      </button>
      {fallback !== null && (
        <div className="fr-input-group fr-mt-1w fr-mb-0">
          <label className="fr-label" htmlFor={`${id}-lien`}>
            Lien vers cette vue
          </label>
          <input ref={field} id={`${id}-lien`} className="fr-input" type="text" readOnly value={fallback} onFocus={(event) => event.target.select()} />
        </div>
      )}
      <p className="fr-text--xs fr-mb-0 share__status" role="status" data-testid="annonce-partage">
        {message}
      </p>
    </section>
  );
}
