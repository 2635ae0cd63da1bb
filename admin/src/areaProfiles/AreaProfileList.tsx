/** The profiles of social spaces and quarters, with what the public sees of each. */
import { DataTable, DateField, FunctionField, List, ReferenceField, ReferenceInput, SelectInput, useTranslate } from 'react-admin';
import { authorize } from '../../../shared/policy';
import { dateLabel } from '../../../shared/time/months';
import { principal } from '../authProvider';

const filters = [
  <ReferenceInput source="socialSpaceId" reference="social-spaces" key="ss" alwaysOn sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>,
];

/** Those who may change a profile open its form, everyone else its page. */
const open = (_id: unknown, _resource: string, record: any) => {
  const me = principal();
  return me && authorize(me, 'area-profiles', 'update', { before: record }).allowed ? 'edit' : 'show';
};

function Published() {
  const translate = useTranslate();
  return (
    <FunctionField
      source="published"
      render={(r: any) => (r.published ? translate('app.profile.version_of', { version: r.published.version, date: dateLabel(r.published.at) }) : translate('app.profile.not_published'))}
    />
  );
}

export const AreaProfileList = () => (
  <List sort={{ field: 'socialSpaceId', order: 'ASC' }} filters={filters} exporter={false}>
    <DataTable rowClick={open}>
      <DataTable.Col source="socialSpaceId"><ReferenceField source="socialSpaceId" reference="social-spaces" link={false} /></DataTable.Col>
      <DataTable.Col source="quarterId" disableSort><ReferenceField source="quarterId" reference="quarters" link={false} emptyText="app.profile.whole_space" /></DataTable.Col>
      <DataTable.Col source="published" disableSort><Published /></DataTable.Col>
      <DataTable.Col source="updatedAt"><DateField source="updatedAt" /></DataTable.Col>
    </DataTable>
  </List>
);
