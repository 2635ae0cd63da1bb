/**
 * "Offene Prüfungen" (admins): the texts of the public pages the team translated and a native speaker
 * has yet to sign off, per language, with the German beside them, and how signing off works (in the
 * catalogue file; a deploy publishes it). The catalogues are loaded when the page opens.
 */
import { Alert, Box, Card, CardContent, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useEffect, useState } from 'react';
import { Title, useLocaleState, useTranslate } from 'react-admin';
import { languageOf } from '../../../shared/i18n/languages';
import type { Message } from '../../../shared/i18n/messages';
import { isAdmin } from '../authProvider';
import { languageLabel } from '../common/translations/state';
import { loadCatalogues, openReviews, type LanguageReviews } from './openReviews';

/** A message as it stands in the catalogue: the text, or one line per plural category. */
function MessageText({ message, lang }: { message: Message | undefined; lang: string }) {
  const dir = languageOf(lang)?.dir ?? 'ltr';
  if (message === undefined) return <>–</>;
  if (typeof message === 'string')
    return (
      <span lang={lang} dir={dir}>
        {message}
      </span>
    );
  return (
    <Box component="ul" sx={{ m: 0, pl: 2 }}>
      {Object.entries(message).map(([category, text]) => (
        <li key={category}>
          <code>{category}</code>:{' '}
          <span lang={lang} dir={dir}>
            {text}
          </span>
        </li>
      ))}
    </Box>
  );
}

export function OpenReviews() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [groups, setGroups] = useState<LanguageReviews[]>();
  const [failed, setFailed] = useState(false);
  const admin = isAdmin();
  useEffect(() => {
    if (!admin) return;
    loadCatalogues().then(
      (catalogues) => setGroups(openReviews(catalogues)),
      () => setFailed(true),
    );
  }, [admin]);

  const nameOf = (code: string) => {
    const lang = languageOf(code);
    if (!lang) return code;
    const name = languageLabel(lang, locale);
    return name === lang.name ? name : `${name} · ${lang.name}`;
  };

  return (
    <Card sx={{ mt: 2 }}>
      <Title title={translate('app.reviews.title')} />
      <CardContent>
        {!admin ? (
          <Alert severity="info">{translate('app.reviews.admins_only')}</Alert>
        ) : (
          <>
            <Typography variant="body1" sx={{ maxWidth: '80ch' }}>
              {translate('app.reviews.intro')}
            </Typography>
            <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
              {translate('app.reviews.how_title')}
            </Typography>
            <Box component="ol" sx={{ maxWidth: '80ch', pl: 3 }}>
              <li>{translate('app.reviews.how_file')}</li>
              <li>
                {translate('app.reviews.how_replace')}
                <Box component="pre" sx={{ bgcolor: 'grey.100', p: 1, borderRadius: 1, overflowX: 'auto', my: 0.5 }}>
                  <code>{translate('app.reviews.sign_off')}</code>
                </Box>
              </li>
              <li>{translate('app.reviews.how_deploy')}</li>
            </Box>
            {failed && <Alert severity="error">{translate('app.reviews.failed')}</Alert>}
            {!groups && !failed && <CircularProgress size={24} />}
            {groups && !groups.length && <Alert severity="info">{translate('app.reviews.no_catalogues')}</Alert>}
            {groups && groups.length > 0 && (
              <>
                <Typography variant="h6" component="h2" sx={{ mt: 2 }}>
                  {translate('app.reviews.per_language')}
                </Typography>
                <Table size="small" sx={{ maxWidth: 640 }} data-testid="open-reviews-counts">
                  <TableHead>
                    <TableRow>
                      <TableCell component="th" scope="col">{translate('app.reviews.language')}</TableCell>
                      <TableCell component="th" scope="col" align="right">{translate('app.reviews.open')}</TableCell>
                      <TableCell component="th" scope="col" align="right">{translate('app.reviews.entries')}</TableCell>
                    </TableRow>
                  </TableHead>
                  <TableBody>
                    {groups.map((g) => (
                      <TableRow key={g.code}>
                        <TableCell component="th" scope="row">{nameOf(g.code)}</TableCell>
                        <TableCell align="right">{g.open.length || translate('app.reviews.none')}</TableCell>
                        <TableCell align="right">{g.total}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
                {groups
                  .filter((g) => g.open.length)
                  .map((g) => (
                    <Box component="section" key={g.code} aria-labelledby={`reviews-${g.code}`} sx={{ mt: 3 }}>
                      <Typography variant="h6" component="h2" id={`reviews-${g.code}`}>
                        {translate('app.reviews.section', { language: nameOf(g.code), smart_count: g.open.length })}
                      </Typography>
                      <Typography variant="body2" sx={{ mb: 1 }}>
                        {translate('app.reviews.file', { file: `shared/i18n/catalogues/${g.code}.json` })}
                      </Typography>
                      <Table size="small" data-testid={`open-reviews-${g.code}`}>
                        <TableHead>
                          <TableRow>
                            <TableCell component="th" scope="col">{translate('app.reviews.key')}</TableCell>
                            <TableCell component="th" scope="col">{translate('app.reviews.german')}</TableCell>
                            <TableCell component="th" scope="col">{translate('app.reviews.translation')}</TableCell>
                          </TableRow>
                        </TableHead>
                        <TableBody>
                          {g.open.map((e) => (
                            <TableRow key={e.key}>
                              <TableCell sx={{ verticalAlign: 'top' }}>
                                <code>{e.key}</code>
                              </TableCell>
                              <TableCell sx={{ verticalAlign: 'top' }}>
                                <MessageText message={e.german} lang="de" />
                              </TableCell>
                              <TableCell sx={{ verticalAlign: 'top' }}>
                                <MessageText message={e.text} lang={g.code} />
                              </TableCell>
                            </TableRow>
                          ))}
                        </TableBody>
                      </Table>
                    </Box>
                  ))}
              </>
            )}
          </>
        )}
      </CardContent>
    </Card>
  );
}
