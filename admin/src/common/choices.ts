/** Select choices from the shared zod enums' options, labelled through i18n keys (react-admin translates them). */
import areas from '../../../shared/data/hamm-areas.json';
import { AuditAction } from '../../../shared/schemas/auditEntry';
import { ScheduleFreq, TargetGroup, Weekday } from '../../../shared/schemas/common';
import { ActivityKind, ParticipationStage } from '../../../shared/schemas/activity';
import { Direction, Frequency, IndicatorSource, Metric, PerThousandOf } from '../../../shared/schemas/indicator';
import { AgreementStatus } from '../../../shared/schemas/meeting';
import { Cadence, NetworkKind, NetworkStatus } from '../../../shared/schemas/network';
import { NeedEvidence, NeedStatus } from '../../../shared/schemas/need';
import { MeasureStatus, WorkPlanStatus } from '../../../shared/schemas/workPlan';
import { BudgetCategory } from '../../../shared/schemas/budget';
import { OfferKind, OfferStatus } from '../../../shared/schemas/offer';
import { OrganisationKind } from '../../../shared/schemas/organisation';
import { Role } from '../../../shared/schemas/user';

const choices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.enum.${prefix}.${id}` }));

export const statusChoices = choices('status', OfferStatus.options);
export const offerKindChoices = choices('offerKind', OfferKind.options);
export const orgKindChoices = choices('kind', OrganisationKind.options);
/** Every target group, for labels; a tenant's own as choices: useTargetGroupChoices (admin/src/tenant/useVocabulary.ts), likewise its themes. */
export const targetGroupChoices = choices('targetGroup', TargetGroup.options);
export const roleChoices = choices('role', Role.options);
export const directionChoices = choices('direction', Direction.options);
export const frequencyChoices = choices('frequency', Frequency.options);
export const actionChoices = choices('action', AuditAction.options);
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
export const needEvidenceChoices = choices('needEvidence', NeedEvidence.options);
export const needStatusChoices = choices('needStatus', NeedStatus.options);
export const workPlanStatusChoices = choices('workPlanStatus', WorkPlanStatus.options);
export const measureStatusChoices = choices('measureStatus', MeasureStatus.options);
export const budgetCategoryChoices = choices('budgetCategory', BudgetCategory.options);
export const priorityChoices = [1, 2, 3].map((id) => ({ id, name: `app.enum.priority.${id}` }));
export const perThousandChoices = choices('perThousand', PerThousandOf.options);
