/** Reads data the page's HTML carries for its scripts (see src/components/PageData.astro); null when absent or unreadable. */
export function readPageData<T>(id: string): T | null {
  try {
    const el = document.getElementById(id);
    return el ? (JSON.parse(el.textContent ?? '') as T) : null;
  } catch {
    return null;
  }
}
