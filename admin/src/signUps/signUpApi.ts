/**
 * The sign-ups' route beyond CRUD, over the data provider's own httpClient (ID token, problem+json
 * turned into the German errors the other actions show): attendance into the activity's participants.
 */
import { getConfig } from '../config';
import { httpClient } from '../dataProvider';

/**
 * Sets the activity's participants to the people (each with their guests) of the sign-ups marked
 * as attended; the API answers with the updated activity. The stored version guards against a
 * change saved meanwhile by someone else (409).
 */
export async function takeAttendance(activityId: string, version: number): Promise<{ id: string; participants: number; version: number }> {
  const url = `${(await getConfig()).apiUrl}/activities/${encodeURIComponent(activityId)}/attendance`;
  return (await httpClient(url, { method: 'POST', body: JSON.stringify({ version }) })).json;
}
