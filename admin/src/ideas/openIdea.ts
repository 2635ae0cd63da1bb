/**
 * Which page an idea opens on: its edit page for staff who may answer it (moderation and answer
 * happen there), else its show page (leadership reads city-wide but does not answer). Decided
 * synchronously by the shared policy, as the other buttons of the admin are.
 */
import { authorize } from '../../../shared/policy';
import { principal } from '../authProvider';

export function ideaPage(record: { socialSpaceId?: string; targetGroups?: string[] } | undefined): 'edit' | 'show' {
  const me = principal();
  return me && record && authorize(me, 'ideas', 'update', { before: record }).allowed ? 'edit' : 'show';
}
