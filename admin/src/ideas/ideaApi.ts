/**
 * The two idea routes beyond CRUD, over the data provider's own httpClient (ID token, empty values
 * stripped, problem+json turned into the German errors the other actions show).
 */
import type { IdeaContact } from '../../../shared/schemas/idea';
import { getConfig } from '../config';
import { httpClient } from '../dataProvider';

const ideaUrl = async (id: string, action: string) => `${(await getConfig()).apiUrl}/ideas/${encodeURIComponent(id)}/${action}`;

/** The sender's contact data, or null when none was given or the sender has deleted it (404). */
export async function fetchIdeaContact(id: string): Promise<IdeaContact | null> {
  try {
    return (await httpClient(await ideaUrl(id, 'contact'))).json;
  } catch (err: any) {
    if (err?.status === 404) return null;
    throw err;
  }
}

/** Turns the idea into a need of its social space, or a measure of its current work plan; the API answers with the new record. */
export async function takeUpIdea(id: string, version: number, as: 'need' | 'measure' = 'need'): Promise<{ id: string }> {
  return (await httpClient(await ideaUrl(id, as === 'need' ? 'take-up' : 'take-up-as-measure'), { method: 'POST', body: JSON.stringify({ version }) })).json;
}
