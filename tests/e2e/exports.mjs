// End-to-end test of the export buttons of the built page (dist/): every chart has a "PNG" button
// that downloads its canvas as a PNG named for it (vafa-crr.png), every data table a "CSV" button
// that downloads its header and rows (vafa-breakdown.csv) — the sample dashboard's tables, and a
// survey's questions and segments, where a segment named like a formula is escaped. In Persian
// the buttons and the CSV header are Persian. Any console error fails the run.
import { join } from 'node:path';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { run } from './harness.mjs';

/** Clicks button `testid`; resolves to the download's file name and bytes. */
async function download(page, testid) {
  const button = page.locator(`[data-testid="${testid}"]`);
  await button.scrollIntoViewIfNeeded();
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 5000 }), button.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** A downloaded CSV's lines (byte-order mark checked and dropped). */
function csvLines(bytes) {
  const text = bytes.toString('utf8');
  return { bom: text.startsWith('\uFEFF'), lines: text.replace(/^\uFEFF/, '').split('\r\n').filter((l) => l !== '') };
}

const PNG_MAGIC = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

await run(async (page, check) => {
  // 1. Every chart of the sample dashboard has its PNG button.
  const canvases = await page.locator('canvas').count();
  const pngButtons = await page.locator('[data-testid^="png-"]').count();
  check(`every chart (${canvases}) has a PNG button`, canvases > 5 && pngButtons === canvases, `${pngButtons} buttons`);
  const crr = await download(page, 'png-crr');
  check('CRR PNG is named vafa-crr.png', crr.name === 'vafa-crr.png', crr.name);
  check('CRR PNG is a PNG image', crr.bytes.subarray(0, 8).equals(PNG_MAGIC) && crr.bytes.length > 2000, String(crr.bytes.length));
  const width = crr.bytes.readUInt32BE(16);
  const canvasWidth = await page.locator('[data-testid="crr-chart"]').evaluate((c) => c.width);
  check('CRR PNG has the canvas\'s width', width === canvasWidth, `${width} vs ${canvasWidth}`);
  const heat = await download(page, 'png-cohort-heatmap');
  check('cohort heatmap PNG is named vafa-cohort-heatmap.png', heat.name === 'vafa-cohort-heatmap.png' && heat.bytes.subarray(0, 8).equals(PNG_MAGIC), heat.name);

  // 2. Every data table has its CSV button, and the CSV holds what the table shows.
  const tables = await page.locator('table.data-table').count();
  const csvButtons = await page.locator('[data-testid^="csv-"]').count();
  check(`every data table (${tables}) has a CSV button`, tables >= 4 && csvButtons === tables, `${csvButtons} buttons`);
  const breakdown = await download(page, 'csv-breakdown');
  const b = csvLines(breakdown.bytes);
  const shownRows = await page.locator('[data-testid="breakdown-table"] tbody tr').count();
  check('breakdown CSV is named vafa-breakdown.csv', breakdown.name === 'vafa-breakdown.csv', breakdown.name);
  check('breakdown CSV starts with a byte-order mark', b.bom);
  check('breakdown CSV header names the columns', /,Customers,Orders,Revenue,/.test(b.lines[0] ?? ''), b.lines[0]);
  check('breakdown CSV has one line per segment', b.lines.length - 1 === shownRows, `${b.lines.length - 1} vs ${shownRows}`);
  const firstName = (await page.locator('[data-testid="breakdown-table"] tbody tr th').first().innerText()).trim();
  check('breakdown CSV rows start with the segment', (b.lines[1] ?? '').startsWith(firstName), `${b.lines[1]} / ${firstName}`);
  for (const [testid, name, table] of [
    ['csv-clv', 'vafa-clv.csv', 'clv-table'],
    ['csv-cohort-clv', 'vafa-cohort-clv.csv', 'cohort-clv-table'],
    ['csv-rfm-segments', 'vafa-rfm-segments.csv', 'rfm-table'],
  ]) {
    const file = await download(page, testid);
    const rows = await page.locator(`[data-testid="${table}"] tbody tr`).count();
    const lines = csvLines(file.bytes).lines;
    check(`${name}: named and one line per row (${rows})`, file.name === name && lines.length - 1 === rows, `${file.name} ${lines.length - 1}`);
  }
  const rfm = csvLines((await download(page, 'csv-rfm-segments')).bytes).lines;
  check('RFM segments CSV: header and Champions row', rfm[0] === 'Segment,Rule,Customers,Share of customers,Revenue' && rfm.some((l) => l.startsWith('Champions,')), rfm.slice(0, 2).join(' | '));

  // 3. A survey: its questions and its segments; a segment named like a formula is escaped.
  const dir = await mkdtemp(join(tmpdir(), 'vafa-exports-'));
  const lines = ['Submitted at,How likely are you to recommend us?,Channel'];
  for (const [channel, score] of [['web', 10], ['web', 9], ['=cmd()', 3], ['=cmd()', 8], ['فروشگاه، تهران', 10]]) {
    lines.push(`2024-05-0${lines.length} 10:00:00,${score},"${channel}"`);
  }
  const path = join(dir, 'channels.csv');
  await writeFile(path, lines.join('\n') + '\n');
  await page.setInputFiles('[data-testid="file-input"]', path);
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="survey-segment-row"]', { timeout: 20000 });
  const surveyCanvases = await page.locator('canvas').count();
  check('every survey chart has a PNG button', surveyCanvases > 0 && (await page.locator('[data-testid^="png-"]').count()) === surveyCanvases);
  const segments = await download(page, 'csv-survey-segments');
  const s = csvLines(segments.bytes).lines;
  check('survey segments CSV is named vafa-survey-segments.csv', segments.name === 'vafa-survey-segments.csv', segments.name);
  check('survey segments CSV: the formula-like segment is escaped', s.some((l) => l.startsWith("'=cmd(),")), s.join(' | '));
  check('survey segments CSV: the Persian segment is kept as text', s.some((l) => l.startsWith('فروشگاه، تهران,')), s.join(' | '));
  const questions = await download(page, 'csv-questions');
  const q = csvLines(questions.bytes).lines;
  check('questions CSV: header and the NPS question on 0–10', q[0]?.startsWith('Question,') && q.some((l) => l.startsWith('How likely are you to recommend us?,') && l.includes('0–10')), q.join(' | '));

  // 4. In Persian the buttons and the CSV header are Persian.
  await page.selectOption('[data-testid="language"]', 'fa');
  await page.waitForFunction(() => document.documentElement.lang === 'fa');
  const label = await page.locator('[data-testid="csv-questions"]').innerText();
  const pngLabel = await page.locator('[data-testid^="png-"]').first().getAttribute('aria-label');
  check('Persian: CSV button and PNG button are Persian', label.includes('فایل') && /نمودار/.test(pngLabel ?? ''), `${label} / ${pngLabel}`);
  const fa = csvLines((await download(page, 'csv-questions')).bytes).lines;
  check('Persian: CSV header is Persian', /^[\u0600-\u06FF]/.test(fa[0] ?? ''), fa[0]);
  await page.selectOption('[data-testid="language"]', 'en');
});
