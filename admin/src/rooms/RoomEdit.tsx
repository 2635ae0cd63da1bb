import { SimpleForm, TopToolbar } from 'react-admin';
import { room } from '../../../shared/schemas/room';
import { AppEdit } from '../common/AppEdit';
import { zodResolver } from '../common/zodResolver';
import { RoomInputs } from './RoomInputs';
import { WeekButton } from './WeekButton';
export const RoomEdit = () => (
  <AppEdit actions={<TopToolbar><WeekButton /></TopToolbar>}>
    <SimpleForm resolver={zodResolver(room.update)}><RoomInputs edit /></SimpleForm>
  </AppEdit>
);
