/**
 * The need-vs-offer matrix as a heat map: age bands × themes, each cell with its offers and open
 * needs; red where a need has no offer (listed first above the map), green where offers meet needs.
 * The "Kein Kind zurücklassen!" view keeps ages 0–27 and parents, children and youth.
 */
import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import type { AppDataProvider } from '../dataProvider';
import { germanNameOf } from '../../../shared/i18n/languages';

function colour(c: any) {
  if (c.gap) return '#ffcdd2';
  if (c.needs.length) return '#c8e6c9';
  return c.offers.length ? `rgba(21, 101, 192, ${Math.min(0.45, 0.08 * c.offers.length)})` : 'transparent';
}

export function NeedOfferMatrix() {
  const space = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [view, setView] = useState<'all' | 'kekiz'>('all');
  const [m, setM] = useState<any>();
  useEffect(() => {
    if (space?.id) dataProvider.matrix(String(space.id), view).then(setM, () => setM(undefined));
  }, [space?.id, view, dataProvider]);
  if (!space || !m) return null;
  const cell = (band: string, theme: string) => m.cells.find((c: any) => c.ageBand === band && c.theme === theme);
  return (
    <Box data-testid="need-offer-matrix">
      <Typography variant="subtitle2" component="h3">{translate('app.matrix.title')}</Typography>
      <ToggleButtonGroup size="small" exclusive value={view} onChange={(_e, v) => v && setView(v)} className="noprint" aria-label={translate('app.matrix.view')}>
        <ToggleButton value="all">{translate('app.matrix.all')}</ToggleButton>
        <ToggleButton value="kekiz">{translate('app.matrix.kekiz')}</ToggleButton>
      </ToggleButtonGroup>
      {m.gaps.length ? (
        <Typography variant="body2" sx={{ my: 1 }} data-testid="matrix-gaps">
          <strong>{translate('app.matrix.gaps')}:</strong> {m.gaps.map((g: any) => `${g.theme} ${g.ageBand} (${g.needs.map((n: any) => n.title).join(', ')})`).join(' · ')}
        </Typography>
      ) : null}
      {m.searchesByLanguage?.some((s: any) => s.language !== 'de') ? (
        <Typography variant="body2" sx={{ my: 1 }} data-testid="matrix-search-languages">
          <strong>{translate('app.matrix.search_languages')}:</strong>{' '}
          {m.searchesByLanguage.map((s: any) => `${germanNameOf(s.language)} ${s.count}`).join(' · ')}
        </Typography>
      ) : null}
      <Box sx={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse', fontSize: 13 }}>
          <thead>
            <tr>
              <th scope="col" style={{ textAlign: 'left', padding: 4 }}>{translate('app.matrix.age')}</th>
              {m.themes.map((t: string) => <th key={t} scope="col" style={{ padding: 4 }}>{t}</th>)}
            </tr>
          </thead>
          <tbody>
            {m.ageBands.map((band: string) => (
              <tr key={band}>
                <th scope="row" style={{ textAlign: 'left', padding: 4 }}>{band}</th>
                {m.themes.map((t: string) => {
                  const c = cell(band, t);
                  const label = translate('app.matrix.cell', { offers: c.offers.length, needs: c.needs.length });
                  return (
                    <td key={t} data-cell={`${band}|${t}`} data-needs={c.needs.length} data-offers={c.offers.length} title={[...c.needs.map((n: any) => `! ${n.title}`), ...c.offers.map((o: any) => o.title)].join('\n')}
                      style={{ border: '1px solid #e0e0e0', padding: 4, minWidth: 64, textAlign: 'center', background: colour(c) }}>
                      {c.offers.length || c.needs.length ? label : ''}{c.unmetSearches ? ` · ${translate('app.matrix.searches', { count: c.unmetSearches })}` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-testid="matrix-ideas">
              <th scope="row" style={{ textAlign: 'left', padding: 4 }}>{translate('app.matrix.ideas')}</th>
              {m.ideas.map((t: any) => (
                <td key={t.theme} title={t.ideas.map((i: any) => i.text).join('\n')} style={{ border: '1px solid #e0e0e0', padding: 4, textAlign: 'center' }}>{t.ideas.length || ''}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </Box>
    </Box>
  );
}
