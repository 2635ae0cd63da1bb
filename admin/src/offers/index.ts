import Icon from '@mui/icons-material/Event';
import { lazyPage } from '../common/lazyPage';
const OfferCreate = lazyPage(() => import('./OfferCreate'), 'OfferCreate');
const OfferEdit = lazyPage(() => import('./OfferEdit'), 'OfferEdit');
const OfferList = lazyPage(() => import('./OfferList'), 'OfferList');
const OfferShow = lazyPage(() => import('./OfferShow'), 'OfferShow');
export default { name: 'offers', list: OfferList, edit: OfferEdit, create: OfferCreate, show: OfferShow, icon: Icon, recordRepresentation: 'title' };
