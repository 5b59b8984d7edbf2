// Keyboard navigation: Tab walks every control of the orders dashboard in order, each showing a
// visible focus ring, with no trap; the controls work from the keyboard (a select, a toggle, a
// folded table, the settings panel); Escape-free: nothing needs the mouse except chart hovering,
// whose numbers every chart also gives as a table.
import { run } from './harness.mjs';

/** What has focus: its test id, else its tag and text; and whether its focus ring is visible. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    const id = el.dataset.testid ?? el.closest('[data-testid]')?.dataset.testid ?? '';
    return { id, tag: el.tagName.toLowerCase(), text: (el.innerText || el.value || '').slice(0, 30), ring };
  });
}

await run(async (page, check) => {
  // Tab from the top of the page through all of it.
  await page.focus('body');
  const seen = [];
  for (let i = 0; i < 400; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (now === null) break;
    if (seen.length > 0 && seen[0].id === now.id && seen[0].tag === now.tag && seen[0].text === now.text) break;
    seen.push(now);
  }
  const ids = new Set(seen.map((f) => f.id));
  for (const id of ['language', 'period', 'window-days', 'cohort-table', 'digits', 'calendar', 'segment-filter',
    'crr-series', 'crr-view-retention', 'heatmap-on', 'crr-table', 'lifecycle-series', 'rfm-download', 'breakdown-segment', 'filter-from', 'settings-panel']) {
    check(`Tab reaches ${id}`, [...ids].some((seenId) => seenId === id || seenId.startsWith(`${id}-`)), [...ids].join(' '));
  }
  const csvs = seen.filter((f) => f.id.startsWith('csv-')).length;
  const pngs = seen.filter((f) => f.id.startsWith('png-')).length;
  check('Tab reaches the CSV and PNG buttons', csvs >= 4 && pngs >= 7, `${csvs} CSV, ${pngs} PNG`);
  const ringless = seen.filter((f) => !f.ring);
  check('every control shows where the focus is', ringless.length === 0, JSON.stringify(ringless.slice(0, 5)));
  check('Tab walks the page without a trap', seen.length > 40, String(seen.length));

  // Controls work from the keyboard.
  await page.focus('[data-testid="period"]');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => document.querySelector('[data-testid="crr-chart"]')?.closest('.card')?.querySelector('h2')?.textContent.includes('quarter'));
  check('a select changes with the arrow keys', true);
  await page.focus('[data-testid="crr-table"] summary');
  await page.keyboard.press('Enter');
  check('Enter opens a chart\'s table', await page.locator('[data-testid="crr-table"]').evaluate((d) => d.open));
  await page.focus('[data-testid="heatmap-revenue"]');
  await page.keyboard.press('Space');
  check('Space presses a toggle', (await page.getAttribute('[data-testid="heatmap-revenue"]', 'aria-pressed')) === 'true');
  await page.focus('[data-testid="settings-panel"] summary');
  await page.keyboard.press('Enter');
  check('Enter folds the settings panel', !(await page.locator('[data-testid="settings-panel"]').evaluate((d) => d.open)));
  await page.keyboard.press('Enter');
  check('and opens it again', await page.locator('[data-testid="settings-panel"]').evaluate((d) => d.open));
});
