// embedpage.mjs reads what the embed page says besides its state, for the
// embed tests: the text alternative a screen reader gets, and the console
// warnings it gives a host page's developer.

// warnings collects console warnings of a page and its frames.
export function warnings(page) {
  const list = [];
  page.on('console', (m) => { if (m.type() === 'warning') list.push(m.text()); });
  return list;
}

// alt is the text alternative (#alt) of the embed in frame.
export const alt = (frame) => frame.evaluate(() => document.getElementById('alt').textContent);
