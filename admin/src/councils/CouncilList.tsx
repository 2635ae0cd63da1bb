/** The district councils, each with its next session and the report for it. */
import { DataTable, FunctionField, List, ReferenceField } from 'react-admin';
import { longDateDe } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';
import { CouncilReportButton } from './CouncilReportButton';
import { nextSession } from './nextSession';

export const CouncilList = () => (
  <List sort={{ field: 'name', order: 'ASC' }} exporter={false}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="districtId"><ReferenceField source="districtId" reference="districts" link={false} /></DataTable.Col>
      <DataTable.Col source="nextSession" disableSort>
        <FunctionField render={(r: any) => { const s = nextSession(r.sessions, now()); return s ? `${longDateDe(s.date)}${s.time ? `, ${s.time}` : ''}` : '–'; }} />
      </DataTable.Col>
      <DataTable.Col label="app.council.report" disableSort>
        <FunctionField render={(r: any) => <CouncilReportButton councilId={String(r.id)} />} />
      </DataTable.Col>
    </DataTable>
  </List>
);
