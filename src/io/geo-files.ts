// Where the files of public/geo/ are, and how they are fetched.

/** URL of a file of public/geo, relative to the page so the app works from any sub-path. */
export const geoUrl = (name: string) => new URL(`geo/${name}`, document.baseURI).toString();

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Impossible de charger ${url} : HTTP ${response.status}`);
  return (await response.json()) as T;
}
