// End-to-end test of the built page (dist/) in headless Chromium: the sample dashboard on first
// open, a tooltip over the cohort heatmap, importing the Shopify export and seeing the ground
// truths of shared/data/README.md, the dataset surviving a reload, and a malformed file being
// refused with a message while the stored dataset stays. Any console error fails the test.
// The orders charts: every canvas is drawn, the period and window W settings change labels and
// numbers (and are remembered), the heatmap's variants, hover tooltips, and the RFM CSV export.
// Partial periods are explained beside the CRR and lifecycle charts; published benchmarks stand
// labelled and apart beside the user's own numbers; at a phone's 390 px the page never scrolls
// sideways, in English and Persian (where time charts run right to left). Screenshots go to tests/e2e/screenshots/.
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import { fixtures, kpis, run, shots, text } from './harness.mjs';

/** Share of canvas pixels that are not white: a drawn chart has many. */
async function inkShare(page, id) {
  return page.locator(`[data-testid="${id}"]`).evaluate((canvas) => {
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink += 1;
    }
    return ink / (data.length / 4);
  });
}

/** CSS pixels per canvas pixel of canvas `id` (canvases are drawn at their frame's width). */
async function canvasScale(page, id) {
  const canvas = page.locator(`[data-testid="${id}"]`);
  const box = await canvas.boundingBox();
  return box.width / (await canvas.evaluate((c) => c.width));
}

/** Hovers canvas `id` at (x, y) in its own pixels; returns tooltip `tip`'s text. */
async function hoverTip(page, id, x, y, tip) {
  const canvas = page.locator(`[data-testid="${id}"]`);
  await canvas.scrollIntoViewIfNeeded();
  const scale = await canvasScale(page, id);
  await page.mouse.move(0, 0);
  await canvas.hover({ position: { x: x * scale, y: y * scale } });
  const tooltip = page.locator(`[data-testid="${tip}"]`);
  await tooltip.waitFor({ timeout: 3000 });
  return tooltip.innerText();
}

/** Partial periods: each chart's note says how they are drawn, in the period chosen. */
async function partialPeriods(page, check) {
  check('CRR note explains partial months', /A partial month .* dashed line .* hollow marker/.test(await text(page, 'crr-partial-note')), await text(page, 'crr-partial-note'));
  check('lifecycle note explains partial months', /A partial month .* lighter and hatched/.test(await text(page, 'lifecycle-partial-note')), await text(page, 'lifecycle-partial-note'));
}

/** Published benchmarks: labelled, sourced, apart from and unlike the user's own numbers. */
async function benchmarks(page, check) {
  const aovBench = await text(page, 'benchmark-aov');
  const rateBench = await text(page, 'benchmark-repeat-rate');
  for (const [name, bench, figure] of [['AOV', aovBench, '31%'], ['repeat rate', rateBench, '60–70%']]) {
    check(`${name} benchmark is labelled as published and not computed`, bench.startsWith('Published benchmark, not computed from your data:'), bench);
    check(`${name} benchmark quotes ${figure} and names its source`, bench.includes(figure) && /Source: \S/.test(bench), bench);
  }
  const ownDiff = await text(page, 'own-aov-diff');
  check('own AOV difference is the note\'s', /^[+-]?\d+\.\d%$/.test(ownDiff) && (await text(page, 'aov-note')).includes(ownDiff), ownDiff);
  check('own repeat rate is the headline\'s', (await text(page, 'own-repeat-rate')) === (await text(page, 'kpi-repeat-rate')));
  check('benchmarks hold no computed value', !aovBench.includes(ownDiff) && !rateBench.includes(await text(page, 'own-repeat-rate'))
    && (await page.locator('[data-testid^="benchmark-"] [data-testid^="own-"]').count()) === 0);
  const looks = await page.evaluate(() => {
    const style = (sel) => getComputedStyle(document.querySelector(sel));
    const own = style('[data-testid="own-aov-diff"]');
    const bench = style('[data-testid="benchmark-aov"]');
    return { ownColour: own.color, benchColour: bench.color, benchBorder: bench.borderTopStyle, ownWeight: Number(own.fontWeight) };
  });
  check('benchmarks look unlike the user\'s numbers (muted, dashed box)', looks.ownColour !== looks.benchColour && looks.benchBorder === 'dashed' && looks.ownWeight >= 600, JSON.stringify(looks));
}

