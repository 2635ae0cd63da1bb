import { DataTable, List, NumberField, ReferenceField, ReferenceInput, SelectField, SelectInput } from 'react-admin';
import { workPlanStatusChoices } from '../common/choices';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
const filters = [<ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>];
const exporter = listExporter({ columns: ['socialSpaceId', 'year', 'status'], choices: { status: workPlanStatusChoices }, references: { socialSpaceId: 'social-spaces' } });
export const WorkPlanList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'year', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="status"><SelectField source="status" choices={workPlanStatusChoices} /></DataTable.Col>
    </DataTable>
  </List>
);
