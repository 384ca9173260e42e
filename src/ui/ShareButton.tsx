// « Partager »: the link to the view on screen is copied at once (where the clipboard is
// refused, it is shown selected to copy by hand), and a dialog gives together what a reader
// needs to see the same thing: the link, the project file (a link shows the reader's own
// data: the file brings the sender's), and the code to embed the view in another site.
import { Suspense, useId, useState } from "react";
import { shareAddress } from "../app/url-binding.ts";
import { copyText } from "./clipboard.ts";
import { preloadable } from "./preloadable.tsx";
import { useAppStore } from "./store-context.tsx";

// The dialog loads at the first « Partager » (the link is copied at once all the same), or
// when the button is pointed at or focused.
const dialog = preloadable(() => import("./ShareDialog.tsx").then((module) => module.ShareDialog));
const ShareDialog = dialog.Component;

export function ShareButton() {
  const id = useId();
  const store = useAppStore();
  const [shared, setShared] = useState<{ link: string; copied: boolean | null } | null>(null);

  const share = async () => {
    const link = shareAddress(store.getState());
    setShared({ link, copied: null });
    const copied = await copyText(link);
    setShared((current) => (current && current.link === link ? { link, copied } : current));
  };

  return (
    <section className="panel-section share" aria-labelledby={`${id}-titre`} data-testid="partage">
      <h2 id={`${id}-titre`} className="fr-sr-only">
        Partager cette vue
      </h2>
      <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-share-line fr-btn--icon-left" onPointerEnter={() => void dialog.preload()} onFocus={() => void dialog.preload()} onClick={() => void share()}>
        Partager
      </button>
      {shared && (
        <Suspense
          fallback={
            <p className="fr-text--sm" role="status">
              Chargement…
            </p>
          }
        >
          <ShareDialog link={shared.link} copied={shared.copied} onClose={() => setShared(null)} />
        </Suspense>
      )}
    </section>
  );
}
