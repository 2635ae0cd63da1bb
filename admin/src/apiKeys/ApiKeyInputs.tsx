import { DateTimeInput, ReferenceInput, AutocompleteInput, TextInput } from 'react-admin';
export const ApiKeyInputs = () => (
  <>
    <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }} perPage={500}><AutocompleteInput optionText="name" /></ReferenceInput>
    <TextInput source="name" />
    <DateTimeInput source="expiresAt" parse={(v: string) => (v ? new Date(v).toISOString() : null)} />
  </>
);
