import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';
import { DataTable, DateField, DeleteButton, List, ReferenceField } from 'react-admin';
/** DELETE revokes the key; the row stays, with `revokedAt`. */
const exporter = listExporter({ columns: ['name', 'prefix', 'organisationId', 'createdAt', 'expiresAt', 'lastUsedAt', 'revokedAt'], references: { organisationId: 'organisations' } });
export const ApiKeyList = () => (
  <List exporter={exporter} actions={<ExportActions />} sort={{ field: 'createdAt', order: 'DESC' }}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" />
      <DataTable.Col source="prefix" />
      <DataTable.Col source="organisationId"><ReferenceField source="organisationId" reference="organisations" link={false} /></DataTable.Col>
      <DataTable.Col source="createdAt"><DateField source="createdAt" /></DataTable.Col>
      <DataTable.Col source="expiresAt"><DateField source="expiresAt" emptyText="–" /></DataTable.Col>
      <DataTable.Col source="lastUsedAt"><DateField source="lastUsedAt" showTime emptyText="–" /></DataTable.Col>
      <DataTable.Col source="revokedAt"><DateField source="revokedAt" showTime emptyText="–" /></DataTable.Col>
      <DataTable.Col label=" " disableSort><DeleteButton label="app.action.revoke" mutationMode="pessimistic" redirect={false} /></DataTable.Col>
    </DataTable>
  </List>
);
