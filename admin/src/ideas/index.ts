import Icon from '@mui/icons-material/MoveToInbox';
import { lazyPage } from '../common/lazyPage';
import { shortText } from './shortText';
const IdeaCreate = lazyPage(() => import('./IdeaCreate'), 'IdeaCreate');
const IdeaEdit = lazyPage(() => import('./IdeaEdit'), 'IdeaEdit');
const IdeaList = lazyPage(() => import('./IdeaList'), 'IdeaList');
const IdeaShow = lazyPage(() => import('./IdeaShow'), 'IdeaShow');
// An idea has no title: its first words name it (page titles, the "duplicate of" reference).
export default { name: 'ideas', list: IdeaList, edit: IdeaEdit, create: IdeaCreate, show: IdeaShow, icon: Icon, recordRepresentation: (r: any) => shortText(r.text, 60) };
