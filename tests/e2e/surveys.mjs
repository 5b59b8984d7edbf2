// End-to-end test of survey datasets in the built page (dist/): the Typeform export imported
// through the wizard (270 responses, 17 partial) shows NPS 18.6 ± 9.6 of the 253 completed ones
// (shared/data/README.md) with its charts; the detractors' comments are listed as text and
// filtered; the Google Forms export shows CSAT 3.80 and CES 5.45; a survey stays stored over a
// reload and the orders dashboard comes back with the sample; an answer out of scale is an import
// issue naming row, column and value; a comment holding markup is shown as text; a sentiment
// column gives its shares and the positive:negative ratio. Any console
// error fails the run.
import { join } from 'node:path';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fixtures, run, shots, text } from './harness.mjs';

/** Share of canvas `id`'s pixels that are not near-white. */
async function inkShare(page, id) {
  const canvas = page.locator(`[data-testid="${id}"]`);
  await canvas.scrollIntoViewIfNeeded();
  return canvas.evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) ink += 1;
    }
    return ink / (data.length / 4);
  });
}

/** Imports `path` through the wizard and waits for the stored notice. */
async function importSurvey(page, path) {
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  const kept = await text(page, 'wizard-kept');
  const counts = await text(page, 'wizard-counts');
  const storable = (await page.locator('[data-testid="wizard-not-storable"]').count()) === 0;
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="import-success"]', { timeout: 20000 });
  await page.waitForSelector('[data-testid="survey-dashboard"]', { timeout: 20000 });
  return { kept, counts, storable };
}

