/**
 * Cognito's sign-in as a small state machine, free of React so it can be tested against
 * recorded challenge responses: USER_PASSWORD_AUTH, then whatever Cognito asks for —
 * a new password at first sign-in (NEW_PASSWORD_REQUIRED), a TOTP code (SOFTWARE_TOKEN_MFA),
 * or enrolling an authenticator app (MFA_SETUP) — until it hands out tokens.
 */

import { DEPENDENCY_DEADLINE_MS } from '../../../shared/dependencyLimits';

/** Calls one Cognito API target with a JSON body; throws CognitoError on a refusal. */
export type CognitoSend = (target: string, body: Record<string, unknown>) => Promise<any>;

export type SignInStep =
  | { kind: 'done'; idToken: string }
  | { kind: 'new-password'; username: string; session: string }
  | { kind: 'totp'; username: string; session: string }
  | { kind: 'mfa-setup'; username: string; session: string; secret: string };

/** A refusal, with the i18n key of the German (or English) text that explains it. */
export class SignInError extends Error {
  constructor(
    readonly messageKey: string,
    readonly cognitoType?: string,
  ) {
    super(messageKey);
  }
}

const ERROR_KEYS: Record<string, string> = {
  NotAuthorizedException: 'app.login.error.credentials',
  UserNotFoundException: 'app.login.error.credentials',
  PasswordResetRequiredException: 'app.login.error.reset',
  UserNotConfirmedException: 'app.login.error.unconfirmed',
  InvalidPasswordException: 'app.login.error.weak_password',
  CodeMismatchException: 'app.login.error.code',
  EnableSoftwareTokenMFAException: 'app.login.error.code',
  ExpiredCodeException: 'app.login.error.expired',
  TooManyRequestsException: 'app.login.error.throttled',
  LimitExceededException: 'app.login.error.throttled',
};

/** Maps a Cognito error body (`__type`, `message`) to a SignInError. */
export function toSignInError(body: { __type?: string; code?: string; message?: string }): SignInError {
  const type = (body.__type ?? body.code ?? '').split('#').pop() ?? '';
  // A session that ran out (3 minutes) is reported as NotAuthorized with this message.
  if (type === 'NotAuthorizedException' && /session/i.test(body.message ?? '')) return new SignInError('app.login.error.expired', type);
  if (type === 'NotAuthorizedException' && /disabled/i.test(body.message ?? '')) return new SignInError('app.login.error.disabled', type);
  return new SignInError(ERROR_KEYS[type] ?? 'app.login.error.unavailable', type);
}

async function next(send: CognitoSend, username: string, res: any): Promise<SignInStep> {
  const idToken = res?.AuthenticationResult?.IdToken;
  if (idToken) return { kind: 'done', idToken };
  const session = res?.Session as string;
  switch (res?.ChallengeName) {
    case 'NEW_PASSWORD_REQUIRED':
      return { kind: 'new-password', username, session };
    case 'SOFTWARE_TOKEN_MFA':
      return { kind: 'totp', username, session };
    case 'MFA_SETUP': {
      const assoc = await send('AssociateSoftwareToken', { Session: session });
      return { kind: 'mfa-setup', username, session: assoc.Session ?? session, secret: assoc.SecretCode };
    }
    default:
      throw new SignInError('app.login.error.unsupported', res?.ChallengeName);
  }
}

export async function startSignIn(send: CognitoSend, clientId: string, username: string, password: string): Promise<SignInStep> {
  // Addresses are stored lower-cased; the pool ignores case in AWS, cognito-local does not.
  const user = username.trim().toLowerCase();
  const res = await send('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: user, PASSWORD: password } });
  return next(send, user, res);
}

/** Answers the current challenge: the new password, or the authenticator's code. */
export async function answerChallenge(send: CognitoSend, clientId: string, step: Exclude<SignInStep, { kind: 'done' }>, answer: string): Promise<SignInStep> {
  if (step.kind === 'new-password') {
    const res = await send('RespondToAuthChallenge', { ClientId: clientId, ChallengeName: 'NEW_PASSWORD_REQUIRED', Session: step.session, ChallengeResponses: { USERNAME: step.username, NEW_PASSWORD: answer } });
    return next(send, step.username, res);
  }
  if (step.kind === 'totp') {
    const res = await send('RespondToAuthChallenge', { ClientId: clientId, ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: step.session, ChallengeResponses: { USERNAME: step.username, SOFTWARE_TOKEN_MFA_CODE: answer.trim() } });
    return next(send, step.username, res);
  }
  const verified = await send('VerifySoftwareToken', { Session: step.session, UserCode: answer.trim(), FriendlyDeviceName: 'Authenticator' });
  if (verified.Status !== 'SUCCESS') throw new SignInError('app.login.error.code');
  const res = await send('RespondToAuthChallenge', { ClientId: clientId, ChallengeName: 'MFA_SETUP', Session: verified.Session ?? step.session, ChallengeResponses: { USERNAME: step.username } });
  return next(send, step.username, res);
}

/**
 * The `otpauth://` address an authenticator app takes (typed in or as a link on the phone). `issuer` names
 * the entry in the app: the sign-in page passes the title of the municipality whose address it is.
 */
export function otpauthUri(secret: string, username: string, issuer = 'Stadtteilarbeit Hamm'): string {
  return `otpauth://totp/${encodeURIComponent(`${issuer}:${username}`)}?secret=${secret}&issuer=${encodeURIComponent(issuer)}`;
}

/**
 * Talks to Cognito's JSON API (cognito-local locally, the regional endpoint in AWS). A Cognito that
 * does not answer within the deadline is a German message, not a sign-in button spinning for good.
 */
export function cognitoSender(endpoint: string, fetchImpl: typeof fetch = fetch, timeoutMs = DEPENDENCY_DEADLINE_MS): CognitoSend {
  return async (target, body) => {
    const signal = AbortSignal.timeout(timeoutMs);
    let res: Response;
    let json: any;
    try {
      res = await fetchImpl(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-amz-json-1.1', 'X-Amz-Target': `AWSCognitoIdentityProviderService.${target}` },
        body: JSON.stringify(body),
        signal,
      });
      json = await res.json().catch((err) => {
        if (signal.aborted) throw err;
        return {};
      });
    } catch {
      throw new SignInError('app.login.error.unavailable');
    }
    if (!res.ok) throw toSignInError(json);
    return json;
  };
}
