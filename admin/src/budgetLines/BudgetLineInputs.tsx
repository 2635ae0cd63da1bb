import { NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { budgetCategoryChoices } from '../common/choices';
import { centsToEuro, euroToCents } from '../common/money';
import { yearOf } from '../../../shared/time/months';
import { now } from '../../../shared/time/clock';
export const BudgetLineInputs = () => (
  <>
    <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
    <NumberInput source="year" defaultValue={yearOf(now())} />
    <SelectInput source="category" choices={budgetCategoryChoices} />
    <TextInput source="label" fullWidth />
    <NumberInput source="plannedCents" label="resources.budget-lines.fields.planned" format={centsToEuro} parse={euroToCents} step={0.01} />
  </>
);
