/** A list of enum values (e.g. a need's evidence), each shown by its translated choice label. */
import { FunctionField, useTranslate } from 'react-admin';
export function EnumListField({ source, choices }: { source: string; choices: { id: string | number; name: string }[]; label?: string }) {
  const translate = useTranslate();
  const label = new Map(choices.map((c) => [c.id, c.name]));
  return <FunctionField source={source} render={(r: any) => ((r[source] ?? []) as string[]).map((v) => translate(label.get(v) ?? v)).join(', ') || '–'} />;
}
