/**
 * The scorecard of the report month (GET /v1/scorecard), and a reload for after *Jetzt berechnen*.
 * Shared by the dashboard and the social space page; undefined while loading or when it failed.
 */
import { useCallback, useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';

export function useScorecard(): [card: any, reload: () => void] {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [card, setCard] = useState<any>();
  const reload = useCallback(() => {
    dataProvider.scorecard().then(setCard, () => setCard(undefined));
  }, [dataProvider]);
  useEffect(reload, [reload]);
  return [card, reload];
}
