import { DataTable, DateField, FunctionField, NumberField, ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { budgetCategoryChoices } from '../common/choices';
import { formatEuro } from '../../../shared/format/money';
export const BudgetLineShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <SelectField source="category" choices={budgetCategoryChoices} />
      <TextField source="label" />
      <FunctionField label="resources.budget-lines.fields.planned" render={(r: any) => formatEuro(r.plannedCents)} />
      <FunctionField label="resources.budget-lines.fields.spent" render={(r: any) => formatEuro(r.spentCents)} />
      <FunctionField label="resources.budget-lines.fields.remaining" render={(r: any) => formatEuro(r.plannedCents - (r.spentCents ?? 0))} />
      <ReferenceManyField reference="expenses" target="budgetLineId" label="resources.budget-lines.fields.expenses" sort={{ field: 'date', order: 'DESC' }}>
        <DataTable bulkActionButtons={false} rowClick="edit">
          <DataTable.Col source="date"><DateField source="date" /></DataTable.Col>
          <DataTable.Col source="purpose" />
          <DataTable.NumberCol source="amountCents" label="resources.expenses.fields.amount"><FunctionField render={(r: any) => formatEuro(r.amountCents)} /></DataTable.NumberCol>
          <DataTable.Col source="receiptRef" />
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
