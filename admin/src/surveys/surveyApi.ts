/** A survey's results for staff (every count and the free texts), over the data provider's own httpClient. */
import type { SurveyResults } from '../../../shared/schemas/survey';
import { getConfig } from '../config';
import { httpClient } from '../dataProvider';

export async function fetchSurveyResults(id: string): Promise<SurveyResults> {
  return (await httpClient(`${(await getConfig()).apiUrl}/surveys/${encodeURIComponent(id)}/results`)).json;
}
