import { NumberField, ReferenceField, Show, SimpleShowLayout } from 'react-admin';
export const TargetShow = () => (
  <Show>
    <SimpleShowLayout>
      <ReferenceField source="indicatorId" reference="indicators" />
      <ReferenceField source="socialSpaceId" reference="social-spaces" />
      <NumberField source="year" options={{ useGrouping: false }} />
      <NumberField source="baseline" />
      <NumberField source="target" />
    </SimpleShowLayout>
  </Show>
);
