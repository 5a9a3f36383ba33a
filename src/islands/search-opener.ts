import { href } from '../domain/paths';
import { isSearchShortcut } from '../domain/shortcuts';

/** The "/" key opens the search page from anywhere on the site (outside text fields). */
document.addEventListener('keydown', (e) => {
  if (e.ctrlKey || e.metaKey || e.altKey) return;
  if (isSearchShortcut(e.key, e.target as HTMLElement | null)) {
    e.preventDefault();
    const field = document.getElementById('search-input');
    if (field) field.focus();
    else location.assign(href('/search/'));
  }
});
