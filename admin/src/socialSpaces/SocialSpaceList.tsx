import { safeExporter } from '../common/exporter';
import { DataTable, List, ReferenceArrayField, SingleFieldList, ChipField, NumberField } from 'react-admin';
export const SocialSpaceList = () => (
  <List exporter={safeExporter} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
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
