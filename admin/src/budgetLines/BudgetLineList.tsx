import { DataTable, FunctionField, List, NumberField, ReferenceField, ReferenceInput, SelectField, SelectInput } from 'react-admin';
import { budgetCategoryChoices } from '../common/choices';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { formatEuro } from '../../../shared/format/money';
const filters = [<ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>];
const exporter = listExporter({ columns: ['socialSpaceId', 'year', 'category', 'label', 'plannedCents', 'spentCents'], labels: { plannedCents: 'resources.budget-lines.fields.planned', spentCents: 'resources.budget-lines.fields.spent' }, choices: { category: budgetCategoryChoices }, references: { socialSpaceId: 'social-spaces' } });
export const BudgetLineList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'year', order: 'DESC' }} filters={filters}>
    <DataTable rowClick="show">
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="year" />
      <DataTable.Col source="category"><SelectField source="category" choices={budgetCategoryChoices} /></DataTable.Col>
      <DataTable.Col source="label" />
      <DataTable.NumberCol source="plannedCents" label="resources.budget-lines.fields.planned"><FunctionField render={(r: any) => formatEuro(r.plannedCents)} /></DataTable.NumberCol>
      <DataTable.NumberCol source="spentCents" label="resources.budget-lines.fields.spent"><FunctionField render={(r: any) => formatEuro(r.spentCents)} /></DataTable.NumberCol>
    </DataTable>
  </List>
);
