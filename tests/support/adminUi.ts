/**
 * The admin UI in headless Debian Chromium against the same stack `npm start` runs (DynamoDB Local,
 * cognito-local, local server, seeded data, built UI), for the browser tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { freePort } from '../../infra/local/ports.ts';
import { ROOT, startStack, type Stack } from '../../infra/local/stack.ts';
import { DEFAULT_DEMO_PASSWORD } from '../../shared/seed/users.ts';
import { launchChromium } from './browser.ts';
import { SEED_TODAY } from './constants.ts';
import { nowMs, setClock } from '../../shared/time/clock.ts';

export const SHOTS = path.join(ROOT, 'tests', 'e2e', 'screenshots');

export interface AdminUi {
  stack: Stack;
  browser: Browser;
  base: string;
  /** Signs in through the login form and waits for the dashboard (or for `ready`: the operator has none). */
  signIn(context: BrowserContext, email: string, ready?: (page: Page) => Promise<unknown>): Promise<Page>;
}

/**
 * The browser tests run on the day the demo data was seeded for (SEED_TODAY), server and browser
 * alike: the API's clock is moved (shared/time/clock.ts) and every browser context gets Playwright's
 * clock at the same instant, so no test depends on the day it runs.
 */
/** Every new context's pages read the API's clock (shared/time/clock.ts) and run on from there. */
function withClock(browser: Browser): Browser {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.install({ time: nowMs() });
    return context;
  };
  return browser;
}

/** `mail`: the stack runs maildev too (its inbox at `ui.stack.mailUrl`), for tests that read the e-mails sent. */
export function useAdminUi(tableName: string, opts: { mail?: boolean } = {}): AdminUi {
  const ui = {} as AdminUi;
  let restoreClock: (() => void) | undefined;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    restoreClock = setClock(SEED_TODAY);
    // A free port can be taken by a parallel test file between asking and binding: try fresh ones.
    for (let attempt = 1; ; attempt++) {
      try {
        ui.stack = await startStack({
          ports: { api: await freePort(), dynamo: await freePort(), cognito: await freePort(), ...(opts.mail ? { smtp: await freePort(), mailWeb: await freePort() } : {}) },
          tableName,
          seed: true,
          today: SEED_TODAY,
          staticDir: path.join(ROOT, 'admin', 'dist'),
        });
        break;
      } catch (err) {
        if (attempt >= 3 || !String((err as Error)?.message).includes('EADDRINUSE')) throw err;
      }
    }
    ui.base = ui.stack.apiUrl.replace(/\/v1$/, '');
    ui.browser = withClock(await launchChromium());
  }, 180000);
  afterAll(async () => {
    await ui.browser?.close();
    await ui.stack?.stop();
    restoreClock?.();
  });
  ui.signIn = async (context, email, ready) => {
    const page = await context.newPage();
    await page.goto(`${ui.base}/#/login`);
    await page.locator('input[name=username]').fill(email);
    await page.locator('input[name=password]').fill(DEFAULT_DEMO_PASSWORD);
    await page.getByRole('button', { name: /Anmelden/i }).click();
    await (ready ? ready(page) : page.getByTestId('scorecard').waitFor({ timeout: 20000 }));
    return page;
  };
  return ui;
}

/** Chooses one option of an autocomplete input by typing the start of it. */
export async function pickFromAutocomplete(page: Page, label: string, option: string) {
  const input = page.getByRole('combobox', { name: label });
  await input.click();
  await input.fill(option.slice(0, 6));
  await page.getByRole('option', { name: option }).click();
}

/** Chooses several options of a multi-select. */
export async function pickMany(page: Page, label: string, options: string[]) {
  await page.getByRole('combobox', { name: label }).click();
  for (const o of options) await page.getByRole('option', { name: o, exact: true }).click();
  await page.keyboard.press('Escape');
}

/** Chooses several options of an autocomplete multi-select, typing the start of each. */
export async function pickManyByTyping(page: Page, label: string, options: string[]) {
  for (const o of options) await pickFromAutocomplete(page, label, o);
  await page.keyboard.press('Escape');
}
