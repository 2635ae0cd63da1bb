/** A published indicator: where, which, what it means, and the projects linked to it. */
import { ChipField, ReferenceArrayField, ReferenceField, Show, SimpleShowLayout, SingleFieldList, TextField } from 'react-admin';
export const IndicatorPublicationShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <ReferenceField source="indicatorId" reference="indicators" />
      <TextField source="interpretation" emptyText="–" />
      <ReferenceArrayField source="measureIds" reference="measures" emptyText="–">
        <SingleFieldList linkType={false}><ChipField source="title" size="small" /></SingleFieldList>
      </ReferenceArrayField>
    </SimpleShowLayout>
  </Show>
);
