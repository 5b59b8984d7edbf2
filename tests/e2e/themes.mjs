// End-to-end test of the colour schemes and the print stylesheet of the built page (dist/): with
// the system dark, the page and its charts are dark (the heatmap's share scale too); turning the system light redraws every chart
// light; printing (even from a dark system) hides the controls, the dataset panel and the export
// buttons, keeps the headline numbers and the charts, draws the charts light, and fits the orders
// dashboard on a few A4 pages. Any console error fails the run.
import { join } from 'node:path';
import { run, shots } from './harness.mjs';

/** The colour of canvas `id`'s top-left pixel (its background) as [r, g, b]. */
async function corner(page, id) {
  return page.locator(`[data-testid="${id}"]`).evaluate((c) => [...c.getContext('2d').getImageData(1, 1, 1, 1).data.slice(0, 3)]);
}
const isDark = ([r, g, b]) => r < 60 && g < 60 && b < 60;
const isWhite = ([r, g, b]) => r > 250 && g > 250 && b > 250;
const settle = (page) => page.waitForTimeout(300);
const shown = (page, selector) => page.locator(selector).first().evaluate((e) => getComputedStyle(e).display !== 'none');

await run(async (page, check) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await settle(page);
  const ground = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  check('dark: the page\'s ground is dark', ground === 'rgb(20, 23, 28)', ground);
  for (const id of ['crr-chart', 'cohort-heatmap', 'lifecycle-chart']) {
    check(`dark: ${id} is drawn on the dark card`, isDark(await corner(page, id)), String(await corner(page, id)));
  }
  // The share scale is the dark theme's: small shares sit near the dark card, none glare white.
  const glare = await page.locator('[data-testid="cohort-heatmap"]').evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let bright = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] > 225 && data[i + 1] > 225 && data[i + 2] > 225) bright += 1;
    return bright / (data.length / 4);
  });
  check('dark: the cohort heatmap has no glaring light cells', glare < 0.02, String(glare));
  await page.screenshot({ path: join(shots, 'theme-dark.png') });

  await page.emulateMedia({ colorScheme: 'light' });
  await settle(page);
  for (const id of ['crr-chart', 'cohort-heatmap', 'lifecycle-chart']) {
    check(`light again: ${id} is redrawn white`, isWhite(await corner(page, id)), String(await corner(page, id)));
  }

  await page.emulateMedia({ colorScheme: 'dark', media: 'print' });
  await settle(page);
  check('print: charts are drawn light even on a dark system', isWhite(await corner(page, 'crr-chart')), String(await corner(page, 'crr-chart')));
  for (const selector of ['.dataset-panel', '.settings', '.export-row', '.language', '.choice']) {
    check(`print: ${selector} is hidden`, !(await shown(page, selector)));
  }
  check('print: headline numbers and charts stay', (await shown(page, '[data-testid="kpi-customers"]')) && (await shown(page, '[data-testid="crr-chart"]')));
  await page.screenshot({ path: join(shots, 'print.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  check(`print: the orders dashboard fits on a few A4 pages (${pages})`, pages >= 1 && pages <= 5, String(pages));
  await page.emulateMedia({ colorScheme: 'light', media: 'screen' });
});
