import Icon from '@mui/icons-material/Key';
import { ApiKeyCreate } from './ApiKeyCreate';
import { ApiKeyList } from './ApiKeyList';
import { ApiKeyShow } from './ApiKeyShow';
export default { name: 'api-keys', list: ApiKeyList, create: ApiKeyCreate, show: ApiKeyShow, icon: Icon, recordRepresentation: 'name' };
