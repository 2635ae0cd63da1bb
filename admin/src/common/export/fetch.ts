/**
 * What an export reads: every record the list's filters match, page by page (the API answers at most
 * MAX_PAGE records a request), and the names its reference fields point to.
 */
import type { DataProvider, SortPayload } from 'react-admin';
import { MAX_PAGE } from '../../../../shared/contract/routes/groups';
import type { ExportConfig } from './table';

/** At most this many rows in one export. */
export const EXPORT_MAX = 10_000;
/** Ids per reference request: react-admin's getMany answers one default page (25). */
const IDS_PER_REQUEST = 25;

export interface ListQuery {
  filter: Record<string, unknown>;
  sort?: SortPayload;
  meta?: unknown;
}

/** All records of the list's query, up to `max`; `truncated` when there are more. */
export async function fetchAllPages(dataProvider: DataProvider, resource: string, query: ListQuery, max = EXPORT_MAX): Promise<{ data: any[]; truncated: boolean }> {
  const perPage = Math.min(MAX_PAGE, max);
  const data: any[] = [];
  for (let page = 1; ; page++) {
    const res = await dataProvider.getList(resource, { filter: query.filter, sort: query.sort ?? { field: 'id', order: 'ASC' }, pagination: { page, perPage }, meta: query.meta });
    data.push(...res.data);
    const more = res.total !== undefined ? data.length < res.total : (res.pageInfo?.hasNextPage ?? res.data.length === perPage);
    if (!more || !res.data.length) return { data, truncated: false };
    if (data.length >= max) return { data: data.slice(0, max), truncated: true };
  }
}

const valueAt = (record: any, path: string) => path.split('.').reduce((v, k) => (v && typeof v === 'object' ? v[k] : undefined), record);

/** field → id → name, for the config's references (what a failed request leaves out stays an id). */
export async function resolveReferences(dataProvider: DataProvider, records: readonly any[], references: NonNullable<ExportConfig['references']>): Promise<Record<string, Map<string, string>>> {
  const out: Record<string, Map<string, string>> = {};
  await Promise.all(
    Object.entries(references).map(async ([field, spec]) => {
      const { reference, text } = typeof spec === 'string' ? { reference: spec, text: undefined } : spec;
      const ids = [...new Set(records.flatMap((r) => [valueAt(r, field)].flat()).filter((v) => typeof v === 'string' || typeof v === 'number').map(String))];
      const names = new Map<string, string>();
      for (let i = 0; i < ids.length; i += IDS_PER_REQUEST) {
        try {
          const { data } = await dataProvider.getMany(reference, { ids: ids.slice(i, i + IDS_PER_REQUEST) });
          for (const r of data) {
            const name = text ? r[text] : (r.name ?? r.title ?? r.label);
            if (name !== undefined && name !== null && name !== '') names.set(String(r.id), String(name));
          }
        } catch (err) {
          console.warn(`export: could not resolve ${reference}`, err);
        }
      }
      out[field] = names;
    }),
  );
  return out;
}
