/**
 * An activity's form, the same in Create and Edit: what, when and where it was, who took part, and
 * the sign-up on the finder (a time, a meeting point, the places and the waiting list). The places
 * taken are the server's (confirmed sign-ups), shown read-only once the activity exists.
 */
import { Box, Typography } from '@mui/material';
import {
  AutocompleteArrayInput, BooleanInput, DateInput, NumberInput, ReferenceArrayInput, ReferenceInput, SelectInput, TextInput, TimeInput, useRecordContext, useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { activityKindChoices, stageChoices } from '../common/choices';
import { placesText } from './places';
import { TargetGroupsInput, ThemesInput } from '../tenant/VocabularyInputs';

/** The time as typed ("14:30"): the API stores "HH:MM", not a date (react-admin's TimeInput would make one). */
const asTime = (value: string) => value || null;

/** "Bestätigte Plätze: 3 von 10", on the edit page of an activity with places. */
function PlacesTaken() {
  const record = useRecordContext();
  const translate = useTranslate();
  const places = placesText(translate, record);
  if (!places) return null;
  return <Typography variant="body2" data-testid="places-taken" sx={{ mb: 1 }}>{`${translate('resources.activities.fields.signedUp')}: ${places}`}</Typography>;
}

/** Places and the waiting list matter only once residents can sign up; the schema then asks for places and a time. */
function PlaceInputs() {
  const signUp = useWatch({ name: 'signUp' });
  if (!signUp) return null;
  return (
    <>
      <NumberInput source="capacity" min={1} step={1} helperText="app.activity.capacity_help" />
      <BooleanInput source="waitlist" defaultValue={true} />
      <PlacesTaken />
    </>
  );
}

function SignUpInputs() {
  const translate = useTranslate();
  return (
    <Box component="section" aria-labelledby="activity-sign-up-title" sx={{ width: '100%', mt: 2 }}>
      <Typography variant="h6" component="h2" id="activity-sign-up-title" sx={{ mb: 1 }}>{translate('app.activity.sign_up_section')}</Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap' }}>
        <TimeInput source="startTime" parse={asTime} />
        <TimeInput source="endTime" parse={asTime} />
      </Box>
      <TextInput source="meetingPoint" fullWidth helperText="app.activity.meeting_point_help" />
      <BooleanInput source="signUp" defaultValue={false} helperText="app.activity.sign_up_help" />
      <PlaceInputs />
    </Box>
  );
}

export const ActivityInputs = () => (
  <>
    <TextInput source="title" fullWidth />
    <SelectInput source="kind" choices={activityKindChoices} />
    <SelectInput source="stage" choices={stageChoices} helperText="app.activity.stage_help" />
    <DateInput source="date" />
    <DateInput source="endDate" />
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <ReferenceArrayInput source="quarterIds" reference="quarters" sort={{ field: 'name', order: 'ASC' }} perPage={100}><AutocompleteArrayInput optionText="name" /></ReferenceArrayInput>
    <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>
    <ThemesInput source="themes" />
    <TargetGroupsInput source="targetGroups" />
    <NumberInput source="participants" min={0} />
    <NumberInput source="volunteers" min={0} />
    <ReferenceArrayInput source="organisationIds" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={200}><AutocompleteArrayInput optionText="name" fullWidth /></ReferenceArrayInput>
    <BooleanInput source="residentsInPlanning" />
    <ReferenceInput source="offerId" reference="offers" sort={{ field: 'title', order: 'ASC' }} perPage={200}><SelectInput optionText="title" /></ReferenceInput>
    <TextInput source="outcome" multiline fullWidth />
    <SignUpInputs />
  </>
);
