/**
 * Dashboard card "Neue Eingänge": ideas waiting for release. The API lists only the ideas the user
 * may read, so its total is the user's own count; the newest few link straight to their page.
 */
import { Card, CardContent, CardHeader, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Button, useCreatePath, useGetList, useTranslate } from 'react-admin';
import { dateLabel } from '../../../shared/time/months';
import { ideaPage } from './openIdea';
import { shortText } from './shortText';

const PENDING = { moderation: 'pending' };
const pendingList = `/ideas?filter=${encodeURIComponent(JSON.stringify(PENDING))}`;

export function NewIdeasCard() {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data = [], total } = useGetList('ideas', { filter: PENDING, pagination: { page: 1, perPage: 5 }, sort: { field: 'createdAt', order: 'DESC' } });
  return (
    <Card data-testid="new-ideas">
      <CardHeader
        title={translate('app.dashboard.ideas')}
        subheader={translate('app.dashboard.ideas_count', { smart_count: total ?? 0 })}
        action={<Button label="app.dashboard.ideas_all" to={pendingList} />}
      />
      <CardContent>
        {data.length ? (
          <List dense>
            {data.map((i: any) => (
              <ListItem key={i.id} disablePadding>
                <ListItemButton component={Link} to={createPath({ resource: 'ideas', id: i.id, type: ideaPage(i) })}>
                  <ListItemText primary={shortText(i.text)} secondary={dateLabel(i.createdAt)} />
                </ListItemButton>
              </ListItem>
            ))}
          </List>
        ) : (
          <Typography variant="body2">{translate('app.dashboard.none')}</Typography>
        )}
      </CardContent>
    </Card>
  );
}
