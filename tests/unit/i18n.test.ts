/** The admin UI's German and English messages have the same keys, and German lacks none. */
import { describe, expect, it } from 'vitest';
import { messages } from '../../admin/src/i18n/index.ts';

const flat = (o: object, p = ''): [string, unknown][] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === 'object' ? flat(v, `${p}${k}.`) : [[`${p}${k}`, v] as [string, unknown]]));

describe('i18n', () => {
  it('de and en have exactly the same keys', () => {
    const de = flat(messages.de).map(([k]) => k).sort();
    const en = flat(messages.en).map(([k]) => k).sort();
    expect(de).toEqual(en);
  });
  it('every German message is translated (no gaps filled with a warning marker)', () => {
    const gaps = flat(messages.de).filter(([, v]) => typeof v !== 'string' || v.startsWith('⚠'));
    expect(gaps).toEqual([]);
  });
});
