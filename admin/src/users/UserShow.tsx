import { BooleanField, Show, SimpleShowLayout, TextField } from 'react-admin';
export const UserShow = () => (
  <Show>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="email" />
      <BooleanField source="active" />
      <BooleanField source="receivesReport" />
    </SimpleShowLayout>
  </Show>
);
