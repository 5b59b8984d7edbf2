// Screenshots of the dashboard for the README: English, Persian and Arabic, light and dark,
// desktop (1280 px) and phone (390 px) width — the sample orders dashboard, and the survey
// dashboard of tests/fixtures/typeform_post_purchase_nps.csv in English. Writes
// docs/screenshots/*.png. Run after `trunk build --release`: node scripts/screenshots.mjs
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(repo, 'docs', 'screenshots');
await mkdir(out, { recursive: true });
const server = await serve(join(repo, 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
try {
  for (const [device, viewport] of Object.entries(widths)) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, locale: 'en-US' });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForSelector('[data-testid="kpi-customers"]');
      for (const lang of ['en', 'fa', 'ar']) {
        await page.selectOption('[data-testid="language"]', lang);
        await page.waitForFunction((l) => document.documentElement.lang === l, lang);
        await page.waitForTimeout(400);
        const name = `dashboard-${lang}-${scheme}-${device}.png`;
        await page.screenshot({ path: join(out, name) });
        console.log(name);
      }
      if (device === 'desktop') {
        await page.selectOption('[data-testid="language"]', 'en');
        await page.setInputFiles('[data-testid="file-input"]', join(repo, 'tests', 'fixtures', 'typeform_post_purchase_nps.csv'));
        await page.waitForSelector('[data-testid="import-wizard"]');
        await page.screenshot({ path: join(out, `wizard-en-${scheme}-desktop.png`) });
        await page.click('[data-testid="wizard-confirm"]');
        await page.waitForSelector('[data-testid="survey-dashboard"]');
        await page.waitForTimeout(400);
        await page.screenshot({ path: join(out, `survey-en-${scheme}-desktop.png`) });
        console.log(`wizard and survey, ${scheme}`);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
