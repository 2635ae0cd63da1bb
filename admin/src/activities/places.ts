/** "3 von 10": an activity's confirmed places (people, guests included) out of its capacity; none without a capacity. */
import type { TranslateFunction } from 'react-admin';

export const placesText = (translate: TranslateFunction, record: { capacity?: number; signedUp?: number; [field: string]: unknown } | undefined): string | undefined =>
  record?.capacity ? translate('app.activity.places', { signedUp: record.signedUp ?? 0, capacity: record.capacity }) : undefined;
