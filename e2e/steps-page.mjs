// steps-page.mjs: the page fade.mjs and gpu-steps.mjs step through. The
// embed of a `serve -out` bundle opened on the first step at the view
// FADE_VIEW (WxH@scale, default 960x700@1), live, its map at rest (its id
// image is made then) and its canvas focused, so that ArrowRight steps.
import { serveDir } from './staticserve.mjs';

// parseView reads a view written WxH@scale (390x700@3): its CSS size and
// device scale, or null.
export function parseView(s) {
  const m = /^(\d+)x(\d+)@([\d.]+)$/.exec(s);
  return m ? { width: +m[1], height: +m[2], scale: +m[3] } : null;
}

// fadeView reads FADE_VIEW, or exits with a message naming it.
export function fadeView() {
  const v = parseView(process.env.FADE_VIEW || '960x700@1');
  if (!v) {
    console.error('FADE_VIEW: want WxH@scale, as 390x700@3');
    process.exit(1);
  }
  return v;
}

// openAtRest serves dist and opens its embed in a new context of browser
// at view; it returns the page and the server, which the caller closes.
export async function openAtRest(browser, dist, view) {
  const srv = serveDir(dist);
  await new Promise((r) => setTimeout(r, 200));
  const ctx = await browser.newContext({ viewport: { width: view.width, height: view.height }, deviceScaleFactor: view.scale });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:${srv.address().port}/embed.html?event=2019-01-04`);
  await page.waitForFunction(() => window.stancemap && window.stancemap.state === 'live', null, { timeout: 60000 });
  await page.waitForTimeout(2000);
  await page.evaluate(() => document.querySelector('canvas').focus());
  await page.waitForTimeout(500);
  return { page, srv };
}
