// End-to-end test of importing real exports through the page (dist/) in headless Chromium:
// a Persian WooCommerce export (Jalali dates, Persian digits) with its ground truths, a UTF-16
// orders file, detection of a UTF-16 survey and a Windows-1256 ticket list, a large file whose
// import shows progress and can be cancelled, and a bad file. Screenshots go to screenshots/.
import { join } from 'node:path';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fixtures, kpis, longestTaskSince, run, shots, text } from './harness.mjs';

const stored = (page) => page.locator('[data-testid="stored-dataset"]').count();

async function openInWizard(page, file) {
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 30000 });
}

async function confirm(page, name) {
  await page.click('[data-testid="wizard-confirm"]');
  await page.locator('[data-testid="import-success"]').filter({ hasText: name }).waitFor({ timeout: 30000 });
}

await run(async (page, check) => {
  // 1. A large file: progress is shown and Cancel stops the import, storing nothing.
  let big = 'customer,order_date,amount\n';
  for (let i = 0; i < 300000; i += 1) {
    big += `c${i % 90000}@example.com,2024-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')},${5 + Math.floor((i % 9000) / 100)}.${String(i % 100).padStart(2, '0')}\n`;
  }
  // From a file on disk: handing Playwright a 10 MB buffer itself blocks the page's thread.
  const bigPath = join(await mkdtemp(join(tmpdir(), 'vafa-e2e-')), 'big.csv');
  await writeFile(bigPath, big);
  // Cancel is clicked the moment the progress bar appears: a Playwright click could come after
  // the worker has finished on a fast (or late on a loaded) machine.
  await page.evaluate(() => {
    new MutationObserver((_, observer) => {
      const cancel = document.querySelector('[data-testid="import-cancel"]');
      if (!cancel) return;
      observer.disconnect();
      window.__progressSeen = document.querySelector('[data-testid="import-progress"]') !== null;
      cancel.click();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await page.setInputFiles('[data-testid="file-input"]', bigPath);
  await page.waitForFunction(() => window.__progressSeen !== undefined, null, { timeout: 5000 });
  check('a large file shows a progress bar with Cancel', await page.evaluate(() => window.__progressSeen));
  check('Cancel removes the progress bar', (await page.locator('[data-testid="import-progress"]').count()) === 0);
  await page.waitForTimeout(300);
  check('a cancelled import opens no wizard and stores nothing', (await page.locator('[data-testid="import-wizard"]').count()) === 0 && (await stored(page)) === 0);

  // 2. Persian WooCommerce export: Jalali dates, Persian digits, Toman (README ground truths).
  await openInWizard(page, join(fixtures, 'persian_orders_fa.csv'));
  check('Persian file: 1,016 completed orders to import', (await text(page, 'wizard-kept')) === '1,016', await text(page, 'wizard-kept'));
  check('Persian file: encoding shown as UTF-8 with BOM', (await page.locator('[data-testid="wizard-encoding"]').inputValue()) === 'UTF-8 with BOM');
  // Which statuses count as purchases is a visible setting: processing (در حال انجام) is not by default.
  const processing = page.locator('[data-testid="wizard-statuses"] label', { hasText: 'در حال انجام' }).locator('input');
  check('Persian file: processing is listed and not a purchase by default', (await processing.count()) === 1 && !(await processing.isChecked()));
  await processing.check();
  await page.waitForFunction(() => document.querySelector('[data-testid="wizard-kept"]')?.textContent === '1,017', null, { timeout: 10000 });
  check('counting processing as a purchase adds its order', (await text(page, 'wizard-kept')) === '1,017');
  await page.screenshot({ path: join(shots, 'import-2-persian-wizard.png'), fullPage: true });
  await page.locator('[data-testid="wizard-statuses"] label', { hasText: 'در حال انجام' }).locator('input').uncheck();
  await page.waitForFunction(() => document.querySelector('[data-testid="wizard-kept"]')?.textContent === '1,016', null, { timeout: 10000 });
  await confirm(page, 'persian_orders_fa.csv');
  const fa = await kpis(page);
  check('Persian file: 533 customers', fa.customers === '533', fa.customers);
  check('Persian file: 1,016 orders', fa.orders === '1,016', fa.orders);
  check('Persian file: revenue 1,202,813,000 Toman', fa.revenue === '1,202,813,000.00', fa.revenue);
  check('Persian file: repeat purchase rate 33.21%', fa.repeat === '33.21%', fa.repeat);
  check('Persian file: Jalali dates read (2023-03-25 – 2024-12-20)', (await text(page, 'date-range')) === '2023-03-25 – 2024-12-20', await text(page, 'date-range'));

  // 3. A UTF-16LE orders file (Excel "Unicode Text": BOM, TAB-delimited).
  const tsv = 'customer\torder_date\tamount\r\nsara@example.com\t1403/01/05\t۱۲٬۵۰۰\r\nali@example.com\t1403/02/10\t7500\r\nsara@example.com\t1403/03/01\t1000\r\n';
  await openInWizard(page, { name: 'unicode.txt', mimeType: 'text/plain', buffer: Buffer.from('\ufeff' + tsv, 'utf16le') });
  check('UTF-16 file: encoding detected', (await page.locator('[data-testid="wizard-encoding"]').inputValue()) === 'UTF-16LE');
  check('UTF-16 file: TAB delimiter detected', (await page.locator('[data-testid="wizard-delimiter"]').inputValue()) === '⇥');
  await confirm(page, 'unicode.txt');
  const u16 = await kpis(page);
  check('UTF-16 file: 2 customers, 3 orders, 21,000.00', u16.customers === '2' && u16.orders === '3' && u16.revenue === '21,000.00', JSON.stringify(u16));

  // 3b. Dates that read either way: the wizard shows its guess (day first) and asks.
  const ambiguous = 'customer,order_date,amount\na@example.com,05/03/2024,10\nb@example.com,07/08/2024,20\n';
  await openInWizard(page, { name: 'ambiguous.csv', mimeType: 'text/csv', buffer: Buffer.from(ambiguous) });
  const question = page.locator('[data-testid="wizard-date-order"]');
  check('ambiguous dates: the wizard asks day or month first', (await question.count()) === 1 && (await question.innerText()).includes('05/03/2024'), await question.innerText());
  check('ambiguous dates: day first is the guess', await page.locator('[data-testid="date-order-day-first"]').isChecked());
  await page.locator('[data-testid="date-order-month-first"]').check();
  await page.waitForFunction(() => document.querySelector('[data-testid="date-order-month-first"]')?.checked && !document.querySelector('[data-testid="wizard-date-order"] .notice'), null, { timeout: 10000 });
  await confirm(page, 'ambiguous.csv');
  check('ambiguous dates read month first as chosen (2024-05-03 – 2024-07-08)', (await text(page, 'date-range')) === '2024-05-03 – 2024-07-08', await text(page, 'date-range'));

  // 4. Detection of other kinds: a UTF-16 Porsline survey and a Windows-1256 ticket list.
  await openInWizard(page, join(fixtures, 'porsline_survey_fa_utf16.txt'));
  check('Porsline: UTF-16LE detected', (await page.locator('[data-testid="wizard-encoding"]').inputValue()) === 'UTF-16LE');
  check('Porsline: recognised', (await text(page, 'wizard-detected')).length > 0, await text(page, 'wizard-detected'));
  await page.click('[data-testid="wizard-cancel"]');
  await openInWizard(page, join(fixtures, 'persian_tickets_cp1256.csv'));
  check('cp1256 tickets: Windows-1256 detected', (await page.locator('[data-testid="wizard-encoding"]').inputValue()) === 'Windows-1256');
  check('cp1256 tickets: Persian header decoded', (await page.locator('[data-testid="wizard-preview"] thead').innerText()).includes('شماره تيکت'));
  check('cp1256 tickets: read with the tickets importer (49 tickets), not stored', (await text(page, 'wizard-kept')) === '49' && (await page.locator('[data-testid="wizard-not-storable"]').count()) === 1 && (await page.locator('[data-testid="wizard-confirm"]').isDisabled()));
  check('cp1256 tickets: the role picker offers ticket roles', (await page.locator('[data-testid="role-1"] option').allInnerTexts()).includes('solved at'));
  await page.screenshot({ path: join(shots, 'import-3-cp1256.png'), fullPage: true });
  await page.click('[data-testid="wizard-cancel"]');

  // 5. A bad file: one clear message; what is stored stays.
  await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'bad', 'huge_single_field.csv'));
  const error = page.locator('[data-testid="import-error"], [data-testid="wizard-error"]').first();
  await error.waitFor({ timeout: 10000 });
  const message = await error.innerText();
  check('huge field: the message names the row and column', message.includes('Notes') && /row \d/.test(message), message);
  check('after the bad file the three datasets are still stored', (await stored(page)) === 3);

  // 6. A 300,000-order file: read and parsed in the worker (no main-thread task reaches 100 ms
  // meanwhile), then stored in the compact format — it fits localStorage with room to spare.
  const before = await page.evaluate(() => performance.now());
  await openInWizard(page, bigPath);
  const longest = await longestTaskSince(page, before);
  check('big file: no main-thread task over 100 ms while it is read and parsed', longest < 100, `${longest} ms`);
  check('big file: 300,000 orders to import', (await text(page, 'wizard-kept')) === '300,000', await text(page, 'wizard-kept'));
  const confirmed = await page.evaluate(() => performance.now());
  await page.click('[data-testid="wizard-confirm"]');
  await page.locator('[data-testid="import-success"]').filter({ hasText: 'big.csv' }).waitFor({ timeout: 30000 });
  // Its report is computed in the report worker: the numbers arrive a moment later.
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-orders"]')?.textContent === '300,000', null, { timeout: 30000 });
  check('big file: stored and shown', (await text(page, 'kpi-orders')) === '300,000' && (await stored(page)) === 4, await text(page, 'kpi-orders'));
  const afterConfirm = await longestTaskSince(page, confirmed);
  console.log(`# longest main-thread task from Confirm to the 300k report shown: ${afterConfirm} ms`);
  const meta = await page.locator('[data-testid="dataset-meta"]').last().innerText();
  const [, amount, unit] = meta.match(/([\d.]+) (KB|MB)/) ?? [];
  const mb = Number(amount) / (unit === 'KB' ? 1000 : 1);
  const stored300k = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vafa.dataset.')).map((k) => localStorage.getItem(k).length).sort((a, b) => b - a)[0]);
  console.log(`# 300,000 orders stored in ${stored300k} UTF-16 units (${(stored300k * 2 / 300000).toFixed(2)} bytes per order); the list says: ${meta}`);
  check('big file: kept in localStorage, under 3 MB, with its date range', meta.includes('in localStorage') && mb > 0 && mb < 3 && /20\d\d-\d\d-\d\d – 20\d\d-\d\d-\d\d/.test(meta), meta);
  await page.screenshot({ path: join(shots, 'import-4-big-stored.png'), fullPage: true });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-orders"]')?.textContent === '300,000', null, { timeout: 30000 });
  check('after a reload the 300,000 orders are read back and shown', (await text(page, 'kpi-orders')) === '300,000' && (await stored(page)) === 4);
});
