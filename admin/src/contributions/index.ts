import Icon from '@mui/icons-material/Handshake';
import { contribution } from '../../../shared/schemas/contribution';
import { simpleResource } from '../common/simpleResource';
import { lazyPage } from '../common/lazyPage';
const ContributionInputs = lazyPage(() => import('./ContributionInputs'), 'ContributionInputs');
const ContributionList = lazyPage(() => import('./ContributionList'), 'ContributionList');
export default { name: 'contributions', list: ContributionList, ...simpleResource(contribution, ContributionInputs, 'list'), icon: Icon };
