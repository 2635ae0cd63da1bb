import Icon from '@mui/icons-material/Business';
import { OrganisationCreate } from './OrganisationCreate';
import { OrganisationEdit } from './OrganisationEdit';
import { OrganisationList } from './OrganisationList';
import { OrganisationShow } from './OrganisationShow';
export default { name: 'organisations', list: OrganisationList, edit: OrganisationEdit, create: OrganisationCreate, show: OrganisationShow, icon: Icon, recordRepresentation: 'name' };
