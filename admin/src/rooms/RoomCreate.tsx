import { Create, SimpleForm } from 'react-admin';
import { room } from '../../../shared/schemas/room';
import { zodResolver } from '../common/zodResolver';
import { RoomInputs } from './RoomInputs';
export const RoomCreate = () => (
  <Create redirect="list">
    <SimpleForm resolver={zodResolver(room.input)}><RoomInputs /></SimpleForm>
  </Create>
);
