import { DateField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
export const ApiKeyShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="prefix" />
      <ReferenceField source="organisationId" reference="organisations" />
      <DateField source="createdAt" showTime />
      <DateField source="expiresAt" showTime emptyText="–" />
      <DateField source="lastUsedAt" showTime emptyText="–" />
      <DateField source="revokedAt" showTime emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
