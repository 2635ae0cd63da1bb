import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, List, ReferenceArrayField, SingleFieldList, ChipField, NumberField } from 'react-admin';
const exporter = listExporter({ columns: ['name', 'districtIds', 'counts.quarters', 'counts.offers', 'counts.centres'], labels: { 'counts.quarters': 'resources.social-spaces.fields.quarters', 'counts.offers': 'resources.social-spaces.fields.offers', 'counts.centres': 'resources.social-spaces.fields.centres' }, references: { districtIds: 'districts' } });
export const SocialSpaceList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="districtIds" disableSort>
        <ReferenceArrayField source="districtIds" reference="districts"><SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      </DataTable.Col>
      <DataTable.Col source="counts.quarters" label="resources.social-spaces.fields.quarters" disableSort><NumberField source="counts.quarters" /></DataTable.Col>
      <DataTable.Col source="counts.offers" label="resources.social-spaces.fields.offers" disableSort><NumberField source="counts.offers" /></DataTable.Col>
      <DataTable.Col source="counts.centres" label="resources.social-spaces.fields.centres" disableSort><NumberField source="counts.centres" /></DataTable.Col>
    </DataTable>
  </List>
);
