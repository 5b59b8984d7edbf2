// End-to-end test of the page offline (dist/): the first visit installs the service worker
// (sw.js), which caches the page and its assets; then, with the browser offline and the server
// dropping every request, a reload shows the sample dashboard with the same numbers and drawn
// charts, and a survey export is imported through the (cached) worker. The manifest names the
// app and its icons, and Chromium finds the page installable. Any console error fails the run.
import { join } from 'node:path';
import { fixtures, kpis, run, shots } from './harness.mjs';

await run(async (page, check, { server }) => {
  // 1. Installable: a manifest with a name, a relative start URL and icons of 192 and 512 px.
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector('link[rel="manifest"]');
    const response = await fetch(link.href);
    return response.json();
  });
  check('manifest names the app', manifest.name?.startsWith('Vafa') && manifest.short_name === 'Vafa', JSON.stringify(manifest));
  check('manifest start URL and scope are relative', manifest.start_url === './' && manifest.scope === './');
  const sizes = (manifest.icons ?? []).map((icon) => icon.sizes);
  check('manifest has 192 px, 512 px and SVG icons', ['192x192', '512x512', 'any'].every((s) => sizes.includes(s)), JSON.stringify(sizes));
  const icons = await page.evaluate(async (list) => Promise.all(list.map(async (icon) => {
    const response = await fetch(icon.src);
    return `${icon.src} ${response.status} ${response.headers.get('content-type')}`;
  })), manifest.icons ?? []);
  check('every icon is served', icons.every((line) => / 200 image\//.test(line)), icons.join(', '));

  // 2. The service worker takes control after the first visit.
  const online = await kpis(page);
  const controlled = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
    return { scope: registration.scope, controlled: navigator.serviceWorker.controller !== null };
  });
  check('the service worker controls the page', controlled.controlled, JSON.stringify(controlled));
  check('the service worker\'s scope is the page\'s folder', controlled.scope === new URL('./', page.url()).href, controlled.scope);
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  check('the page, its wasm and the worker are cached', ['/', '/vafa-worker_bg.wasm', '/vafa-worker_loader.js'].every((p) => cached.includes(p))
    && cached.some((p) => /^\/vafa-web-[0-9a-f]{1,16}_bg\.wasm$/.test(p)) && cached.some((p) => /^\/main-[0-9a-f]{1,16}\.css$/.test(p)), cached.join(' '));

  const cdp = await page.context().newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito, which alone keeps an app from being installed.
  const errors = installabilityErrors.filter((e) => e.errorId !== 'in-incognito');
  check('Chromium finds nothing else against installing the page', errors.length === 0, JSON.stringify(installabilityErrors));

  // 3. Offline: the browser and the server both.
  await page.context().setOffline(true);
  server.setDown(true);
  const response = await page.reload();
  check('offline: the page comes from the service worker', response?.fromServiceWorker() === true);
  await page.waitForSelector('[data-testid="kpi-customers"]', { timeout: 20000 });
  const offline = await kpis(page);
  check('offline: the sample dashboard shows the same numbers', JSON.stringify(offline) === JSON.stringify(online), `${JSON.stringify(offline)} vs ${JSON.stringify(online)}`);
  const ink = await page.locator('[data-testid="crr-chart"]').evaluate((c) => {
    const { data } = c.getContext('2d').getImageData(0, 0, c.width, c.height);
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 240 || data[i + 1] < 240 || data[i + 2] < 240) n += 1;
    return n / (data.length / 4);
  });
  check('offline: the CRR chart is drawn', ink > 0.01, String(ink));
  await page.screenshot({ path: join(shots, 'offline.png') });

  // 4. Offline import: the worker's files come from the cache too.
  await page.setInputFiles('[data-testid="file-input"]', join(fixtures, 'google_forms_order_csat.csv'));
  await page.waitForSelector('[data-testid="import-wizard"]', { timeout: 20000 });
  await page.click('[data-testid="wizard-confirm"]');
  await page.waitForSelector('[data-testid="survey-dashboard"]', { timeout: 20000 });
  check('offline: a survey export is imported and shown', true);
  server.setDown(false);
  await page.context().setOffline(false);
});
