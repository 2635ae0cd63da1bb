/**
 * A survey's form, the same in Create and Edit: where and when it runs, whether its results become
 * public, and the question builder. Once residents have answered, the questions are frozen: the
 * builder turns read-only and says why (the API would refuse a change with 409).
 */
import { Alert } from '@mui/material';
import {
  ArrayInput, BooleanInput, DateInput, ReferenceInput, SelectInput, SimpleFormIterator, TextInput, useRecordContext, useSourceContext, useTranslate,
} from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { QuarterInput } from '../common/QuarterInput';
import { questionKindChoices, surveyStatusChoices } from './choices';
import { hasOptions, isLocked, linesOf, slugOf, toLines } from './questions';

interface ItemInputProps {
  source: string;
  disabled?: boolean;
}

/** The prompt; leaving it fills an empty short name from its words. */
function PromptInput({ source, disabled }: ItemInputProps) {
  const { getValues, setValue } = useFormContext();
  const item = useSourceContext();
  const fillShortName = () => {
    const idSource = item.getSource('id');
    if (disabled || getValues(idSource)) return;
    const taken = ((getValues('questions') ?? []) as { id?: string }[]).map((q) => q?.id).filter((id): id is string => !!id);
    const slug = slugOf(String(getValues(item.getSource(source)) ?? ''), taken);
    if (slug) setValue(idSource, slug, { shouldDirty: true });
  };
  return <TextInput source={source} label="resources.surveys.fields.prompt" multiline fullWidth disabled={disabled} onBlur={fillShortName} />;
}

/** The answers to choose from, one per line; only single and multiple choice have them. */
function OptionsInput({ source, disabled }: ItemInputProps) {
  const item = useSourceContext();
  const kind = useWatch({ name: item.getSource('kind') });
  if (!hasOptions(kind)) return null;
  return (
    <TextInput source={source} label="resources.surveys.fields.options" helperText="app.survey.options_help" multiline minRows={3} fullWidth disabled={disabled} format={linesOf} parse={toLines} />
  );
}

function QuestionsInput() {
  const record = useRecordContext();
  const translate = useTranslate();
  const locked = isLocked(record);
  return (
    <>
      {locked && <Alert severity="info" data-testid="questions-locked" sx={{ mt: 2 }}>{translate('app.survey.locked', { smart_count: record?.responses })}</Alert>}
      <ArrayInput source="questions" defaultValue={[{ kind: 'single', required: false }]}>
        <SimpleFormIterator disabled={locked} disableClear fullWidth getItemLabel={(i) => translate('app.survey.question_number', { number: i + 1 })}>
          <PromptInput source="prompt" disabled={locked} />
          <TextInput source="id" label="resources.surveys.fields.questionId" helperText="app.survey.id_help" disabled={locked} />
          <SelectInput source="kind" label="resources.surveys.fields.kind" choices={questionKindChoices} defaultValue="single" disabled={locked} />
          <OptionsInput source="options" disabled={locked} />
          <BooleanInput source="required" label="resources.surveys.fields.required" defaultValue={false} disabled={locked} />
        </SimpleFormIterator>
      </ArrayInput>
    </>
  );
}

export const SurveyInputs = () => (
  <>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <QuarterInput />
    <TextInput source="title" fullWidth />
    <TextInput source="intro" multiline fullWidth helperText="app.survey.intro_help" />
    <DateInput source="opensOn" />
    <DateInput source="closesOn" />
    <BooleanInput source="publishResults" helperText="app.survey.publish_help" defaultValue={false} />
    <SelectInput source="status" choices={surveyStatusChoices} defaultValue="draft" helperText="app.survey.status_help" />
    <QuestionsInput />
  </>
);
