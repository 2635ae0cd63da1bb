/**
 * Demo participation in Hammer Norden: a handful of residents' ideas from the last weeks, some
 * waiting for release, some released and answered, one taken up as a need, one not feasible. No
 * contact data: the demo holds no one's address. Dates count back from `today`.
 */
import type { SeedItem } from './hamm.ts';

const DAY = 86_400_000;

const IDEAS: { id: string; daysAgo: number; quarterId?: string; text: string; theme: string; targetGroups: string[]; over: Record<string, unknown> }[] = [
  { id: 'idee-bank-schatten', daysAgo: 2, quarterId: 'hamm-norden', text: 'Am Spielplatz Nordenstiftsweg fehlt eine Bank im Schatten. Wer mit kleinen Kindern dort ist, sitzt im Sommer in der prallen Sonne.', theme: 'Wohnen', targetGroups: ['parents'], over: {} },
  { id: 'idee-sprachcafe-abend', daysAgo: 5, quarterId: 'nordenfeldmark-ost', text: 'Ein Sprachcafé am Abend wäre toll, tagsüber arbeiten viele von uns.', theme: 'Teilhabe', targetGroups: ['migrants'], over: {} },
  {
    id: 'idee-jugendtreff-freitag', daysAgo: 24, quarterId: 'hamm-norden', text: 'Freitagabends gibt es für Jugendliche im Norden keinen Ort, an dem sie sich treffen können.', theme: 'Teilhabe', targetGroups: ['youth'],
    over: { moderation: 'released', status: 'in-review', answer: 'Wir sprechen mit dem Jugendzentrum über einen offenen Abend am Freitag und melden uns hier bis Ende des Monats.', meToo: 14, answeredDays: 3 },
  },
  {
    id: 'idee-beleuchtung-weg', daysAgo: 40, quarterId: 'nordenfeldmark-west', text: 'Der Fußweg zwischen Schule und Bushaltestelle ist im Winter morgens stockdunkel.', theme: 'Wohnen', targetGroups: ['children', 'parents'],
    over: { moderation: 'released', status: 'done', answer: 'Die Stadtwerke haben zwei zusätzliche Leuchten aufgestellt. Danke für den Hinweis!', meToo: 9, answeredDays: 6, closedDays: 30 },
  },
  {
    id: 'idee-flohmarkt-platz', daysAgo: 55, text: 'Ein Flohmarkt auf dem Marktplatz im Frühjahr, von Nachbarn für Nachbarn.', theme: 'Kultur', targetGroups: ['everyone'],
    over: { moderation: 'released', status: 'not-feasible', answer: 'Der Marktplatz ist an den Wochenenden im Frühjahr schon belegt. Wir schlagen den Schulhof der Friedensschule vor und laden dazu ins Quartiersbüro ein.', meToo: 4, answeredDays: 12, closedDays: 40 },
  },
];

export function participationData(today: Date): SeedItem[] {
  const at = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY);
  return IDEAS.map(({ id, daysAgo, quarterId, text, theme, targetGroups, over }) => {
    const { answeredDays, closedDays, ...fields } = over as { answeredDays?: number; closedDays?: number };
    return {
      type: 'idea',
      id,
      at: at(daysAgo).toISOString(),
      data: {
        socialSpaceId: 'norden', ...(quarterId ? { quarterId } : {}), text, theme, targetGroups, moderation: 'pending', status: 'received', meToo: 0, hasContact: false,
        ...fields,
        ...(answeredDays !== undefined ? { answeredAt: at(daysAgo - answeredDays).toISOString() } : {}),
        ...(closedDays !== undefined ? { closedAt: at(daysAgo - closedDays).toISOString() } : {}),
      },
    };
  });
}
