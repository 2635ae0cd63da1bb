/** An activity read-only, with its sign-up facts and, for the staff of its social space, its sign-ups and attendance. */
import {
  BooleanField, ChipField, DateField, FunctionField, NumberField, ReferenceArrayField, ReferenceField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField, useTranslate,
} from 'react-admin';
import { activityKindChoices, stageChoices } from '../common/choices';
import { SignUpsSection } from '../signUps/SignUpsSection';
import { placesText } from './places';

export const ActivityShow = () => {
  const translate = useTranslate();
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="title" />
        <SelectField source="kind" choices={activityKindChoices} />
        <SelectField source="stage" choices={stageChoices} />
        <DateField source="date" />
        <DateField source="endDate" emptyText="–" />
        <TextField source="startTime" emptyText="–" />
        <TextField source="endTime" emptyText="–" />
        <ReferenceField source="socialSpaceId" reference="social-spaces" />
        <ReferenceArrayField source="quarterIds" reference="quarters"><SingleFieldList><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
        <ReferenceField source="centreId" reference="centres" emptyText="–" />
        <TextField source="meetingPoint" emptyText="–" />
        <NumberField source="participants" />
        <NumberField source="volunteers" />
        <ReferenceArrayField source="organisationIds" reference="organisations"><SingleFieldList><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
        <BooleanField source="residentsInPlanning" />
        <ReferenceField source="offerId" reference="offers" emptyText="–" />
        <TextField source="outcome" emptyText="–" />
        <BooleanField source="signUp" looseValue />
        <FunctionField source="signedUp" render={(r: any) => placesText(translate, r) ?? '–'} />
        {/* Stored before the field existed means the default: a waiting list. */}
        <FunctionField source="waitlist" render={(r: any) => <BooleanField source="waitlist" record={{ ...r, waitlist: r.waitlist !== false }} />} />
      </SimpleShowLayout>
      <SignUpsSection />
    </Show>
  );
};
