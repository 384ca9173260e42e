// Copying text for the user, where the browser allows it.

/** Writes `text` to the clipboard; false when the browser refuses (no permission, no clipboard). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) throw new Error("presse-papiers indisponible");
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

