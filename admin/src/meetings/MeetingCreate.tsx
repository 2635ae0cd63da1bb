import { Create, SimpleForm } from 'react-admin';
import { meeting } from '../../../shared/schemas/meeting';
import { zodResolver } from '../common/zodResolver';
import { MeetingInputs } from './MeetingInputs';
export const MeetingCreate = () => (
  <Create redirect="show">
    <SimpleForm resolver={zodResolver(meeting.input)}><MeetingInputs /></SimpleForm>
  </Create>
);
