// Where the files of public/geo/ are, and how they are fetched.

/** URL of a file of public/geo, relative to the page so the app works from any sub-path. */
export const geoUrl = (name: string) => new URL(`geo/${name}`, document.baseURI).toString();

/** The response for `url`, its body not read yet; a French error for an HTTP error. */
export async function fetchOk(url: string, signal?: AbortSignal): Promise<Response> {
  const response = await fetch(url, signal ? { signal } : {});
  if (!response.ok) throw new Error(`Impossible de charger ${url} : HTTP ${response.status}`);
  return response;
}

export async function fetchJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  return (await (await fetchOk(url, signal)).json()) as T;
}
