// embedpage.mjs reads what the embed page says besides its state, for the
// embed tests: the text alternative a screen reader gets, the console
// warnings it gives a host page's developer, and the pixels it shows.

// warnings collects console warnings of a page and its frames.
export function warnings(page) {
  const list = [];
  page.on('console', (m) => { if (m.type() === 'warning') list.push(m.text()); });
  return list;
}

// alt is the text alternative (#alt) of the embed in frame.
export const alt = (frame) => frame.evaluate(() => document.getElementById('alt').textContent);

// pixels returns the RGBA pixels of a screenshot of the page's clip (CSS
// px), decoded by the page itself, at the device's scale (scale 'device') or
// at one pixel per CSS px ('css'); at(x, y) reads one, in the image's px.
export async function pixels(page, clip, scale = 'css') {
  const png = await page.screenshot({ clip, scale });
  const img = await page.evaluate(async (b64) => {
    const el = new Image();
    el.src = 'data:image/png;base64,' + b64;
    await el.decode();
    const c = document.createElement('canvas');
    c.width = el.width;
    c.height = el.height;
    const g = c.getContext('2d');
    g.drawImage(el, 0, 0);
    return { w: c.width, h: c.height, data: Array.from(g.getImageData(0, 0, c.width, c.height).data) };
  }, png.toString('base64'));
  img.at = (x, y) => img.data.slice(4 * (y * img.w + x), 4 * (y * img.w + x) + 3);
  return img;
}

// findColour returns the centre (in the image's px) of a 7×7 block of one
// colour within tolerance, scanning from the top, or null.
export function findColour(img, [r, g, b], tol = 12) {
  const at = (x, y) => {
    const i = 4 * (y * img.w + x);
    return Math.abs(img.data[i] - r) <= tol && Math.abs(img.data[i + 1] - g) <= tol && Math.abs(img.data[i + 2] - b) <= tol;
  };
  for (let y = 3; y < img.h - 3; y += 2) {
    for (let x = 3; x < img.w - 3; x += 2) {
      let all = true;
      for (let dy = -3; dy <= 3 && all; dy++) for (let dx = -3; dx <= 3 && all; dx++) all = at(x + dx, y + dy);
      if (all) return { x, y };
    }
  }
  return null;
}