/** At a phone's width the page never scrolls sideways and every chart fits the screen. */
async function phoneWidth(page, check, language) {
  const fits = await page.evaluate(() => {
    const width = window.innerWidth;
    const canvases = [...document.querySelectorAll('canvas')].map((c) => c.getBoundingClientRect());
    return {
      width,
      scroll: document.documentElement.scrollWidth,
      canvasesInside: canvases.every((r) => r.left >= 0 && r.right <= width + 0.5),
      drawnAtFrameWidth: [...document.querySelectorAll('canvas')].every((c) => Math.abs(c.width - c.getBoundingClientRect().width) <= 1),
    };
  });
  check(`${language} at 390 px: the page does not scroll sideways`, fits.scroll <= fits.width, JSON.stringify(fits));
  check(`${language} at 390 px: every chart fits the screen at its own width`, fits.canvasesInside && fits.drawnAtFrameWidth, JSON.stringify(fits));
  // A tooltip near the chart's right edge stays on the screen (right to left, the y axis' labels
  // take the right edge: the plot ends 56 px before it).
  const crrWidth = await page.locator('[data-testid="crr-chart"]').evaluate((c) => c.width);
  const rtl = await page.evaluate(() => document.documentElement.dir === 'rtl');
  await hoverTip(page, 'crr-chart', crrWidth - (rtl ? 60 : 28), 100, 'crr-tooltip');
  const withTip = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
  check(`${language} at 390 px: a tooltip at the right edge does not widen the page`, withTip[0] <= withTip[1], JSON.stringify(withTip));
  if (rtl) {
    // Right to left, time runs from the right: the period under the right edge comes first.
    const period = async (x) => {
      const tip = (await hoverTip(page, 'crr-chart', x, 100, 'crr-tooltip')).replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
      return (tip.match(/\d{4}-\d\d/) ?? [''])[0];
    };
    const [right, left] = [await period(crrWidth - 60), await period(60)];
    check(`${language} at 390 px: the CRR chart runs right to left`, right !== '' && left !== '' && right < left, `${right} | ${left}`);
    // The cohort grid too: period 0 (100% of the cohort) is the column beside the labels, at the right.
    const heatWidth = await page.locator('[data-testid="cohort-heatmap"]').evaluate((c) => c.width);
    const latin = (t) => t.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))).replace(/٪/g, '%');
    const first = latin(await hoverTip(page, 'cohort-heatmap', heatWidth - 118 - 4, 32, 'heatmap-tooltip'));
    check(`${language} at 390 px: the cohort grid's first period is at the right`, /100([٫.]0)?%/.test(first), first);
  }
  await page.mouse.move(0, 0);
}

/** Legend toggles hide and show a series; the last one shown stays. */
async function legendToggles(page, check) {
  const pressed = (id) => page.getAttribute(`[data-testid="${id}"]`, 'aria-pressed');
  const before = await inkShare(page, 'lifecycle-chart');
  await page.click('[data-testid="lifecycle-series-1"]');
  await page.waitForTimeout(200);
  const without = await inkShare(page, 'lifecycle-chart');
  check('a legend toggle hides its series', (await pressed('lifecycle-series-1')) === 'false' && without < before, `${without} < ${before}`);
  await page.click('[data-testid="lifecycle-series-1"]');
  await page.waitForTimeout(200);
  check('and shows it again', (await pressed('lifecycle-series-1')) === 'true' && Math.abs((await inkShare(page, 'lifecycle-chart')) - before) < 1e-9);
  await page.click('[data-testid="crr-series-0"]');
  await page.click('[data-testid="crr-series-1"]');
  check('the last line shown cannot be hidden', (await pressed('crr-series-0')) === 'false' && (await pressed('crr-series-1')) === 'true');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  check('a legend toggle works from the keyboard', (await pressed('crr-series-0')) === 'true');
}

