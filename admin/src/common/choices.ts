/** Select choices from the shared zod enums' options, labelled through i18n keys (react-admin translates them). */
import areas from '../../../shared/data/hamm-areas.json';
import { AuditAction } from '../../../shared/schemas/auditEntry';
import { ScheduleFreq, TargetGroup, Weekday } from '../../../shared/schemas/common';
import { ActivityKind, ParticipationStage } from '../../../shared/schemas/activity';
import { Direction, Frequency, IndicatorSource, Metric } from '../../../shared/schemas/indicator';
import { AgreementStatus } from '../../../shared/schemas/meeting';
import { Cadence, NetworkKind, NetworkStatus } from '../../../shared/schemas/network';
import { OfferKind, OfferStatus } from '../../../shared/schemas/offer';
import { OrganisationKind } from '../../../shared/schemas/organisation';
import { Role } from '../../../shared/schemas/user';

const choices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.enum.${prefix}.${id}` }));

export const statusChoices = choices('status', OfferStatus.options);
export const offerKindChoices = choices('offerKind', OfferKind.options);
export const orgKindChoices = choices('kind', OrganisationKind.options);
export const targetGroupChoices = choices('targetGroup', TargetGroup.options);
export const roleChoices = choices('role', Role.options);
export const directionChoices = choices('direction', Direction.options);
export const frequencyChoices = choices('frequency', Frequency.options);
export const actionChoices = choices('action', AuditAction.options);
export const themeChoices = areas.themes.map((t) => ({ id: t, name: t }));
export const programmeChoices = areas.programmes.map((p) => ({ id: p, name: p }));
export const weekdayChoices = choices('weekday', Weekday.options);
export const scheduleFreqChoices = choices('scheduleFreq', ScheduleFreq.options);
export const networkKindChoices = choices('networkKind', NetworkKind.options);
export const cadenceChoices = choices('cadence', Cadence.options);
export const networkStatusChoices = choices('networkStatus', NetworkStatus.options);
export const activityKindChoices = choices('activityKind', ActivityKind.options);
export const stageChoices = choices('stage', ParticipationStage.options);
export const agreementStatusChoices = choices('agreementStatus', AgreementStatus.options);
export const sourceChoices = choices('source', IndicatorSource.options);
export const metricChoices = choices('metric', Metric.options);
