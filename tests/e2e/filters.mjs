// End-to-end test of the filter row and the segment breakdown in the built page (dist/): the
// sample's channels, a segment and a date range narrowing every number, a bad range refused, the
// Shopify export's Source column (1,628 web purchases, 911 customers), the segment kept after a
// reload, the order statuses that count chosen in the settings (remembered, in the address), the
// filter cleared on another dataset, the Persian labels, and a dataset over 50,000
// orders whose filtered report comes from the report worker. Any console error fails the run.
import { join } from 'node:path';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fixtures, kpis, run, shots, text } from './harness.mjs';

const number = (s) => Number(s.replace(/,/g, ''));

/** The breakdown table as [{name, customers, orders}], in the page's order. */
async function breakdown(page) {
  return page.locator('[data-testid="breakdown-table"] tbody tr').evaluateAll((rows) => rows.map((row) => {
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent);
    return { name: (row.querySelector('th button') ?? row.querySelector('th span')).textContent, customers: Number(cells[0].replace(/,/g, '')), orders: Number(cells[1].replace(/,/g, '')), chosen: row.classList.contains('chosen') };
  }));
}

/** Waits until the KPI `id` shows `value`. */
async function kpiIs(page, id, value) {
  await page.waitForFunction(([id, value]) => document.querySelector(`[data-testid="${id}"]`)?.textContent === value, [id, value], { timeout: 20000 });
}

