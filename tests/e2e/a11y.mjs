// Accessibility scan of the built page (dist/) with axe-core: the orders dashboard, the same in
// Persian (right to left), the import wizard open on the Google Forms survey export, and the
// satisfaction dashboard after importing it, and the Shopify export's dashboard with its status
// settings — each in the light and the dark colour scheme. Any
// serious or critical violation fails the run and is printed with the elements it names. Any
// console error fails the run.
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fixtures, run } from './harness.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Runs axe on the page as it is; checks that nothing serious or critical is found. */
async function scan(page, check, name) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  // Let Leptos finish its updates and the charts their drawing.
  await page.waitForTimeout(300);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1, 2).join('')}`),
      count: v.nodes.length,
    }));
  });
  const serious = found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const detail = serious.map((v) => `\n  [${v.impact}] ${v.id}: ${v.help} (${v.count})\n    ${v.nodes.join('\n    ')}`).join('');
  check(`${name}: no serious or critical axe violation`, serious.length === 0, detail);
  const minor = found.filter((v) => !serious.includes(v));
  if (minor.length > 0) console.log(`  (${name}: minor: ${minor.map((v) => `${v.id} ×${v.count}`).join(', ')})`);
}

await run(async (page, check) => {
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(page.url());
    await page.waitForSelector('[data-testid="kpi-customers"]');
    await scan(page, check, `${scheme}: orders dashboard`);

    await page.selectOption('[data-testid="language"]', 'fa');
    await page.waitForFunction(() => document.documentElement.lang === 'fa' && document.documentElement.dir === 'rtl');
    await scan(page, check, `${scheme}: orders dashboard in Persian`);
    await page.selectOption('[data-testid="language"]', 'en');
    await page.waitForFunction(() => document.documentElement.lang === 'en');

    await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'google_forms_order_csat.csv'));
    await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
    await scan(page, check, `${scheme}: import wizard open`);

    await page.click('[data-testid="wizard-confirm"]');
    await page.waitForSelector('[data-testid="survey-dashboard"]', { timeout: 20000 });
    await scan(page, check, `${scheme}: survey dashboard`);

    // Orders with statuses: the settings' status checkboxes.
    await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'shopify_orders_export.csv'));
    await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
    await page.click('[data-testid="wizard-confirm"]');
    await page.waitForSelector('[data-testid="status-settings"]', { timeout: 20000 });
    await scan(page, check, `${scheme}: orders with statuses`);

    // Back to the sample for the next scheme.
    await page.evaluate(() => localStorage.clear());
  }
});
