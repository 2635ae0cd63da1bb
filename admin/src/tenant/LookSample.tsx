/**
 * How the tenant's title reads on its brand colour (the app bar and the public pages use both), with the
 * contrast ratio: the API refuses a text colour below 4.5 : 1 (WCAG 2.1 AA, 1.4.3), this shows why first.
 */
import { Box, Typography } from '@mui/material';
import { useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { contrastRatio, isColour, MIN_CONTRAST } from '../../../shared/format/contrast';

export interface Look {
  title?: string;
  logoUrl?: string;
  brandColour?: string;
  textOnBrand?: string;
}

/** The tenant's logo, or nothing when it does not load (the title beside it names the tenant: alt is empty). */
export function TenantLogo({ url, height }: { url?: string; height: number }) {
  const [failed, setFailed] = useState<string | undefined>();
  if (!url || failed === url) return null;
  return <Box component="img" src={url} alt="" onError={() => setFailed(url)} sx={{ height, width: 'auto', display: 'block' }} />;
}

export function LookSample({ look }: { look: Look }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const { brandColour, textOnBrand } = look;
  const known = isColour(brandColour) && isColour(textOnBrand);
  const ratio = known ? contrastRatio(brandColour, textOnBrand) : undefined;
  return (
    <Box sx={{ my: 2, maxWidth: 560 }} data-testid="look-sample">
      <Typography variant="body2" sx={{ mb: 0.5 }}>{translate('app.tenant.sample')}</Typography>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, p: 1.5, minHeight: 48, borderRadius: 1, border: '1px solid rgba(0, 0, 0, 0.23)', ...(known ? { bgcolor: brandColour, color: textOnBrand } : {}) }}>
        <TenantLogo url={look.logoUrl} height={32} />
        <Typography variant="h6" component="span">{look.title || ' '}</Typography>
      </Box>
      <Typography variant="body2" role="status" sx={{ mt: 0.5 }} data-testid="look-contrast">
        {ratio === undefined
          ? translate('app.tenant.contrast_unknown')
          : `${translate('app.tenant.contrast', { ratio: ratio.toLocaleString(locale === 'en' ? 'en-GB' : 'de-DE', { maximumFractionDigits: 2 }) })} – ${translate(ratio >= MIN_CONTRAST ? 'app.tenant.contrast_ok' : 'app.tenant.contrast_low')}`}
      </Typography>
    </Box>
  );
}

/** The sample of the form's current look, as it is typed. */
export function FormLookSample() {
  const look = useWatch({ name: 'look' }) as Look | undefined;
  return <LookSample look={look ?? {}} />;
}
