/**
 * The admin's pure pieces for the public pages (issue 33): a quarter's streets typed one a line, the
 * error of a list entry shown on the list, the council's next session, and the district report
 * opened in the admin's origin without scripts.
 */
import { describe, expect, it } from 'vitest';
import { streetsOf, textMatches } from '../../admin/src/quarters/streets.ts';
import { nextSession } from '../../admin/src/councils/nextSession.ts';
import { withoutScripts } from '../../admin/src/councils/councilReport.ts';
import { entryError } from '../../admin/src/common/entryError.ts';

describe('streets typed one a line', () => {
  it('trims each line and leaves out empty lines and repeats, in the order given', () => {
    expect(streetsOf(' Nordstraße \r\n\nHeessener Straße\n  \nNordstraße\nAm Wiesenkamp ')).toEqual(['Nordstraße', 'Heessener Straße', 'Am Wiesenkamp']);
    expect(streetsOf('')).toEqual([]);
  });

  it('keeps the text as typed while it stands for the same list (a new empty line, a trailing space)', () => {
    expect(textMatches('Nordstraße\n', ['Nordstraße'])).toBe(true);
    expect(textMatches('Nordstraße \nHeessener ', ['Nordstraße', 'Heessener'])).toBe(true);
    expect(textMatches('Nordstraße', ['Nordstraße', 'Heessener Straße'])).toBe(false);
    expect(textMatches('Heessener Straße\nNordstraße', ['Nordstraße', 'Heessener Straße'])).toBe(false);
  });
});

describe('a list entry’s error, shown on the list', () => {
  it('is the list’s own message first, else the first entry’s, as zodResolver nests them', () => {
    expect(entryError({ type: 'custom', message: 'Ein Sitzungstag ist doppelt genannt' })).toBe('Ein Sitzungstag ist doppelt genannt');
    expect(entryError({ 2: { type: 'invalid_format', message: 'Sprachcode wie „tr“ oder „ar“' }, 5: { type: 'too_big', message: 'zu lang' } })).toBe('Sprachcode wie „tr“ oder „ar“');
  });

  it('is none without an error or without a message', () => {
    expect(entryError(undefined)).toBeUndefined();
    expect(entryError({ 0: { type: 'x' } })).toBeUndefined();
  });
});

describe('a council’s next session', () => {
  const sessions = [{ date: '2026-03-10' }, { date: '2026-06-02', time: '17:00' }, { date: '2026-04-21' }];

  it('is the earliest from today (Berlin’s day) on, whatever the stored order', () => {
    expect(nextSession(sessions, new Date('2026-03-11T09:00:00Z'))?.date).toBe('2026-04-21');
    // 23:30 UTC on 9 March is already the 10th in Berlin: that day's session is still ahead.
    expect(nextSession(sessions, new Date('2026-03-09T23:30:00Z'))?.date).toBe('2026-03-10');
  });

  it('is none after the last session, or without sessions', () => {
    expect(nextSession(sessions, new Date('2026-06-03T08:00:00Z'))).toBeUndefined();
    expect(nextSession(undefined, new Date('2026-06-03T08:00:00Z'))).toBeUndefined();
  });
});

describe('the district report as a blob in the admin’s origin', () => {
  const POLICY = `<meta http-equiv="Content-Security-Policy" content="script-src 'none'; object-src 'none'">`;

  it('forbids scripts first thing in the head', () => {
    const html = withoutScripts('<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Bericht</title></head><body>x</body></html>');
    expect(html).toBe(`<!doctype html><html lang="de"><head>${POLICY}<meta charset="utf-8"><title>Bericht</title></head><body>x</body></html>`);
  });

  it('also without a head, and only once with attributes on the head', () => {
    expect(withoutScripts('<p>x</p>')).toBe(`${POLICY}<p>x</p>`);
    // A page header is no head: the policy would not count in the body.
    expect(withoutScripts('<body><header>h</header></body>')).toBe(`${POLICY}<body><header>h</header></body>`);
    const html = withoutScripts('<html><HEAD data-x="1"><title>a</title></HEAD><body><header>h</header></body></html>');
    expect(html.split(POLICY)).toHaveLength(2);
    expect(html.startsWith(`<html><HEAD data-x="1">${POLICY}`)).toBe(true);
  });
});
