/**
 * "Als Bedarf übernehmen" / "Als Maßnahme übernehmen": the API creates a need (linked both ways) or a
 * measure of the current work plan from the idea and marks the idea taken up; the clerk then lands on
 * the new record to complete it. Once taken up, the button becomes a link to it. Rejected and merged
 * ideas cannot be taken up (the API says 409); who may is the policy's (`idea-take-ups`,
 * `idea-measure-take-ups`).
 */
import NeedIcon from '@mui/icons-material/ReportProblem';
import MeasureIcon from '@mui/icons-material/Assignment';
import { useState } from 'react';
import { Button, useCreatePath, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { principal } from '../authProvider';
import { takeUpIdea } from './ideaApi';

const TARGETS = {
  need: { resource: 'needs', link: 'needId', permission: 'idea-take-ups', label: 'app.idea.take_up', done: 'app.idea.taken_up', to: 'app.idea.to_need', Icon: NeedIcon },
  measure: { resource: 'measures', link: 'measureId', permission: 'idea-measure-take-ups', label: 'app.idea.take_up_measure', done: 'app.idea.taken_up_measure', to: 'app.idea.to_measure', Icon: MeasureIcon },
} as const;

export function TakeUpButton({ as = 'need' }: { as?: keyof typeof TARGETS }) {
  const target = TARGETS[as];
  const record = useRecordContext();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const createPath = useCreatePath();
  const [busy, setBusy] = useState(false);
  const me = principal();
  if (!record || !me) return null;
  if (record[target.link]) return <Button label={target.to} to={createPath({ resource: target.resource, id: record[target.link], type: 'show' })}><target.Icon /></Button>;
  // Taken up the other way, rejected, merged, or not this user's to take up.
  if (record.needId || record.measureId || record.moderation === 'rejected' || record.duplicateOf || !authorize(me, target.permission, 'create', { before: record }).allowed) return null;
  const takeUp = async () => {
    setBusy(true);
    try {
      // The stored version: a change saved meanwhile by someone else is a conflict, not overwritten.
      const created = await takeUpIdea(String(record.id), record.version, as);
      notify(target.done, { type: 'success' });
      refresh();
      redirect('edit', target.resource, created.id);
    } catch (err: any) {
      notify(err?.message ?? 'ra.notification.http_error', { type: 'error' });
      setBusy(false);
    }
  };
  return <Button label={target.label} onClick={takeUp} disabled={busy}><target.Icon /></Button>;
}
