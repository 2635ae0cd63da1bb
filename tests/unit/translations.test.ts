/**
 * The rules of offer translations (shared/domain/translations.ts) and of search folding across scripts
 * (shared/i18n/fold.ts): the German text's version, staleness, the fallback order field by field with
 * the language each text is in, and matching Turkish, Cyrillic, Arabic and German words.
 */
import { describe, expect, it } from 'vitest';
import { isStale, localize, sourceText, trackTexts, type TranslatableOffer } from '../../shared/domain/translations.ts';
import { fold } from '../../shared/i18n/fold.ts';
import { lookupOrder, negotiate } from '../../shared/i18n/languages.ts';
import { allSeedItems } from '../../shared/seed/seed.ts';

const T0 = new Date('2026-12-01T10:00:00Z');
const T1 = new Date('2026-12-02T10:00:00Z');
const base: TranslatableOffer = { title: 'Elterncafé', description: 'Treffpunkt für Eltern.', schedules: [{ description: 'außer in den Ferien' }], cost: { notes: 'Ermäßigung mit Hamm-Pass' } };

describe('the German text version and each translation\'s status', () => {
  const created = { ...base, translations: { tr: { title: 'Ebeveyn kahvesi' } }, ...trackTexts(undefined, { ...base, translations: { tr: { title: 'Ebeveyn kahvesi' } } }, T0, 'user:a', sourceText) };

  it('starts at 1 with every translation made from it', () => {
    expect(created.textVersion).toBe(1);
    expect(created.translationStatus.tr).toEqual({ basedOn: 1, machine: false, updatedAt: T0.toISOString(), confirmedBy: 'user:a' });
    expect(isStale(created, 'tr')).toBe(false);
  });

  it('goes up with a change of any translatable German field, and only then', () => {
    for (const change of [{ title: 'Elterncafé Nord' }, { description: 'Neu.' }, { schedules: [{ description: 'auch in den Ferien' }] }, { cost: { notes: 'kostenlos mit Hamm-Pass' } }, { accessibility: { notes: 'Rampe' } }]) {
      const next = trackTexts(created, { ...created, ...change }, T1, 'user:b', sourceText);
      expect(next.textVersion, JSON.stringify(change)).toBe(2);
      expect(next.textUpdatedAt).toBe(T1.toISOString());
      expect(isStale({ ...next }, 'tr')).toBe(true);
    }
    // Empty and missing compare alike; other fields are not text.
    const same = trackTexts(created, { ...created, description: 'Treffpunkt für Eltern.', accessibility: { notes: '' } }, T1, 'user:b', sourceText);
    expect(same.textVersion).toBe(1);
    expect(same.textUpdatedAt).toBe(T0.toISOString());
  });

  it('keeps a translation\'s status while its text stays, renews it when its text changes, and drops an emptied one', () => {
    const edited = { ...created, title: 'Neu', ...trackTexts(created, { ...created, title: 'Neu' }, T1, 'user:b', sourceText) };
    expect(edited.translationStatus.tr.basedOn).toBe(1);
    const retranslated = trackTexts(edited, { ...edited, translations: { tr: { title: 'Yeni' } } }, T1, 'user:c', sourceText);
    expect(retranslated.translationStatus.tr).toMatchObject({ basedOn: 2, confirmedBy: 'user:c' });
    expect(trackTexts(edited, { ...edited, translations: { tr: { title: ' ' } } }, T1, 'user:c', sourceText).translationStatus).toEqual({});
    // Changed in the same write as the German text: still made from the German text it was made from.
    const together = trackTexts(created, { ...created, title: 'Neu', translations: { tr: { title: 'Yeni' } } }, T1, 'user:c', sourceText);
    expect(together.textVersion).toBe(2);
    expect(together.translationStatus.tr!.basedOn).toBe(1);
  });

  it('counts a schedule added without a note as no change of the German text', () => {
    const added = trackTexts(created, { ...created, schedules: [...created.schedules!, {}] }, T1, 'user:b', sourceText);
    expect(added.textVersion).toBe(1);
  });
});

