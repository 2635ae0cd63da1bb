/**
 * What the CDN does with every request before it picks an origin or looks in its cache: one
 * CloudFront Function (viewer request), written once here. CloudFront runs it in AWS; the local
 * server runs the same source (infra/local/server.ts), so both decide a public address alike.
 *
 * - It notes the public address the request came to in `x-public-address`: the viewer's host, plus
 *   `/t/<tenant>` for the path form (`/t/musterstadt/angebote/`). API Gateway never sees the viewer's
 *   Host header (CloudFront must send the API's own), so this header is how the public routes learn
 *   whose pages were asked for (functions/http/tenantOf.ts). The viewer cannot set it: the function
 *   overwrites it. It is part of the public reads' cache key, so one tenant's cached answer is never
 *   another's.
 * - It strips the `/t/<tenant>` prefix, so the finder's files and the API's routes are the same for
 *   every tenant.
 * - A folder's address serves its index.html (the finder at /angebote/); `/angebote` and a tenant's
 *   bare `/t/<tenant>/` lead to the finder's folder.
 *
 * CloudFront's JavaScript runtime 2.0: no modules, no imports; ES5 with some ES6.
 */
import { PUBLIC_ADDRESS_HEADER } from '../../shared/tenancy/tenant.ts';

export const VIEWER_REQUEST_SOURCE = `function handler(event) {
  var r = event.request;
  var host = r.headers.host ? r.headers.host.value.toLowerCase() : '';
  var m = /^\\/t\\/([a-z][a-z0-9-]{1,30})(\\/.*)?$/.exec(r.uri);
  var prefix = m ? '/t/' + m[1] : '';
  var uri = m ? (m[2] || '') : r.uri;
  if (uri === '/angebote' || (m && (uri === '' || uri === '/'))) {
    return { statusCode: 301, statusDescription: 'Moved Permanently', headers: { location: { value: prefix + '/angebote/' + search(r.querystring) } } };
  }
  r.uri = uri;
  r.headers['${PUBLIC_ADDRESS_HEADER}'] = { value: host + prefix };
  if (uri.length > 1 && uri.charAt(uri.length - 1) === '/' && uri.indexOf('/v1/') !== 0) r.uri = uri + 'index.html';
  return r;
}
function search(q) {
  var parts = [];
  for (var k in q) {
    var values = q[k].multiValue || [q[k]];
    for (var i = 0; i < values.length; i++) parts.push(values[i].value === '' ? k : k + '=' + values[i].value);
  }
  return parts.length ? '?' + parts.join('&') : '';
}`;

/** The request as the function sees it (the part this function reads and writes). */
export interface ViewerRequest {
  uri: string;
  headers: Record<string, { value: string }>;
  /** As CloudFront gives it: each name with its (still encoded) value, or several under `multiValue`. */
  querystring: Record<string, { value: string; multiValue?: { value: string }[] }>;
}

/** A query string (`?a=1&b=2&b=3`) in CloudFront's shape, values left encoded as CloudFront leaves them. */
export function querystringOf(search: string): ViewerRequest['querystring'] {
  const q: ViewerRequest['querystring'] = {};
  for (const part of search.replace(/^\?/, '').split('&').filter(Boolean)) {
    const [name, value = ''] = part.split(/=(.*)/s);
    const entry = Object.hasOwn(q, name!) ? q[name!]! : undefined;
    if (!entry) Object.defineProperty(q, name!, { value: { value }, enumerable: true, writable: true, configurable: true });
    else entry.multiValue = [...(entry.multiValue ?? [{ value: entry.value }]), { value }];
  }
  return q;
}
export type ViewerResult = ViewerRequest | { statusCode: number; headers: Record<string, { value: string }> };

/** The function, runnable in Node (the local server and the tests run exactly the source CloudFront gets). */
export const viewerRequest: (event: { request: ViewerRequest }) => ViewerResult = new Function(`${VIEWER_REQUEST_SOURCE}\nreturn handler;`)();
