import { FormDataConsumer, ReferenceInput, SelectInput, TextInput } from 'react-admin';
import { useHasLevel } from '../tenant/useLevels';
import { StreetsInput } from './StreetsInput';

export const QuarterInputs = () => {
  const planningAreas = useHasLevel('planningArea');
  return (
    <>
      <TextInput source="name" fullWidth />
      <ReferenceInput source="socialSpaceId" reference="social-spaces" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
      {/* Only the planning areas of the chosen social space. */}
      {planningAreas && (
        <FormDataConsumer>
          {({ formData }) => (
            <ReferenceInput source="planningAreaId" reference="planning-areas" filter={formData.socialSpaceId ? { socialSpaceId: formData.socialSpaceId } : {}} sort={{ field: 'name', order: 'ASC' }}>
              <SelectInput optionText="name" emptyText="app.quarters.no_planning_area" />
            </ReferenceInput>
          )}
        </FormDataConsumer>
      )}
      <ReferenceInput source="districtId" reference="districts" sort={{ field: 'name', order: 'ASC' }}><SelectInput optionText="name" /></ReferenceInput>
      <StreetsInput />
    </>
  );
};
