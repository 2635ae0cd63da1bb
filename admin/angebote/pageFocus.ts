/**
 * Where the focus and the tab's title go when a page of the finder has loaded: to its heading, unless
 * the resident has put the focus somewhere already (screen readers announce the new page that way).
 */
import { useEffect } from 'preact/hooks';
import type { T } from './i18n';

/** Moves the focus to `element` when nothing else has it (the link that led here is gone). */
export function focusIfLost(element: HTMLElement | null) {
  const active = document.activeElement;
  if (element && (!active || active === document.body || !active.isConnected)) element.focus();
}

/** The page's title in the browser's tab while it is shown (once `name` is known), and the focus on its heading. */
export function useTitle(t: T, name: string | undefined, heading: { current: HTMLElement | null }) {
  useEffect(() => {
    if (!name) return;
    document.title = `${name} – ${t('title')}`;
    requestAnimationFrame(() => focusIfLost(heading.current));
    return () => {
      document.title = t('title');
    };
  }, [name, t]);
}