/** Dragging across the CRR chart zooms every time chart to those periods; Show all undoes it. */
async function zoom(page, check) {
  const chart = page.locator('[data-testid="crr-chart"]');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  const y = box.y + box.height * 0.6;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  check('a drag shows the band it sweeps', await page.locator('[data-testid="crr-chart-brush"]').isVisible());
  await page.mouse.up();
  const note = page.locator('[data-testid="crr-zoom"]');
  await note.waitFor({ timeout: 3000 });
  const said = await note.innerText();
  const m = /Showing (\d{4}-\d\d) to (\d{4}-\d\d)/.exec(said);
  check('the zoom names its first and last period', m !== null && m[1] < m[2], said);
  check('the lifecycle chart zooms with it', (await text(page, 'lifecycle-zoom')) === said);
  await page.mouse.move(box.x + box.width * 0.5, y);
  const tip = await text(page, 'crr-tooltip');
  const period = tip.slice(0, 7);
  check('the zoomed chart\'s tooltip is a period inside the zoom', m !== null && period >= m[1] && period <= m[2], tip);
  // Just inside the plot's left edge (the y axis's labels take the first 56 of 960 pixels).
  await page.mouse.move(box.x + box.width * 0.07, y);
  const first = await text(page, 'crr-tooltip');
  check('the zoomed chart starts at the first zoomed period', m !== null && first.startsWith(m[1]), first);
  await page.click('[data-testid="crr-zoom-reset"]');
  check('Show all ends the zoom', (await page.locator('[data-testid="crr-zoom"]').count()) === 0 && (await page.locator('[data-testid="lifecycle-zoom"]').count()) === 0);
}

/** Every chart has its numbers as a table under it (its text alternative). */
async function chartTables(page, check) {
  for (const name of ['crr', 'cohorts', 'curves', 'lifecycle', 'aov', 'gaps', 'rfm-grid']) {
    check(`${name} chart has a table`, (await page.locator(`[data-testid="${name}-table"]`).count()) === 1);
  }
  await page.click('[data-testid="crr-table"] summary');
  const header = await page.locator('[data-testid="crr-table"] thead th').allInnerTexts();
  check('the CRR table has a column per line', JSON.stringify(header) === JSON.stringify(['Period', 'CRR', 'Retained (strict)']), JSON.stringify(header));
  const rows = page.locator('[data-testid="crr-table"] tbody tr');
  const last = await rows.nth((await rows.count()) - 1).locator('th, td').allInnerTexts();
  const crrWidth = await page.locator('[data-testid="crr-chart"]').evaluate((c) => c.width);
  const lastTip = await hoverTip(page, 'crr-chart', crrWidth - 29, 150, 'crr-tooltip');
  check('the CRR table\'s last row is the chart\'s last period', lastTip.startsWith(`${last[0]}: CRR ${last[1]}`), `${JSON.stringify(last)} | ${lastTip}`);
  await page.click('[data-testid="aov-table"] summary');
  const aovRows = await page.locator('[data-testid="aov-table"] tbody tr').count();
  check('the AOV table has a row per bar', aovRows === 3, String(aovRows));
}

