/**
 * `npm run import -- FILE --type offers --as admin@hamm.example [--dry-run] [--skip-errors] [--aws]`:
 * the admin's import from the command line, through the same preview and run (functions/imports/jobs.ts):
 * the preview is printed with every wrong row in German; nothing is written while rows are wrong
 * (unless --skip-errors) or with --dry-run. The run writes each row through its record's route, as the
 * user named by --as, and audits it as `import:<file> row N`.
 * `npm run import -- --template offers` writes the template of a type (Vorlage-<Typ>.xlsx).
 * Both act for the tenant `TENANT` names (default: Hamm), with its themes and target groups.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { entities } from '../../shared/entities.ts';
import { now } from '../../shared/time/clock.ts';
import { principalOfUser } from '../../shared/identity/principal.ts';
import type { Principal } from '../../shared/policy.ts';
import { MAX_FILE_BYTES, megabytes } from '../../shared/import/limits.ts';
import { IMPORT_TYPE_LABELS, IMPORT_TYPES, type ImportType, type SheetType } from '../../shared/import/types.ts';
import { ImportFileError } from '../../shared/import/readSheet.ts';
import { defaultTable, tableClient } from './tableClient.ts';
import { actForScriptTenant } from './scriptTenant.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    type: { type: 'string' },
    as: { type: 'string' },
    template: { type: 'string' },
    table: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'skip-errors': { type: 'boolean', default: false },
    aws: { type: 'boolean', default: false },
  },
});

/** npm runs scripts in the package's folder; files are named from where the command was typed. */
const here = (file: string) => path.resolve(process.env.INIT_CWD ?? process.cwd(), file);

const fail = (message: string): never => {
  console.error(`✗ ${message}`);
  process.exit(1);
};
const types = IMPORT_TYPES.map((t) => `${t} (${IMPORT_TYPE_LABELS[t]})`).join(', ');

const { endpoint } = await tableClient(values.aws!);
if (endpoint) process.env.DYNAMODB_ENDPOINT = endpoint;
process.env.TABLE_NAME = values.table ?? defaultTable();
const { getDeps } = await import('../../functions/http/deps.ts');
const repo = getDeps().repo;
await actForScriptTenant(repo);

if (values.template) {
  const type = values.template as SheetType;
  if (!IMPORT_TYPES.includes(type) || type === ('hsds' as string)) fail(`Keine Vorlage für „${type}“. Vorlagen gibt es für: ${types.replace(/, hsds.*$/, '')}`);
  const { templateWorkbook } = await import('../../shared/import/template.ts');
  const file = `Vorlage-${IMPORT_TYPE_LABELS[type].split(' ')[0]}.xlsx`;
  writeFileSync(here(file), Buffer.from(await templateWorkbook(type)));
  console.log(`✓ ${file}`);
  process.exit(0);
}

const [file] = positionals;
if (!file) fail('Welche Datei? npm run import -- DATEI --type offers --as E-MAIL');
const type = values.type as ImportType;
if (!IMPORT_TYPES.includes(type)) fail(`--type fehlt oder ist unbekannt. Möglich: ${types}`);
if (!values.as) fail('--as E-MAIL fehlt: der Import schreibt im Namen und mit den Rechten dieses Benutzers.');
const bytes = readFileSync(here(file!));
// Checked before anything is loaded, like the admin does before uploading.
if (bytes.length > MAX_FILE_BYTES) fail(`Die Datei ist ${megabytes(bytes.length)} groß; höchstens ${megabytes(MAX_FILE_BYTES)} sind möglich. Bitte teilen Sie sie auf mehrere Dateien auf.`);

const { jobRows, previewJob, runJob, saveJob } = await import('../../functions/imports/jobs.ts');

const user = await repo.findByUnique(entities.user, { email: values.as!.toLowerCase() });
if (!principalOfUser(user)) fail(`Kein aktiver Benutzer mit der E-Mail-Adresse ${values.as}.`);
const principal = principalOfUser(user) as Principal;

let job;
try {
  job = await previewJob(repo, principal, { type, fileName: path.basename(file), bytes });
} catch (err) {
  if (err instanceof ImportFileError) fail(err.message);
  throw err;
}
const p = job.preview;
console.log(`${job.fileName}: ${job.totalRows} Zeilen – ${p.new} neu, ${p.changed} geändert, ${p.unchanged} unverändert, ${p.error} fehlerhaft`);
if (job.unknownColumns.length) console.log(`Unbekannte Spalten (werden nicht übernommen): ${job.unknownColumns.join(', ')}`);
for (const row of await jobRows(repo, job, 'error'))
  for (const e of row.errors ?? []) console.log(`  Zeile ${row.row}${row.column ? ` (${row.column})` : ''}${e.column ? `, Spalte „${e.column}“` : ''}: ${e.message}`);
if (values['dry-run']) process.exit(0);
if (p.error && !values['skip-errors']) fail('Nichts übernommen: bitte die Datei korrigieren, oder mit --skip-errors ohne die fehlerhaften Zeilen importieren.');

const started = performance.now();
job = await saveJob(repo, job, { status: 'running', skipErrors: values['skip-errors'], startedAt: now().toISOString(), runner: 'cli' }, `user:${user!.id}`);
await runJob(repo, job.id, principal, () => Number.POSITIVE_INFINITY, 'cli');
const done = await repo.get(entities.importJob, job.id);
const seconds = (performance.now() - started) / 1000;
const g = done.progress;
console.log(`✓ ${g.created} angelegt, ${g.updated} geändert, ${g.unchanged} unverändert, ${g.failed} fehlgeschlagen (${Math.round(g.processed / seconds)} Zeilen/s; Import ${done.id})`);
for (const row of (await jobRows(repo, done)).filter((r) => r.outcome === 'failed')) console.log(`  Zeile ${row.row}: ${row.outcomeError}`);
process.exit(done.status === 'done' ? 0 : 1);
