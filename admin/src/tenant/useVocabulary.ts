/**
 * The signed-in tenant's themes and target groups as choices (its /me answer; the shared lists where it
 * names none), following changes to its settings. In a form, a value the record holds that the list
 * no longer has stays a choice, so it shows and can be taken off (the form's check names it).
 */
import { useMemo } from 'react';
import { useRecordContext } from 'react-admin';
import { vocabularyOf } from '../../../shared/schemas/vocabulary';
import { targetGroupChoices } from '../common/choices';
import { useTenantFace } from './useTenantFace';

export function useVocabulary() {
  const face = useTenantFace();
  return useMemo(() => vocabularyOf(face), [face]);
}

/** What the record in context holds of these fields (lists or single values), joined into one stable key. */
const SEP = '\u0000';
function held(record: Record<string, any> | undefined, ...fields: string[]): string {
  return fields.flatMap((f) => record?.[f] ?? []).filter((v) => typeof v === 'string').join(SEP);
}
const split = (key: string) => (key ? key.split(SEP) : []);

export function useThemeChoices() {
  const { themes } = useVocabulary();
  const kept = held(useRecordContext(), 'themes', 'theme');
  return useMemo(() => [...new Set([...themes, ...split(kept)])].map((t) => ({ id: t, name: t })), [themes, kept]);
}

export function useTargetGroupChoices() {
  const { targetGroups } = useVocabulary();
  const kept = held(useRecordContext(), 'targetGroups');
  return useMemo(() => {
    const wanted = new Set<string>([...targetGroups, ...split(kept)]);
    return targetGroupChoices.filter((c) => wanted.has(c.id));
  }, [targetGroups, kept]);
}
