import {
  ArrayField, ChipField, DataTable, DateField, NumberField, ReferenceArrayField, ReferenceField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField, UrlField,
} from 'react-admin';
import { agreementStatusChoices } from '../common/choices';
export const MeetingShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="networkId" reference="networks" />
      <DateField source="date" />
      <ReferenceField source="centreId" reference="centres" emptyText="–" />
      <ReferenceField source="roomId" reference="rooms" emptyText="–" />
      <TextField source="location" emptyText="–" />
      <ReferenceArrayField source="organisationIds" reference="organisations"><SingleFieldList><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      <NumberField source="attendees" emptyText="–" />
      <NumberField source="residents" emptyText="–" />
      <ArrayField source="agreements">
        <DataTable bulkActionButtons={false} data-testid="agreements">
          <DataTable.Col source="text" label="resources.meetings.fields.agreementText" />
          <DataTable.Col source="ownerOrganisationId" label="resources.meetings.fields.ownerOrganisationId">
            <ReferenceField source="ownerOrganisationId" reference="organisations" emptyText="–" />
          </DataTable.Col>
          <DataTable.Col source="ownerUserId" label="resources.meetings.fields.ownerUserId"><ReferenceField source="ownerUserId" reference="users" emptyText="–" /></DataTable.Col>
          <DataTable.Col source="dueDate" label="resources.meetings.fields.dueDate"><DateField source="dueDate" emptyText="–" /></DataTable.Col>
          <DataTable.Col source="status" label="resources.meetings.fields.agreementStatus"><SelectField source="status" choices={agreementStatusChoices} /></DataTable.Col>
        </DataTable>
      </ArrayField>
      <TextField source="minutes" emptyText="–" />
      <UrlField source="minutesUrl" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
