import { Link } from 'react-router-dom';
import { Button as MuiButton } from '@mui/material';
import { DataTable, DateField, NumberField, ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField, useRecordContext, useTranslate, FunctionField } from 'react-admin';
import { measureStatusChoices, workPlanStatusChoices } from '../common/choices';
import { WorkPlanSteps } from './WorkPlanSteps';
import { dateLabel } from '../../../shared/time/months';

function AddMeasure() {
  const plan = useRecordContext();
  const translate = useTranslate();
  if (!plan) return null;
  return <MuiButton component={Link} to={`/measures/create?source=${encodeURIComponent(JSON.stringify({ workPlanId: plan.id }))}`} variant="outlined" size="small" className="noprint">{translate('app.workPlan.add_measure')}</MuiButton>;
}

export const WorkPlanShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <SelectField source="status" choices={workPlanStatusChoices} />
      <FunctionField source="priorities" render={(r: any) => (r.priorities ?? []).join(' · ') || '–'} />
      <TextField source="summary" emptyText="–" />
      <FunctionField source="confirmations" render={(r: any) => Object.entries(r.confirmations ?? {}).map(([role, c]: [string, any]) => `${role}: ${dateLabel(c.at)}`).join(', ') || '–'} />
      <WorkPlanSteps />
      <ReferenceManyField reference="measures" target="workPlanId" label="resources.work-plans.fields.measures" sort={{ field: 'plannedFrom', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="edit" data-testid="measures">
          <DataTable.Col source="title" />
          <DataTable.Col source="plannedFrom" />
          <DataTable.Col source="plannedTo" />
          <DataTable.Col source="status"><SelectField source="status" choices={measureStatusChoices} /></DataTable.Col>
        </DataTable>
      </ReferenceManyField>
      <AddMeasure />
      <DateField source="updatedAt" showTime />
    </SimpleShowLayout>
  </Show>
);
