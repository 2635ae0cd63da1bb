import { safeExporter } from '../common/exporter';
import { BooleanInput, ChipField, DataTable, DateField, ExportButton, CreateButton, List, ReferenceArrayField, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, SingleFieldList, TopToolbar, AutocompleteInput } from 'react-admin';
import { statusChoices, targetGroupChoices, themeChoices } from '../common/choices';
import { StaleBadge, StillCurrentButton } from '../common/OfferBits';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" alwaysOn key="ss" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" label="resources.offers.fields.socialSpaceId" /></ReferenceInput>,
  <SelectInput source="theme" choices={themeChoices} alwaysOn key="t" />,
  <SelectInput source="targetGroup" choices={targetGroupChoices} key="tg" />,
  <SelectInput source="status" choices={statusChoices} alwaysOn key="s" />,
  <ReferenceInput source="organisationId" reference="organisations" key="o" sort={{ field: 'name', order: 'ASC' }} perPage={500}><AutocompleteInput optionText="name" /></ReferenceInput>,
  <BooleanInput source="stale" key="st" />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButton maxResults={5000} />
  </TopToolbar>
);

export const OfferList = () => (
  <List exporter={safeExporter} sort={{ field: 'title', order: 'ASC' }} filters={filters} actions={<Actions />} perPage={25}>
    <DataTable rowClick="show">
      <DataTable.Col source="title" />
      <DataTable.Col source="socialSpaceIds" disableSort>
        <ReferenceArrayField source="socialSpaceIds" reference="social-spaces"><SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
      </DataTable.Col>
      <DataTable.Col source="organisationId"><ReferenceField source="organisationId" reference="organisations" link={false} /></DataTable.Col>
      <DataTable.Col source="status"><SelectField source="status" choices={statusChoices} /></DataTable.Col>
      <DataTable.Col source="reviewedAt">
        <DateField source="reviewedAt" emptyText="–" /> <StaleBadge />
      </DataTable.Col>
      <DataTable.Col label=" " disableSort><StillCurrentButton /></DataTable.Col>
    </DataTable>
  </List>
);
