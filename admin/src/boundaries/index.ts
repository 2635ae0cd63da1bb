import Icon from '@mui/icons-material/Map';
import { BoundaryImport } from './BoundaryImport';
import { BoundaryVersionList } from './BoundaryVersionList';
export default { name: 'boundary-versions', list: BoundaryVersionList, create: BoundaryImport, icon: Icon };
