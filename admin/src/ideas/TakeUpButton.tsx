/**
 * "Als Bedarf übernehmen": the API creates a need from the idea (linked both ways) and marks the
 * idea taken up; the clerk then lands on the new need to complete it. Once taken up, the button
 * becomes a link to that need. Rejected and merged ideas cannot be taken up (the API says 409).
 */
import NeedIcon from '@mui/icons-material/ReportProblem';
import { useState } from 'react';
import { Button, useCreatePath, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { principal } from '../authProvider';
import { takeUpIdea } from './ideaApi';

export function TakeUpButton() {
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const [busy, setBusy] = useState(false);
  const me = principal();
  if (!record || !me) return null;
  if (record.needId) return <Button label="app.idea.to_need" to={createPath({ resource: 'needs', id: record.needId, type: 'show' })}><NeedIcon /></Button>;
  if (record.moderation === 'rejected' || record.duplicateOf || !authorize(me, 'idea-take-ups', 'create', { before: record }).allowed) return null;
  const takeUp = async () => {
    setBusy(true);
    try {
      // The stored version: a change saved meanwhile by someone else is a conflict, not overwritten.
      const need = await takeUpIdea(String(record.id), record.version);
      notify('app.idea.taken_up', { type: 'success' });
      refresh();
      redirect('edit', 'needs', need.id);
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
      setBusy(false);
    }
  };
  return <Button label="app.idea.take_up" onClick={takeUp} disabled={busy}><NeedIcon /></Button>;
}
