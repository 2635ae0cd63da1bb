/**
 * WCAG 2.1 contrast of two `#rrggbb` colours (1.4.3): the rule a tenant's look must meet, written once
 * for the API's schema (shared/schemas/tenant.ts) and the admin's live sample; no zod, so the admin
 * bundle can load it.
 */
export const MIN_CONTRAST = 4.5;

export const isColour = (value: unknown): value is string => typeof value === 'string' && /^#[0-9a-f]{6}$/i.test(value);

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Whether text in `text` is readable on `background` (WCAG AA for normal text). */
export const readable = (background: unknown, text: unknown): boolean => isColour(background) && isColour(text) && contrastRatio(background, text) >= MIN_CONTRAST;
