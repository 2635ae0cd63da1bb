/** The "still current" link's token: signature, binding and expiry (its single use is tested against the database). */
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { LINK_VALID_DAYS, signOfferLink, verifyOfferLink } from '../../shared/domain/offerLink.ts';

const SECRET = 'unit-test-secret';
const now = new Date('2026-11-26T06:00:00Z');
const token = signOfferLink({ id: 'offer-1', version: 4 }, SECRET, now, 'hamm');

describe('offer link', () => {
  it('carries the offer and version it was made for', () => {
    const check = verifyOfferLink(token, SECRET, now, 'hamm');
    expect(check).toMatchObject({ ok: true, claims: { offerId: 'offer-1', version: 4 } });
  });

  it('refuses a changed payload, a changed signature, another secret and garbage', () => {
    const [payload, signature] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, offerId: 'offer-2' })).toString('base64url');
    expect(verifyOfferLink(`${forged}.${signature}`, SECRET, now, 'hamm')).toEqual({ ok: false, reason: 'tampered' });
    expect(verifyOfferLink(`${payload}.${signature.slice(0, -2)}AA`, SECRET, now, 'hamm')).toEqual({ ok: false, reason: 'tampered' });
    expect(verifyOfferLink(token, 'another-secret', now, 'hamm')).toEqual({ ok: false, reason: 'tampered' });
    for (const junk of ['', 'abc', 'a.b.c', `${payload}.`]) expect(verifyOfferLink(junk, SECRET, now, 'hamm')).toEqual({ ok: false, reason: 'tampered' });
  });

  it(`expires after ${LINK_VALID_DAYS} days`, () => {
    const day = 86400000;
    expect(verifyOfferLink(token, SECRET, new Date(now.getTime() + (LINK_VALID_DAYS - 1) * day), 'hamm').ok).toBe(true);
    expect(verifyOfferLink(token, SECRET, new Date(now.getTime() + LINK_VALID_DAYS * day), 'hamm')).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses correctly signed claims of the wrong shape', () => {
    const signed = (claims: unknown) => {
      const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
      return `${payload}.${createHmac('sha256', SECRET).update(payload).digest('base64url')}`;
    };
    const good = { offerId: 'offer-1', version: 4, expiresAt: '2026-12-01T06:00:00.000Z', nonce: 'abcdefghijklmnop' };
    expect(verifyOfferLink(signed(good), SECRET, now, 'hamm')).toEqual({ ok: true, claims: good });
    for (const bad of [{ ...good, version: 0 }, { ...good, version: 1.5 }, { ...good, version: '4' }, { ...good, offerId: '' }, { ...good, offerId: 'x'.repeat(65) },
      { ...good, expiresAt: '1.12.2026' }, { ...good, nonce: 'short' }, { ...good, extra: 1 }, [good], null, 'offer-1'])
      expect(verifyOfferLink(signed(bad), SECRET, now, 'hamm'), JSON.stringify(bad)).toEqual({ ok: false, reason: 'tampered' });
  });

  it('makes a different token each time (a nonce), so each use is counted once', () => {
    expect(signOfferLink({ id: 'offer-1', version: 4 }, SECRET, now, 'hamm')).not.toBe(token);
  });

  it('opens nothing at another tenant: each tenant signs with a key of its own, Hamm with the secret itself (its links from before tenants)', () => {
    const musterToken = signOfferLink({ id: 'offer-1', version: 4 }, SECRET, now, 'musterstadt');
    expect(verifyOfferLink(musterToken, SECRET, now, 'musterstadt').ok).toBe(true);
    expect(verifyOfferLink(musterToken, SECRET, now, 'hamm')).toEqual({ ok: false, reason: 'tampered' });
    expect(verifyOfferLink(token, SECRET, now, 'musterstadt')).toEqual({ ok: false, reason: 'tampered' });
    const [payload] = token.split('.');
    expect(token.split('.')[1]).toBe(createHmac('sha256', SECRET).update(payload!).digest('base64url'));
  });
});
