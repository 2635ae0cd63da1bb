/**
 * Another directory's HSDS 3.0 export (the shape /v1/hsds publishes: services with their
 * organization, service areas, attributes, languages and cost options; or a file with
 * `organizations` and `services`) as rows of the organisation and offer sheets, organisations
 * first, so the offers find the organisations this same file brings. Each row keeps the HSDS id as
 * its external id (`hsds:<id>`), so a second import of the file finds its records.
 */
import { tenantTargetGroups, tenantThemes } from '../../shared/schemas/vocabulary.ts';
import { TARGET_GROUP_DE } from '../../shared/format/labels.ts';
import { codeOf, splitList } from '../../shared/import/cells.ts';
import { ImportFileError, decodeText, fileKind } from '../../shared/import/readSheet.ts';
import { hsdsId } from '../public/hsds.ts';
import type { StoredRow } from './rows.ts';

type Json = Record<string, any>;

/** Which HSDS field fills which column: shown in the preview. */
export const HSDS_MAPPING = [
  { from: 'organizations[].id', to: 'Träger: Externe ID (hsds:<id>)' },
  { from: 'organizations[].name', to: 'Träger: Name' },
  { from: 'organizations[].description', to: 'Träger: Beschreibung' },
  { from: 'organizations[].email, website', to: 'Träger: Kontakt E-Mail, Website' },
  { from: 'services[].id', to: 'Angebot: Externe ID (hsds:<id>)' },
  { from: 'services[].name, description', to: 'Angebot: Titel, Beschreibung' },
  { from: 'services[].organization_id', to: 'Angebot: Träger' },
  { from: 'services[].status', to: 'Angebot: Status (active → Veröffentlicht, temporarily closed → Pausiert, defunct → Beendet, sonst Entwurf)' },
  { from: 'services[].service_areas[].name', to: 'Angebot: Sozialräume' },
  { from: 'services[].attributes (Taxonomie-Begriffe), eligibility_description', to: 'Angebot: Themen, Zielgruppen' },
  { from: 'services[].minimum_age, maximum_age', to: 'Angebot: Mindestalter, Höchstalter' },
  { from: 'services[].languages[].code', to: 'Angebot: Sprachen' },
  { from: 'services[].cost_options[0]', to: 'Angebot: Kostenlos, Kosten in Euro' },
  { from: 'services[].email, url', to: 'Angebot: Kontakt E-Mail, Website' },
];

const STATUS: Record<string, string> = { active: 'published', 'temporarily closed': 'paused', defunct: 'ended' };
type Terms = Map<string, ['themes' | 'targetGroups', string]>;
/** Taxonomy term ids as /v1/hsds publishes them (functions/public/hsds.ts) back to the codes of the importing tenant's own themes and target groups. */
const ownTerms = (): Terms =>
  new Map<string, ['themes' | 'targetGroups', string]>([
    ...tenantThemes().map((t) => [hsdsId('term:themes', t), ['themes', t]] as [string, ['themes', string]]),
    ...tenantTargetGroups().map((g) => [hsdsId('term:target-groups', g), ['targetGroups', g]] as [string, ['targetGroups', string]]),
  ]);

const clean = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '' && !(Array.isArray(v) && !v.length)));

function organisationRow(o: Json, row: number): StoredRow {
  return {
    row,
    sheet: 'organisations',
    values: clean({
      externalId: `hsds:${o.id}`,
      name: o.name,
      kind: 'other',
      description: o.description && o.description !== o.name ? String(o.description).slice(0, 2000) : undefined,
      'contact.email': o.email,
      'contact.website': o.website ?? o.url,
    }),
  };
}

function offerRow(s: Json, row: number, orgNames: Map<string, string>, own: Terms): StoredRow {
  const terms = (s.attributes ?? []).map((a: Json) => own.get(a.taxonomy_term_id)).filter(Boolean) as ['themes' | 'targetGroups', string][];
  const fromEligibility = splitList(String(s.eligibility_description ?? ''))
    .map((p) => codeOf(TARGET_GROUP_DE, p))
    .filter((g) => g !== undefined && (tenantTargetGroups() as readonly string[]).includes(g)) as string[];
  const cost = s.cost_options?.[0];
  return {
    row,
    sheet: 'offers',
    values: clean({
      externalId: `hsds:${s.id}`,
      title: s.name,
      description: s.description,
      status: STATUS[s.status] ?? 'draft',
      organisationId: orgNames.get(s.organization_id) ?? s.organization?.name ?? s.organization_id,
      socialSpaceIds: (s.service_areas ?? []).map((a: Json) => a.name).filter(Boolean),
      themes: [...new Set(terms.filter(([k]) => k === 'themes').map(([, c]) => c))],
      targetGroups: [...new Set([...terms.filter(([k]) => k === 'targetGroups').map(([, c]) => c), ...fromEligibility])],
      minAge: s.minimum_age,
      maxAge: s.maximum_age,
      languages: (s.languages ?? []).map((l: Json) => l.code).filter(Boolean),
      'cost.free': cost ? !cost.amount : undefined,
      'cost.amountEur': cost?.amount || undefined,
      'contact.email': s.email,
      'contact.website': s.url,
    }),
  };
}

/** The file's organisations (listed, or embedded in services) and services, as rows numbered in file order. */
export function hsdsRows(bytes: Uint8Array, fileName: string) {
  fileKind(bytes, fileName);
  let json: Json;
  try {
    json = JSON.parse(decodeText(bytes));
  } catch {
    throw new ImportFileError('Die Datei ist kein gültiges JSON. Bitte laden Sie den HSDS-Export des anderen Verzeichnisses unverändert hoch.');
  }
  const notHsds = (what: string) => new ImportFileError(`Die Datei entspricht nicht dem Format HSDS 3.0: ${what}. Bitte laden Sie den Export des anderen Verzeichnisses unverändert hoch.`);
  if (!json || typeof json !== 'object') throw notHsds('sie enthält keine Liste und kein Objekt');
  const services: unknown = Array.isArray(json) ? json : (json.services ?? json.contents ?? []);
  const listed: unknown = Array.isArray(json) ? [] : (json.organizations ?? []);
  const isRecord = (x: unknown): x is Json => !!x && typeof x === 'object' && !Array.isArray(x) && typeof (x as Json).id === 'string';
  if (!Array.isArray(services) || !services.every(isRecord)) throw notHsds('„services“ ist keine Liste von Angeboten mit „id“');
  if (!Array.isArray(listed) || !listed.every(isRecord)) throw notHsds('„organizations“ ist keine Liste von Trägern mit „id“');
  const organizations = new Map<string, Json>(listed.map((o: Json) => [o.id, o]));
  for (const s of services) if (s.organization?.id && !organizations.has(s.organization.id)) organizations.set(s.organization.id, s.organization);
  if (!services.length && !organizations.size)
    throw new ImportFileError('Die Datei enthält weder Angebote (services) noch Träger (organizations) im Format HSDS 3.0.');
  const orgNames = new Map([...organizations.values()].map((o) => [o.id as string, o.name as string]));
  let row = 1;
  const own = ownTerms();
  const rows = [...[...organizations.values()].map((o) => organisationRow(o, row++)), ...services.map((s) => offerRow(s, row++, orgNames, own))];
  return { rows, unknownColumns: [] as string[], mapping: HSDS_MAPPING };
}
