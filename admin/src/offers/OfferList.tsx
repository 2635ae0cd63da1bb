import { listExporter } from '../common/exporter';
import { ExportButtons } from '../common/export/ExportButtons';
import { BooleanInput, BulkDeleteButton, ChipField, DataTable, DateField, CreateButton, List, ReferenceArrayField, ReferenceField, ReferenceInput, SearchInput, SelectField, SelectInput, SingleFieldList, TopToolbar, AutocompleteInput, useCanAccess } from 'react-admin';
import { offerKindChoices, statusChoices, targetGroupChoices } from '../common/choices';
import { StaleBadge, StillCurrentButton } from '../common/OfferBits';
import { MachineTranslateBulkButton } from '../common/translations/MachineTranslateBulkButton';
import { TranslationSummaryField } from '../common/translations/TranslationSummaryField';
import { TargetGroupInput, ThemeInput } from '../tenant/VocabularyInputs';

const filters = [
  <SearchInput source="q" alwaysOn key="q" />,
  <ReferenceInput source="socialSpaceId" reference="social-spaces" alwaysOn key="ss" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" label="resources.offers.fields.socialSpaceId" /></ReferenceInput>,
  <ThemeInput source="theme" alwaysOn key="t" />,
  <TargetGroupInput source="targetGroup" key="tg" />,
  <SelectInput source="status" choices={statusChoices} alwaysOn key="s" />,
  <ReferenceInput source="organisationId" reference="organisations" key="o" sort={{ field: 'name', order: 'ASC' }} perPage={500}><AutocompleteInput optionText="name" /></ReferenceInput>,
  <BooleanInput source="stale" key="st" />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton />
    <ExportButtons />
  </TopToolbar>
);

/** Bulk actions for those who edit offers: machine drafts of a language, and deleting (hidden by itself without the right). */
function BulkActions() {
  return (
      <>
        <MachineTranslateBulkButton />
        <BulkDeleteButton />
      </>
  );
}

const exporter = listExporter({
  columns: ['title', 'socialSpaceIds', 'organisationId', 'status', 'reviewedAt'],
  omit: ['translations', 'translationStatus', 'textVersion'],
  choices: { status: statusChoices, kind: offerKindChoices, targetGroups: targetGroupChoices },
  references: { socialSpaceIds: 'social-spaces', organisationId: 'organisations', quarterIds: 'quarters', centreId: 'centres' },
});

export const OfferList = () => {
  const { canAccess: canEdit } = useCanAccess({ resource: 'offers', action: 'edit' });
  return (
    <List exporter={exporter} sort={{ field: 'title', order: 'ASC' }} filters={filters} actions={<Actions />} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={canEdit ? <BulkActions /> : undefined}>
        <DataTable.Col source="title" />
        <DataTable.Col source="socialSpaceIds" disableSort>
          <ReferenceArrayField source="socialSpaceIds" reference="social-spaces"><SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList></ReferenceArrayField>
        </DataTable.Col>
        <DataTable.Col source="organisationId"><ReferenceField source="organisationId" reference="organisations" link={false} /></DataTable.Col>
        <DataTable.Col source="status"><SelectField source="status" choices={statusChoices} /></DataTable.Col>
        <DataTable.Col source="reviewedAt">
          <DateField source="reviewedAt" emptyText="–" /> <StaleBadge />
        </DataTable.Col>
        <DataTable.Col label="app.translation.column" disableSort><TranslationSummaryField /></DataTable.Col>
        <DataTable.Col label=" " disableSort><StillCurrentButton /></DataTable.Col>
      </DataTable>
    </List>
  );
};
