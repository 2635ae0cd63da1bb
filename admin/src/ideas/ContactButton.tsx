/**
 * "Kontaktdaten anzeigen": the sender's contact data are not part of the record; they are fetched
 * only when someone asks (each read is a deliberate act of the staff of the idea's social space)
 * and shown in a dialog, never kept in the page's data.
 */
import ContactIcon from '@mui/icons-material/ContactMail';
import { Box, Dialog, DialogActions, DialogContent, DialogTitle, Link, Typography } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Button, useNotify, useRecordContext, useTranslate } from 'react-admin';
import { authorize } from '../../../shared/policy';
import type { IdeaContact } from '../../../shared/schemas/idea';
import { principal } from '../authProvider';
import { fetchIdeaContact } from './ideaApi';

function ContactDetails({ contact }: { contact: IdeaContact }) {
  const translate = useTranslate();
  const rows: [string, ReactNode][] = [];
  if (contact.name) rows.push(['app.idea.contact_name', contact.name]);
  if (contact.email) rows.push(['app.contact.email', <Link href={`mailto:${contact.email}`}>{contact.email}</Link>]);
  if (contact.phone) rows.push(['app.contact.phone', <Link href={`tel:${contact.phone.replace(/[^+0-9]/g, '')}`}>{contact.phone}</Link>]);
  return (
    <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5, m: 0, '& dd': { m: 0 } }}>
      {rows.map(([label, value]) => [<dt key={`${label}-t`}>{translate(label)}</dt>, <dd key={`${label}-d`}>{value}</dd>])}
    </Box>
  );
}

export function ContactButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  // undefined: dialog closed; null: the API has none (not given, or deleted by the sender).
  const [contact, setContact] = useState<IdeaContact | null>();
  const me = principal();
  if (!record?.hasContact || !me || !authorize(me, 'idea-contacts', 'read', { before: record }).allowed) return null;
  const open = async () => {
    try {
      setContact(await fetchIdeaContact(String(record.id)));
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
    }
  };
  const close = () => setContact(undefined);
  return (
    <>
      <Button label="app.idea.show_contact" onClick={open}><ContactIcon /></Button>
      <Dialog open={contact !== undefined} onClose={close} aria-labelledby="idea-contact-title">
        <DialogTitle id="idea-contact-title">{translate('app.idea.contact_title')}</DialogTitle>
        <DialogContent data-testid="idea-contact">
          {contact ? <ContactDetails contact={contact} /> : <Typography>{translate('app.idea.no_contact')}</Typography>}
          <Typography variant="caption" component="p" sx={{ mt: 2 }}>{translate('app.idea.contact_note')}</Typography>
        </DialogContent>
        <DialogActions><Button label="ra.action.close" onClick={close} /></DialogActions>
      </Dialog>
    </>
  );
}
