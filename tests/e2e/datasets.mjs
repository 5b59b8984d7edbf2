// End-to-end test of the dataset manager in the built page (dist/): delete with Undo, a second
// tab's import showing up in the first tab's list (the `storage` event) without either tab
// writing over the other's dataset, and "Forget everything" clearing every stored dataset (and
// only after the user confirms). Any console error fails the run.
import { join } from 'node:path';
import { fixtures, run, shots, text } from './harness.mjs';

const stored = (page) => page.locator('[data-testid="stored-dataset"]');

/** Imports `file` through the wizard of `page`. */
async function importFile(page, file) {
  await page.setInputFiles('[data-testid="file-input"]', join(fixtures, file));
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="import-success"]', { timeout: 20000 });
}

await run(async (page, check) => {
  // Delete, then Undo.
  await importFile(page, 'shopify_orders_export.csv');
  check('one dataset stored', (await stored(page).count()) === 1);
  await page.click('.dataset-list .delete');
  await page.waitForSelector('[data-testid="delete-notice"]');
  check('delete: the list is empty and the sample is shown', (await stored(page).count()) === 0 && (await text(page, 'kpi-customers')) === '3,000');
  check('delete: the notice names the file', (await text(page, 'delete-notice')).includes('shopify_orders_export.csv'));
  await page.click('[data-testid="undo-delete"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="stored-dataset"]').length === 1);
  await stored(page).first().click();
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-customers"]')?.textContent === '981');
  check('undo: the dataset is back with its numbers', (await text(page, 'kpi-customers')) === '981');

  // A second tab imports a survey; the first tab lists it and keeps showing its own dataset.
  const other = await page.context().newPage();
  await other.goto(page.url());
  await other.waitForSelector('[data-testid="kpi-customers"], [data-testid="survey-settings"]');
  check('the second tab lists the stored dataset', (await stored(other).count()) === 1);
  await importFile(other, 'typeform_post_purchase_nps.csv');
  check('the second tab lists both datasets', (await stored(other).count()) === 2);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="stored-dataset"]').length === 2, null, { timeout: 5000 });
  check('the first tab lists the other tab\'s import', (await stored(page).count()) === 2);
  check('the first tab still shows its own dataset', (await text(page, 'kpi-customers')) === '981');
  await page.reload();
  await page.waitForSelector('[data-testid="dataset-list"]');
  check('after a reload both datasets are stored', (await stored(page).count()) === 2);
  await other.close();
  await page.screenshot({ path: join(shots, 'm1-two-tabs.png'), fullPage: false });

  // Forget everything: nothing happens when the user says no; everything goes when they say yes.
  page.once('dialog', (dialog) => dialog.dismiss());
  await page.click('[data-testid="forget-everything"]');
  check('forget, dismissed: nothing is removed', (await stored(page).count()) === 2);
  page.once('dialog', (dialog) => dialog.accept());
  await page.click('[data-testid="forget-everything"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="stored-dataset"]').length === 0);
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('forget: the sample is shown', (await text(page, 'kpi-customers')) === '3,000');
  check('forget: nothing of Vafa is left in localStorage', (await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vafa.')).length)) === 0);
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('forget: still empty after a reload', (await stored(page).count()) === 0);
});
