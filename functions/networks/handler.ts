/**
 * Networks (Netzwerke, Gremien), their meetings (Sitzungen) with agreements (Vereinbarungen), and
 * participation and community activities (Beteiligung); the follow-up list of open agreements and
 * the co-attendance graph of a social space.
 * Trigger: API Gateway REST routes of group `networks` (shared/contract/routes/networks.ts).
 * Access patterns: 1, 2, 3 (meetings of a network, activities of a social space), 14 (meetings and
 * activities of one social space and month), 15 (open agreements by due date).
 */
import { ulid } from 'ulid';
import { entities, type Item } from '../../shared/entities.ts';
import { monthsEndingWith, previousMonth } from '../../shared/time/months.ts';
import { coAttendance } from '../../shared/domain/networkGraph.ts';
import type { OpenAgreementFilter } from '../../shared/contract/routes/networks.ts';
import type { Agreement } from '../../shared/schemas/meeting.ts';
import { crudImpls } from '../http/crud.ts';
import { placesWithinSpaces, roomInCentre } from '../http/integrity.ts';
import { pageReply, parseFilter, parseListParams, sortItems } from '../http/listing.ts';
import type { Call } from '../http/types.ts';
import { withIdempotency } from '../http/idempotency.ts';
import { httpFunction } from '../http/wrapper.ts';

/** A meeting serves its network's social spaces and target groups; new agreements get an id. */
async function meetingFromNetwork(call: Call, data: Item): Promise<Item> {
  const network = call.scopeRef;
  const agreements = (data.agreements ?? []).map((a: Agreement) => ({ ...a, id: a.id ?? ulid() }));
  // A missing network: the repository refuses the reference with a 409.
  return network ? { socialSpaceIds: network.socialSpaceIds, targetGroups: network.targetGroups ?? [], agreements } : { agreements };
}

const OPEN_AGREEMENT_FIELDS = ['dueDate', 'meetingDate', 'text'];

export const handler = httpFunction(() => import('../../shared/contract/routes/networks.ts'), {
  ...crudImpls(entities.network),
  ...crudImpls(entities.meeting, { validate: roomInCentre, derive: meetingFromNetwork }),
  ...crudImpls(entities.activity, { validate: placesWithinSpaces }),
  listOpenAgreements: async (call) => {
    const params = parseListParams(call.query);
    const { dueBefore, socialSpaceId, networkId } = parseFilter(call.route.filter as typeof OpenAgreementFilter, params.filter);
    const spaces = socialSpaceId === undefined ? undefined : [socialSpaceId].flat();
    const open = (await call.deps.repo.listOpenAgreements())
      .filter(call.readable)
      .filter((a) => !dueBefore || (a.dueDate && a.dueDate <= dueBefore))
      .filter((a) => !spaces || a.socialSpaceIds.some((s: string) => spaces.includes(s)))
      .filter((a) => !networkId || a.networkId === networkId);
    return pageReply('open-agreements', sortItems(open, params.sort, OPEN_AGREEMENT_FIELDS), params.range);
  },
  getNetworkGraph: async (call) => {
    const until = call.query.until ?? previousMonth(call.deps.now());
    const window = monthsEndingWith(until, call.query.months);
    const meetings = (await Promise.all(window.map((m) => call.deps.repo.listBySpaceMonth(entities.meeting, call.params.id, m)))).flat();
    return { body: { socialSpaceId: call.params.id, from: window[0], until, ...coAttendance(meetings) } };
  },
}, { idempotency: withIdempotency });
