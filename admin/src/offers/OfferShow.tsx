import { BooleanField, ChipField, DateField, EditButton, NumberField, ReferenceArrayField, ReferenceField, SelectField, Show, SimpleShowLayout, SingleFieldList, TextField, TopToolbar, FunctionField, useTranslate } from 'react-admin';
import { offerKindChoices, statusChoices } from '../common/choices';
import { StaleBadge, StillCurrentButton } from '../common/OfferBits';
import { TranslationSummaryField } from '../common/translations/TranslationSummaryField';
const Groups = () => {
  const translate = useTranslate();
  return <FunctionField source="targetGroups" render={(r: any) => r.targetGroups?.map((g: string) => translate(`app.enum.targetGroup.${g}`)).join(', ')} />;
};
export const OfferShow = () => (
  <Show actions={<TopToolbar><StaleBadge /><StillCurrentButton /><EditButton /></TopToolbar>}>
    <SimpleShowLayout>
      <TextField source="title" />
      <TextField source="description" />
      <SelectField source="kind" choices={offerKindChoices} />
      <SelectField source="status" choices={statusChoices} />
      <ReferenceField source="organisationId" reference="organisations" />
      <ReferenceArrayField source="socialSpaceIds" reference="social-spaces"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
      <ReferenceArrayField source="quarterIds" reference="quarters"><SingleFieldList><ChipField source="name" /></SingleFieldList></ReferenceArrayField>
      <ReferenceField source="centreId" reference="centres" emptyText="–" />
      <ReferenceField source="roomId" reference="rooms" emptyText="–" />
      <TextField source="themes" />
      <Groups />
      <NumberField source="minAge" emptyText="–" />
      <NumberField source="maxAge" emptyText="–" />
      <BooleanField source="registrationRequired" />
      <DateField source="reviewedAt" showTime emptyText="–" />
      <TranslationSummaryField label="app.translation.column" />
    </SimpleShowLayout>
  </Show>
);
