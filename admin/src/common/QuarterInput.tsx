/** The quarters of the chosen social space only (the API refuses a quarter outside it); shared by the forms that name one. */
import { ReferenceInput, SelectInput } from 'react-admin';
import { useWatch } from 'react-hook-form';

export function QuarterInput() {
  const socialSpaceId = useWatch({ name: 'socialSpaceId' });
  return (
    <ReferenceInput source="quarterId" reference="quarters" filter={socialSpaceId ? { socialSpaceId } : {}} sort={{ field: 'name', order: 'ASC' }} perPage={100}>
      <SelectInput optionText="name" />
    </ReferenceInput>
  );
}