await run(async (page, check) => {
  // The sample: a channel column, three channels whose orders add up to the whole.
  const all = await kpis(page);
  const rows = await breakdown(page);
  check('sample breakdown is titled by its column', (await page.locator('[data-testid="breakdown"] h2').innerText()) === 'By channel');
  check('sample breakdown lists web, app and store', JSON.stringify(rows.map((r) => r.name).sort()) === '["app","store","web"]', JSON.stringify(rows));
  check('breakdown orders add up to all orders', rows.reduce((n, r) => n + r.orders, 0) === number(all.orders), `${JSON.stringify(rows)} vs ${all.orders}`);
  check('no filter note without a filter', (await page.locator('[data-testid="filter-note"]').count()) === 0);

  // A segment: every number is of its orders only.
  const web = rows.find((r) => r.name === 'web');
  await page.selectOption('[data-testid="segment-filter"]', { label: `web (${web.orders.toLocaleString('en-US')})` });
  await kpiIs(page, 'kpi-orders', web.orders.toLocaleString('en-US'));
  check('segment filter: customers are the web row\'s', number(await text(page, 'kpi-customers')) === web.customers);
  check('segment filter: the note says what is counted', (await text(page, 'filter-note')).includes('channel = web'), await text(page, 'filter-note'));
  check('segment filter: the web row is marked', (await breakdown(page)).find((r) => r.name === 'web').chosen);
  await page.screenshot({ path: join(shots, 'f1-segment.png'), fullPage: true });

  // A date range on top: fewer orders, the range shown.
  await page.fill('[data-testid="filter-from"]', '2024-01-01');
  await page.fill('[data-testid="filter-to"]', '2024-06-30');
  await page.locator('[data-testid="filter-to"]').dispatchEvent('change');
  await page.waitForFunction(() => document.querySelector('[data-testid="filter-note"]')?.textContent.includes('2024-06-30'));
  const ranged = await kpis(page);
  check('date range: fewer orders than the whole segment', number(ranged.orders) < web.orders && number(ranged.orders) > 0, ranged.orders);
  check('date range: the dates shown lie in the range', /^2024-0[1-6]-\d\d – 2024-0[1-6]-\d\d$/.test(await text(page, 'date-range')), await text(page, 'date-range'));
  const rangedRows = await breakdown(page);
  check('date range: the breakdown keeps every segment, of the range', rangedRows.length === 3 && rangedRows.find((r) => r.name === 'web').orders === number(ranged.orders), JSON.stringify(rangedRows));

  // A start after the end is refused; the last good range stays.
  await page.fill('[data-testid="filter-from"]', '2024-09-01');
  await page.locator('[data-testid="filter-from"]').dispatchEvent('change');
  await page.locator('[data-testid="range-error"]').waitFor({ timeout: 3000 });
  check('a start after the end is refused', (await text(page, 'kpi-orders')) === ranged.orders);

  await page.click('[data-testid="filter-clear"]');
  await kpiIs(page, 'kpi-orders', all.orders);
  check('Show all orders clears the filter', (await page.locator('[data-testid="filter-note"]').count()) === 0 && (await page.locator('[data-testid="range-error"]').count()) === 0);

  // Clicking a breakdown row filters to it.
  await page.locator('[data-testid="breakdown-segment"]', { hasText: 'store' }).click();
  await kpiIs(page, 'kpi-orders', rows.find((r) => r.name === 'store').orders.toLocaleString('en-US'));
  check('a breakdown row filters to its segment', (await text(page, 'filter-note')).includes('channel = store'));

  // The Shopify export: Source is the segment.
  await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'shopify_orders_export.csv'));
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="import-success"]', { timeout: 20000 });
  await kpiIs(page, 'kpi-orders', '1,814');
  check('a new dataset starts without a filter', (await page.locator('[data-testid="filter-note"]').count()) === 0);
  const shop = await breakdown(page);
  check('Shopify breakdown is by Source', (await page.locator('[data-testid="breakdown"] h2').innerText()) === 'By Source');
  check('Shopify web purchases: 1,628 by 911 customers', JSON.stringify(shop[0]) === JSON.stringify({ name: 'web', customers: 911, orders: 1628, chosen: false }), JSON.stringify(shop));

  // Which statuses count is a setting of the panel: pending is kept but not counted at import.
  const statuses = () => page.locator('[data-testid="status-counts"]').evaluateAll((boxes) => boxes.map((b) => [b.dataset.status, b.checked]));
  check('the panel lists the Shopify statuses, pending unchecked', JSON.stringify(await statuses()) === '[["paid",true],["partially_refunded",true],["refunded",true],["pending",false]]', JSON.stringify(await statuses()));
  check('the panel says how many orders count', (await text(page, 'statuses-counted')) === '1,814 of 1,840 orders count.', await text(page, 'statuses-counted'));
  await page.locator('[data-testid="status-counts"][data-status="pending"]').check();
  await kpiIs(page, 'kpi-orders', '1,840');
  check('counting pending adds its 26 orders and 1,457.29', (await text(page, 'kpi-revenue')) === '91,099.23', await text(page, 'kpi-revenue'));
  check('the counted statuses are in the address', new URL(page.url()).searchParams.get('statuses') === 'paid,partially_refunded,refunded,pending', page.url());
  await page.screenshot({ path: join(shots, 'f2-statuses.png'), fullPage: true });
  // Remembered for the dataset: a plain address opens with them too.
  await page.goto(new URL(page.url()).origin + new URL(page.url()).pathname);
  await kpiIs(page, 'kpi-orders', '1,840');
  check('the status choice is remembered for the dataset', JSON.stringify((await statuses()).map((s) => s[1])) === '[true,true,true,true]', JSON.stringify(await statuses()));
  // A bookmark counting paid only.
  const paidOnly = new URL(page.url());
  paidOnly.searchParams.set('statuses', 'paid');
  await page.goto(paidOnly.href);
  await kpiIs(page, 'kpi-orders', '1,741');
  check('a bookmarked status choice is applied', (await text(page, 'statuses-counted')) === '1,741 of 1,840 orders count.', await text(page, 'statuses-counted'));
  await page.click('[data-testid="statuses-as-imported"]');
  await kpiIs(page, 'kpi-orders', '1,814');
  check('As imported counts the import\'s statuses again', !new URL(page.url()).searchParams.get('statuses').includes('pending') && (await statuses())[3][1] === false, page.url());
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('after reload the stored Source column is still there', (await breakdown(page)).length === shop.length);
  await page.locator('[data-testid="breakdown-segment"]', { hasText: /^pos$/ }).click();
  await kpiIs(page, 'kpi-orders', '62');
  check('Shopify pos: 62 orders, 3,238.24', (await text(page, 'kpi-revenue')) === '3,238.24', await text(page, 'kpi-revenue'));
  await page.screenshot({ path: join(shots, 'f2-shopify-pos.png'), fullPage: true });

  // Persian labels.
  await page.selectOption('[data-testid="language"]', 'fa');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  check('the filter note is in Persian', (await text(page, 'filter-note')).includes('Source = pos') && (await text(page, 'filter-note')).startsWith('فیلتر'), await text(page, 'filter-note'));
  check('the breakdown is titled in Persian', (await page.locator('[data-testid="breakdown"] h2').innerText()) === 'به تفکیک Source');
  await page.screenshot({ path: join(shots, 'f3-persian.png'), fullPage: true });
  await page.selectOption('[data-testid="language"]', 'en');

  // Over 50,000 orders: the filtered report comes from the report worker.
  const dir = await mkdtemp(join(tmpdir(), 'vafa-'));
  const big = join(dir, 'channels_60k.csv');
  const lines = ['customer,order_date,amount,channel'];
  for (let i = 0; i < 60000; i += 1) {
    const day = new Date(Date.UTC(2023, 0, 1) + (i % 700) * 86400000).toISOString().slice(0, 10);
    lines.push(`c${i % 20000}@x.com,${day},${10 + (i % 7)}.50,${i % 3 === 0 ? 'app' : 'web'}`);
  }
  await writeFile(big, `${lines.join('\n')}\n`);
  await page.setInputFiles('[data-testid="file-input"]', big);
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 30000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="import-success"]', { timeout: 30000 });
  await kpiIs(page, 'kpi-orders', '60,000');
  await page.locator('[data-testid="breakdown-segment"]', { hasText: 'app' }).click();
  // Rows i ≡ 0 (mod 3): 20,000 orders.
  await kpiIs(page, 'kpi-orders', '20,000');
  check('the report worker counts the app orders: 20,000', (await text(page, 'kpi-orders')) === '20,000');
  check('the report worker\'s breakdown has both channels', JSON.stringify((await breakdown(page)).map((r) => [r.name, r.orders])) === '[["web",40000],["app",20000]]', JSON.stringify(await breakdown(page)));
});
