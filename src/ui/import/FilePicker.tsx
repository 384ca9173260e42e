// A file field that speaks French whatever the browser's language: the native input (whose
// button reads « Choose File » in an English browser) stays out of sight and of the
// keyboard; a DSFR button opens it, and the chosen file's name is written beside it.
import { useRef, useState, type ChangeEvent, type ReactNode } from "react";

export function FilePicker({
  id,
  label,
  hint,
  accept,
  error,
  onChange,
  multiple = false,
}: {
  id: string;
  label: string;
  hint: ReactNode;
  accept: string;
  error: string | null;
  onChange(event: ChangeEvent<HTMLInputElement>): void;
  /** Several files at once (their names are listed). */
  multiple?: boolean;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [name, setName] = useState<string | null>(null);
  return (
    <div className={`fr-upload-group${error ? " fr-upload-group--error" : ""}`}>
      <p className="fr-label" id={`${id}-titre`}>
        {label}
        <span className="fr-hint-text" id={`${id}-aide`}>
          {hint}
        </span>
      </p>
      <div className="file-picker">
        <button type="button" className="fr-btn fr-btn--secondary fr-btn--sm" aria-describedby={`${id}-aide ${id}-nom${error ? ` ${id}-erreur` : ""}`} onClick={() => input.current?.click()}>
          {multiple ? "Choisir des fichiers…" : "Choisir un fichier…"}
        </button>
        <span className="fr-text--sm file-picker__name" id={`${id}-nom`}>
          {name ?? (multiple ? "Aucun fichier choisi (plusieurs possibles)" : "Aucun fichier choisi")}
        </span>
      </div>
      <input
        ref={input}
        className="file-picker__input"
        type="file"
        id={id}
        accept={accept}
        multiple={multiple}
        tabIndex={-1}
        aria-labelledby={`${id}-titre`}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          setName(files.length === 0 ? null : files.length === 1 ? files[0]!.name : `${files.length} fichiers : ${files.map((file) => file.name).join(", ")}`);
          onChange(event);
        }}
      />
      {error && (
        <p className="fr-error-text" id={`${id}-erreur`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
