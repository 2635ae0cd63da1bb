import Icon from '@mui/icons-material/HowToReg';
import { lazyPage } from '../common/lazyPage';
const SignUpList = lazyPage(() => import('./SignUpList'), 'SignUpList');
// Residents sign up on the finder; staff list the sign-ups and mark attendance (no create, edit or show page).
export default { name: 'sign-ups', list: SignUpList, icon: Icon, recordRepresentation: 'name' };
