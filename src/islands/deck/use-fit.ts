import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Keeps a slide inside its box: if any of its `[data-fit]` parts overflows, the slide's
 * `--fit` factor (which every font size on it is multiplied by) steps down until it fits.
 * Runs again when the slide changes and when the box is resized. The factor is set
 * through the CSS object model, which the site's Content-Security-Policy allows.
 */
export function useFit(stage: RefObject<HTMLElement>, key: string, enabled: boolean) {
  useLayoutEffect(() => {
    const box = stage.current;
    if (!enabled || !box) return;
    const shrinkToFit = () => {
      const slide = box.querySelector<HTMLElement>('.slide.is-current');
      if (!slide) return;
      const parts = [slide, ...slide.querySelectorAll<HTMLElement>('[data-fit]')];
      const overflows = () =>
        parts.some((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
      let factor = 1;
      slide.style.setProperty('--fit', '1');
      while (factor > 0.4 && overflows()) {
        factor = Math.round((factor - 0.05) * 100) / 100;
        slide.style.setProperty('--fit', String(factor));
      }
      slide.dataset.fit = String(factor);
    };
    shrinkToFit();
    const observer = new ResizeObserver(() => shrinkToFit());
    observer.observe(box);
    return () => observer.disconnect();
  }, [stage, key, enabled]);
}
