/**
 * Demo participation in Hammer Norden: a handful of residents' ideas from the last weeks, some
 * waiting for release, some released and answered, one taken up as a need, one not feasible; an
 * open survey and a closed one with public results; a neighbourhood walk to sign up for. No contact
 * data: the demo holds no one's address. Dates count from `today`.
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

const SURVEY_QUESTIONS = {
  treffpunkte: [
    { id: 'wie-oft', kind: 'single', prompt: 'Wie oft sind Sie in einem Treffpunkt im Hammer Norden?', options: ['jede Woche', 'jeden Monat', 'seltener', 'nie'], required: true },
    { id: 'was-fehlt', kind: 'multiple', prompt: 'Was fehlt Ihnen im Stadtteil?', options: ['Orte für Jugendliche', 'Angebote am Abend', 'Angebote für Ältere', 'Sitzplätze im Grünen'], required: false },
    { id: 'wohlfuehlen', kind: 'scale', prompt: 'Wie wohl fühlen Sie sich in Ihrem Quartier?', options: [], required: false },
    { id: 'wunsch', kind: 'text', prompt: 'Was wünschen Sie sich für Ihren Stadtteil?', options: [], required: false },
  ],
  spielplatz: [
    { id: 'geraet', kind: 'single', prompt: 'Welches Spielgerät soll auf den Spielplatz an der Sorauer Straße?', options: ['Kletterturm', 'Wasserspiel', 'Nestschaukel'], required: true },
    { id: 'zufrieden', kind: 'scale', prompt: 'Wie zufrieden sind Sie mit dem Spielplatz heute?', options: [], required: false },
  ],
};

/** The closed playground survey's answers, a fixed mix: 23 in all, some options chosen fewer than 5 times. */
const PLAYGROUND_ANSWERS: [geraet: string, zufrieden: number][] = [
  ...Array.from({ length: 12 }, (_, i): [string, number] => ['Kletterturm', [2, 3, 2, 4, 3, 2][i % 6]]),
  ...Array.from({ length: 8 }, (_, i): [string, number] => ['Wasserspiel', [3, 4, 2, 3][i % 4]]),
  ...Array.from({ length: 3 }, (): [string, number] => ['Nestschaukel', 1]),
];

/** An open survey on meeting points and a closed one about a playground, with published results. */
export function surveyData(today: Date): SeedItem[] {
  const day = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString().slice(0, 10);
  const at = (offset: number) => new Date(today.getTime() + offset * DAY).toISOString();
  return [
    {
      type: 'survey', id: 'umfrage-treffpunkte-norden', at: at(-12),
      data: { socialSpaceId: 'norden', title: 'Treffpunkte im Hammer Norden', intro: 'Wir möchten wissen, wo Sie sich treffen und was fehlt. Die Umfrage dauert etwa drei Minuten und ist anonym.', questions: SURVEY_QUESTIONS.treffpunkte, opensOn: day(-10), closesOn: day(20), publishResults: true, status: 'published', responses: 0 },
    },
    {
      type: 'survey', id: 'umfrage-spielplatz-sorauer', at: at(-70),
      data: { socialSpaceId: 'norden', quarterId: 'hamm-norden', title: 'Neues Spielgerät an der Sorauer Straße', questions: SURVEY_QUESTIONS.spielplatz, opensOn: day(-60), closesOn: day(-30), publishResults: true, status: 'published', responses: PLAYGROUND_ANSWERS.length },
    },
    ...PLAYGROUND_ANSWERS.map(([geraet, zufrieden], i): SeedItem => ({
      type: 'surveyResponse', id: `umfrage-spielplatz-antwort-${String(i + 1).padStart(2, '0')}`, at: at(-59 + i),
      data: { surveyId: 'umfrage-spielplatz-sorauer', socialSpaceId: 'norden', answers: { geraet, zufrieden } },
    })),
  ];
}

/** A neighbourhood walk in Hammer Norden residents can sign up for, nine days ahead, with three confirmed sign-ups (no addresses). */
export function signUpData(today: Date): SeedItem[] {
  const day = new Date(today.getTime() + 9 * DAY).toISOString().slice(0, 10);
  const confirmed = [0, 2, 1];
  return [
    {
      type: 'activity', id: 'spaziergang-norden', at: new Date(today.getTime() - 5 * DAY).toISOString(),
      data: {
        title: 'Stadtteilspaziergang durch den Hammer Norden', kind: 'participation-format', stage: 'involvement', date: day, startTime: '17:00', endTime: '19:00',
        socialSpaceId: 'norden', quarterIds: ['hamm-norden'], themes: ['Teilhabe'], targetGroups: ['everyone'], signUp: true, capacity: 20, waitlist: true,
        meetingPoint: 'Marktplatz am Brunnen', signedUp: confirmed.reduce((n, g) => n + 1 + g, 0),
      },
    },
    ...confirmed.map((guests, i): SeedItem => ({
      type: 'signUp', id: `spaziergang-norden-anmeldung-${i + 1}`, at: new Date(today.getTime() - (4 - i) * DAY).toISOString(),
      data: { activityId: 'spaziergang-norden', socialSpaceId: 'norden', name: `Demo-Anmeldung ${i + 1}`, guests, status: 'confirmed', confirmedAt: new Date(today.getTime() - (4 - i) * DAY).toISOString() },
    })),
  ];
}
