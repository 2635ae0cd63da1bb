/** „Bericht zur nächsten Sitzung“ (without a session) or „Bericht öffnen“ (for one session), for every clerk who may read council reports. */
import PrintIcon from '@mui/icons-material/Print';
import { useState, type MouseEvent } from 'react';
import { Button, useNotify } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { principal } from '../authProvider';
import { openCouncilReport } from './councilReport';

export function CouncilReportButton({ councilId, session }: { councilId: string; session?: string }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const me = principal();
  if (!me || !authorize(me, 'council-reports', 'read', { collection: true }).allowed) return null;
  const open = async (event: MouseEvent) => {
    event.stopPropagation(); // in a list row: the button, not the row
    setBusy(true);
    try {
      await openCouncilReport(councilId, session);
    } catch (err: any) {
      notify(err?.message ?? 'app.council.report_failed', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return <Button label={session ? 'app.council.report_session' : 'app.council.report_next'} onClick={open} disabled={busy}><PrintIcon /></Button>;
}