async function ordersCharts(page, check) {
  for (const id of ['curves-chart', 'lifecycle-chart', 'aov-chart', 'gaps-chart', 'rfm-grid']) {
    check(`${id} is drawn`, (await inkShare(page, id)) > 0.01);
  }
  check('CLV table has a row per horizon', (await page.locator('[data-testid="clv-table"] tbody tr').count()) === 4);
  check('RFM table lists 11 segments', (await page.locator('[data-testid="rfm-segment"]').count()) === 11);
  check('AOV note gives the repeat-vs-first difference', /[+-]?\d+\.\d%/.test(await text(page, 'aov-note')), await text(page, 'aov-note'));
  check('gaps note gives the medians', /Median \d[\d.,]* days/.test(await text(page, 'gaps-note')), await text(page, 'gaps-note'));
  await page.screenshot({ path: join(shots, '6-orders-charts.png'), fullPage: true });
  await legendToggles(page, check);
  await zoom(page, check);
  await chartTables(page, check);
  await partialPeriods(page, check);
  await benchmarks(page, check);

  // Lifecycle tooltip: all four counts of the hovered period.
  const life = await hoverTip(page, 'lifecycle-chart', 600, 150, 'lifecycle-tooltip');
  check('lifecycle tooltip gives new, returning, reactivated and churned', /^\d{4}-\d\d: New [\d,]+ · Returning [\d,]+ · Reactivated [\d,]+ · Churned [\d,]+( \(partial period: the data ends before it does\))?$/.test(life), life);
  await page.screenshot({ path: join(shots, '6b-lifecycle-tooltip.png') });
  const aov = await hoverTip(page, 'aov-chart', 800, 150, 'aov-tooltip');
  check('AOV tooltip gives value and count', /^Repeat orders: AOV [\d,]+\.\d\d over [\d,]+ orders/.test(aov), aov);
  const rfm = await hoverTip(page, 'rfm-grid', 200, 50, 'rfm-tooltip');
  check('RFM tooltip gives count and share', /^R 5 · F 1: [\d,]+ customers \([\d.]+% of all\)$/.test(rfm), rfm);
  const curve = await hoverTip(page, 'curves-chart', 300, 150, 'curves-tooltip');
  check('curves tooltip gives the average and its customers', /after the first order: average [\d.]+% \([\d,]+ \/ [\d,]+ customers of \d+ cohorts\)/.test(curve), curve);

  // Heatmap variants: the tooltip follows the chosen one.
  const onTip = await hoverTip(page, 'cohort-heatmap', 124 + 30, 32, 'heatmap-tooltip');
  await page.click('[data-testid="heatmap-revenue"]');
  check('revenue variant is pressed', (await page.getAttribute('[data-testid="heatmap-revenue"]', 'aria-pressed')) === 'true'
    && (await page.getAttribute('[data-testid="heatmap-on"]', 'aria-pressed')) === 'false');
  const revenueTip = await hoverTip(page, 'cohort-heatmap', 124 + 30, 32, 'heatmap-tooltip');
  check('heatmap tooltip changes with the variant', revenueTip !== onTip && /revenue [\d.]+% of the first month's \([\d,.]+ \/ [\d,.]+\)/.test(revenueTip), `${onTip} | ${revenueTip}`);
  check('heatmap note names the variant', (await text(page, 'heatmap-note')).includes('revenue in their first month'));
  await page.click('[data-testid="heatmap-on-or-after"]');
  const laterTip = await hoverTip(page, 'cohort-heatmap', 124 + 30, 32, 'heatmap-tooltip');
  check('on-or-after tooltip', /ordered then or later \([\d,]+ \/ [\d,]+ customers\)/.test(laterTip), laterTip);
  await page.click('[data-testid="heatmap-on"]');

  // A click on a cohort's row counts only its customers on the whole dashboard.
  const cellTip = await hoverTip(page, 'cohort-heatmap', 124 + 30, 32, 'heatmap-tooltip');
  const size = /\(\d[\d,]* \/ (\d[\d,]*) customers\)/.exec(cellTip)?.[1];
  const cohortLabel = /^Cohort (\S+)/.exec(cellTip)?.[1];
  await page.mouse.down();
  await page.mouse.up();
  await page.locator('[data-testid="filter-note"]').waitFor({ timeout: 3000 });
  check('clicking a cohort filters to it', (await text(page, 'filter-note')).includes('customers whose first order was from'), await text(page, 'filter-note'));
  check('the dashboard counts the cohort\'s customers', size !== undefined && (await text(page, 'kpi-customers')) === size, `${await text(page, 'kpi-customers')} vs ${size}`);
  const alone = await hoverTip(page, 'cohort-heatmap', 124 + 30, 32, 'heatmap-tooltip');
  check('the heatmap shows that cohort alone', alone.startsWith(`Cohort ${cohortLabel} `), alone);
  await page.click('[data-testid="filter-clear"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="filter-note"]'));

  // Window W: the note and the CRR numbers follow; a bad value is refused with a message.
  const crrBefore = await hoverTip(page, 'crr-chart', 700, 150, 'crr-tooltip');
  check('CRR tooltip is labelled by month', /^\d{4}-\d\d: CRR/.test(crrBefore), crrBefore);
  check('CRR note states W = 365', (await text(page, 'crr-note')).includes('W = 365 days'));
  await page.fill('[data-testid="window-days"]', '90');
  await page.waitForFunction(() => document.querySelector('[data-testid="crr-note"]')?.textContent.includes('W = 90 days'));
  const crrAfter = await hoverTip(page, 'crr-chart', 700, 150, 'crr-tooltip');
  check('W = 90 changes the CRR numbers', crrAfter !== crrBefore, `${crrBefore} | ${crrAfter}`);
  check('lifecycle note states W = 90', (await text(page, 'lifecycle-note')).includes('W = 90 days'));
  await page.fill('[data-testid="window-days"]', 'abc');
  await page.locator('[data-testid="window-error"]').waitFor({ timeout: 3000 });
  check('a bad W is refused and the last good one kept', (await text(page, 'window-error')).includes('W = 90 days') && (await text(page, 'crr-note')).includes('W = 90 days'));
  await page.fill('[data-testid="window-days"]', '5000');
  check('W over 3650 is refused', (await text(page, 'crr-note')).includes('W = 90 days'));

  // Period: week labels everywhere, remembered over a reload.
  await page.selectOption('[data-testid="period"]', 'week');
  await page.waitForFunction(() => document.querySelector('[data-testid="crr-chart"]')?.closest('.card')?.querySelector('h2')?.textContent.includes('week'));
  const weekly = await hoverTip(page, 'crr-chart', 700, 150, 'crr-tooltip');
  check('weekly CRR tooltip is labelled YYYY-Www', /^\d{4}-W\d\d: CRR/.test(weekly), weekly);
  check('CRR note explains partial weeks', (await text(page, 'crr-partial-note')).startsWith('A partial week'));
  const crrWidth = await page.locator('[data-testid="crr-chart"]').evaluate((c) => c.width);
  // The plot ends half a label (≈ 30 px) short of the canvas's right edge.
  const lastWeek = await hoverTip(page, 'crr-chart', crrWidth - 29, 150, 'crr-tooltip');
  check('the last week, which the data ends inside, is named partial', lastWeek.endsWith('(partial period: the data ends before it does)'), lastWeek);
  const weekCell = await hoverTip(page, 'cohort-heatmap', 119, 30, 'heatmap-tooltip');
  check('weekly cohorts are labelled YYYY-Www', /^Cohort \d{4}-W\d\d · 0 weeks after first order/.test(weekCell), weekCell);
  await page.screenshot({ path: join(shots, '7-weekly.png'), fullPage: true });
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('period and W are remembered', (await page.inputValue('[data-testid="period"]')) === 'week' && (await page.inputValue('[data-testid="window-days"]')) === '90');
  await page.selectOption('[data-testid="period"]', 'month');
  await page.fill('[data-testid="window-days"]', '365');
  await page.waitForFunction(() => document.querySelector('[data-testid="crr-note"]')?.textContent.includes('W = 365 days'));

  // RFM export: the first segment with customers downloads exactly them.
  const rows = page.locator('[data-testid="rfm-segment"]');
  let row = -1;
  for (let i = 0; i < (await rows.count()); i += 1) {
    if ((await rows.nth(i).locator('[data-testid="rfm-customers"]').innerText()) !== '0') { row = i; break; }
  }
  const expected = Number((await rows.nth(row).locator('[data-testid="rfm-customers"]').innerText()).replace(/,/g, ''));
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 5000 }),
    rows.nth(row).locator('[data-testid="rfm-download"]').click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '');
  const lines = csv.split('\r\n').filter((line) => line !== '');
  check('RFM CSV starts with the header', csv.startsWith('customer,recency_days,orders,revenue,r,f,m,segment\r\n'), csv.slice(0, 80));
  check('RFM CSV has the segment\'s customers + 1 lines', lines.length === expected + 1, `${lines.length} vs ${expected} + 1`);
  check('RFM CSV file is named for the segment', /^vafa-rfm-[a-z-]+\.csv$/.test(download.suggestedFilename()), download.suggestedFilename());
}

