// In-browser import benchmark: generates orders CSVs of 10k / 100k / 1M rows, opens the built
// bench page (dist/bench.html, not linked from the dashboard) in headless Chromium, imports each
// through the same Web Worker as the dashboard, and prints the timings as JSON lines.
// Run after `trunk build --release`: node benches/browser.mjs [--repeat N] [rows…]. With
// `--repeat N` each file is imported N times (a fresh page each) and a last line per size gives
// the median of each timing, with the load average of the machine before and after: one run is
// noisy, and a run whose read_ms is far above the others likely met a garbage collection.
// DIST=path serves another build than dist/ (e.g. one of the commit before, to compare).
import { chromium } from 'playwright-core';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../tests/e2e/server.mjs';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const repeatAt = args.indexOf('--repeat');
const repeat = repeatAt >= 0 ? Math.max(1, Number(args.splice(repeatAt, 2)[1]) || 1) : 1;
const sizes = args.map(Number).filter((n) => n > 0);

/** The median of `values` (the mean of the middle two for an even count). */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * A seeded orders CSV: `customer,order_date,amount`, about 33 bytes a row, by about rows/3
 * customers over two years. The generator is the 32-bit LCG of Numerical Recipes computed with
 * `Math.imul` (exact); a plain `state * 1103515245` in doubles loses its low bits and collapses
 * into a short cycle (11k customers and 76 days in a million rows, as this file had before).
 */
function ordersCsv(rows) {
  let state = 42;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 8;
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
const server = await serve(process.env.DIST ? resolve(process.env.DIST) : join(repo, 'dist'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  for (const rows of sizes.length ? sizes : [10_000, 100_000, 1_000_000]) {
    const path = join(dir, `orders-${rows}.csv`);
    await writeFile(path, ordersCsv(rows));
    const runs = [];
    const loadBefore = loadavg().map((l) => Number(l.toFixed(2)));
    for (let run = 0; run < repeat; run += 1) {
      // A fresh page per run so each starts with a fresh worker and memory.
      const page = await browser.newPage();
      await page.goto(`${server.url}bench.html`);
      await page.setInputFiles('#file', path);
      await page.waitForSelector('#result[data-state="done"], #result[data-state="failed"]', { timeout: 300_000 });
      const text = await page.locator('#result').innerText();
      await page.close();
      let result;
      try {
        result = JSON.parse(text);
      } catch {
        result = { failed: text };
      }
      runs.push(result);
      console.log(JSON.stringify({ generated_rows: rows, run: run + 1, ...result }));
    }
    if (repeat > 1) {
      const timed = runs.filter((r) => typeof r.parse_and_type_ms === 'number');
      const keys = ['read_ms', 'inspect_ms', 'parse_and_type_ms', 'total_ms', 'parse_and_type_mb_per_s', 'report_ms'];
      const medians = Object.fromEntries(keys
        .filter((key) => timed.some((r) => typeof r[key] === 'number'))
        .map((key) => [key, Number(median(timed.map((r) => r[key])).toFixed(1))]));
      const parse = timed.map((r) => Number(r.parse_and_type_ms.toFixed(1)));
      const loadAfter = loadavg().map((l) => Number(l.toFixed(2)));
      console.log(JSON.stringify({ generated_rows: rows, runs: timed.length, median: medians, parse_and_type_ms: parse, load_before: loadBefore, load_after: loadAfter }));
    }
  }
} finally {
  await browser.close();
  server.close();
}
