import { DataTable, List, NumberField, ReferenceField, ReferenceInput, SelectField, SelectInput } from 'react-admin';
import { workPlanStatusChoices } from '../common/choices';
import { safeExporter } from '../common/exporter';
const filters = [<ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>];
export const WorkPlanList = () => (
  <List exporter={safeExporter} sort={{ field: 'year', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="status"><SelectField source="status" choices={workPlanStatusChoices} /></DataTable.Col>
    </DataTable>
  </List>
);
