// Shared set-up of the end-to-end tests: serve dist/ on 127.0.0.1, drive Debian's Chromium with
// playwright-core, count checks, collect console errors (any one fails the run), and print the
// closing line "N passed, N failed".
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..');
export const fixtures = join(repo, 'tests', 'fixtures');
export const shots = join(here, 'screenshots');

export const text = (page, id) => page.locator(`[data-testid="${id}"]`).first().innerText();

export async function kpis(page) {
  return {
    customers: await text(page, 'kpi-customers'),
    orders: await text(page, 'kpi-orders'),
    revenue: await text(page, 'kpi-revenue'),
    repeat: await text(page, 'kpi-repeat-rate'),
  };
}

/** The longest main-thread task (ms) that started after `since` (a `performance.now()` value). */
export async function longestTaskSince(page, since) {
  return page.evaluate((t) => Math.max(0, ...window.__longTasks.filter((task) => task.start >= t).map((task) => task.ms)), since);
}

/** Runs `body(page, check, { server })` against a fresh browser; exits with the run's status. */
export async function run(body) {
  let passed = 0;
  let failed = 0;
  const check = (name, ok, detail = '') => {
    if (ok) {
      passed += 1;
      console.log(`ok - ${name}`);
    } else {
      failed += 1;
      console.log(`FAIL - ${name} ${detail}`);
    }
  };
  const server = await serve(join(repo, 'dist'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const consoleErrors = [];
  try {
    await mkdir(shots, { recursive: true });
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: 'en-US' });
    // Record every main-thread task over 50 ms (the Long Tasks API) so tests can assert on them.
    await context.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__longTasks.push({ start: entry.startTime, ms: entry.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(String(err)));
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="kpi-customers"]');
    await body(page, check, { server });
    check('no console errors', consoleErrors.length === 0, JSON.stringify(consoleErrors));
  } catch (err) {
    check('the run completed', false, String(err?.stack ?? err));
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exitCode = failed === 0 ? 0 : 1;
}
