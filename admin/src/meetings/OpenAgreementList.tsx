/** Open agreements (the follow-up list), earliest due first; overdue ones are marked. */
import { Chip, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { useGetList, useTranslate } from 'react-admin';
import { berlinToday } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';

export function OpenAgreementList({ filter, limit = 50 }: { filter: Record<string, unknown>; limit?: number }) {
  const translate = useTranslate();
  const { data = [], total, isPending } = useGetList('open-agreements', { filter, pagination: { page: 1, perPage: limit }, sort: { field: 'dueDate', order: 'ASC' } });
  const today = berlinToday(now());
  if (isPending) return null;
  if (!data.length) return <Typography variant="body2">{translate('app.agreements.none')}</Typography>;
  return (
    <>
      <Typography variant="subtitle2" component="h3">{translate('app.agreements.title', { count: total ?? data.length })}</Typography>
      <List dense data-testid="open-agreements">
        {data.map((a: any) => (
          <ListItem key={`${a.meetingId}-${a.id}`} disablePadding>
            <ListItemButton component={Link} to={`/meetings/${a.meetingId}/show`}>
              <ListItemText
                primary={a.text}
                secondary={a.dueDate ? translate('app.agreements.due', { date: new Date(`${a.dueDate}T12:00:00`).toLocaleDateString('de-DE') }) : translate('app.agreements.no_due')}
              />
              {a.dueDate && a.dueDate < today ? <Chip label={translate('app.agreements.overdue')} color="error" size="small" /> : null}
            </ListItemButton>
          </ListItem>
        ))}
      </List>
    </>
  );
}
