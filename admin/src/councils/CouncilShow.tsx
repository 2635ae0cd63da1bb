/** A district council: its office, the report's recipients and timing, and its sessions, each with its report. */
import { ArrayField, DataTable, EditButton, FunctionField, NumberField, ReferenceField, Show, SimpleShowLayout, TextField, TopToolbar, useRecordContext } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { longDateDe } from '../../../shared/time/months';
import { principal } from '../authProvider';
import { CouncilReportButton } from './CouncilReportButton';

function Actions() {
  const record = useRecordContext();
  const me = principal();
  if (!record) return <TopToolbar />;
  return (
    <TopToolbar>
      <CouncilReportButton councilId={String(record.id)} />
      {me && authorize(me, 'councils', 'update', { before: record }).allowed && <EditButton />}
    </TopToolbar>
  );
}

const address = (a: any) => (a ? `${a.street}, ${a.postalCode} ${a.city ?? ''}`.trim() : '–');

/** The sessions in date order, each with „Bericht öffnen“. */
function Sessions() {
  const council = useRecordContext();
  if (!council) return null;
  return (
    <ArrayField source="sessions" sort={{ field: 'date', order: 'ASC' }} perPage={100}>
      <DataTable bulkActionButtons={false} rowClick={false} data-testid="council-sessions">
        <DataTable.Col source="date" label="resources.councils.fields.sessionDate" render={(s: any) => longDateDe(s.date)} />
        <DataTable.Col source="time" label="resources.councils.fields.sessionTime" render={(s: any) => s.time ?? '–'} />
        <DataTable.Col source="place" label="resources.councils.fields.sessionPlace" render={(s: any) => s.place ?? '–'} />
        <DataTable.Col source="note" label="resources.councils.fields.sessionNote" render={(s: any) => s.note ?? '–'} />
        <DataTable.Col label="app.council.report" render={(s: any) => <CouncilReportButton councilId={String(council.id)} session={s.date} />} />
      </DataTable>
    </ArrayField>
  );
}

export const CouncilShow = () => (
  <Show actions={<Actions />}>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="districtId" reference="districts" />
      <FunctionField label="resources.councils.fields.office" render={(r: any) => address(r.office?.address)} />
      <TextField source="office.email" label="resources.councils.fields.officeEmail" emptyText="–" />
      <TextField source="office.phone" label="resources.councils.fields.officePhone" emptyText="–" />
      <TextField source="office.website" label="resources.councils.fields.officeWebsite" emptyText="–" />
      <FunctionField source="recipients" render={(r: any) => (r.recipients ?? []).join(', ') || '–'} />
      <NumberField source="reportDaysBefore" />
      <Sessions />
    </SimpleShowLayout>
  </Show>
);
