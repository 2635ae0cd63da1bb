/**
 * The one route table: every function group's routes, joined. CDK builds the API Gateway routes
 * from it, the local server serves it, and the OpenAPI document is generated from it. There is no
 * second list anywhere. A function itself imports only its own group's file (functions/<group>/
 * handler.ts), so that it bundles and builds only its own routes and schemas.
 */
import { FUNCTION_GROUPS, type FunctionGroup } from './groups.ts';
import type { Method, Route } from './route.ts';
import { routes as boundaries } from './boundaries.ts';
import { routes as imports } from './imports.ts';
import { routes as indicators } from './indicators.ts';
import { routes as networks } from './networks.ts';
import { routes as offers } from './offers.ts';
import { routes as organisations } from './organisations.ts';
import { routes as participation } from './participation.ts';
import { routes as planning } from './planning.ts';
import { routes as publicRoutes } from './public.ts';
import { routes as reports } from './reports.ts';
import { routes as spatial } from './spatial.ts';
import { routes as system } from './system.ts';

export * from './groups.ts';
export * from './route.ts';


const byGroup: Record<FunctionGroup, Route[]> = { spatial, boundaries, organisations, offers, indicators, networks, planning, public: publicRoutes, system, reports, participation, imports };

export const routes: Route[] = FUNCTION_GROUPS.flatMap((fn) => byGroup[fn]);

export const routesOf = (fn: FunctionGroup) => byGroup[fn];

/** Matches a concrete path against the table (local server); returns the route and its params. */
export function matchRoute(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
  const clean = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  for (const route of routes) {
    if (route.method !== method) continue;
    const names: string[] = [];
    const re = new RegExp(`^${route.path.replace(/\{(\w+)\}/g, (_m, name) => (names.push(name), '([^/]+)'))}$`);
    const m = re.exec(clean);
    if (m) return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1])])) };
  }
  return undefined;
}

/** The methods some route serves on this path (for 405 with `Allow`, vs 404 when there are none). */
export const methodsOf = (path: string): Method[] => (['GET', 'POST', 'PUT', 'DELETE'] as const).filter((m) => matchRoute(m, path));
