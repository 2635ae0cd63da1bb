import Icon from '@mui/icons-material/Event';
import { OfferCreate } from './OfferCreate';
import { OfferEdit } from './OfferEdit';
import { OfferList } from './OfferList';
import { OfferShow } from './OfferShow';
export default { name: 'offers', list: OfferList, edit: OfferEdit, create: OfferCreate, show: OfferShow, icon: Icon, recordRepresentation: 'title' };