describe('the texts in a language, field by field along the fallback order', () => {
  const offer: TranslatableOffer = {
    ...base,
    accessibility: { notes: 'Eingang mit Rampe' },
    textVersion: 2,
    textUpdatedAt: T1.toISOString(),
    translations: { tr: { title: 'Ebeveyn kahvesi', scheduleNotes: ['tatiller hariç'] }, 'de-x-ls': { title: 'Café für Eltern', description: 'Hier treffen sich Eltern.' } },
    translationStatus: { tr: { basedOn: 1, machine: true, updatedAt: T0.toISOString() }, 'de-x-ls': { basedOn: 2, machine: false, updatedAt: T1.toISOString() } },
  };

  it('looks in the language itself, then its fallbacks, German last', () => {
    expect(lookupOrder('tr')).toEqual(['tr', 'de']);
    expect(lookupOrder('de-x-ls')).toEqual(['de-x-ls', 'de']);
    expect(lookupOrder('de')).toEqual(['de']);
    expect(lookupOrder('xx')).toEqual(['de']);
  });

  it('says which language each text is in, and how far to trust the translation', () => {
    const tr = localize(offer, 'tr');
    expect(tr.title).toBe('Ebeveyn kahvesi');
    expect(tr.description).toBe('Treffpunkt für Eltern.');
    expect(tr.schedules![0]!.description).toBe('tatiller hariç');
    expect(tr.textLang).toEqual({ title: 'tr', description: 'de', scheduleNotes: 'tr', costNote: 'de', accessibilityNote: 'de' });
    expect(tr.translation).toEqual({ lang: 'tr', machine: true, stale: true, germanUpdatedAt: T1.toISOString() });
    expect(tr).not.toHaveProperty('translations');

    const ls = localize(offer, 'de-x-ls');
    expect(ls).toMatchObject({ title: 'Café für Eltern', description: 'Hier treffen sich Eltern.', textLang: { title: 'de-x-ls', costNote: 'de' }, translation: { lang: 'de-x-ls', machine: false, stale: false } });

    // Schedule notes come as one list, from a language only where it has every note German has.
    const partly = localize({ ...offer, schedules: [...offer.schedules!, { description: 'nur nach Absprache' }] }, 'tr');
    expect(partly.schedules!.map((s) => s.description)).toEqual(['außer in den Ferien', 'nur nach Absprache']);
    expect(partly.textLang.scheduleNotes).toBe('de');

    const de = localize(offer, 'de');
    expect(de.title).toBe('Elterncafé');
    expect(de.translation).toBeUndefined();
    expect(Object.values(de.textLang)).toEqual(['de', 'de', 'de', 'de', 'de']);
  });
});

describe('search folding across scripts', () => {
  it.each([
    ['German umlauts and ß', 'Familienfrühstück Straße', 'familienfruhstuck strasse'],
    ['Turkish dotted İ and dotless ı', 'İSTANBUL KAHVALTISI', 'istanbul kahvaltisi'],
    ['Turkish letters with marks', 'Çocuk oyun grubu, Şişli', 'cocuk oyun grubu, sisli'],
    ['Cyrillic case and ё', 'Ёлка для Детей', 'елка для детей'],
    ['Ukrainian ї as і', 'Україна Їжа', 'украіна іжа'],
    ['Arabic short vowels and tatweel', 'مَقْهَى الآبـــاء', 'مقهي الاباء'],
    ['Arabic alef and ta marbuta forms', 'أسرة إسلامية', 'اسره اسلاميه'],
    ['Arabic-Indic digits', '٢٠٢٦', '2026'],
  ])('%s', (_what, text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('lets a word without marks find the word with them, in each script', () => {
    expect(fold('Kahvaltı Cumartesi').includes(fold('kahvalti'))).toBe(true);
    expect(fold('مَقْهَى').includes(fold('مقهى'))).toBe(true);
    expect(fold('Schülerhilfe').includes(fold('schuler'))).toBe(true);
    expect(fold('Kinder').includes(fold('Kindergarten'))).toBe(false);
  });
});

describe('the language of a first visit', () => {
  it('takes the first preference there is a language for, by tag or by its primary subtag', () => {
    expect(negotiate(['tr-TR', 'de'])).toBe('tr');
    expect(negotiate(['fr-FR', 'ar-SY;q=0.8'])).toBe('ar');
    expect(negotiate(['de-x-ls'])).toBe('de-x-ls');
    expect(negotiate(['fr', 'es'])).toBe('de');
  });
});

describe('the demo seed in other languages', () => {
  const offers = allSeedItems(new Date('2026-12-07T10:00:00Z')).filter((i) => i.type === 'offer').map((i) => i.data as unknown as TranslatableOffer & { status: string });
  const published = offers.filter((o) => o.status === 'published');
  const translatedInto = (code: string, script: RegExp) => published.filter((o) => script.test(o.translations?.[code]?.title ?? '') && script.test(o.translations?.[code]?.description ?? ''));

  it('carries real translations of published offers into Turkish, Arabic and Ukrainian, and Leichte Sprache for twenty', () => {
    expect(translatedInto('tr', /[a-zçğıöşü]/i).length).toBeGreaterThanOrEqual(10);
    expect(translatedInto('ar', /[\u0600-\u06FF]/).length).toBeGreaterThanOrEqual(10);
    expect(translatedInto('uk', /[іїєґ]/i).length).toBeGreaterThanOrEqual(10);
    const easy = translatedInto('de-x-ls', /\S/);
    expect(easy.length).toBeGreaterThanOrEqual(20);
    // Leichte Sprache is its own text, not the German one again.
    for (const o of easy) expect(o.translations!['de-x-ls']!.description).not.toBe(o.description);
  });

  it('shows both kinds of doubt somewhere: a machine draft and an out-of-date translation', () => {
    expect(published.some((o) => Object.values(o.translationStatus ?? {}).some((s) => s?.machine))).toBe(true);
    expect(published.some((o) => Object.keys(o.translationStatus ?? {}).some((code) => isStale(o, code)))).toBe(true);
  });
});
