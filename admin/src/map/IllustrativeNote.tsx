/** Says where the boundaries come from, and warns while they are the seed's illustrative ones. */
import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { BoundaryFile } from './useBoundaries';

export function IllustrativeNote({ file }: { file: BoundaryFile }) {
  const translate = useTranslate();
  return file.illustrative ? (
    <Alert severity="warning" sx={{ mb: 1 }}>{translate('app.map.illustrative')}</Alert>
  ) : (
    <Alert severity="info" sx={{ mb: 1 }}>{translate('app.map.source', { source: file.source, validFrom: file.validFrom })}</Alert>
  );
}
