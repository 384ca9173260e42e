// Files offered for download: made in the page (Blob), named after the project and the day.

/** « Mon projet : Île-de-France » → « mon-projet-ile-de-france » (safe in every file system). */
export function fileSlug(text: string): string {
  const slug = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "projet";
}

/** « <projet>-<what>-<AAAA-MM-JJ>.<extension> ». */
export function exportFileName(projectName: string, what: string, date: string, extension: string): string {
  return `${fileSlug(projectName)}-${what}-${date}.${extension}`;
}

/** Makes the browser download `text` as a file named `name`. */
export function downloadText(name: string, text: string, type: string): void {
  downloadBlob(name, new Blob([text], { type }));
}

/** Makes the browser download `blob` as a file named `name`. */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; free it once the browser has had time to read it.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
