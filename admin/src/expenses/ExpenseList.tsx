/** Expenses; the export button gives the finance department its CSV (decimal commas, safe cells). */
import { DataTable, DateField, FunctionField, List, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { formatEuro } from '../../../shared/format/money';
const filters = [<ReferenceInput source="budgetLineId" reference="budget-lines" key="bl" alwaysOn perPage={200}><SelectInput optionText="label" /></ReferenceInput>];
const exporter = listExporter({ columns: ['date', 'budgetLineId', 'purpose', 'amountCents', 'receiptRef'], labels: { amountCents: 'resources.expenses.fields.amount' }, references: { budgetLineId: 'budget-lines', measureId: 'measures', activityId: 'activities', socialSpaceId: 'social-spaces' } });
export const ExpenseList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'date', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="edit">
      <DataTable.Col source="date"><DateField source="date" /></DataTable.Col>
      <DataTable.Col source="budgetLineId"><ReferenceField source="budgetLineId" reference="budget-lines" link={false} /></DataTable.Col>
      <DataTable.Col source="purpose" />
      <DataTable.NumberCol source="amountCents" label="resources.expenses.fields.amount"><FunctionField render={(r: any) => formatEuro(r.amountCents)} /></DataTable.NumberCol>
      <DataTable.Col source="receiptRef" />
    </DataTable>
  </List>
);
