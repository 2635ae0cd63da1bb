import { ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { useHasLevel } from '../tenant/useLevels';
export const QuarterShow = () => {
  const planningAreas = useHasLevel('planningArea');
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="name" />
        <ReferenceField source="socialSpaceId" reference="social-spaces" />
        {planningAreas && <ReferenceField source="planningAreaId" reference="planning-areas" emptyText="–" />}
        <ReferenceField source="districtId" reference="districts" />
      </SimpleShowLayout>
    </Show>
  );
};
