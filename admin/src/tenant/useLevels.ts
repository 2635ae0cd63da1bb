/** Whether the signed-in user's tenant plans in a spatial level (Musterstadt: planning areas; Hamm: none). */
import type { SPATIAL_LEVELS } from '../../../shared/schemas/values';
import { useTenantFace } from './useTenantFace';

type LevelKey = (typeof SPATIAL_LEVELS)[number];

export function useHasLevel(key: LevelKey): boolean {
  return useTenantFace()?.levels.some((l) => l.key === key) ?? false;
}
