/** The own tenant's settings as a tenant admin changes them (PUT /v1/tenant); the API checks them, field by field. */
import { Typography } from '@mui/material';
import { ArrayInput, CheckboxGroupInput, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { THEME_MAX_LENGTH } from '../../../shared/schemas/vocabulary';
import { targetGroupChoices } from '../common/choices';
import { languageChoices, levelChoices, stateChoices } from './choices';
import { FormLookSample } from './LookSample';
import { TenantFacts } from './TenantFacts';

export function TenantInputs() {
  const translate = useTranslate();
  return (
    <>
      <TenantFacts />
      <Typography variant="body2" sx={{ mb: 2 }}>{translate('app.tenant.operator_note')}</Typography>
      <TextInput source="name" fullWidth />
      <SelectInput source="state" choices={stateChoices} />
      <ArrayInput source="levels" helperText="app.tenant.levels_help">
        <SimpleFormIterator inline>
          <SelectInput source="key" label="resources.tenant.fields.key" choices={levelChoices} translateChoice={false} />
          <TextInput source="label" label="resources.tenant.fields.label" />
        </SimpleFormIterator>
      </ArrayInput>
      <CheckboxGroupInput source="languages" choices={languageChoices} translateChoice={false} helperText="app.tenant.languages_help" />
      <ArrayInput source="themes" helperText={translate('app.tenant.themes_help', { max: THEME_MAX_LENGTH })}>
        <SimpleFormIterator inline>
          <TextInput source="" label="resources.tenant.fields.theme" />
        </SimpleFormIterator>
      </ArrayInput>
      <CheckboxGroupInput source="targetGroups" choices={targetGroupChoices} helperText="app.tenant.target_groups_help" />
      <Typography component="h2" variant="h6" sx={{ mt: 2 }}>{translate('resources.tenant.fields.look')}</Typography>
      <TextInput source="look.title" label="resources.tenant.fields.title" fullWidth />
      <TextInput source="look.logoUrl" label="resources.tenant.fields.logoUrl" type="url" helperText="app.tenant.logo_help" fullWidth />
      <TextInput source="look.brandColour" label="resources.tenant.fields.brandColour" helperText="app.tenant.colour_help" />
      <TextInput source="look.textOnBrand" label="resources.tenant.fields.textOnBrand" helperText="app.tenant.colour_help" />
      <FormLookSample />
    </>
  );
}
