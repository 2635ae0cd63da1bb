import {
  ChipField, DataTable, DateField, NumberField, ReferenceArrayField, ReferenceManyField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField,
} from 'react-admin';
import { networkKindChoices, stageChoices } from '../common/choices';
import { NetworkGraph } from './NetworkGraph';
export const SocialSpaceShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceArrayField source="districtIds" reference="districts"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
      <TextField source="description" />
      <ReferenceManyField reference="quarters" target="socialSpaceId" label="resources.social-spaces.fields.quarters" sort={{ field: 'name', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show"><DataTable.Col source="name" /></DataTable>
      </ReferenceManyField>
      <ReferenceManyField reference="centres" target="socialSpaceId" label="resources.social-spaces.fields.centres">
        <DataTable bulkActionButtons={false} rowClick="show"><DataTable.Col source="name" /></DataTable>
      </ReferenceManyField>
      <ReferenceManyField reference="networks" target="socialSpaceId" label="resources.social-spaces.fields.networks" sort={{ field: 'name', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show" data-testid="space-networks">
          <DataTable.Col source="name" />
          <DataTable.Col source="kind"><SelectField source="kind" choices={networkKindChoices} /></DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <ReferenceManyField reference="activities" target="socialSpaceId" label="resources.social-spaces.fields.activities" sort={{ field: 'date', order: 'DESC' }} perPage={8}>
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="date"><DateField source="date" /></DataTable.Col>
          <DataTable.Col source="title" />
          <DataTable.Col source="stage"><SelectField source="stage" choices={stageChoices} /></DataTable.Col>
          <DataTable.NumberCol source="participants"><NumberField source="participants" /></DataTable.NumberCol>
        </DataTable>
      </ReferenceManyField>
      <NetworkGraph />
    </SimpleShowLayout>
  </Show>
);
