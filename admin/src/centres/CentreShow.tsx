import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
export const CentreShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <ReferenceField source="quarterId" reference="quarters" emptyText="–" />
      <TextField source="address.street" label="resources.centres.fields.street" />
      <TextField source="address.postalCode" label="resources.centres.fields.postalCode" />
      <TextField source="contact.phone" label="app.contact.phone" emptyText="–" />
      <TextField source="accessibility" emptyText="–" />
    </SimpleShowLayout>
  </Show>
);
