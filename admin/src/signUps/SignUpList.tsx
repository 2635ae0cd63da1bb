/**
 * "Anmeldungen": residents' sign-ups for activities in the user's social spaces, filtered by activity
 * and status; a row opens its activity (with its sign-ups and the attendance). No export and no
 * bulk actions: names and e-mail addresses are for the activity only.
 */
import { AutocompleteInput, DataTable, DateField, List, ReferenceField, ReferenceInput, SearchInput, SelectInput, useCreatePath } from 'react-admin';
import { AttendedCell } from './AttendedToggle';
import { signUpStatusChoices } from './choices';
import { signUpColumns } from './signUpColumns';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="activityId" reference="activities" key="a" alwaysOn sort={{ field: 'date', order: 'DESC' }}>
    <AutocompleteInput optionText="title" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
  <SelectInput source="status" choices={signUpStatusChoices} key="st" alwaysOn />,
];

export const SignUpList = () => {
  const createPath = useCreatePath();
  return (
    <List exporter={false} sort={{ field: 'createdAt', order: 'DESC' }} filters={filters} perPage={50}>
      <DataTable bulkActionButtons={false} rowClick={(_id, _resource, record) => createPath({ resource: 'activities', id: record.activityId, type: 'show' })}>
        <DataTable.Col source="activityId"><ReferenceField source="activityId" reference="activities" link={false} /></DataTable.Col>
        {signUpColumns()}
        <DataTable.Col source="createdAt"><DateField source="createdAt" showTime /></DataTable.Col>
        <DataTable.Col source="attended" align="center"><AttendedCell /></DataTable.Col>
      </DataTable>
    </List>
  );
};
