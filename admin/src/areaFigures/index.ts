import Icon from '@mui/icons-material/Insights';
import { areaFigure } from '../../../shared/schemas/areaFigure';
import { simpleResource } from '../common/simpleResource';
import { AreaFigureInputs } from './AreaFigureInputs';
import { AreaFigureList } from './AreaFigureList';
export default { name: 'area-figures', list: AreaFigureList, ...simpleResource(areaFigure, AreaFigureInputs, 'list'), icon: Icon, recordRepresentation: 'label' };
