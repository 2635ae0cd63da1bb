import { SimpleForm } from 'react-admin';
import { meeting } from '../../../shared/schemas/meeting';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { MeetingInputs } from './MeetingInputs';
export const MeetingEdit = () => (
  <AppEdit>
    <SimpleForm resolver={zodResolver(meeting.update)}><MeetingInputs edit /></SimpleForm>
  </AppEdit>
);
