// visits.mjs loads the demo page as the bench's kinds of reader do (a
// first visit, a returning reader's new tabs) and times poster and live.

import { launchBrowser, embedFrame, waitForState } from '../lib.mjs';
import { LOADS } from './settings.mjs';

// loadLive loads the demo page in page, waits for the embed to go live
// (throwing, with who in the message, if it does not) and returns the
// embed's frame, its timings and sinceNav, which turns one of those times
// into ms after the top page's navigation started.
export async function loadLive(page, url, who) {
  await page.goto(url, { waitUntil: 'load' });
  const frame = await embedFrame(page);
  const { state, error, timings } = await waitForState(frame);
  if (state !== 'live') throw new Error(`${who}: widget state ${state}: ${error}`);
  return { frame, timings, sinceNav: await sinceNavOf(page, frame) };
}

// sinceNavOf returns the function that turns a time of frame's clock into
// ms after page's navigation started.
async function sinceNavOf(page, frame) {
  const topOrigin = await page.evaluate(() => performance.timeOrigin);
  const frameOrigin = await frame.evaluate(() => performance.timeOrigin);
  return (t) => (typeof t === 'number' ? frameOrigin + t - topOrigin : null);
}

// firstVisit measures a reader's first visit: a fresh browser, warmed up
// by a load of the demo page whose wasm request is refused (so the browser
// has drawn this page once, as a reader's everyday browser has drawn pages
// like it, but V8 has compiled no wasm and cached none), then the demo page
// once. It returns the poster and live times after navigation.
export async function firstVisit(url) {
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const refuse = (route) => route.abort();
    await page.route('**/*.wasm', refuse);
    await page.goto(url, { waitUntil: 'load' });
    await waitForState(await embedFrame(page)); // "error": no wasm
    await page.unroute('**/*.wasm', refuse);
    await page.goto('about:blank');
    const { timings, sinceNav } = await loadLive(page, url, 'first visit');
    return { poster: Math.round(sinceNav(timings.posterAt)), live: Math.round(sinceNav(timings.liveAt)) };
  } finally {
    await browser.close();
  }
}

// returningVisits measures a returning reader: a fresh browser, with its
// HTTP cache on, visits the page once (a first visit), stays on it 10 s and
// closes the tab, then opens the page in a new tab LOADS times, closing
// each: second visits. Then a visit that stays 10 s, and LOADS new tabs
// again: later visits. It returns the poster and live times of both sets,
// and instantiatedAt → mainAt, which tells whether V8 started from cached
// code (~50 ms) or compiled the start-up code again (300+ ms). Then the
// same reader's new tabs with the poster-only embed (posterOnlyVisits), the
// floor under the poster's time in that browser.
export async function returningVisits(url) {
  const browser = await launchBrowser();
  try {
    const visit = async (stayMs) => {
      const page = await browser.context.newPage();
      try {
        const { timings, sinceNav } = await loadLive(page, url, 'returning reader');
        await new Promise((r) => setTimeout(r, stayMs));
        return {
          poster: Math.round(sinceNav(timings.posterAt)),
          live: Math.round(sinceNav(timings.liveAt)),
          startMs: Math.round(timings.mainAt - timings.instantiatedAt),
        };
      } finally {
        await page.close();
      }
    };
    // Chromium writes the compiled code to its cache some seconds into the
    // first visit, once V8 has optimised enough of it, and only while the
    // page is open: a tab closed at live left nothing cached in some runs.
    // A reader stays on the article longer than the 10 s given here. It
    // writes it once a visit (docs/performance-notes.md, "Code cache and Cache-Control"): a second visit
    // that stays replaces it with what that visit optimised on top of the
    // first's, twice as much.
    await visit(10_000);
    const second = [];
    for (let i = 0; i < LOADS; i++) second.push(await visit(0));
    await visit(10_000);
    const later = [];
    for (let i = 0; i < LOADS; i++) later.push(await visit(0));
    return { second, later, posterOnly: await posterOnlyVisits(browser.context, url) };
  } finally {
    await browser.close();
  }
}

// posterOnlyVisits is the reference for a returning reader's poster: the
// same article in new tabs of the same browser, its embed asked for with
// static=1 (the poster page without the map's scripts, wasm or WebGL).
// The article is fetched by the test and its embed's address changed, so
// it comes from the server rather than the cache, which costs localhost a
// few ms. One tab first puts the static page in the HTTP cache, as the
// first visit did the embed's; then LOADS tabs are timed: the frame's
// first contentful paint (the poster) after the article's navigation.
async function posterOnlyVisits(context, url) {
  const page0 = new URL(url);
  const rewrite = async (route) => {
    const response = await route.fetch();
    const html = await response.text();
    const changed = html.replace(/(<iframe src="embed\.html\?[^"]*)"/, '$1&amp;static=1"');
    if (changed === html) throw new Error('poster-only reference: the article has no embed.html iframe to change');
    await route.fulfill({ response, body: changed });
  };
  const times = [];
  for (let i = 0; i <= LOADS; i++) {
    const page = await context.newPage();
    try {
      await page.route((u) => u.href === page0.href, rewrite);
      await page.goto(url, { waitUntil: 'load' });
      const frame = await embedFrame(page);
      if (!/[?&]static=1/.test(frame.url())) throw new Error(`poster-only reference: the embed loaded ${frame.url()}`);
      const painted = await frame.waitForFunction(() => {
        const p = performance.getEntriesByName('first-contentful-paint')[0];
        return p ? p.startTime : false;
      }, null, { timeout: 10_000 });
      const fcp = await painted.jsonValue();
      if (i > 0) times.push(Math.round((await sinceNavOf(page, frame))(fcp)));
    } finally {
      await page.close();
    }
  }
  return times;
}
