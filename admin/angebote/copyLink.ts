/**
 * Copying a link the resident is to keep or pass on (a status link, a page's address): to the
 * clipboard, or, where there is none (an insecure origin, or refused), the link selected so that
 * copying is one keystroke; the note says which, for a live region.
 */
import { useRef, useState } from 'preact/hooks';
import type { T } from './i18n';

export function useCopyLink(t: T, url: string) {
  const link = useRef<HTMLAnchorElement>(null);
  const [note, setNote] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setNote(t('join.copied'));
    } catch {
      if (link.current) getSelection()?.selectAllChildren(link.current);
      setNote(t('join.copyFailed'));
    }
  };
  return { link, note, copy };
}