await run(async (page, check) => {
  // 1. First open: the generated sample.
  const sample = await kpis(page);
  check('sample dashboard shows numbers', /^\d[\d,]*$/.test(sample.customers) && sample.customers !== '0', JSON.stringify(sample));
  check('sample revenue is money', /^\d[\d,]*\.\d\d$/.test(sample.revenue), sample.revenue);
  check('CRR chart is drawn', (await inkShare(page, 'crr-chart')) > 0.01);
  check('cohort heatmap is drawn', (await inkShare(page, 'cohort-heatmap')) > 0.05);
  await page.screenshot({ path: join(shots, '1-sample.png'), fullPage: true });

  // 2. Tooltip over the first cohort's month-0 cell (cells start 118 px into a 960 px canvas).
  const heatmap = page.locator('[data-testid="cohort-heatmap"]');
  await heatmap.scrollIntoViewIfNeeded();
  const box = await heatmap.boundingBox();
  const scale = await canvasScale(page, 'cohort-heatmap');
  await page.mouse.move(box.x + 124 * scale, box.y + 32 * scale);
  const tooltip = page.locator('[data-testid="heatmap-tooltip"]');
  await tooltip.waitFor({ timeout: 3000 });
  const tip = await tooltip.innerText();
  check('heatmap tooltip names cohort, period, share and count', /Cohort \d{4}-\d\d · 0 .*: 100\.0% .*\(\d[\d,]* \/ \d[\d,]* customers\)/.test(tip), tip);
  await page.screenshot({ path: join(shots, '2-tooltip.png') });
  await page.mouse.move(0, 0);

  // 2b. The orders charts.
  await ordersCharts(page, check);

  // 2c. A phone: 390 px wide, in English and in Persian (right to left).
  await page.setViewportSize({ width: 390, height: 844 });
  await page.waitForTimeout(300);
  await phoneWidth(page, check, 'English');
  await page.screenshot({ path: join(shots, '8-phone-en.png'), fullPage: true });
  await page.selectOption('[data-testid="language"]', 'fa');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  await page.waitForTimeout(300);
  await phoneWidth(page, check, 'Persian');
  check('Persian benchmark is labelled in Persian', (await text(page, 'benchmark-aov')).startsWith('معیار منتشرشده'));
  // Persian shows Persian digits (from the browser's Intl: ۰–۹, ٬ grouping, ٫ decimals, ٪).
  const toPersian = (s) => s.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]).replace(/,/g, '٬').replace(/\./g, '٫').replace(/%/g, '٪');
  const faKpis = await kpis(page);
  check('Persian customers in Persian digits', faKpis.customers === toPersian(sample.customers), `${faKpis.customers} vs ${sample.customers}`);
  check('Persian revenue with Persian separators', faKpis.revenue === toPersian(sample.revenue), faKpis.revenue);
  check('Persian repeat rate with the Persian percent sign', faKpis.repeat === toPersian(sample.repeat), faKpis.repeat);
  check('Persian date range in Persian digits', !/[0-9]/.test(await text(page, 'date-range')), await text(page, 'date-range'));
  // A page opened on a phone shows the settings panel folded, so the numbers come first; its
  // title opens it. The panel stays as the user left it when the page is rebuilt (language).
  // (Its own context: what it chooses is not stored for the page under test.)
  const phoneContext = await page.context().browser().newContext({ viewport: { width: 390, height: 844 } });
  const onPhone = await phoneContext.newPage();
  await onPhone.goto(page.url());
  await onPhone.waitForSelector('[data-testid="kpi-customers"]');
  const openIn = (p) => p.locator('[data-testid="settings-panel"]').evaluate((d) => d.open);
  check('on a phone the settings panel starts folded', !(await openIn(onPhone)));
  await onPhone.click('[data-testid="settings-panel"] summary');
  check('its title opens it', await openIn(onPhone));
  await onPhone.selectOption('[data-testid="digits"]', 'latn');
  check('and it stays open when the digits change', await openIn(onPhone));
  await phoneContext.close();
  const panelOpen = () => openIn(page);
  const ensurePanel = async () => {
    if (!(await panelOpen())) await page.click('[data-testid="settings-panel"] summary');
  };
  check('the panel the user left open stays open on a narrower window', await panelOpen());
  // The digits can be chosen: Latin in Persian, remembered in the address.
  await page.selectOption('[data-testid="digits"]', 'latn');
  await page.waitForFunction(() => /^[0-9,]+$/.test(document.querySelector('[data-testid="kpi-customers"]').innerText));
  check('Latin digits chosen in Persian', (await kpis(page)).customers === sample.customers);
  check('the digits are in the address', page.url().includes('digits=latn'), page.url());
  await page.selectOption('[data-testid="digits"]', 'arab');
  await page.waitForFunction(() => /[٠-٩]/.test(document.querySelector('[data-testid="kpi-customers"]').innerText));
  check('Arabic-Indic digits chosen', /^[٠-٩٬]+$/.test((await kpis(page)).customers), (await kpis(page)).customers);
  await page.selectOption('[data-testid="digits"]', '');
  await page.waitForFunction(() => /[۰-۹]/.test(document.querySelector('[data-testid="kpi-customers"]').innerText));
  check('the language\'s digits again', !page.url().includes('digits='), page.url());
  // The settings panel: a Jalali calendar buckets and labels periods and shows days in it.
  check('the settings panel is open', await panelOpen());
  await page.selectOption('[data-testid="calendar"]', 'jalali');
  await page.waitForFunction(() => document.querySelector('[data-testid="date-range"]').innerText.startsWith('۱۴۰۱'));
  check('Jalali date range', (await text(page, 'date-range')) === '۱۴۰۱-۱۰-۱۱ – ۱۴۰۳-۱۰-۱۱', await text(page, 'date-range'));
  check('the calendar is in the address', page.url().includes('calendar=jalali'), page.url());
  await page.selectOption('[data-testid="cohort-table"]', 'revenue');
  check('the cohort table chosen in the panel is the heatmap\'s', (await page.getAttribute('[data-testid="heatmap-revenue"]', 'aria-pressed')) === 'true');
  check('the cohort table is in the address', page.url().includes('cohort=revenue'), page.url());
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('the calendar and cohort table are remembered', (await text(page, 'date-range')).startsWith('۱۴۰۱') && (await page.getAttribute('[data-testid="heatmap-revenue"]', 'aria-pressed')) === 'true');
  await page.hover('[data-testid="crr-chart"]');
  const jalaliTip = await text(page, 'crr-tooltip');
  check('the CRR tooltip names a Jalali month', /^۱۴۰[۱-۳]-[۰-۱][۰-۹]:/.test(jalaliTip), jalaliTip);
  await page.click('[data-testid="heatmap-on"]');
  await ensurePanel();
  await page.selectOption('[data-testid="calendar"]', 'gregorian');
  await page.waitForFunction(() => document.querySelector('[data-testid="date-range"]').innerText.startsWith('۲۰۲۳'));
  check('Gregorian again, out of the address', !page.url().includes('calendar=') && !page.url().includes('cohort='), page.url());
  await page.screenshot({ path: join(shots, '8-phone-fa.png'), fullPage: true });
  await page.selectOption('[data-testid="language"]', 'en');
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.waitForFunction(() => document.documentElement.dir === 'ltr');

  // 3. Import the Shopify export through the wizard: the ground truths of shared/data/README.md.
  await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'shopify_orders_export.csv'));
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  check('wizard recognises the Shopify layout', (await text(page, 'wizard-detected')).includes('Shopify orders export'));
  check('wizard counts 1,814 orders to import', (await text(page, 'wizard-kept')) === '1,814');
  check('nothing is stored before Confirm', (await page.locator('[data-testid="stored-dataset"]').count()) === 0);
  await page.screenshot({ path: join(shots, '3a-wizard.png'), fullPage: true });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="import-success"]', { timeout: 20000 });
  check('the wizard closes after Confirm', (await page.locator('[data-testid="import-wizard"]').count()) === 0);
  const shop = await kpis(page);
  check('Shopify customers = 981', shop.customers === '981', shop.customers);
  check('Shopify orders = 1,814', shop.orders === '1,814', shop.orders);
  check('Shopify revenue = 89,641.94', shop.revenue === '89,641.94', shop.revenue);
  check('Shopify repeat purchase rate = 33.13%', shop.repeat === '33.13%', shop.repeat);
  check('date range 2023-01-01 – 2024-12-31', (await text(page, 'date-range')) === '2023-01-01 – 2024-12-31');
  await page.screenshot({ path: join(shots, '3-shopify.png'), fullPage: true });

  // 4. Reload: the dataset is still stored and shown.
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('after reload the stored dataset is listed', (await page.locator('[data-testid="stored-dataset"]').count()) === 1);
  check('after reload the Shopify numbers are shown', (await text(page, 'kpi-customers')) === '981');

  // 5. A malformed file: a clear message, nothing stored changes.
  for (const bad of ['binary_garbage.csv', 'empty.csv', 'xlsx_renamed.csv']) {
    await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'bad', bad));
    const error = page.locator('[data-testid="import-error"]');
    await error.waitFor({ timeout: 5000 });
    const message = await error.innerText();
    check(`${bad}: error names the file`, message.includes(bad), message);
    check(`${bad}: stored dataset untouched`, (await page.locator('[data-testid="stored-dataset"]').count()) === 1 && (await text(page, 'kpi-customers')) === '981');
  }
  await page.screenshot({ path: join(shots, '4-bad-file.png'), fullPage: true });
  await page.reload();
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('after a refused file and a reload the dataset is intact', (await text(page, 'kpi-orders')) === '1,814');

  // 6. Drag and drop a small orders file onto the dataset panel.
  const csv = 'customer,order_date,amount\nann@example.com,2024-01-05,10.00\nbob@example.com,2024-01-09,20.50\nann@example.com,2024-02-11,5.25\n';
  const dataTransfer = await page.evaluateHandle((body) => {
    const dt = new DataTransfer();
    dt.items.add(new File([body], 'dropped.csv', { type: 'text/csv' }));
    return dt;
  }, csv);
  await page.dispatchEvent('.dataset-panel', 'dragover', { dataTransfer });
  await page.dispatchEvent('.dataset-panel', 'drop', { dataTransfer });
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 5000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.locator('[data-testid="import-success"]').filter({ hasText: 'dropped.csv' }).waitFor({ timeout: 5000 });
  const dropped = await kpis(page);
  check('a dropped file is imported (2 customers, 3 orders, 35.75)', dropped.customers === '2' && dropped.orders === '3' && dropped.revenue === '35.75', JSON.stringify(dropped));
  check('both datasets are stored', (await page.locator('[data-testid="stored-dataset"]').count()) === 2);
  await page.locator('[data-testid="stored-dataset"]').first().click();
  await page.waitForFunction(() => document.querySelector('[data-testid="kpi-customers"]')?.textContent === '981');
  check('choosing a stored dataset shows it again', (await text(page, 'kpi-orders')) === '1,814');

  // 7. Issues are listed by row, column, value and reason; Cancel stores nothing.
  await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'bad', 'ragged_rows.csv'));
  await page.waitForSelector('[data-testid="wizard-issues"]', { timeout: 5000 });
  const issueRows = await page.locator('[data-testid="wizard-issues"] tbody tr').allInnerTexts();
  check('ragged rows are listed with their row numbers', issueRows.length === 4 && issueRows[0].startsWith('4'), JSON.stringify(issueRows));
  await page.screenshot({ path: join(shots, '5-issues.png'), fullPage: true });
  await page.click('[data-testid="wizard-cancel"]');
  check('Cancel closes the wizard', (await page.locator('[data-testid="import-wizard"]').count()) === 0);
  check('Cancel stores nothing', (await page.locator('[data-testid="stored-dataset"]').count()) === 2);

  // 8. Unknown headers: the file cannot be imported until the user picks the roles.
  const unnamed = 'a,b,c\nx@example.com,2024-03-01,12.00\ny@example.com,2024-03-02,8.00\nx@example.com,2024-04-01,3.50\n';
  await page.setInputFiles('[data-testid="file-input"]', { name: 'unnamed.csv', mimeType: 'text/csv', buffer: Buffer.from(unnamed) });
  await page.waitForSelector('[data-testid="wizard-error"]', { timeout: 5000 });
  check('Confirm is disabled while a required role is missing', await page.locator('[data-testid="wizard-confirm"]').isDisabled());
  await page.selectOption('[data-testid="role-0"]', { label: 'customer' });
  await page.selectOption('[data-testid="role-1"]', { label: 'order date' });
  await page.selectOption('[data-testid="role-2"]', { label: 'amount' });
  await page.waitForFunction(() => document.querySelector('[data-testid="wizard-kept"]')?.textContent === '3');
  await page.click('[data-testid="wizard-confirm"]');
  await page.locator('[data-testid="import-success"]').filter({ hasText: 'unnamed.csv' }).waitFor({ timeout: 5000 });
  check('after picking roles the file imports (2 customers, 23.50)', (await text(page, 'kpi-customers')) === '2' && (await text(page, 'kpi-revenue')) === '23.50');

  // 9. No header at all: the first row is data, and imports once the user names the columns.
  const headerless = 'x@example.com,2024-03-01,12.00\ny@example.com,2024-03-02,8.00\n';
  await page.setInputFiles('[data-testid="file-input"]', { name: 'headerless.csv', mimeType: 'text/csv', buffer: Buffer.from(headerless) });
  await page.waitForSelector('[data-testid="wizard-error"]', { timeout: 5000 });
  check('headerless: the first row is previewed as data', (await page.locator('[data-testid="wizard-preview"] tbody').innerText()).includes('x@example.com'));
  await page.selectOption('[data-testid="role-0"]', { label: 'customer' });
  await page.selectOption('[data-testid="role-1"]', { label: 'order date' });
  await page.selectOption('[data-testid="role-2"]', { label: 'amount' });
  await page.waitForFunction(() => document.querySelector('[data-testid="wizard-kept"]')?.textContent === '2');
  await page.click('[data-testid="wizard-confirm"]');
  await page.locator('[data-testid="import-success"]').filter({ hasText: 'headerless.csv' }).waitFor({ timeout: 5000 });
  check('headerless: both rows imported (2 customers, 20.00)', (await text(page, 'kpi-customers')) === '2' && (await text(page, 'kpi-revenue')) === '20.00');

});
