// gpu.mjs counts the bytes of the textures and renderbuffers the widget's
// WebGL context holds.

import { launchBrowser, waitForState } from '../lib.mjs';

// trackTextures runs in the embed frame before any script: it keeps the
// bytes of every WebGL 2 texture and renderbuffer by the object, as
// allocated, in window.__gpu = {bytes, peak}.
export function trackTextures() {
  if (typeof WebGL2RenderingContext === 'undefined') return;
  const P = WebGL2RenderingContext.prototype;
  const gpu = { bytes: 0, peak: 0 };
  const size = new Map();
  const bound = new WeakMap(); // context -> {tex, rb}
  const at = (gl) => { let b = bound.get(gl); if (!b) { b = {}; bound.set(gl, b); } return b; };
  const set = (obj, n) => {
    if (!obj) return;
    gpu.bytes += n - (size.get(obj) || 0);
    size.set(obj, n);
    gpu.peak = Math.max(gpu.peak, gpu.bytes);
  };
  const wrap = (name, after) => {
    const f = P[name];
    P[name] = function (...a) { const r = f.apply(this, a); after.call(this, a); return r; };
  };
  wrap('bindTexture', function (a) { if (a[0] === this.TEXTURE_2D) at(this).tex = a[1]; });
  wrap('bindRenderbuffer', function (a) { at(this).rb = a[1]; });
  wrap('texImage2D', function (a) {
    if (a[0] === this.TEXTURE_2D && a[1] === 0 && typeof a[3] === 'number' && typeof a[4] === 'number') set(at(this).tex, 4 * a[3] * a[4]);
  });
  wrap('renderbufferStorage', function (a) { set(at(this).rb, (a[1] === this.STENCIL_INDEX8 ? 1 : 4) * a[2] * a[3]); });
  wrap('deleteTexture', function (a) { set(a[0], 0); size.delete(a[0]); });
  wrap('deleteRenderbuffer', function (a) { set(a[0], 0); size.delete(a[0]); });
  window.__gpu = gpu;
}

// gpuOnPhone loads the embed page at GPU_PHONE (WxH@scale) in a fresh
// browser and returns its texture bytes 2 s after live.
export async function gpuOnPhone(url) {
  const m = /^(\d+)x(\d+)@([\d.]+)$/.exec(process.env.GPU_PHONE || '390x700@3');
  if (!m) throw new Error(`GPU_PHONE=${process.env.GPU_PHONE}: want WxH@scale, e.g. 390x700@3`);
  const [width, height, dpr] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const b = await launchBrowser({ viewport: { width, height }, context: { deviceScaleFactor: dpr, isMobile: true, hasTouch: true } });
  try {
    await b.context.addInitScript(trackTextures);
    const page = b.context.pages()[0] ?? (await b.context.newPage());
    await page.goto(new URL('embed.html', url).href, { waitUntil: 'load' });
    const { state } = await waitForState(page.mainFrame());
    if (state !== 'live') throw new Error(`the phone-sized embed did not go live: ${state}`);
    await new Promise((r) => setTimeout(r, 2000));
    return { screen: m[0], ...(await gpuBytes(page.mainFrame())) };
  } finally {
    await b.close();
  }
}

// gpuBytes reads what trackTextures counted in frame.
export function gpuBytes(frame) {
  return frame.evaluate(() => (window.__gpu ? { bytes: window.__gpu.bytes, peak: window.__gpu.peak } : null));
}
