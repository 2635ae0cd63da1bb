/** Centres and offers whose coordinates lie outside the social space they state (admins). */
import { DataTable, List, ReferenceArrayField, ReferenceField, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { listExporter } from '../common/exporter';
import { ExportActions } from '../common/export/ExportActions';

const exporter = listExporter({
  columns: ['type', 'name', 'statedSocialSpaceIds', 'locatedSocialSpaceId', 'locatedQuarterId'],
  format: { type: (t, _r, translate) => translate(`resources.${t === 'centre' ? 'centres' : 'offers'}.name`, { smart_count: 1 }) },
  references: { statedSocialSpaceIds: 'social-spaces', locatedSocialSpaceId: 'social-spaces', locatedQuarterId: 'quarters' },
});

export const LocationMismatchList = () => {
  const translate = useTranslate();
  return (
    <List exporter={exporter} actions={<ExportActions />} pagination={false}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="type" render={(r: any) => translate(`resources.${r.type === 'centre' ? 'centres' : 'offers'}.name`, { smart_count: 1 })} />
        <DataTable.Col source="name" render={(r: any) => <Link to={`/${r.type === 'centre' ? 'centres' : 'offers'}/${r.recordId}`}>{r.name}</Link>} />
        <DataTable.Col source="statedSocialSpaceIds"><ReferenceArrayField source="statedSocialSpaceIds" reference="social-spaces" /></DataTable.Col>
        <DataTable.Col source="locatedSocialSpaceId"><ReferenceField source="locatedSocialSpaceId" reference="social-spaces" link={false} emptyText="–" /></DataTable.Col>
        <DataTable.Col source="locatedQuarterId"><ReferenceField source="locatedQuarterId" reference="quarters" link={false} emptyText="–" /></DataTable.Col>
      </DataTable>
    </List>
  );
};
