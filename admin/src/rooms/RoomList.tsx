import { BooleanField, DataTable, List, NumberField, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, useCanAccess } from 'react-admin';
import { whoMayAskChoices } from '../common/choices';
import { WeekButton } from './WeekButton';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="centreId" reference="centres" alwaysOn key="c" sort={{ field: 'name', order: 'ASC' }} perPage={200}><SelectInput optionText="name" /></ReferenceInput>,
];

export const RoomList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'rooms', action: 'edit' });
  return (
    <List sort={{ field: 'name', order: 'ASC' }} filters={filters} perPage={25}>
      <DataTable rowClick={canEdit ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="centreId"><ReferenceField source="centreId" reference="centres" link={false} /></DataTable.Col>
        <DataTable.Col source="capacity" align="right"><NumberField source="capacity" /></DataTable.Col>
        <DataTable.Col source="whoMayAsk"><SelectField source="whoMayAsk" choices={whoMayAskChoices} /></DataTable.Col>
        <DataTable.Col source="active"><BooleanField source="active" /></DataTable.Col>
        <DataTable.Col label="app.room.week" disableSort><WeekButton /></DataTable.Col>
      </DataTable>
    </List>
  );
};
