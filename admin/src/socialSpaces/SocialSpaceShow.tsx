/**
 * The social space page: the hub of the work there. Scorecard, key figures, open needs, this year's
 * work plan and budget, the need-vs-offer matrix, offers, centres, networks, activities and staff.
 * Printed (or saved as PDF from the browser), it is the Sozialraumprofil.
 */
import { Button as MuiButton, Stack } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import PrintIcon from '@mui/icons-material/Print';
import { Link } from 'react-router-dom';
import {
  ChipField, DataTable, DateField, NumberField, ReferenceArrayField, ReferenceManyField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField, useRecordContext, useTranslate,
} from 'react-admin';
import { networkKindChoices, priorityChoices, stageChoices } from '../common/choices';
import { NeedOfferMatrix } from './NeedOfferMatrix';
import { NetworkGraph } from './NetworkGraph';
import { SpaceBudget, SpacePlan } from './SpacePlanAndBudget';
import { SpaceOffers, SpaceStaff } from './SpaceOffersAndStaff';
import { SpaceScorecard } from './SpaceScorecard';

function Actions() {
  const space = useRecordContext();
  const translate = useTranslate();
  if (!space) return null;
  return (
    <Stack direction="row" spacing={1} className="noprint">
      <MuiButton component={Link} to={`/needs/create?source=${encodeURIComponent(JSON.stringify({ socialSpaceId: space.id }))}`} startIcon={<AddIcon />} variant="contained" size="small">
        {translate('app.space.record_need')}
      </MuiButton>
      <MuiButton onClick={() => window.print()} startIcon={<PrintIcon />} variant="outlined" size="small">{translate('app.space.print')}</MuiButton>
    </Stack>
  );
}

export const SocialSpaceShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceArrayField source="districtIds" reference="districts"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
      <TextField source="description" emptyText="–" />
      <Actions />
      <SpaceScorecard />
      <ReferenceManyField reference="area-figures" target="socialSpaceId" label="resources.social-spaces.fields.figures" sort={{ field: 'year', order: 'DESC' }}>
        <DataTable bulkActionButtons={false} data-testid="space-figures">
          <DataTable.Col source="label" />
          <DataTable.NumberCol source="value"><NumberField source="value" /></DataTable.NumberCol>
          <DataTable.Col source="unit" />
          <DataTable.Col source="year" />
          <DataTable.Col source="source" />
        </DataTable>
      </ReferenceManyField>
      <ReferenceManyField reference="needs" target="socialSpaceId" filter={{ status: 'open' }} label="resources.social-spaces.fields.needs" sort={{ field: 'priority', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show" data-testid="space-needs">
          <DataTable.Col source="title" />
          <DataTable.Col source="theme" />
          <DataTable.Col source="priority"><SelectField source="priority" choices={priorityChoices} /></DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <SpacePlan />
      <SpaceBudget />
      <NeedOfferMatrix />
      <SpaceOffers />
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
      <SpaceStaff />
      <ReferenceManyField reference="quarters" target="socialSpaceId" label="resources.social-spaces.fields.quarters" sort={{ field: 'name', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show"><DataTable.Col source="name" /></DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
