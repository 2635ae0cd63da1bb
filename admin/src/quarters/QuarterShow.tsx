import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
export const QuarterShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <ReferenceField source="districtId" reference="districts" />
    </SimpleShowLayout>
  </Show>
);
