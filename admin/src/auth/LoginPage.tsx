/**
 * Sign-in with every step Cognito may ask for: e-mail and password, a new password at first
 * sign-in, a TOTP code, or enrolling an authenticator app. The steps live in cognitoFlow.ts;
 * this page only shows the form of the current one.
 */
import { Alert, Box, Button, Card, CardContent, CircularProgress, Link, TextField, Typography } from '@mui/material';
import { useEffect, useState, type FormEvent } from 'react';
import { useLogin, useTranslate } from 'react-admin';
import { Password } from '../../../shared/schemas/user';
import { cognitoSend, takeAfterLogin } from '../authProvider';
import { getConfig } from '../config';
import { answerChallenge, otpauthUri, SignInError, startSignIn, type SignInStep } from './cognitoFlow';

type Pending = Exclude<SignInStep, { kind: 'done' }>;

/**
 * Whose address this is (GET /v1/public/tenant, by the host, as the finder asks): the sign-in names that
 * municipality. Nothing while unknown; once signed in, the app bar names the user's own.
 */
function useHostTitle(): string | undefined {
  const [title, setTitle] = useState<string>();
  useEffect(() => {
    let live = true;
    getConfig()
      .then((c) => fetch(`${c.apiUrl}/public/tenant`))
      .then((r) => (r.ok ? r.json() : undefined))
      .then((t) => live && typeof t?.title === 'string' && setTitle(t.title))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  return title;
}

export function LoginPage() {
  const translate = useTranslate();
  const login = useLogin();
  const [step, setStep] = useState<Pending | undefined>();
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const hostTitle = useHostTitle();
  useEffect(() => {
    document.title = hostTitle ?? translate('app.tenant.installation');
  }, [hostTitle, translate]);

  async function run(work: () => Promise<SignInStep>) {
    setBusy(true);
    setError(undefined);
    try {
      const result = await work();
      if (result.kind === 'done') await login({ idToken: result.idToken }, takeAfterLogin());
      else setStep(result);
    } catch (err) {
      setError(err instanceof SignInError ? err.messageKey : ((err as Error)?.message ?? 'app.login.error.unavailable'));
    } finally {
      setBusy(false);
    }
  }

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const value = (name: string) => String(form.get(name) ?? '');
    if (!step) return run(async () => {
      const { send, clientId } = await cognitoSend();
      return startSignIn(send, clientId, value('username'), value('password'));
    });
    if (step.kind === 'new-password') {
      const checked = Password.safeParse(value('newPassword'));
      if (!checked.success) return setError(checked.error.issues[0].message);
      if (value('newPassword') !== value('repeatPassword')) return setError('app.login.error.mismatch');
    }
    const answer = step.kind === 'new-password' ? value('newPassword') : value('code');
    return run(async () => {
      const { send, clientId } = await cognitoSend();
      return answerChallenge(send, clientId, step, answer);
    });
  };

  const title = step ? translate(`app.login.${step.kind.replace('-', '_')}.title`) : hostTitle ? translate('app.login.title_of', { title: hostTitle }) : translate('app.login.title');
  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: '#eef1f5', p: 2 }}>
      <Card sx={{ width: '100%', maxWidth: 420 }}>
        <CardContent component="form" onSubmit={onSubmit} noValidate aria-labelledby="login-title" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
          <Typography id="login-title" component="h1" variant="h5">{title}</Typography>
          {step && <Typography variant="body2">{translate(`app.login.${step.kind.replace('-', '_')}.text`)}</Typography>}
          {error && <Alert severity="error" role="alert">{translate(error, { _: error })}</Alert>}

          {!step && (
            <>
              <TextField variant="outlined" name="username" label={translate('app.login.email')} type="email" autoComplete="username" required autoFocus fullWidth />
              <TextField variant="outlined" name="password" label={translate('ra.auth.password')} type="password" autoComplete="current-password" required fullWidth />
            </>
          )}
          {step?.kind === 'new-password' && (
            <>
              <TextField variant="outlined" name="newPassword" label={translate('app.login.new_password.field')} type="password" autoComplete="new-password" required autoFocus fullWidth />
              <TextField variant="outlined" name="repeatPassword" label={translate('app.login.new_password.repeat')} type="password" autoComplete="new-password" required fullWidth />
            </>
          )}
          {step?.kind === 'mfa-setup' && (
            <Box>
              <Typography variant="body2">{translate('app.login.mfa_setup.secret')}</Typography>
              <Typography component="code" data-testid="totp-secret" sx={{ display: 'block', fontFamily: 'monospace', wordBreak: 'break-all', my: 1 }}>{step.secret}</Typography>
              <Link href={otpauthUri(step.secret, step.username, hostTitle ?? translate('app.tenant.installation'))}>{translate('app.login.mfa_setup.link')}</Link>
            </Box>
          )}
          {(step?.kind === 'totp' || step?.kind === 'mfa-setup') && (
            <TextField variant="outlined" name="code" label={translate('app.login.code')} inputMode="numeric" autoComplete="one-time-code" required autoFocus fullWidth slotProps={{ htmlInput: { pattern: '[0-9]{6}', maxLength: 6 } }} />
          )}

          <Button type="submit" variant="contained" disabled={busy} startIcon={busy ? <CircularProgress size={18} color="inherit" /> : undefined}>
            {translate(step ? `app.login.${step.kind.replace('-', '_')}.submit` : 'ra.auth.sign_in')}
          </Button>
          {step && (
            <Button type="button" onClick={() => { setStep(undefined); setError(undefined); }}>
              {translate('app.login.restart')}
            </Button>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
