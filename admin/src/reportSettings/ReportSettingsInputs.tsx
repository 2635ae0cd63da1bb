import { ArrayInput, SimpleFormIterator, TextInput } from 'react-admin';
export const ReportSettingsInputs = () => (
  <ArrayInput source="extraRecipients" label="resources.report-settings.fields.extraRecipients">
    <SimpleFormIterator inline disableReordering>
      <TextInput source="" type="email" label="app.contact.email" />
    </SimpleFormIterator>
  </ArrayInput>
);
