/**
 * A room of a community centre: what it holds and offers, and the rules of asking for it (who, how far
 * ahead, how long, the buffers kept free, the fees by kind of booker, shown and never charged).
 * When it is free is never typed: the API derives it (shared/domain/roomAvailability.ts).
 */
import { ArrayInput, BooleanInput, NumberInput, ReferenceInput, SelectArrayInput, SelectInput, SimpleFormIterator, TextInput, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { bookerKindChoices, feePerChoices, roomAccessibilityChoices, roomEquipmentChoices, whoMayAskChoices } from '../common/choices';
import { centsToEuro, euroToCents } from '../common/money';

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>{translate(title)}</Typography>;
};

export const RoomInputs = ({ edit = false }: { edit?: boolean }) => (
  <>
    <ReferenceInput source="centreId" reference="centres" sort={{ field: 'name', order: 'ASC' }} perPage={200}>
      {/* A room stays in its centre (the API refuses moving it). */}
      <SelectInput optionText="name" readOnly={edit} />
    </ReferenceInput>
    <TextInput source="name" fullWidth />
    <NumberInput source="capacity" min={1} />
    <NumberInput source="sizeSqm" min={1} />
    <SelectArrayInput source="equipment" choices={roomEquipmentChoices} />
    <SelectArrayInput source="accessibility" choices={roomAccessibilityChoices} />
    <TextInput source="houseRules" multiline fullWidth minRows={3} helperText="app.room.house_rules_help" />
    <TextInput source="keyPickup" multiline fullWidth helperText="app.room.key_pickup_help" />
    <BooleanInput source="active" defaultValue helperText="app.room.active_help" />
    <Section title="app.room.rules" />
    <SelectInput source="whoMayAsk" choices={whoMayAskChoices} defaultValue="public" />
    <NumberInput source="leadDays" min={0} defaultValue={7} helperText="app.room.lead_days_help" />
    <NumberInput source="maxHours" min={0.5} step={0.25} defaultValue={4} />
    <NumberInput source="bufferBeforeMin" min={0} step={15} defaultValue={0} helperText="app.room.buffer_help" />
    <NumberInput source="bufferAfterMin" min={0} step={15} defaultValue={0} helperText="app.room.buffer_help" />
    <ArrayInput source="fees" helperText="app.room.fees_help">
      <SimpleFormIterator inline>
        <SelectInput source="bookerKind" choices={bookerKindChoices} label="resources.rooms.fields.bookerKind" />
        <NumberInput source="cents" label="resources.rooms.fields.amount" format={centsToEuro} parse={euroToCents} step={0.01} min={0} />
        <SelectInput source="per" choices={feePerChoices} defaultValue="occurrence" label="resources.rooms.fields.per" />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
