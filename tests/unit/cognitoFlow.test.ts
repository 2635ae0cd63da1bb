/**
 * The admin UI's sign-in state machine against recorded Cognito responses: TOTP and MFA setup
 * (which cognito-local lacks), refusals in German, and the requests it sends at each step.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../admin/src/i18n/index.ts';
import recorded from '../fixtures/cognito-challenges.json' with { type: 'json' };
import { answerChallenge, cognitoSender, otpauthUri, SignInError, startSignIn, type CognitoSend } from '../../admin/src/auth/cognitoFlow.ts';

/** Replays responses in order and records what was sent. */
function replay(...responses: unknown[]) {
  const sent: { target: string; body: any }[] = [];
  const send: CognitoSend = async (target, body) => {
    sent.push({ target, body });
    const next = responses.shift();
    if (next instanceof Error) throw next;
    return next;
  };
  return { send, sent };
}

describe('sign-in with TOTP', () => {
  it('asks for the code, then answers SOFTWARE_TOKEN_MFA with the session and the code', async () => {
    const { send, sent } = replay(recorded.totpChallenge, recorded.tokens);
    const step = await startSignIn(send, 'client-1', ' Kai@Hamm.Example ', 'pw');
    expect(step).toEqual({ kind: 'totp', username: 'kai@hamm.example', session: 'AYABeTOTPSESSION1' });
    const done = await answerChallenge(send, 'client-1', step as any, ' 123456 ');
    expect(done).toEqual({ kind: 'done', idToken: recorded.tokens.AuthenticationResult.IdToken });
    expect(sent[1]).toEqual({
      target: 'RespondToAuthChallenge',
      body: { ClientId: 'client-1', ChallengeName: 'SOFTWARE_TOKEN_MFA', Session: 'AYABeTOTPSESSION1', ChallengeResponses: { USERNAME: 'kai@hamm.example', SOFTWARE_TOKEN_MFA_CODE: '123456' } },
    });
  });

  it('a wrong code is a German message, and the step stays answerable', async () => {
    const { send } = replay(recorded.totpChallenge);
    const step = await startSignIn(send, 'c', 'kai@hamm.example', 'pw');
    const failing = cognitoSender('http://cognito.invalid', (async () => new Response(JSON.stringify(recorded.codeMismatch), { status: 400 })) as typeof fetch);
    await expect(answerChallenge(failing, 'c', step as any, '000000')).rejects.toMatchObject({ messageKey: 'app.login.error.code' });
  });
});

describe('enrolling an authenticator (MFA_SETUP)', () => {
  it('associates a secret, verifies the first code, then completes the challenge', async () => {
    const { send, sent } = replay(recorded.mfaSetupChallenge, recorded.associate, recorded.verifySuccess, recorded.tokens);
    const step = await startSignIn(send, 'c', 'kai@hamm.example', 'pw');
    expect(step).toEqual({ kind: 'mfa-setup', username: 'kai@hamm.example', session: 'AYABeSETUPSESSION2', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' });
    expect(sent[1]).toEqual({ target: 'AssociateSoftwareToken', body: { Session: 'AYABeSETUPSESSION1' } });
    const done = await answerChallenge(send, 'c', step as any, '654321');
    expect(done.kind).toBe('done');
    expect(sent[2]).toEqual({ target: 'VerifySoftwareToken', body: { Session: 'AYABeSETUPSESSION2', UserCode: '654321', FriendlyDeviceName: 'Authenticator' } });
    expect(sent[3].body).toEqual({ ClientId: 'c', ChallengeName: 'MFA_SETUP', Session: 'AYABeSETUPSESSION3', ChallengeResponses: { USERNAME: 'kai@hamm.example' } });
  });

  it('offers the secret as an otpauth address for phones', () => {
    expect(otpauthUri('JBSWY3DP', 'kai@hamm.example')).toBe('otpauth://totp/Stadtteilarbeit%20Hamm%3Akai%40hamm.example?secret=JBSWY3DP&issuer=Stadtteilarbeit%20Hamm');
  });
});

describe('refusals', () => {
  const refusing = (body: unknown, status = 400) => cognitoSender('http://cognito.invalid', (async () => new Response(JSON.stringify(body), { status })) as typeof fetch);
  it.each([
    ['wrongPassword', 'app.login.error.credentials'],
    ['expiredSession', 'app.login.error.expired'],
    ['verifyError', 'app.login.error.code'],
  ] as const)('%s → %s', async (fixture, key) => {
    await expect(startSignIn(refusing(recorded[fixture]), 'c', 'a@b.de', 'x')).rejects.toMatchObject({ messageKey: key });
    const [, , , error] = key.split('.');
    expect((messages.de as any).app.login.error[error]).toMatch(/\w/);
  });

  it('an unreachable Cognito and an unknown challenge each have their own message', async () => {
    const offline = cognitoSender('http://cognito.invalid', (async () => { throw new TypeError('fetch failed'); }) as typeof fetch);
    await expect(startSignIn(offline, 'c', 'a@b.de', 'x')).rejects.toBeInstanceOf(SignInError);
    await expect(startSignIn(offline, 'c', 'a@b.de', 'x')).rejects.toMatchObject({ messageKey: 'app.login.error.unavailable' });
    const { send } = replay({ ChallengeName: 'CUSTOM_CHALLENGE', Session: 's' });
    await expect(startSignIn(send, 'c', 'a@b.de', 'x')).rejects.toMatchObject({ messageKey: 'app.login.error.unsupported' });
  });

  it('a Cognito that accepts and never answers is the German message within the deadline, not a hang (issue 35)', async () => {
    // Like a hanging server: nothing comes until the request is aborted.
    const hanging = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal!.reason)))) as typeof fetch;
    const start = performance.now();
    const outcome = await Promise.race([
      startSignIn(cognitoSender('http://cognito.invalid', hanging, 200), 'c', 'a@b.de', 'x').catch((e) => e),
      new Promise((r) => setTimeout(() => r('still waiting'), 2000)),
    ]);
    expect(outcome).toMatchObject({ messageKey: 'app.login.error.unavailable' });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(messages.de.app.login.error.unavailable).toMatch(/nicht erreichbar.*Bitte/);
  });
});
