/**
 * Area profile (öffentliches Profil): what the staff of a social space tell the public about it, or
 * about one of its quarters (`quarterId`): an introduction, its strengths and opportunities (Stärken
 * und Chancen) and up to five photos, each with its alt text. Staff edit the draft; publishing copies
 * it into `published` (versioned and audited), and only that copy is ever shown in public. A quarter
 * without a text of its own shows its social space's.
 */
import * as z from 'zod';
import { entitySchemas, Id, IsoDateTime, PhotoKey } from './common.ts';
import { translationBookkeeping, translationsOf } from './translation.ts';

export const ProfilePhoto = z.strictObject({
  key: PhotoKey,
  /** What the photo shows, for people who cannot see it (required: WCAG 1.1.1). */
  alt: z.string().trim().min(1, 'Bitte beschreiben Sie, was das Foto zeigt').max(300),
  caption: z.string().trim().max(300).optional(),
});

const texts = {
  intro: z.string().trim().max(1000).optional(),
  strengths: z.string().trim().max(6000).optional(),
};
const profileShape = {
  ...texts,
  photos: z.array(ProfilePhoto).max(5, 'Höchstens fünf Fotos').default([]),
  /** The texts in other languages (shared/domain/staffTexts.ts), out of date by the offers' rule. */
  translations: translationsOf(texts),
};

/** The published copy: the texts, their translations and photos as they were published, with who published them and when. */
export const PublishedProfile = z.object({ ...profileShape, ...translationBookkeeping, version: z.number().int().min(1), at: IsoDateTime, by: z.string() });
export type PublishedProfile = z.infer<typeof PublishedProfile>;

export const areaProfile = entitySchemas(
  { socialSpaceId: Id, quarterId: Id.optional(), ...profileShape },
  {
    readonly: {
      ...translationBookkeeping,
      published: PublishedProfile.optional(),
      /** The area the profile is for, `socialSpace:<id>` or `quarter:<id>`, set by the server: one profile each (its natural key). */
      area: z.string(),
    },
  },
);
export type AreaProfile = z.infer<typeof areaProfile.entity>;
