/** Whether a key press should open search: "/" outside any text field. */
export function isSearchShortcut(
  key: string,
  target: { tagName?: string; isContentEditable?: boolean } | null,
): boolean {
  if (key !== '/') return false;
  const tag = target?.tagName?.toLowerCase();
  return !(tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable);
}
