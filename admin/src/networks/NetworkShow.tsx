/** A network's page: who belongs to it, its meeting timeline, and its open agreements. */
import { Button as MuiButton } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { Link } from 'react-router-dom';
import {
  ArrayField, ChipField, DataTable, DateField, NumberField, ReferenceArrayField, ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField,
  useRecordContext, useTranslate,
} from 'react-admin';
import { cadenceChoices, networkKindChoices, networkStatusChoices } from '../common/choices';
import { OpenAgreementList } from '../meetings/OpenAgreementList';

/** "Sitzung erfassen": the quick meeting form, with this network chosen. */
function RecordMeetingButton() {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <MuiButton component={Link} to={`/meetings/create?source=${encodeURIComponent(JSON.stringify({ networkId: record.id }))}`} startIcon={<AddIcon />} variant="contained" size="small">
      {translate('app.network.record_meeting')}
    </MuiButton>
  );
}

function NetworkAgreements() {
  const record = useRecordContext();
  return record ? <OpenAgreementList filter={{ networkId: record.id }} /> : null;
}

export const NetworkShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <SelectField source="kind" choices={networkKindChoices} />
      <ReferenceArrayField source="socialSpaceIds" reference="social-spaces"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
      <SelectField source="cadence" choices={cadenceChoices} />
      <SelectField source="status" choices={networkStatusChoices} />
      <ReferenceField source="leadUserId" reference="users" emptyText="–" />
      <TextField source="description" emptyText="–" />
      <ReferenceArrayField source="memberOrganisationIds" reference="organisations"><SingleFieldList><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      <ArrayField source="contacts">
        <DataTable bulkActionButtons={false}>
          <DataTable.Col source="name" label="resources.networks.fields.contactName" />
          <DataTable.Col source="function" label="resources.networks.fields.contactFunction" />
          <DataTable.Col source="organisation" label="resources.networks.fields.contactOrganisation" />
        </DataTable>
      </ArrayField>
      <RecordMeetingButton />
      <ReferenceManyField reference="meetings" target="networkId" sort={{ field: 'date', order: 'DESC' }} label="resources.networks.fields.meetings" perPage={50}>
        <DataTable bulkActionButtons={false} rowClick="show" data-testid="meeting-timeline">
          <DataTable.Col source="date"><DateField source="date" /></DataTable.Col>
          <DataTable.Col source="organisationIds" label="resources.meetings.fields.organisationIds" disableSort>
            <ReferenceArrayField source="organisationIds" reference="organisations"><SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
          </DataTable.Col>
          <DataTable.NumberCol source="attendees"><NumberField source="attendees" emptyText="–" /></DataTable.NumberCol>
        </DataTable>
      </ReferenceManyField>
      <NetworkAgreements />
    </SimpleShowLayout>
  </Show>
);
