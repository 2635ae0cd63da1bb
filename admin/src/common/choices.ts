/** Select choices from the shared enums, labelled through i18n keys (react-admin translates them). */
import areas from '../../../shared/data/hamm-areas.json';

const choices = (prefix: string, ids: readonly string[]) => ids.map((id) => ({ id, name: `app.enum.${prefix}.${id}` }));

export const statusChoices = choices('status', ['draft', 'published', 'paused', 'ended']);
export const offerKindChoices = choices('offerKind', ['meeting-point', 'counselling', 'course', 'event', 'other']);
export const orgKindChoices = choices('kind', ['public', 'free-welfare', 'association', 'other']);
export const targetGroupChoices = choices('targetGroup', ['children', 'youth', 'parents', 'families', 'seniors', 'migrants', 'people-with-disabilities', 'unemployed', 'everyone']);
export const roleChoices = choices('role', ['admin', 'leadership', 'coordination', 'neighbourhood-management', 'prevention']);
export const directionChoices = choices('direction', ['higher-is-better', 'lower-is-better']);
export const frequencyChoices = choices('frequency', ['monthly', 'quarterly', 'yearly']);
export const actionChoices = choices('action', ['create', 'update', 'delete']);
export const themeChoices = areas.themes.map((t) => ({ id: t, name: t }));
export const programmeChoices = areas.programmes.map((p) => ({ id: p, name: p }));
export const weekdayChoices = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'].map((d, i) => ({ id: d, name: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'][i] }));
export const scheduleFreqChoices = [
  { id: 'WEEKLY', name: 'wöchentlich' },
  { id: 'MONTHLY', name: 'monatlich' },
  { id: 'DAILY', name: 'täglich' },
  { id: 'ONCE', name: 'einmalig' },
];
