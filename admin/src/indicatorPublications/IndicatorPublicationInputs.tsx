/**
 * Which indicator the public sees in a social space, with a sentence or two on what its figures mean
 * and the projects (measures of that space's work plans) that serve it. Space and indicator are fixed
 * once it exists (one publication per space and indicator).
 */
import { Typography } from '@mui/material';
import { AutocompleteArrayInput, ReferenceArrayInput, ReferenceInput, SelectInput, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';

/** The measures of the chosen social space only (the API refuses others). */
function MeasuresInput() {
  const socialSpaceId = useWatch({ name: 'socialSpaceId' });
  const translate = useTranslate();
  if (!socialSpaceId) return <Typography variant="body2" color="text.secondary">{translate('app.indicator_publication.choose_space')}</Typography>;
  return (
    <ReferenceArrayInput source="measureIds" reference="measures" filter={{ socialSpaceId }} sort={{ field: 'title', order: 'ASC' }} perPage={200}>
      <AutocompleteArrayInput optionText="title" fullWidth helperText="app.indicator_publication.measures_help" />
    </ReferenceArrayInput>
  );
}

export const IndicatorPublicationInputs = ({ edit = false }: { edit?: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>{translate('app.indicator_publication.intro')}</Typography>
      <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}>
        <SelectInput optionText="name" readOnly={edit} />
      </ReferenceInput>
      <ReferenceInput source="indicatorId" reference="indicators" sort={{ field: 'name', order: 'ASC' }} perPage={200}>
        <SelectInput optionText="name" readOnly={edit} fullWidth />
      </ReferenceInput>
      <TextInput source="interpretation" multiline minRows={2} fullWidth slotProps={{ htmlInput: { maxLength: 600 } }} helperText="app.indicator_publication.interpretation_help" />
      <MeasuresInput />
    </>
  );
};
