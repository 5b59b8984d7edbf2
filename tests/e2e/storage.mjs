// End-to-end test of how datasets are kept (dist/): rename; backup → forget everything →
// restore gives identical dashboards; a corrupted stored record is set aside with a message while
// the other datasets stay usable; a dataset localStorage cannot hold goes to IndexedDB and reads
// back after a reload; when IndexedDB is unavailable too, the import says why and nothing stored
// changes. Any console error fails the run.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtures, run, shots, text } from './harness.mjs';

const stored = (page) => page.locator('[data-testid="stored-dataset"]');

/** Imports `file` through the wizard of `page`; waits for `outcome` (a test id). */
async function importFile(page, file, outcome = 'import-success') {
  await page.setInputFiles('[data-testid="file-input"]', join(fixtures, file));
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector(`[data-testid="${outcome}"]`, { timeout: 20000 });
}

/** Shows the stored dataset whose name contains `name`; waits for `ready` (a test id). */
async function show(page, name, ready) {
  await stored(page).filter({ hasText: name }).first().click();
  await page.waitForSelector(`[data-testid="${ready}"]`, { timeout: 20000 });
}

/** Every number and word of the dashboard shown (orders or survey), for comparisons. */
const dashboardText = (page) => page.locator('.dashboard').first().innerText();

/** Fills this origin's localStorage up to its quota, in ever smaller blocks. */
const fillLocalStorage = (page) => page.evaluate(() => {
  let i = 0;
  const sizes = [];
  for (const size of [262144, 16384, 1024, 64, 1]) {
    const block = 'x'.repeat(size);
    try {
      while (i < 5000) { localStorage.setItem(`filler.${i}`, block); sizes.push(size); i += 1; }
    } catch { /* full at this block size */ }
  }
  // Leave about 2 KB of room, as other pages would: enough for the index, not for a dataset.
  let freed = 0;
  for (let j = i - 1; j >= 0 && freed < 2048; j -= 1) {
    localStorage.removeItem(`filler.${j}`);
    freed += sizes[j];
  }
  return i;
});

