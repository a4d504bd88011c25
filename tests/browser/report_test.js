// The HTML report in a real browser: `staff-audit demo` writes the report of the bundled
// examples, Debian's headless chromium opens it through Playwright, and this checks that it
// renders, filters, keeps done ticks across a reload, works by keyboard, prints everything and
// makes no network request at all. Screenshots go to ARTIFACTS and their paths are printed.
//
// usage: node report_test.js STAFF_AUDIT EXAMPLES_DIR ARTIFACTS_DIR NODE_MODULES_DIR
'use strict';
const assert = require('node:assert/strict');
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');

const [binary, examples, artifacts, modules] = process.argv.slice(2);
if (!modules) {
  console.error('usage: node report_test.js STAFF_AUDIT EXAMPLES_DIR ARTIFACTS_DIR NODE_MODULES_DIR');
  process.exit(2);
}
const { chromium } = require(path.join(modules, 'playwright-core'));
const k_timeout_ms = 20000;

// A hung browser must fail the test, not the CI job.
const watchdog = setTimeout(() => {
  console.error('browser test: timed out after 90 s');
  process.exit(1);
}, 90000);

function writeReport() {
  fs.rmSync(artifacts, { recursive: true, force: true });
  fs.mkdirSync(artifacts, { recursive: true });
  const stem = path.join(artifacts, 'report');
  execFileSync(binary, ['demo', '--examples', examples, '-o', stem, '--quiet'], { stdio: 'pipe' });
  const report = JSON.parse(fs.readFileSync(stem + '.json', 'utf8'));
  return { html: stem + '.html', report };
}

let step = 0;
function ok(what) {
  console.log(`ok ${++step} - ${what}`);
}

async function checkRendering(page, report) {
  const active = report.findings.filter((f) => f.status !== 'accepted');
  const h1 = await page.locator('h1').innerText();
  assert.match(h1, /(\d+ things? to fix|Nothing to fix), (\d+ to review|nothing to review)/);
  const h2 = await page.locator('h2').allInnerTexts();
  for (const heading of ['Fix these first', 'When it happened', 'What was checked'])
    assert.ok(h2.includes(heading), `missing heading "${heading}" in ${JSON.stringify(h2)}`);
  const cards = await page.locator('article.finding').count();
  assert.equal(cards, active.length, 'one card per finding in the JSON report');
  assert.ok(cards > 1, 'the demo has findings');
  assert.equal(await page.locator('article.finding h3').count(), cards);
  assert.equal(await page.locator('#filters').isVisible(), true, 'the script showed the filters');
  assert.ok(await page.locator('svg.timeline').isVisible(), 'the timeline is drawn');
  ok(`renders: "${h1}", ${cards} findings, ${h2.length} sections`);
  return active;
}

async function hiddenCount(page) {
  return Number(await page.locator('#filter-status').getAttribute('data-hidden'));
}

async function checkFilters(page, active) {
  assert.equal(await hiddenCount(page), 0);
  const platform = active[0].platform;
  await page.selectOption('select[name="platform"]', platform);
  const others = active.filter((f) => f.platform !== platform).length;
  assert.equal(await hiddenCount(page), others, `hidden after choosing ${platform}`);
  assert.equal(await page.locator('article.finding:visible').count(), active.length - others);
  await page.click('button[type="reset"]');
  await page.waitForFunction(() => document.getElementById('filter-status').dataset.hidden === '0');
  const severity = active[active.length - 1].severity;
  await page.selectOption('select[name="severity"]', severity);
  const notSeverity = active.filter((f) => f.severity !== severity).length;
  assert.equal(await hiddenCount(page), notSeverity, `hidden after choosing ${severity}`);
  await page.click('button[type="reset"]');
  await page.waitForFunction(() => document.getElementById('filter-status').dataset.hidden === '0');
  ok(`filters: platform ${platform} hides ${others}, severity ${severity} hides ${notSeverity}`);
}

async function checkDoneTick(page) {
  const first = page.locator('article.finding').first();
  const id = await first.getAttribute('id');
  await page.locator(`#done-${id}`).click(); // through its label's target, as a user would
  assert.ok(await page.locator(`#done-${id}`).isChecked());
  await page.locator('input[name="hidedone"]').click();
  assert.equal(await hiddenCount(page), 1, 'hiding ticked findings hides the one ticked');
  await page.locator('input[name="hidedone"]').click();
  assert.equal(await hiddenCount(page), 0);
  await page.reload();
  assert.ok(await page.locator(`#done-${id}`).isChecked(), 'the tick survives a reload');
  assert.match(await page.locator(`#${id}`).getAttribute('class'), /\bis-done\b/);
  const stored = await page.evaluate((key) => window.localStorage.getItem(key), `staff-audit:done:${id}`);
  assert.equal(stored, '1');
  ok(`done tick on ${id} persists across reload (localStorage)`);
}

async function checkKeyboard(page, count) {
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => location.hash), '#findings');
  await page.focus('#one-at-a-time');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#one-at-a-time', 'aria-pressed'), 'true');
  assert.equal(await page.locator('article.finding:visible').count(), 1, 'one finding at a time');
  const position = () => page.locator('#pager-position').innerText();
  assert.equal(await position(), `Finding 1 of ${count}`);
  const firstId = await page.evaluate(() => document.activeElement.id);
  await page.keyboard.press('ArrowRight');
  assert.equal(await position(), `Finding 2 of ${count}`);
  const secondId = await page.evaluate(() => document.activeElement.id);
  assert.notEqual(secondId, firstId, 'focus moves to the next finding');
  assert.ok(await page.locator(`#${secondId}`).isVisible());
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await position(), `Finding ${count} of ${count}`, 'left from the first wraps');
  await page.keyboard.press('ArrowRight');
  ok(`keyboard: skip link, presenter toggle, arrows ${firstId} -> ${secondId}`);
}

