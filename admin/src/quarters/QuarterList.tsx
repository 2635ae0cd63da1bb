import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List, ReferenceField, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { useHasLevel } from '../tenant/useLevels';
const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
  <ReferenceInput source="districtId" reference="districts" key="d" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
];
const exporter = listExporter({ columns: ['name', 'socialSpaceId', 'planningAreaId', 'districtId'], references: { socialSpaceId: 'social-spaces', planningAreaId: 'planning-areas', districtId: 'districts' } });
export const QuarterList = () => {
  const planningAreas = useHasLevel('planningArea');
  return (
    <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} filters={filters}>
      <DataTable rowClick="show">
        <DataTable.Col source="name" />
        <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" /></DataTable.Col>
        {planningAreas && <DataTable.Col source="planningAreaId"><ReferenceField source="planningAreaId" reference="planning-areas" emptyText="–" /></DataTable.Col>}
        <DataTable.Col source="districtId"><ReferenceField source="districtId" reference="districts" /></DataTable.Col>
      </DataTable>
    </List>
  );
};
