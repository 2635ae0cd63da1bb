import { BooleanField, ChipField, DateField, NumberField, ReferenceArrayField, ReferenceField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { activityKindChoices, stageChoices } from '../common/choices';
export const ActivityShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <SelectField source="kind" choices={activityKindChoices} />
      <SelectField source="stage" choices={stageChoices} />
      <DateField source="date" />
      <DateField source="endDate" emptyText="–" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <ReferenceArrayField source="quarterIds" reference="quarters"><SingleFieldList><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      <ReferenceField source="centreId" reference="centres" emptyText="–" />
      <NumberField source="participants" />
      <NumberField source="volunteers" />
      <ReferenceArrayField source="organisationIds" reference="organisations"><SingleFieldList><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      <BooleanField source="residentsInPlanning" />
      <ReferenceField source="offerId" reference="offers" emptyText="–" />
      <TextField source="outcome" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