await run(async (page, check) => {
  // The language chosen is remembered.
  await page.selectOption('[data-testid="language"]', 'fa');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('the language chosen is kept after a reload (Persian, RTL)', (await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir].join())) === 'fa,rtl');
  await page.selectOption('[data-testid="language"]', 'en');
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');

  // The settings are in the address, so a view can be bookmarked (settings only, never data).
  await page.selectOption('[data-testid="period"]', 'week');
  await page.waitForFunction(() => location.search.includes('period=week'));
  check('the address carries the settings', new URL(page.url()).search === '?period=week&window=365&lang=en', page.url());
  const bookmarked = await page.context().newPage();
  await bookmarked.goto(page.url().replace(/\?.*$/, '?period=quarter&window=90&lang=ar'));
  await bookmarked.waitForSelector('[data-testid="kpi-customers"]');
  const seen = await bookmarked.evaluate(() => [document.documentElement.lang, document.querySelector('[data-testid="period"]').value, document.querySelector('[data-testid="window-days"]')?.value].join());
  check('a bookmarked address opens with its settings (Arabic, quarter, W = 90)', seen === 'ar,quarter,90', seen);
  await bookmarked.close();
  await page.selectOption('[data-testid="language"]', 'en');
  await page.selectOption('[data-testid="period"]', 'month');
  await page.fill('[data-testid="window-days"]', '365');
  await page.press('[data-testid="window-days"]', 'Enter');

  // Rename.
  await importFile(page, 'shopify_orders_export.csv');
  await page.click('[data-testid="rename"]');
  await page.fill('[data-testid="rename-input"]', 'Shopify 2024');
  await page.press('[data-testid="rename-input"]', 'Enter');
  await page.waitForFunction(() => document.querySelector('[data-testid="stored-dataset"]')?.textContent.includes('Shopify 2024'));
  const meta = await text(page, 'dataset-meta');
  check('the list gives orders, date range, size and place', /1,814 orders · \d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d · \d+ KB · in localStorage/.test(meta), meta);
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('rename: kept after a reload', (await stored(page).first().innerText()).includes('Shopify 2024'));

  // Backup → forget everything → restore: identical dashboards.
  await importFile(page, 'typeform_post_purchase_nps.csv');
  const surveyBefore = await dashboardText(page);
  await show(page, 'Shopify 2024', 'kpi-customers');
  await page.selectOption('[data-testid="period"]', 'quarter');
  const ordersBefore = await dashboardText(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="backup"]')]);
  const backupPath = join(await mkdtemp(join(tmpdir(), 'vafa-backup-')), download.suggestedFilename());
  await download.saveAs(backupPath);
  const backup = JSON.parse(await readFile(backupPath, 'utf8'));
  check('backup: one file named vafa-backup-DATE.json with both datasets and the settings', /^vafa-backup-\d{4}-\d\d-\d\d\.json$/.test(download.suggestedFilename()) && backup.datasets.length === 2 && backup.settings?.period === 'quarter', download.suggestedFilename());
  page.once('dialog', (dialog) => dialog.accept());
  await page.click('[data-testid="forget-everything"]');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="stored-dataset"]').length === 0);
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('forgotten: nothing stored, the period is back to month', (await stored(page).count()) === 0 && (await page.inputValue('[data-testid="period"]')) === 'month');
  await page.setInputFiles('[data-testid="restore-input"]', backupPath);
  await page.waitForSelector('[data-testid="restore-notice"]', { timeout: 20000 });
  check('restore: 2 datasets added', (await text(page, 'restore-notice')).includes('2 datasets added'), await text(page, 'restore-notice'));
  check('restore: the settings are back (quarter)', (await page.inputValue('[data-testid="period"]')) === 'quarter');
  await show(page, 'Shopify 2024', 'kpi-customers');
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-customers"]')?.textContent === '981');
  check('restore: the orders dashboard is identical', (await dashboardText(page)) === ordersBefore);
  await page.selectOption('[data-testid="period"]', 'month');
  await show(page, 'typeform', 'survey-dashboard');
  check('restore: the survey dashboard is identical', (await dashboardText(page)) === surveyBefore);
  await page.screenshot({ path: join(shots, 'st1-restored.png'), fullPage: false });

  // A corrupted record: set aside with a message; the other dataset is still usable.
  await show(page, 'Shopify 2024', 'kpi-customers');
  await page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('vafa.index'));
    const meta = index.datasets.find((m) => m.name === 'Shopify 2024');
    const key = `vafa.dataset.${meta.id}`;
    const record = localStorage.getItem(key);
    const middle = Math.floor(record.length / 2);
    const flipped = String.fromCharCode(record.charCodeAt(middle) ^ 0x15);
    localStorage.setItem(key, record.slice(0, middle) + flipped + record.slice(middle + 1));
  });
  await page.reload();
  await page.waitForSelector('[data-testid="import-error"]', { timeout: 20000 });
  const message = await text(page, 'import-error');
  check('corrupted: a message names the dataset and says it was set aside', message.includes('set aside') && message.includes('Shopify 2024'), message);
  check('corrupted: listed as unreadable, not deleted', (await stored(page).count()) === 2 && (await text(page, 'dataset-damaged')).includes('cannot be read'), await text(page, 'dataset-damaged'));
  check('corrupted: the sample is shown instead', (await text(page, 'kpi-customers')) === '3,000');
  await show(page, 'typeform', 'survey-dashboard');
  check('corrupted: the other dataset still opens', (await dashboardText(page)) === surveyBefore);
  await page.screenshot({ path: join(shots, 'st2-set-aside.png'), fullPage: false });

  // localStorage full: the next dataset goes to IndexedDB, and reads back after a reload.
  const fillers = await fillLocalStorage(page);
  console.log(`# localStorage filled with ${fillers} blocks`);
  await importFile(page, 'google_forms_order_csat.csv');
  const idbMeta = await stored(page).filter({ hasText: 'google_forms' }).innerText();
  check('full localStorage: the dataset is kept in IndexedDB, and the list says so', idbMeta.includes('in IndexedDB'), idbMeta);
  await page.reload();
  await page.waitForSelector('[data-testid="survey-csat"]', { timeout: 20000 });
  check('IndexedDB: after a reload the survey is read back (CSAT 3.80)', (await text(page, 'survey-csat')).includes('3.80'), await text(page, 'survey-csat'));
  check('IndexedDB: three datasets listed', (await stored(page).count()) === 3);

  // localStorage full and IndexedDB unavailable: a clear message; nothing stored changes.
  const blocked = await page.context().newPage();
  await blocked.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', {
      get() {
        return { open() { throw new DOMException('IndexedDB is disabled in this window', 'InvalidStateError'); } };
      },
    });
  });
  await blocked.goto(page.url());
  await blocked.waitForSelector('[data-testid="dataset-list"]');
  const indexBefore = await blocked.evaluate(() => localStorage.getItem('vafa.index'));
  await importFile(blocked, 'delighted_nps_responses.csv', 'import-error');
  const failure = await text(blocked, 'import-error');
  check('no room anywhere: the message says why and that nothing changed', failure.includes('cannot hold') && failure.includes('nothing stored was changed'), failure);
  check('no room anywhere: the index and the three datasets are untouched', (await blocked.evaluate(() => localStorage.getItem('vafa.index'))) === indexBefore && (await stored(blocked).count()) === 3);
  await blocked.screenshot({ path: join(shots, 'st3-no-room.png'), fullPage: false });
  await blocked.close();
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler.')).forEach((k) => localStorage.removeItem(k)));

  // A newer export of the same shop: its new orders added, those already stored skipped; then a
  // replacement. Either keeps the one dataset in the list.
  const dir = await mkdtemp(join(tmpdir(), 'vafa-append-'));
  const header = 'Customer Email,Order Date,Total\n';
  const january = ['a@x.com,2024-01-03,10.00', 'b@x.com,2024-01-05,20.00', 'a@x.com,2024-01-09,10.00'];
  // February repeats January, adds a second identical order of a@x.com on the 9th, and one more.
  const february = [...january, 'a@x.com,2024-01-09,10.00', 'c@x.com,2024-02-02,30.00'];
  await writeFile(join(dir, 'shop-january.csv'), header + january.join('\n') + '\n');
  await writeFile(join(dir, 'shop-february.csv'), header + february.join('\n') + '\n');
  const importAs = async (file, choice) => {
    await page.setInputFiles('[data-testid="file-input"]', join(dir, file));
    await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
    if (choice) {
      const value = await page.locator('[data-testid="store-as"] option', { hasText: choice }).first().getAttribute('value');
      await page.selectOption('[data-testid="store-as"]', value);
    }
    await page.click('[data-testid="wizard-confirm"]');
    await page.waitForSelector('[data-testid="import-success"]', { timeout: 20000 });
  };
  await importAs('shop-january.csv');
  let count = await stored(page).count();
  await importAs('shop-february.csv', 'new orders added to “shop-january.csv”');
  const appended = await text(page, 'appended');
  check('append: 2 new orders added, 3 already stored skipped', appended.includes('2 new orders added to “shop-january.csv”; 3 already stored were skipped'), appended);
  check('append: still one dataset for the shop, now 5 orders', (await stored(page).count()) === count && (await text(page, 'kpi-orders')) === '5' && (await stored(page).filter({ hasText: 'shop-january.csv' }).innerText()).includes('5 orders'));
  await importAs('shop-january.csv', 'a replacement for “shop-january.csv”');
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-orders"]')?.textContent === '3');
  check('replace: the dataset holds the newer file\'s 3 orders, in the same place', (await stored(page).count()) === count && (await stored(page).filter({ hasText: 'shop-january.csv' }).innerText()).includes('3 orders'));
  await page.reload();
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-orders"]')?.textContent === '3', null, { timeout: 20000 });
  // The wizard remembers the choices made for a file layout: a second file with the same header
  // gets them again, and says so.
  const layoutHeader = 'Customer Email,Order Date,Total,Channel\n';
  await writeFile(join(dir, 'layout-a.csv'), `${layoutHeader}a@x.com,2024-03-01,5.00,web\n`);
  await writeFile(join(dir, 'layout-b.csv'), `${layoutHeader}b@x.com,2024-04-01,6.00,pos\n`);
  await page.setInputFiles('[data-testid="file-input"]', join(dir, 'layout-a.csv'));
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  check('layout: a new layout has nothing remembered', (await page.locator('[data-testid="layout-remembered"]').count()) === 0);
  await page.selectOption('[data-testid="role-3"]', '');
  await page.waitForFunction(() => document.querySelector('[data-testid="role-3"]')?.value === '');
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="import-success"]', { timeout: 20000 });
  await page.setInputFiles('[data-testid="file-input"]', join(dir, 'layout-b.csv'));
  await page.waitForSelector('[data-testid="layout-remembered"]', { timeout: 20000 });
  check('layout: the same header gets the column left out again', (await page.inputValue('[data-testid="role-3"]')) === '', await page.inputValue('[data-testid="role-3"]'));
  await page.click('[data-testid="wizard-cancel"]');
  count += 1;
  check('replace: kept after a reload, and no record is left behind', (await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('vafa.dataset.')).length)) === count - 1, 'one dataset is in IndexedDB');
});
