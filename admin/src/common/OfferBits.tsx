/** Offer helpers: the "stale" badge (not reviewed for 6 months) and the "still current" action. */
import { Chip } from '@mui/material';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { principal } from '../authProvider';
import { isStale } from '../../../shared/domain/offerReview';
import type { AppDataProvider } from '../dataProvider';
import { now } from '../../../shared/time/clock';


/** The "veraltet" chip (its text colour comes from the theme's contrast threshold). */
export function StaleChip() {
  const translate = useTranslate();
  return <Chip size="small" color="warning" label={translate('app.offer.stale')} data-testid="stale-badge" />;
}

export function StaleBadge() {
  const record = useRecordContext();
  if (!record || !isStale(record, now())) return null;
  return <StaleChip />;
}

export function StillCurrentButton() {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  // Decided synchronously by the shared policy (an async access check here stalls the Edit page).
  const me = principal();
  if (!record || !me || !authorize(me, 'offers', 'update', { before: record }).allowed) return null;
  return (
    <Button
      label="app.action.still_current"
      onClick={async (e) => {
        e.stopPropagation();
        try {
          await dataProvider.review(String(record.id), record.version);
          notify('app.offer.reviewed', { type: 'success' });
          refresh();
        } catch (err: any) {
          notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
        }
      }}
    />
  );
}
