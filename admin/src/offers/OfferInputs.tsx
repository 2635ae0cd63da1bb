import { LocationInput } from '../map/LocationInput';
import { BooleanInput, DateInput, NumberInput, ReferenceArrayInput, ReferenceInput, SelectArrayInput, SelectInput, TextInput, AutocompleteInput } from 'react-admin';
import { offerKindChoices, programmeChoices, statusChoices } from '../common/choices';
import { ScheduleInput } from '../common/ScheduleInput';
import { RoomInput } from '../rooms/RoomInput';
import { TargetGroupsInput, ThemesInput } from '../tenant/VocabularyInputs';
export const OfferInputs = () => (
  <>
    <TextInput source="title" fullWidth />
    <TextInput source="description" multiline fullWidth minRows={3} />
    <SelectInput source="kind" choices={offerKindChoices} defaultValue="other" />
    <SelectInput source="status" choices={statusChoices} defaultValue="draft" />
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={500}>
      <AutocompleteInput optionText="name" />
    </ReferenceInput>
    <ReferenceArrayInput source="socialSpaceIds" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}>
      <SelectArrayInput optionText="name" label="resources.offers.fields.socialSpaceIds" />
    </ReferenceArrayInput>
    <ReferenceArrayInput source="quarterIds" reference="quarters" sort={{ field: 'name', order: 'ASC' }} perPage={200}>
      <SelectArrayInput optionText="name" label="resources.offers.fields.quarterIds" />
    </ReferenceArrayInput>
    <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>
    <RoomInput />
    <TextInput source="location.name" label="resources.offers.fields.locationName" />
    <LocationInput source="location.geo" spaceField="socialSpaceIds" />
    <ThemesInput source="themes" />
    <TargetGroupsInput source="targetGroups" />
    <NumberInput source="minAge" />
    <NumberInput source="maxAge" />
    <SelectArrayInput source="programmes" choices={programmeChoices} />
    <BooleanInput source="accessibility.wheelchair" label="resources.offers.fields.wheelchair" />
    <TextInput source="accessibility.notes" label="resources.offers.fields.accessibilityNotes" multiline fullWidth />
    <BooleanInput source="cost.free" label="resources.offers.fields.free" defaultValue />
    <NumberInput source="cost.amountEur" label="resources.offers.fields.amountEur" />
    <TextInput source="cost.notes" label="resources.offers.fields.costNotes" multiline fullWidth />
    <BooleanInput source="registrationRequired" />
    <ScheduleInput source="schedules" withDescription />
    <TextInput source="contact.email" label="app.contact.email" />
    <TextInput source="contact.phone" label="app.contact.phone" />
    <DateInput source="validFrom" />
    <DateInput source="validUntil" />
  </>
);
