/**
 * A survey's results for staff, below its facts: per question a horizontal bar chart of the counts
 * (choices and the scale 1–5) with the same numbers as a table (the chart is hidden from screen
 * readers, the table is not), how many answered, and the texts of text questions. The export
 * carries the published form only: small counts hidden, no texts (./resultsCsv.ts).
 */
import DownloadIcon from '@mui/icons-material/Download';
import { Alert, Box, LinearProgress, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography, useTheme } from '@mui/material';
import { useEffect, useState } from 'react';
import { Button, downloadCSV, useCanAccess, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { SurveyResults } from '../../../shared/schemas/survey';
import { resultsCsv, resultsFileName } from './resultsCsv';
import { fetchSurveyResults } from './surveyApi';

type QuestionResult = SurveyResults['questions'][number];

/** A count as read: the number, or "weniger als 5" where it is hidden. */
function useCountText() {
  const translate = useTranslate();
  return (count: number | null | 'withheld') => (count === null ? translate('app.survey.fewer_than') : count === 'withheld' ? translate('app.survey.withheld') : String(count));
}

function CountsChart({ question }: { question: QuestionResult }) {
  const theme = useTheme();
  const countText = useCountText();
  const data = question.counts.map((c) => ({ option: c.option, count: typeof c.count === 'number' ? c.count : 0, shown: countText(c.count) }));
  return (
    // The table beside it says the same to everyone; the chart is for the eye only (and not focusable).
    <Box aria-hidden="true" sx={{ flex: 3, minWidth: 0, height: 40 + data.length * 36 }}>
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={data} layout="vertical" accessibilityLayer={false} margin={{ top: 4, right: 48, bottom: 4, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" horizontal={false} />
          <XAxis type="number" allowDecimals={false} />
          <YAxis type="category" dataKey="option" width={180} interval={0} />
          <Bar dataKey="count" fill={theme.palette.primary.main} isAnimationActive={false}>
            <LabelList dataKey="shown" position="right" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </Box>
  );
}

function CountsTable({ question }: { question: QuestionResult }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const countText = useCountText();
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const share = (count: number | null) => (count === null || typeof question.answered !== 'number' || !question.answered ? '–' : percent.format(count / question.answered));
  return (
    <Table size="small" sx={{ flex: 2, alignSelf: 'flex-start' }} aria-label={question.prompt}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.survey.option')}</TableCell>
          <TableCell align="right">{translate('app.survey.count')}</TableCell>
          <TableCell align="right">{translate('app.survey.share')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {question.counts.map((c) => (
          <TableRow key={c.option}>
            <TableCell component="th" scope="row">{c.option}</TableCell>
            <TableCell align="right">{countText(c.count)}</TableCell>
            <TableCell align="right">{share(typeof c.count === 'number' ? c.count : null)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function TextAnswers({ texts }: { texts: string[] }) {
  const translate = useTranslate();
  if (!texts.length) return <Typography variant="body2">{translate('app.survey.no_answers')}</Typography>;
  return (
    <>
      <Typography variant="caption" component="p">{translate('app.survey.texts_note')}</Typography>
      <Box component="ul" sx={{ mt: 1, pl: 3, '& li': { whiteSpace: 'pre-wrap', mb: 0.5 } }}>
        {texts.map((t, i) => <li key={i}>{t}</li>)}
      </Box>
    </>
  );
}

function QuestionSection({ question }: { question: QuestionResult }) {
  const translate = useTranslate();
  const countText = useCountText();
  const headingId = `survey-question-${question.id}`;
  return (
    <Box component="section" aria-labelledby={headingId} data-testid={`result-${question.id}`} sx={{ mt: 3 }}>
      <Typography variant="subtitle1" component="h3" id={headingId} sx={{ fontWeight: 600 }}>{question.prompt}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate(`app.enum.questionKind.${question.kind}`)} · {translate('app.survey.answered', { count: countText(question.answered) })}
        {question.kind === 'scale' && ` · ${translate('app.survey.scale_note')}`}
        {question.kind === 'multiple' && ` · ${translate('app.survey.multiple_note')}`}
      </Typography>
      {question.kind === 'text' ? (
        <TextAnswers texts={question.texts ?? []} />
      ) : (
        <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ mt: 1 }}>
          <CountsChart question={question} />
          <CountsTable question={question} />
        </Stack>
      )}
    </Box>
  );
}

function ExportButton({ results }: { results: SurveyResults }) {
  const translate = useTranslate();
  const download = () => {
    const csv = resultsCsv(results, {
      header: [
        translate('resources.surveys.fields.questionId'), translate('resources.surveys.fields.prompt'), translate('resources.surveys.fields.kind'),
        translate('app.survey.csv.answered'), translate('app.survey.option'), translate('app.survey.count'),
      ],
      total: translate('app.survey.csv.total'),
      kind: (kind) => translate(`app.enum.questionKind.${kind}`),
      fewerThan: translate('app.survey.fewer_than'),
      withheld: translate('app.survey.withheld'),
    });
    downloadCSV(csv, resultsFileName(results.surveyId));
  };
  return <Button label="app.survey.export" onClick={download}><DownloadIcon /></Button>;
}

export function ResultsSection() {
  const record = useRecordContext();
  const translate = useTranslate();
  const countText = useCountText();
  const { canAccess } = useCanAccess({ resource: 'survey-results', action: 'show', record });
  const [results, setResults] = useState<SurveyResults>();
  const [error, setError] = useState<string>();
  const id = record?.id === undefined ? undefined : String(record.id);
  useEffect(() => {
    if (!id || !canAccess) return;
    let current = true;
    setError(undefined);
    fetchSurveyResults(id).then(
      (r) => current && setResults(r),
      (err: any) => current && setError(err?.message ?? 'ra.notification.http_error'),
    );
    return () => {
      current = false;
    };
  }, [id, canAccess, record?.responses]);
  if (!record || !canAccess) return null;
  return (
    <Box component="section" aria-labelledby="survey-results-title" data-testid="survey-results" sx={{ p: 2 }}>
      <Stack direction="row" spacing={2} sx={{ alignItems: 'center', flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2" id="survey-results-title">{translate('app.survey.results')}</Typography>
        {results && <ExportButton results={results} />}
      </Stack>
      <Typography variant="caption" component="p">{translate('app.survey.export_note')}</Typography>
      {error && <Alert severity="error" sx={{ mt: 2 }}>{translate(error, { _: error })}</Alert>}
      {!results && !error && <LinearProgress sx={{ mt: 2 }} />}
      {results && (
        <>
          <Typography variant="body1" sx={{ mt: 1 }}>
            {typeof results.responses === 'number' ? translate('app.survey.responses', { smart_count: results.responses }) : translate('app.survey.answered', { count: countText(results.responses) })}
          </Typography>
          {results.questions.map((q) => <QuestionSection key={q.id} question={q} />)}
        </>
      )}
    </Box>
  );
}
