/**
 * Each tenant's own themes and target groups, without a database: the shared lists until a tenant
 * names its own, the lists of the tenant in scope in the schemas and the spreadsheet columns, and
 * the rules for a tenant's lists; and the town an address without one lies in.
 */
import { describe, expect, it, vi } from 'vitest';
import { TARGET_GROUPS, THEMES } from '../../shared/schemas/values.ts';
import { tenantTargetGroups, tenantThemes, vocabularyOf, cityOf } from '../../shared/schemas/vocabulary.ts';
import { TargetGroup, Theme, ThemeName } from '../../shared/schemas/common.ts';
import { offer } from '../../shared/schemas/offer.ts';
import { TenantSettings } from '../../shared/schemas/tenant.ts';
import { readCell } from '../../shared/import/cells.ts';
import { SHEET_SPECS } from '../../shared/import/specs.ts';
import { factsOf } from '../../shared/tenancy/facts.ts';
import { inTenant } from '../../shared/tenancy/scope.ts';
import { demoTenants, inDemoTenant } from '../../shared/seed/tenants.ts';

const [hamm, muster] = demoTenants('2026-01-01T00:00:00.000Z');
const column = (header: string) => SHEET_SPECS.offers.columns.find((c) => c.header === header)!;

describe('a tenant\'s themes and target groups', () => {
  it('are the shared lists until a source is registered, and where an entry names none', async () => {
    vi.resetModules();
    const fresh = await import('../../shared/schemas/vocabulary.ts');
    expect(fresh.tenantThemes()).toEqual(THEMES);
    expect(fresh.tenantTargetGroups()).toEqual(TARGET_GROUPS);
    fresh.vocabularyFrom(() => fresh.vocabularyOf({ themes: ['Eigenes'] }));
    expect(fresh.tenantThemes()).toEqual(['Eigenes']);
    expect(fresh.tenantTargetGroups()).toEqual(TARGET_GROUPS);
    expect(vocabularyOf(undefined)).toEqual({ themes: THEMES, targetGroups: TARGET_GROUPS });
    expect(vocabularyOf(hamm)).toEqual({ themes: THEMES, targetGroups: TARGET_GROUPS });
  });

  it('are those of the tenant in scope, as its facts carry them (outside any tenant\'s facts: the shared ones)', () => {
    expect(factsOf(muster)).toMatchObject({ themes: expect.arrayContaining(['Klimaschutz']), targetGroups: expect.not.arrayContaining(['unemployed']) });
    expect(inTenant('musterstadt', () => tenantThemes(), factsOf(muster))).toContain('Klimaschutz');
    expect(inTenant('musterstadt', () => tenantThemes(), factsOf(muster))).not.toContain('Existenzsicherung');
    expect(inTenant('hamm', () => [tenantThemes(), tenantTargetGroups()], factsOf(hamm))).toEqual([THEMES, TARGET_GROUPS]);
    expect(tenantThemes()).toEqual(THEMES);
  });

  it('decide what a request may name, in German', () => {
    const klima = (tenant: string) => inDemoTenant(tenant, () => Theme.safeParse(' Klimaschutz '));
    expect(klima('musterstadt')).toEqual({ success: true, data: 'Klimaschutz' });
    expect(klima('hamm').error?.issues).toEqual([expect.objectContaining({ code: 'custom', message: 'Kein Thema dieser Kommune: Klimaschutz' })]);
    expect(inDemoTenant('musterstadt', () => TargetGroup.safeParse('unemployed')).error?.issues[0].message).toBe('Keine Zielgruppe dieser Kommune: Arbeitsuchende');
    expect(inDemoTenant('hamm', () => TargetGroup.safeParse('unemployed')).success).toBe(true);
    // A whole offer: the entry's position names the field.
    const body = { title: 'Reparaturcafé', organisationId: 'o1', socialSpaceIds: ['altstadt'], themes: ['Teilhabe', 'Existenzsicherung'], targetGroups: ['everyone'] };
    expect(inDemoTenant('musterstadt', () => offer.input.safeParse(body)).error?.issues.map((i) => [i.path.join('/'), i.message])).toEqual([['themes/1', 'Kein Thema dieser Kommune: Existenzsicherung']]);
    // A theme's name as stored (filters, a record from before a theme was struck off) is any name.
    expect(inDemoTenant('musterstadt', () => ThemeName.safeParse('Existenzsicherung')).success).toBe(true);
  });

  it('are set by the tenant\'s admin: each theme once (regardless of case), 1 to 40, known target groups only', () => {
    const settings = { name: muster.name, state: muster.state, levels: muster.levels, languages: muster.languages, look: muster.look, version: 1 };
    expect(TenantSettings.safeParse(settings).success).toBe(true);
    const twice = TenantSettings.safeParse({ ...settings, themes: ['Bildung', 'Klimaschutz', ' bildung '] });
    expect(twice.error?.issues.map((i) => [i.path.join('/'), i.message])).toEqual([['themes/2', 'Thema doppelt: bildung']]);
    expect(TenantSettings.safeParse({ ...settings, themes: [] }).success).toBe(false);
    expect(TenantSettings.safeParse({ ...settings, themes: Array.from({ length: 41 }, (_, i) => `Thema ${i}`) }).success).toBe(false);
    expect(TenantSettings.safeParse({ ...settings, themes: ['x'.repeat(61)] }).success).toBe(false);
    expect(TenantSettings.safeParse({ ...settings, targetGroups: ['children', 'pets'] }).error?.issues[0].path).toEqual(['targetGroups', 1]);
    expect(TenantSettings.safeParse({ ...settings, targetGroups: ['children', 'children'] }).error?.issues[0].message).toBe('Zielgruppe doppelt: children');
  });

  it('are the spreadsheet columns\' allowed values, read when a cell is', () => {
    expect(inDemoTenant('musterstadt', () => readCell(column('Themen'), 'Teilhabe; klimaschutz'))).toEqual({ value: ['Teilhabe', 'Klimaschutz'] });
    expect(inDemoTenant('hamm', () => readCell(column('Themen'), 'Klimaschutz'))).toEqual({ error: expect.stringMatching(/^„Klimaschutz“ ist nicht erlaubt; erlaubt: Bildung, Teilhabe/) });
    expect(inDemoTenant('musterstadt', () => readCell(column('Zielgruppen'), 'Arbeitsuchende'))).toEqual({ error: expect.stringMatching(/^„Arbeitsuchende“ ist nicht erlaubt/) });
    expect(inDemoTenant('musterstadt', () => Object.keys(column('Themen').values!))).toContain('Klimaschutz');
  });
});

describe('a tenant\'s town', () => {
  it('is its name without the kind of municipality or a note in brackets', () => {
    expect(cityOf('Stadt Hamm')).toBe('Hamm');
    expect(cityOf('Musterstadt (fiktiv)')).toBe('Musterstadt');
    expect(cityOf('Große Kreisstadt Beispielberg')).toBe('Beispielberg');
    expect(cityOf('Beispieldorf')).toBe('Beispieldorf');
  });
});
