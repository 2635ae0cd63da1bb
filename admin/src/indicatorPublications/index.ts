/**
 * Veröffentlichte Kennzahlen: coordination chooses, per social space, which indicators the public
 * sees, with their interpretation and projects (shared/schemas/indicatorPublication.ts). Creating one
 * publishes, deleting one unpublishes. Every page loads with its first showing.
 */
import Icon from '@mui/icons-material/QueryStats';
import { lazyPage } from '../common/lazyPage';
const IndicatorPublicationCreate = lazyPage(() => import('./IndicatorPublicationCreate'), 'IndicatorPublicationCreate');
const IndicatorPublicationEdit = lazyPage(() => import('./IndicatorPublicationEdit'), 'IndicatorPublicationEdit');
const IndicatorPublicationList = lazyPage(() => import('./IndicatorPublicationList'), 'IndicatorPublicationList');
const IndicatorPublicationShow = lazyPage(() => import('./IndicatorPublicationShow'), 'IndicatorPublicationShow');
export default { name: 'indicator-publications', list: IndicatorPublicationList, edit: IndicatorPublicationEdit, create: IndicatorPublicationCreate, show: IndicatorPublicationShow, icon: Icon, recordRepresentation: 'indicatorId' };
