// In-browser import benchmark: generates orders CSVs of 10k / 100k / 1M rows, opens the built
// bench page (dist/bench.html, not linked from the dashboard) in headless Chromium, imports each
// through the same Web Worker as the dashboard, and prints the timings as JSON lines.
// Run after `trunk build --release`: node benches/browser.mjs [rows…]
import { chromium } from 'playwright-core';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);

/** A seeded orders CSV: `customer,order_date,amount`, about 33 bytes a row. */
function ordersCsv(rows) {
  let state = 42;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state;
  };
  const lines = ['customer,order_date,amount'];
  const customers = Math.max(1, Math.floor(rows / 3));
  for (let i = 0; i < rows; i += 1) {
    const month = String(1 + (next() % 12)).padStart(2, '0');
    const day = String(1 + (next() % 28)).padStart(2, '0');
    const cents = 500 + (next() % 20000);
    lines.push(`c${next() % customers}@ex.com,${2023 + (next() % 2)}-${month}-${day},${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`);
  }
  return lines.join('\n') + '\n';
}

const dir = await mkdtemp(join(tmpdir(), 'vafa-bench-'));
const server = await serve(join(repo, 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const rows of sizes.length ? sizes : [10_000, 100_000, 1_000_000]) {
    const path = join(dir, `orders-${rows}.csv`);
    await writeFile(path, ordersCsv(rows));
    // A fresh page per file so each run starts with a fresh worker and memory.
    const page = await browser.newPage();
    await page.goto(`${server.url}bench.html`);
    await page.setInputFiles('#file', path);
    await page.waitForSelector('#result[data-state="done"], #result[data-state="failed"]', { timeout: 300_000 });
    const text = await page.locator('#result').innerText();
    console.log(JSON.stringify({ generated_rows: rows, ...JSON.parse(text) }));
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
