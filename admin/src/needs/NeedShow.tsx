import { ChipField, NumberField, ReferenceArrayField, ReferenceField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
import { EnumListField } from '../common/EnumListField';
import { needEvidenceChoices, needStatusChoices, priorityChoices } from '../common/choices';
export const NeedShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="title" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <ReferenceArrayField source="quarterIds" reference="quarters"><SingleFieldList><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      <TextField source="theme" />
      <NumberField source="minAge" emptyText="–" />
      <NumberField source="maxAge" emptyText="–" />
      <EnumListField source="evidence" choices={needEvidenceChoices} />
      <SelectField source="priority" choices={priorityChoices} />
      <SelectField source="status" choices={needStatusChoices} />
      <TextField source="description" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
