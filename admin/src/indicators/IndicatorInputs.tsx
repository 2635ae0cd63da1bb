import { ArrayInput, NumberInput, ReferenceArrayInput, ReferenceInput, SelectArrayInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { FormDataConsumer } from 'react-admin';
import { directionChoices, frequencyChoices, metricChoices, perThousandChoices, roleChoices, sourceChoices, stageChoices } from '../common/choices';
import { ThemeInput } from '../tenant/VocabularyInputs';
import { ValueKind } from '../../../shared/schemas/indicator';

/** Count, share or rate, other measure: decides how the public pages treat small counts (shared/domain/smallCounts.ts). */
const valueKindChoices = ValueKind.options.map((id) => ({ id, name: `app.enum.valueKind.${id}` }));
export const IndicatorInputs = () => (
  <>
    <ReferenceInput source="goalId" reference="goals" sort={{ field: 'number', order: 'ASC' }}><SelectInput optionText={(g: any) => `${g.number}. ${g.title.slice(0, 80)}`} /></ReferenceInput>
    <TextInput source="name" fullWidth />
    <TextInput source="unit" />
    <SelectInput source="valueKind" choices={valueKindChoices} emptyText="app.indicator.value_kind_auto" helperText="app.indicator.value_kind_help" />
    <SelectInput source="direction" choices={directionChoices} />
    <SelectInput source="frequency" choices={frequencyChoices} />
    <NumberInput source="minValue" />
    <NumberInput source="maxValue" />
    <SelectInput source="responsibleRole" choices={roleChoices} defaultValue="coordination" />
    <SelectInput source="source" choices={sourceChoices} defaultValue="manual" />
    <FormDataConsumer>
      {({ formData }) =>
        formData.source === 'computed' ? (
          <>
            <SelectInput source="metric" choices={metricChoices} helperText="app.indicator.metric_help" />
            {['participants', 'volunteers'].includes(formData.metric) && <SelectInput source="metricOptions.stage" choices={stageChoices} label="resources.indicators.fields.stage" />}
            {formData.metric === 'offers-published' && <ThemeInput source="metricOptions.theme" label="resources.indicators.fields.theme" />}
            <SelectInput source="metricOptions.per1000" choices={perThousandChoices} label="resources.indicators.fields.per1000" />
          </>
        ) : formData.source === 'partner' ? (
          <ArrayInput source="reporters">
            <SimpleFormIterator inline disableReordering>
              <ReferenceInput source="organisationId" reference="organisations" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" label="resources.indicators.fields.organisationId" /></ReferenceInput>
              <ReferenceArrayInput source="socialSpaceIds" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectArrayInput optionText="name" label="resources.indicators.fields.socialSpaceIds" /></ReferenceArrayInput>
            </SimpleFormIterator>
          </ArrayInput>
        ) : null
      }
    </FormDataConsumer>
    <TextInput source="dataSource" fullWidth />
    <TextInput source="description" multiline fullWidth />
  </>
);