await run(async (page, check) => {
  await page.waitForSelector('[data-testid="kpi-customers"]');

  // 1. Typeform: NPS of the completed responses, its margin and its charts.
  const typeform = await importSurvey(page, join(fixtures, 'typeform_post_purchase_nps.csv'));
  check('wizard: a survey can be stored', typeform.storable);
  check('wizard: 270 survey responses will be imported', typeform.kept === '270' && typeform.counts.includes('survey responses will be imported'), typeform.counts);
  check('notice: responses kept', (await text(page, 'import-success')).includes('270 responses kept'), await text(page, 'import-success'));
  check('the orders dashboard gives way to the survey', (await page.locator('[data-testid="kpi-customers"]').count()) === 0);
  const nps = await text(page, 'survey-nps');
  check('Typeform NPS = 18.6 (README 18.5771)', nps.includes('18.6'), nps);
  const margin = await text(page, 'survey-nps-margin');
  check('Typeform NPS margin = ±9.6 (README ±9.62)', margin.includes('9.6'), margin);
  check('Typeform: 253 responses counted', (await text(page, 'survey-responses')).includes('253'), await text(page, 'survey-responses'));
  check('NPS per period chart is drawn', (await inkShare(page, 'nps-trend-chart')) > 0.01);
  check('NPS 0–10 distribution is drawn', (await inkShare(page, 'nps-distribution-chart')) > 0.01);
  check('trend with bands is drawn', (await inkShare(page, 'survey-trend-chart')) > 0.01);
  for (const name of ['nps-trend', 'survey-trend', 'nps-distribution-chart']) {
    check(`${name} has its numbers as a table`, (await page.locator(`[data-testid="${name}-table"]`).count()) === 1);
  }
  await page.click('[data-testid="nps-trend-table"] summary');
  const npsRow = await page.locator('[data-testid="nps-trend-table"] tbody tr').first().locator('th, td').allInnerTexts();
  check('the NPS table gives the three groups and the NPS of a period', npsRow.length === 5 && /^\d{4}-\d\d$/.test(npsRow[0]) && npsRow.slice(1, 4).every((c) => /^\d+\.\d%$|^—$/.test(c)), JSON.stringify(npsRow));
  await page.screenshot({ path: join(shots, 's1-typeform.png'), fullPage: true });

  // Legend toggles: hiding the detractors leaves none of their vermillion on the chart.
  const vermillion = () => page.locator('[data-testid="nps-trend-chart"]').evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] === 213 && data[i + 1] === 94 && data[i + 2] === 0) n += 1;
    return n;
  });
  check('the NPS chart has a toggle per group and the line', (await page.locator('[data-testid="nps-trend-series"] button').count()) === 4);
  const before = await vermillion();
  await page.click('[data-testid="nps-trend-series-0"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="nps-trend-series-0"]')?.getAttribute('aria-pressed') === 'false');
  await page.waitForTimeout(200);
  const after = await vermillion();
  check('hiding the detractors takes their bars off the chart', before > 500 && after === 0, `${before} → ${after}`);
  await page.click('[data-testid="nps-trend-series-0"]');
  // The trend chart's band can be hidden too: less of the chart is inked.
  const withBand = await inkShare(page, 'survey-trend-chart');
  await page.click('[data-testid="survey-trend-series-1"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="survey-trend-series-1"]')?.getAttribute('aria-pressed') === 'false');
  await page.waitForTimeout(200);
  const withoutBand = await inkShare(page, 'survey-trend-chart');
  check('hiding the 95% band takes it off the trend chart', withoutBand < withBand * 0.8, `${withBand} → ${withoutBand}`);
  await page.click('[data-testid="survey-trend-series-1"]');

  // Zoom: a drag across the NPS chart zooms every survey time chart; Show all undoes it.
  const periodRows = () => page.locator('[data-testid="nps-trend-table"] tbody tr').count();
  const allPeriods = await periodRows();
  const chart = page.locator('[data-testid="nps-trend-chart"]');
  await chart.scrollIntoViewIfNeeded();
  const box = await chart.boundingBox();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6, { steps: 8 });
  await page.mouse.up();
  await page.locator('[data-testid="nps-trend-zoom"]').waitFor({ timeout: 5000 });
  const said = await text(page, 'nps-trend-zoom');
  const zoomedRows = await periodRows();
  check('a drag on the NPS chart zooms it to fewer periods', zoomedRows > 1 && zoomedRows < allPeriods, `${allPeriods} → ${zoomedRows}`);
  check('the trend chart zooms with it', (await text(page, 'survey-trend-zoom')) === said, said);
  await page.click('[data-testid="nps-trend-zoom-reset"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="nps-trend-zoom"]'));
  check('Show all brings every period back', (await periodRows()) === allPeriods);

  // 2. Detractors' comments: listed, and narrowed by the filter.
  const comments = page.locator('[data-testid="detractor-comment"]');
  const all = await comments.count();
  check('detractors\' comments are listed', all > 0, String(all));
  const first = (await comments.first().innerText()).trim();
  const word = first.split(/\s+/).find((w) => w.length > 4) ?? first.split(/\s+/)[0];
  await page.fill('[data-testid="comment-filter"]', word.toUpperCase());
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="detractor-comment"]').length < n || n === 1, all);
  const narrowed = await comments.allInnerTexts();
  check('the comment filter narrows, case-insensitively', narrowed.length >= 1 && narrowed.every((c) => c.toLowerCase().includes(word.toLowerCase())), `${word}: ${narrowed.length} of ${all}`);
  await page.fill('[data-testid="comment-filter"]', '');

  // 3. Reload: still stored, still shown; listed as responses.
  await page.reload();
  await page.waitForSelector('[data-testid="survey-dashboard"]', { timeout: 20000 });
  check('after reload the survey is shown', (await text(page, 'survey-nps')).includes('18.6'));
  check('the stored survey is listed with its responses', (await page.locator('[data-testid="stored-dataset"]').first().innerText()).includes('270 responses'));

  // 4. The sample brings the orders dashboard back; the survey comes back on a click.
  await page.click('.dataset-list li:first-child button.dataset');
  await page.waitForSelector('[data-testid="kpi-customers"]');
  check('the sample shows the orders dashboard', (await page.locator('[data-testid="survey-dashboard"]').count()) === 0);
  await page.locator('[data-testid="stored-dataset"]').first().click();
  await page.waitForSelector('[data-testid="survey-dashboard"]');
  check('the stored survey is shown again', (await text(page, 'survey-nps')).includes('18.6'));

  // 5. Persian.
  await page.selectOption('[data-testid="language"]', 'fa');
  await page.waitForFunction(() => document.documentElement.dir === 'rtl');
  check('Persian: the survey dashboard is translated', !/[A-Za-z]{4,}/.test(await page.locator('[data-testid="survey-dashboard"] h2').first().innerText()), await page.locator('[data-testid="survey-dashboard"] h2').first().innerText());
  await page.screenshot({ path: join(shots, 's2-persian.png'), fullPage: true });
  await page.selectOption('[data-testid="language"]', 'en');

  // 6. Google Forms: CSAT and CES.
  await importSurvey(page, join(fixtures, 'google_forms_order_csat.csv'));
  const csat = await text(page, 'survey-csat');
  check('Google Forms CSAT mean = 3.80 (README 3.7976)', csat.includes('3.80'), csat);
  const ces = await text(page, 'survey-ces');
  check('Google Forms CES mean = 5.45 (README 5.4524)', ces.includes('5.45'), ces);
  check('CSAT distribution is drawn', (await inkShare(page, 'csat-distribution-chart')) > 0.01);
  // The scale: detected 1–5; read on 1–7, the top two box is 6–7 and nobody is satisfied.
  check('CSAT: 66.7% satisfied on the detected 1–5 scale', csat.includes('66.7%'), csat);
  const questions = await text(page, 'survey-questions');
  check('questions card lists both questions with their measures', (await page.locator('[data-testid="question-row"]').count()) === 2 && questions.includes('CSAT') && questions.includes('CES'), questions);
  check('questions card: CSAT 66.7% satisfied (≥ 4), CES 1–7 detected', questions.includes('66.7% satisfied (≥ 4)') && (await page.locator('[data-testid="scale-1"] option:checked').innerText()).includes('1–7 (detected)'), questions);
  check('CSAT scale names the detected one', (await page.locator('[data-testid="scale-0"] option:checked').innerText()).includes('1–5 (detected)'));
  check('a scale that would leave an answer outside is disabled (CES answers reach 7: 1–5 is off)', await page.locator('[data-testid="scale-1"] option[value="1-5"]').isDisabled());
  await page.selectOption('[data-testid="scale-0"]', '1-7');
  await page.waitForFunction(() => !document.querySelector('[data-testid="survey-csat"]')?.textContent.includes('66.7%'));
  const csat7 = await text(page, 'survey-csat');
  check('CSAT on 1–7: the mean stays 3.80, satisfied (6–7) is 0.0%', csat7.includes('3.80') && csat7.includes('0.0%'), csat7);
  check('questions card follows: 0.0% satisfied (≥ 6)', (await text(page, 'survey-questions')).includes('0.0% satisfied (≥ 6)'), await text(page, 'survey-questions'));
  await page.selectOption('[data-testid="scale-0"]', '1-5');
  await page.waitForFunction(() => document.querySelector('[data-testid="survey-csat"]')?.textContent.includes('66.7%'));
  check('two surveys are stored', (await page.locator('[data-testid="stored-dataset"]').count()) === 2);
  // The choices made for a survey are remembered for it, after a reload and after showing another.
  await page.selectOption('[data-testid="satisfied-from"]', '5');
  await page.waitForFunction(() => !document.querySelector('[data-testid="survey-csat"]')?.textContent.includes('66.7%'));
  const csat5 = await text(page, 'survey-csat');
  await page.reload();
  await page.waitForSelector('[data-testid="survey-csat"]', { timeout: 20000 });
  check('a survey\'s CSAT box is remembered after a reload', (await text(page, 'survey-csat')) === csat5 && (await page.locator('[data-testid="satisfied-from"] option:checked').getAttribute('value')) === '5', await text(page, 'survey-csat'));
  await page.locator('[data-testid="stored-dataset"]', { hasText: '270 responses' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="survey-csat"]'));
  await page.locator('[data-testid="stored-dataset"]', { hasText: 'google_forms' }).click();
  await page.waitForSelector('[data-testid="survey-csat"]');
  check('and after another survey was shown', (await text(page, 'survey-csat')) === csat5, await text(page, 'survey-csat'));
  await page.selectOption('[data-testid="satisfied-from"]', 'auto');
  await page.waitForFunction(() => document.querySelector('[data-testid="survey-csat"]')?.textContent.includes('66.7%'));
  // The survey's choices are in the address too, so a bookmark opens with them.
  const address = new URL(page.url());
  check('the address holds the survey choices (auto: no threshold)', address.searchParams.get('partial') === '0' && !address.searchParams.has('satisfied'), page.url());
  address.searchParams.set('satisfied', '3');
  await page.goto(address.href);
  await page.waitForSelector('[data-testid="survey-csat"]', { timeout: 20000 });
  check('a bookmark with satisfied=3 opens with the box ≥ 3', (await page.locator('[data-testid="satisfied-from"] option:checked').getAttribute('value')) === '3' && new URL(page.url()).searchParams.get('satisfied') === '3', page.url());
  check('and its CSAT counts 3–5 as satisfied, more than the top two\'s 66.7%', !(await text(page, 'survey-csat')).includes('66.7%'), await text(page, 'survey-csat'));
  await page.selectOption('[data-testid="satisfied-from"]', 'auto');
  await page.waitForFunction(() => document.querySelector('[data-testid="survey-csat"]')?.textContent.includes('66.7%'));
  check('back to auto, the threshold leaves the address', !new URL(page.url()).searchParams.has('satisfied'), page.url());

  // 7. A hand-made survey: an answer out of scale is an issue; markup in a comment stays text.
  const dir = await mkdtemp(join(tmpdir(), 'vafa-survey-'));
  const path = join(dir, 'hand_made_nps.csv');
  await writeFile(path, [
    'Submitted at,How likely are you to recommend us?,Comment,Sentiment',
    '2024-03-01 10:00:00,2,"<img src=x onerror=""window.hacked=1""> too slow",Negative',
    '2024-03-02 10:00:00,12,out of scale,Neutral',
    '2024-03-03 10:00:00,10,great,Positive',
    '2024-03-04 10:00:00,9,,مثبت',
  ].join('\n'));
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  // The wizard names what each score question measures and lets the user correct it.
  check('wizard: the recommend question is read as NPS on 0–10', (await page.inputValue('[data-testid="measure-1"]')) === 'nps' && (await text(page, 'wizard-questions')).includes('scale 0–10'), await text(page, 'wizard-questions'));
  await page.selectOption('[data-testid="measure-1"]', 'rating');
  await page.waitForFunction(() => document.querySelector('[data-testid="measure-1"]')?.value === 'rating' && document.querySelector('[data-testid="wizard-questions"]')?.textContent.includes('scale'));
  await page.waitForTimeout(300);
  check('wizard: corrected to another rating', (await page.inputValue('[data-testid="measure-1"]')) === 'rating');
  await page.selectOption('[data-testid="measure-1"]', 'nps');
  await page.waitForFunction(() => document.querySelector('[data-testid="measure-1"]')?.value === 'nps');
  await page.waitForTimeout(300);
  check('hand-made: 3 responses kept, 1 skipped', (await text(page, 'wizard-kept')) === '3' && (await text(page, 'wizard-skipped')) === '1');
  const issue = await page.locator('[data-testid="wizard-issues"] tbody tr').first().innerText();
  // Rows are numbered as a spreadsheet shows them: the header is row 1.
  check('the issue names row 3, the column and the value 12', /^3\s/.test(issue) && issue.includes('recommend') && issue.includes('12'), issue);
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="survey-dashboard"]');
  await page.waitForSelector('[data-testid="survey-nps"]', { timeout: 20000 });
  const handNps = await text(page, 'survey-nps');
  check('hand-made NPS = (2 − 1) / 3 = 33.3', handNps.includes('33.3'), handNps);
  const markup = await page.locator('[data-testid="detractor-comment"]').first().innerText();
  check('a comment holding markup is shown as text', markup.includes('<img src=x') && (await page.locator('[data-testid="detractor-comments"] img').count()) === 0, markup);
  check('the markup ran nothing', (await page.evaluate(() => window.hacked)) === undefined);
  // Sentiment of the three kept responses: 2 positive, 1 negative → 66.7%, 33.3%, ratio 2.00 : 1.
  check('sentiment: positive 66.7% (2)', (await text(page, 'sentiment-positive')).includes('66.7% (2)'), await text(page, 'sentiment-positive'));
  check('sentiment: negative 33.3% (1)', (await text(page, 'sentiment-negative')).includes('33.3% (1)'), await text(page, 'sentiment-negative'));
  check('sentiment: positive : negative = 2.00 : 1', (await text(page, 'sentiment-ratio')).includes('2.00 : 1'), await text(page, 'sentiment-ratio'));
  await page.screenshot({ path: join(shots, 's3-hand-made.png'), fullPage: true });

  // 8. Segments: web 12 promoters, 6 passives, 2 detractors → NPS 50.0; store 5, 5, 10 → −25.0;
  // each is compared with the rest and the test's p-value is given.
  const lines = ['Submitted at,How likely are you to recommend us?,Channel'];
  const add = (channel, score, k) => { for (let i = 0; i < k; i += 1) lines.push(`2024-05-${String(1 + (lines.length % 28)).padStart(2, '0')} 10:00:00,${score},${channel}`); };
  add('web', 10, 12); add('web', 8, 6); add('web', 3, 2);
  add('store', 9, 5); add('store', 7, 5); add('store', 1, 10);
  const segPath = join(dir, 'channels_nps.csv');
  await writeFile(segPath, lines.join('\n') + '\n');
  await page.setInputFiles('[data-testid="file-input"]', segPath);
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="survey-segment-row"]', { timeout: 20000 });
  const segRows = await page.locator('[data-testid="survey-segment-row"]').allInnerTexts();
  const web = segRows.find((r) => r.startsWith('web')) ?? '';
  const store = segRows.find((r) => r.startsWith('store')) ?? '';
  check('segments: web has 20 responses and NPS 50.0', /\b20\b/.test(web) && web.includes('50.0'), web);
  check('segments: store has NPS −25.0', store.includes('-25.0') || store.includes('−25.0'), store);
  check('segments: each is compared with the rest, with its p-value', web.includes('vs the rest') && /p [=<] /.test(web), web);
});
