/** Opening hours / meeting times: RFC 5545-style frequency, weekdays, opens and closes; with `withDescription` a short note each (an offer's, translated). */
import { ArrayInput, SelectArrayInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { scheduleFreqChoices, weekdayChoices } from './choices';
export const ScheduleInput = ({ source, withDescription = false }: { source: string; withDescription?: boolean }) => (
  <ArrayInput source={source}>
    <SimpleFormIterator inline>
      <SelectInput source="freq" choices={scheduleFreqChoices} label="app.schedule.freq" defaultValue="WEEKLY" />
      <SelectArrayInput source="byday" choices={weekdayChoices} label="app.schedule.byday" />
      <TextInput source="opens" label="app.schedule.opens" placeholder="09:00" />
      <TextInput source="closes" label="app.schedule.closes" placeholder="12:00" />
      {withDescription && <TextInput source="description" label="app.schedule.description" />}
    </SimpleFormIterator>
  </ArrayInput>
);
