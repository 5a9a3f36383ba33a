import { useEffect, useState } from 'preact/hooks';
import { effectiveTheme, parseTheme, type Theme, writeTheme } from '../../store/theme';

/** Switches the deck between the light and dark theme (some projectors wash one of them out). */
export function ThemeButton({ live }: { live: boolean }) {
  const [theme, setTheme] = useState<Theme>('light');
  useEffect(() => {
    if (!live) return;
    const dark = window.matchMedia('(prefers-color-scheme: dark)');
    const sync = () => setTheme(effectiveTheme(parseTheme(document.documentElement.dataset.theme), dark.matches));
    sync();
    dark.addEventListener('change', sync);
    return () => dark.removeEventListener('change', sync);
  }, [live]);
  return (
    <button
      type="button"
      class="deck-button"
      aria-pressed={theme === 'dark'}
      disabled={!live}
      onClick={() => {
        const next = theme === 'dark' ? 'light' : 'dark';
        document.documentElement.dataset.theme = next;
        writeTheme(next);
        setTheme(next);
      }}
    >
      Dark theme
    </button>
  );
}
