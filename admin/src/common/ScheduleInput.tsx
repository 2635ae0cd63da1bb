/** Opening hours / meeting times: RFC 5545-style frequency, weekdays, opens and closes. */
import { ArrayInput, SelectArrayInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { scheduleFreqChoices, weekdayChoices } from './choices';
export const ScheduleInput = ({ source }: { source: string }) => (
  <ArrayInput source={source}>
    <SimpleFormIterator inline>
      <SelectInput source="freq" choices={scheduleFreqChoices} label="Rhythmus" defaultValue="WEEKLY" />
      <SelectArrayInput source="byday" choices={weekdayChoices} label="Tage" />
      <TextInput source="opens" label="von" placeholder="09:00" />
      <TextInput source="closes" label="bis" placeholder="12:00" />
    </SimpleFormIterator>
  </ArrayInput>
);
