/**
 * What the resident sent and what the server keeps of it, read-only on the edit and show pages:
 * staff answer a resident's idea but do not rewrite it (the text is theirs, and public once released).
 * A list of fields (not one component) so the show layout labels each one and the form can too.
 */
import { DateField, FunctionField, NumberField, ReferenceField, TextField } from 'react-admin';
import { EnumListField } from '../common/EnumListField';
import { targetGroupChoices } from '../common/choices';

const coordinates = (r: any) => (r.location ? `${r.location.lat.toFixed(5)}, ${r.location.lng.toFixed(5)}` : '–');

export const ideaFacts = () => [
  <DateField source="createdAt" showTime key="createdAt" />,
  <ReferenceField source="socialSpaceId" reference="social-spaces" key="socialSpaceId" />,
  <ReferenceField source="quarterId" reference="quarters" emptyText="–" key="quarterId" />,
  <FunctionField source="location" render={coordinates} key="location" />,
  <TextField source="theme" key="theme" />,
  <EnumListField source="targetGroups" choices={targetGroupChoices} key="targetGroups" />,
  // Plain text as written: React escapes it, line breaks are kept.
  <TextField source="text" sx={{ whiteSpace: 'pre-wrap' }} key="text" />,
  <NumberField source="meToo" key="meToo" />,
  <ReferenceField source="needId" reference="needs" link="show" emptyText="–" key="needId" />,
  <DateField source="answeredAt" showTime emptyText="–" key="answeredAt" />,
  <DateField source="closedAt" showTime emptyText="–" key="closedAt" />,
];
