import { BooleanField, CreateButton, DataTable, DateField, List, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { listExporter } from '../common/exporter';
import { ExportButtons } from '../common/export/ExportButtons';
import { BoundaryLevel } from '../../../shared/schemas/boundary';

const levelChoices = BoundaryLevel.options.map((id) => ({ id, name: `app.enum.boundaryLevel.${id}` }));
const Actions = () => {
  const translate = useTranslate();
  return (
    <TopToolbar>
      <CreateButton label={translate('app.boundaries.import')} />
      <ExportButtons />
    </TopToolbar>
  );
};
const exporter = listExporter({ columns: ['level', 'validFrom', 'source', 'illustrative', 'features', 'importedAt'], choices: { level: levelChoices } });
export const BoundaryVersionList = () => {
  const translate = useTranslate();
  return (
  <List exporter={exporter} actions={<Actions />} filters={[<SelectInput source="level" choices={levelChoices} key="l" alwaysOn />]} sort={{ field: 'validFrom', order: 'DESC' }}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="level" render={(r: any) => translate(`app.enum.boundaryLevel.${r.level}`)} />
      <DataTable.Col source="validFrom" />
      <DataTable.Col source="source" />
      <DataTable.Col source="illustrative"><BooleanField source="illustrative" /></DataTable.Col>
      <DataTable.NumberCol source="features" />
      <DataTable.Col source="importedAt"><DateField source="importedAt" showTime /></DataTable.Col>
    </DataTable>
  </List>
  );
};
