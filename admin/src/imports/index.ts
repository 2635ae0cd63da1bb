/** The spreadsheet import (issue 30): jobs, "Daten importieren" (upload → preview) and a job's page (preview, import, progress, result). */
import Icon from '@mui/icons-material/UploadFile';
import { lazyPage } from '../common/lazyPage';
const ImportList = lazyPage(() => import('./ImportList'), 'ImportList');
const ImportCreate = lazyPage(() => import('./ImportCreate'), 'ImportCreate');
const ImportShow = lazyPage(() => import('./ImportShow'), 'ImportShow');
export default { name: 'imports', list: ImportList, create: ImportCreate, show: ImportShow, icon: Icon, recordRepresentation: 'fileName' };
