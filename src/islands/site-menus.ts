/**
 * The header's menus (`<details name="site-menu">`: Lessons, Tools and the phone menu) close
 * as menus do: Escape closes the open one, returning focus to its button when focus was in
 * it; a click, a tap or focus anywhere outside it closes it. Without script they still open
 * and close with their button, and opening one closes the others (the shared `name`).
 */
const openMenus = () => [...document.querySelectorAll<HTMLDetailsElement>('details[name="site-menu"][open]')];

document.addEventListener('keydown', (e) => {
  if (e.key !== 'Escape') return;
  for (const menu of openMenus()) {
    const hadFocus = menu.contains(document.activeElement);
    menu.open = false;
    if (hadFocus) menu.querySelector('summary')?.focus();
  }
});

const closeOutside = (e: Event) => {
  for (const menu of openMenus()) if (!menu.contains(e.target as Node | null)) menu.open = false;
};
document.addEventListener('click', closeOutside);
document.addEventListener('focusin', closeOutside);
