/**
 * GET /v1/docs: the OpenAPI document rendered by Scalar's API reference (npm @scalar/api-reference),
 * whose standalone script the admin build places at /api-docs/standalone.js beside the admin UI
 * (CloudFront in AWS, the local server under `npm start`). No external fonts, no CDN.
 */
import type { Reply } from '../http/types.ts';

// A plain reference: no hosted extras (AI agent, MCP, developer toolbar), no web fonts.
const CONFIGURATION = JSON.stringify({ withDefaultFonts: false, hideClientButton: true, showDeveloperTools: 'never', showToolbar: 'never', agent: { disabled: true }, mcp: { disabled: true }, theme: 'default', metaData: { title: 'Stadtteilarbeit Hamm API' } });

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function apiReferencePage(assetsOrigin: string): Reply {
  const script = `${assetsOrigin}/api-docs/standalone.js`;
  return {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
      // The page runs only the reference script; it reads the document from this API.
      'Content-Security-Policy': [
        "default-src 'self'",
        `script-src ${assetsOrigin || "'self'"}`,
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "form-action 'none'",
      ].join('; '),
    },
    text: `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Stadtteilarbeit Hamm API</title>
</head>
<body>
  <script id="api-reference" data-url="openapi.json" data-configuration="${escapeAttr(CONFIGURATION)}"></script>
  <script src="${escapeAttr(script)}"></script>
</body>
</html>
`,
  };
}
