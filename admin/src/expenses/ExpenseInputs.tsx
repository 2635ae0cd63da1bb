import { DateInput, NumberInput, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { centsToEuro, euroToCents } from '../common/money';
export const ExpenseInputs = () => (
  <>
    <ReferenceInput source="budgetLineId" reference="budget-lines" perPage={200}><SelectInput optionText={(l: any) => `${l.label} (${l.year})`} /></ReferenceInput>
    <DateInput source="date" />
    <NumberInput source="amountCents" label="resources.expenses.fields.amount" format={centsToEuro} parse={euroToCents} step={0.01} />
    <TextInput source="purpose" fullWidth />
    <TextInput source="receiptRef" />
    <ReferenceInput source="measureId" reference="measures"><SelectInput optionText="title" /></ReferenceInput>
    <ReferenceInput source="activityId" reference="activities" sort={{ field: 'date', order: 'DESC' }}><SelectInput optionText="title" /></ReferenceInput>
  </>
);
