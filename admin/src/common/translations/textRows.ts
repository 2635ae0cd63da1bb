/**
 * The rows of "Übersetzungen" for a record whose translatable texts are plain fields and lists of notes
 * (a public profile, a centre), from the form as it is now: a text where German has one, or a
 * translation still does. An offer's rows are its own (TranslationsSection `useOfferRows`).
 */
import { useWatch } from 'react-hook-form';
import { useTranslate } from 'react-admin';
import { filled } from './state';
import type { Row } from './TranslationsSection';

/** One text: its key in `translations[code]`, the form path of its German, and its label key under `app.translation.field`. */
export interface TextDef {
  key: string;
  german: string;
  label: string;
  multiline?: boolean;
}
/** A list of notes: `translations[code][key][i]` translates `<of>[i].<note>`. */
export interface ListDef {
  key: string;
  of: string;
  note: string;
  label: string;
}

const at = (values: any, path: string) => path.split('.').reduce((v, k) => v?.[k], values);

export function useTextRows(texts: readonly TextDef[], lists: readonly ListDef[] = []): Row[] {
  const translate = useTranslate();
  const names = [...texts.map((t) => t.german.split('.')[0]), ...lists.map((l) => l.of), 'translations'];
  const watched = useWatch({ name: names }) as unknown[];
  const values = Object.fromEntries(names.map((n, i) => [n, watched[i]]));
  const all = Object.values((values.translations ?? {}) as Record<string, any>);
  const translated = (pick: (t: any) => unknown) => all.some((t) => filled(t && pick(t)));
  const rows: Row[] = [];
  for (const t of texts) {
    const german = at(values, t.german);
    if (filled(german) || translated((x) => x[t.key])) rows.push({ path: t.key, label: translate(`app.translation.field.${t.label}`), german: german ?? '', multiline: !!t.multiline });
  }
  for (const l of lists) {
    ((values[l.of] ?? []) as any[]).forEach((item, i) => {
      const german = item?.[l.note];
      if (filled(german) || translated((x) => x[l.key]?.[i]))
        rows.push({ path: `${l.key}.${i}`, label: translate(`app.translation.field.${l.label}`, { number: i + 1 }), german: german ?? '', multiline: false });
    });
  }
  return rows;
}
