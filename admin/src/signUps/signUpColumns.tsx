/**
 * The columns a sign-up shows in both lists (the activity's own and the list of all sign-ups): who,
 * how many, where it stands. A sign-up whose data were deleted shows so in place of the name.
 */
import { DataTable, DateField, EmailField, FunctionField, NumberField, SelectField, useTranslate } from 'react-admin';
import { signUpStatusChoices } from './choices';

function NameField() {
  const translate = useTranslate();
  return <FunctionField source="name" render={(r: any) => r.name ?? (r.anonymised ? translate('resources.sign-ups.fields.anonymised') : '–')} />;
}

export const signUpColumns = () => [
  <DataTable.Col source="name" key="name"><NameField /></DataTable.Col>,
  <DataTable.Col source="email" key="email"><EmailField source="email" emptyText="–" /></DataTable.Col>,
  <DataTable.NumberCol source="guests" key="guests"><NumberField source="guests" /></DataTable.NumberCol>,
  <DataTable.Col source="status" key="status"><SelectField source="status" choices={signUpStatusChoices} /></DataTable.Col>,
  <DataTable.Col source="confirmedAt" key="confirmedAt"><DateField source="confirmedAt" showTime emptyText="–" /></DataTable.Col>,
];
