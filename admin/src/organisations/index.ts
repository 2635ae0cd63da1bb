import Icon from '@mui/icons-material/Business';
import { lazyPage } from '../common/lazyPage';
const OrganisationCreate = lazyPage(() => import('./OrganisationCreate'), 'OrganisationCreate');
const OrganisationEdit = lazyPage(() => import('./OrganisationEdit'), 'OrganisationEdit');
const OrganisationList = lazyPage(() => import('./OrganisationList'), 'OrganisationList');
const OrganisationShow = lazyPage(() => import('./OrganisationShow'), 'OrganisationShow');
export default { name: 'organisations', list: OrganisationList, edit: OrganisationEdit, create: OrganisationCreate, show: OrganisationShow, icon: Icon, recordRepresentation: 'name' };
