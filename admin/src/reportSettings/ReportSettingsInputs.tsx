import { ArrayInput, SelectArrayInput, SimpleFormIterator, TextInput } from 'react-admin';
import { roleChoices } from '../common/choices';
export const ReportSettingsInputs = () => (
  <>
    <SelectArrayInput source="cityWideRoles" choices={roleChoices} />
    <SelectArrayInput source="ownSpacesRoles" choices={roleChoices} />
    <ArrayInput source="extraRecipients" label="resources.report-settings.fields.extraRecipients">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="" type="email" label="app.contact.email" />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
