import Icon from '@mui/icons-material/Handshake';
import { contribution } from '../../../shared/schemas/contribution';
import { simpleResource } from '../common/simpleResource';
import { ContributionInputs } from './ContributionInputs';
import { ContributionList } from './ContributionList';
export default { name: 'contributions', list: ContributionList, ...simpleResource(contribution, ContributionInputs, 'list'), icon: Icon };
