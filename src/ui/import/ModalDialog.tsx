// A modal dialog on the native <dialog> element: `showModal()` makes the rest of the page
// inert (focus stays inside), Escape closes it, focus returns to what opened it. Styled
// after the DSFR modal (title, close button, sticky footer of actions).
import { useEffect, useId, useRef, type ReactNode } from "react";

interface ModalDialogProps {
  title: string;
  /** Called on Escape, on « Fermer » and by the footer's cancel buttons. */
  onClose(): void;
  children: ReactNode;
  /** Actions, kept visible under a scrolling body. */
  footer?: ReactNode;
  testId?: string;
}

/** Mounted open: render it only while the dialog should show. */
export function ModalDialog({ title, onClose, children, footer, testId }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // Escape fires `cancel`: the parent decides (it unmounts the dialog).
    const onCancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className="data-dialog" aria-labelledby={titleId} data-testid={testId}>
      <div className="data-dialog__header">
        <h1 id={titleId} className="fr-h4">
          {title}
        </h1>
        <button type="button" className="fr-btn--close fr-btn" title="Fermer la fenêtre" aria-label="Fermer la fenêtre" onClick={() => onCloseRef.current()}>
          Fermer
        </button>
      </div>
      <div className="data-dialog__body">{children}</div>
      {footer && <div className="data-dialog__footer">{footer}</div>}
    </dialog>
  );
}