async function checkPrint(page, active) {
  await page.selectOption('select[name="platform"]', active[0].platform);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('article.finding:visible').count(), active.length,
               'printing shows every finding, whatever the filters');
  assert.equal(await page.locator('#filters').isVisible(), false, 'filters are not printed');
  await page.emulateMedia({ media: 'screen' });
  await page.click('button[type="reset"]');
  ok('print: every finding shown, filters hidden');
}

// WCAG contrast of every element that has its own text, against the nearest opaque background.
async function checkContrast(page) {
  const worst = await page.evaluate(() => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (e) => {
      for (; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length === 3 || c[3] === 1) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    let low = { ratio: 21, what: '' };
    for (const e of document.querySelectorAll('main *, .tools *')) {
      const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || e.getClientRects().length === 0) continue;
      const a = lum(rgb(getComputedStyle(e).color)), b = lum(background(e));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < low.ratio) low = { ratio, what: `${e.tagName}.${e.className} "${e.textContent.trim().slice(0, 30)}"` };
    }
    return low;
  });
  assert.ok(worst.ratio >= 4.5, `text contrast ${worst.ratio.toFixed(2)}:1 for ${worst.what}`);
  ok(`contrast: lowest ${worst.ratio.toFixed(2)}:1 (${worst.what})`);
}

// --thumbnails: each photo finding shows its blurred picture, drawn from the page itself.
async function checkThumbnails(browser, requests, problems) {
  const stem = path.join(artifacts, 'thumbnails');
  execFileSync(binary, ['demo', '--examples', examples, '-o', stem, '--quiet', '--thumbnails'], { stdio: 'pipe' });
  const report = JSON.parse(fs.readFileSync(stem + '.json', 'utf8'));
  const withMedia = report.findings.filter((f) => f.status !== 'accepted' && f.location.media);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(k_timeout_ms);
  context.on('request', (r) => requests.push(r.url()));
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(pathToFileURL(stem + '.html').href, { waitUntil: 'load' });
  const drawn = await page.evaluate(() => [...document.querySelectorAll('img.thumb')].map((i) => ({
    width: i.naturalWidth, height: i.naturalHeight, alt: i.alt, data: i.src.startsWith('data:image/jpeg;base64,'),
  })));
  assert.ok(withMedia.length > 0, 'the demo has findings about photos');
  assert.ok(drawn.length >= withMedia.length, `${drawn.length} pictures for ${withMedia.length} photo findings`);
  for (const d of drawn) {
    assert.ok(d.data, 'each picture is inside the page');
    assert.equal(Math.max(d.width, d.height), 160, 'decoded by the browser at 160 px');
    assert.match(d.alt, /^Blurred small picture of /);
  }
  const card = page.locator('article.finding', { has: page.locator('img.thumb') }).first();
  await card.scrollIntoViewIfNeeded();
  const shot = path.join(artifacts, 'report-thumbnails.png');
  await card.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
  await context.close();
  ok(`thumbnails: ${drawn.length} blurred pictures for ${withMedia.length} photo findings, drawn under the CSP`);
}

async function main() {
  const { html, report } = writeReport();
  const url = pathToFileURL(html).href;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    timeout: k_timeout_ms,
    // As root in CI there is no user namespace sandbox; the page is our own local file.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(k_timeout_ms);
    const requests = [];
    const problems = [];
    context.on('request', (r) => requests.push(r.url()));
    const page = await context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(url, { waitUntil: 'load' });

    const active = await checkRendering(page, report);
    await checkContrast(page);
    await checkFilters(page, active);
    await checkDoneTick(page);
    await checkKeyboard(page, active.length);
    await page.click('#one-at-a-time');
    await checkPrint(page, active);

    const shot = path.join(artifacts, 'report.png');
    // The top of the page (summary, fix-first, timeline): a full page of the demo is ~90000 px.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: shot, fullPage: true, clip: { x: 0, y: 0, width: 1280, height: 2400 } });
    console.log(`screenshot: ${shot}`);
    await page.click('#large-type');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), '24px');
    await page.click('#one-at-a-time');
    const presenter = path.join(artifacts, 'report-presenter.png');
    await page.screenshot({ path: presenter });
    console.log(`screenshot: ${presenter}`);
    ok('presenter: large type and one finding at a time');

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    phone.on('request', (r) => requests.push(r.url()));
    const small = await phone.newPage();
    await small.goto(url, { waitUntil: 'load' });
    const width = await small.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling on a phone (page is ${width}px wide)`);
    const phoneShot = path.join(artifacts, 'report-phone.png');
    await small.screenshot({ path: phoneShot });
    console.log(`screenshot: ${phoneShot}`);
    ok(`phone: fits 390px (scroll width ${width}px)`);

    await checkThumbnails(browser, requests, problems);

    // data: pictures are part of the page, not requests to anywhere.
    const outside = requests.filter((r) => r !== url && !r.startsWith('data:') &&
                                          r !== pathToFileURL(path.join(artifacts, 'thumbnails.html')).href);
    assert.deepEqual(outside, [], 'the page makes no request other than the file itself');
    assert.deepEqual(problems, [], 'no script error or CSP violation');
    ok(`network: ${requests.length} requests, all for the file itself; 0 others`);
  } finally {
    await browser.close();
  }
}

main().then(
  () => { clearTimeout(watchdog); console.log(`browser test: all ${step} steps passed`); },
  (error) => { clearTimeout(watchdog); console.error(`not ok - ${error.stack || error}`); process.exit(1); },
);
