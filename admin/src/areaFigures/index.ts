import Icon from '@mui/icons-material/Insights';
import { areaFigure } from '../../../shared/schemas/areaFigure';
import { simpleResource } from '../common/simpleResource';
import { lazyPage } from '../common/lazyPage';
const AreaFigureInputs = lazyPage(() => import('./AreaFigureInputs'), 'AreaFigureInputs');
const AreaFigureList = lazyPage(() => import('./AreaFigureList'), 'AreaFigureList');
export default { name: 'area-figures', list: AreaFigureList, ...simpleResource(areaFigure, AreaFigureInputs, 'list'), icon: Icon, recordRepresentation: 'label' };
