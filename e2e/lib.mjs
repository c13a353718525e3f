// lib.mjs is the shared harness of the browser tests and the benchmark:
// it builds and starts cmd/serve, launches Debian's Chromium through
// playwright-core with a fresh profile, opens the demo article, waits for
// the embed to report its state, and collects every console error and
// failed request so a test can assert there were none.
//
// A test file (e2e/NAME.test.mjs, run by `node --test`) typically does:
//
//	const server = await startServer();
//	const browser = await launchBrowser();
//	const { page, frame, errors, state } = await openDemo(browser.context, server.url);
//	...
//	await browser.close(); await server.stop();

import { spawn, execFile } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { mkdtemp, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));

/** repoRoot is the module root (the folder above e2e/). */
export const repoRoot = path.resolve(here, '..');

/** artifactsDir holds screenshots and other test output (gitignored). */
export const artifactsDir = path.join(here, 'artifacts');

/** chromiumPath is Debian's Chromium, or $CHROMIUM when set. */
export const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

/** chromiumArgs are the flags every run uses: no sandbox (root), no network
 * chatter on a closed network, WebGL through SwiftShader. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

let serveBinary; // a promise of the built cmd/serve, shared by the whole process

/** buildServe compiles cmd/serve once per process into a temp folder and
 * returns the binary's path. */
export function buildServe() {
  serveBinary ??= (async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'stancemap-serve-'));
    const bin = path.join(dir, 'serve');
    await promisify(execFile)('go', ['build', '-o', bin, './cmd/serve'], { cwd: repoRoot });
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    return bin;
  })();
  return serveBinary;
}

/**
 * startServer builds and starts cmd/serve on a free loopback port and
 * resolves when it is ready: when it prints its URL for a preview (-story),
 * and otherwise once it also reports "ready:", the wasm built and every
 * poster drawn (the server answers before, but a request for the wasm
 * would wait for the compiler, and a poster be drawn while a test times
 * the page). It returns {url, pid, log, stop}:
 * url ends with "/", log() is the server's output so far, stop() ends the
 * server by its PID (SIGTERM, then SIGKILL after 5 s). The server is also
 * killed if the test process exits. With $STANCEMAP_URL set, no server is
 * started and that URL is used instead.
 *
 * options.args are extra flags for cmd/serve (e.g. ['-brotli', '11']);
 * options.timeoutMs bounds the wasm build and the posters (default 5
 * minutes).
 */
export async function startServer({ args = [], timeoutMs = 5 * 60_000 } = {}) {
  if (process.env.STANCEMAP_URL) {
    const url = process.env.STANCEMAP_URL.replace(/\/?$/, '/');
    return { url, pid: null, log: () => '', stop: async () => {} };
  }
  const bin = await buildServe();
  const child = spawn(bin, ['-addr', '127.0.0.1:0', ...args], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killOnExit = () => { try { process.kill(child.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', killOnExit);

  let output = '';
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`cmd/serve was not ready within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const preview = args.includes('-story');
    const onData = (chunk) => {
      output += chunk;
      const m = /serving (http:\/\/\S+)/.exec(output);
      if (m && (preview || /^ready:/m.test(output))) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', onData);
    exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`cmd/serve exited (code ${code}, signal ${signal}) before serving:\n${output}`));
    });
  }).catch(async (err) => {
    killOnExit();
    throw err;
  });

  async function stop() {
    process.removeListener('exit', killOnExit);
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(child.pid, 'SIGTERM');
    const timer = setTimeout(killOnExit, 5000);
    await exited;
    clearTimeout(timer);
  }
  return { url, pid: child.pid, log: () => output, stop };
}

/**
 * launchBrowser starts headless Chromium with a fresh profile folder
 * (launchPersistentContext, removed again by close()). It returns
 * {context, profileDir, pid, close}; pid is the browser process, for
 * measuring CPU. options.viewport defaults to 1280×800; options.args
 * replaces chromiumArgs (e.g. to add --disable-webgl); options.context
 * adds context options (e.g. {hasTouch: true, deviceScaleFactor: 2}).
 */
export async function launchBrowser({ viewport = { width: 1280, height: 800 }, headless = true, args = chromiumArgs, context: extra = {} } = {}) {
  const profileDir = await mkdtemp(path.join(tmpdir(), 'stancemap-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromiumPath,
      headless,
      args,
      viewport,
      ...extra,
    });
  } catch (err) {
    await rm(profileDir, { recursive: true, force: true });
    throw err;
  }
  const pid = await browserPid(profileDir);
  async function close() {
    try {
      await context.close();
    } finally {
      await rm(profileDir, { recursive: true, force: true });
    }
  }
  return { context, profileDir, pid, close };
}

// browserPid finds the root Chromium process: the one whose command line
// names our profile folder and that is not a child (no --type=). Chromium
// rewrites its children's argv into one space-separated string, so the
// arguments are split on spaces as well as NULs.
async function browserPid(profileDir) {
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline;
    try {
      cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).split(/[\0 ]/);
    } catch {
      continue;
    }
    if (cmdline.some((a) => a.includes(profileDir)) && !cmdline.some((a) => a.startsWith('--type='))) {
      return Number(entry);
    }
  }
  return null;
}

/**
 * collectErrors records, for the page and all its frames, every console
 * error, uncaught exception, failed request and HTTP error response, as
 * strings in the returned array (which keeps filling as they happen).
 */
export function collectErrors(page) {
  const errors = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    errors.push(`request failed: ${req.method()} ${req.url()}: ${req.failure()?.errorText}`);
  });
  page.on('response', (resp) => {
    if (resp.status() >= 400) errors.push(`HTTP ${resp.status()}: ${resp.url()}`);
  });
  return errors;
}

/**
 * embedFrame returns the frame running the widget: the page itself when
 * it is embed.html, else the first iframe showing embed.html (waiting for
 * it to attach, up to timeoutMs).
 */
export async function embedFrame(page, { timeoutMs = 30_000 } = {}) {
  if (/\/embed\.html(\?|#|$)/.test(page.url())) return page.mainFrame();
  const iframe = await page.waitForSelector('iframe[src*="embed.html"]', { timeout: timeoutMs, state: 'attached' });
  await iframe.scrollIntoViewIfNeeded(); // the embed loads lazily
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const frame = await iframe.contentFrame();
    if (frame && frame.url() !== 'about:blank' && frame.url() !== '') {
      // The frame has its address before its scripts have run: wait for
      // the page's API object too, so callers can read its state at once.
      await frame.waitForFunction(() => window.stancemap !== undefined, null, { timeout: Math.max(1000, deadline - Date.now()) });
      return frame;
    }
    if (Date.now() > deadline) throw new Error('the embed iframe never loaded');
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * waitForState waits until window.stancemap.state in frame is "live" or
 * "error" and returns {state, error, timings}.
 */
export async function waitForState(frame, { timeoutMs = 60_000 } = {}) {
  await frame.waitForFunction(
    () => window.stancemap && (window.stancemap.state === 'live' || window.stancemap.state === 'error'),
    null,
    { timeout: timeoutMs },
  );
  // Paint timing reaches observers late on a busy machine: give the
  // poster's time a moment to arrive.
  await frame
    .waitForFunction(() => typeof window.stancemap.timings.posterAt === 'number', null, { timeout: 3000 })
    .catch(() => {});
  return frame.evaluate(() => ({
    state: window.stancemap.state,
    error: window.stancemap.error,
    timings: { ...window.stancemap.timings },
  }));
}

/**
 * openDemo opens a page of the server (path "/" = the demo article, or
 * e.g. "embed.html?event=t3"), collecting errors from the start, and
 * waits for the widget's state. It returns {page, frame, errors, state,
 * error, timings}. A state of "error" is returned, not thrown: the test
 * decides.
 */
export async function openDemo(context, baseURL, { path: pagePath = '', timeoutMs = 60_000 } = {}) {
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(new URL(pagePath, baseURL).href, { waitUntil: 'load', timeout: timeoutMs });
  const frame = await embedFrame(page, { timeoutMs });
  const result = await waitForState(frame, { timeoutMs });
  return { page, frame, errors, ...result };
}

/** saveScreenshot writes page's screenshot to e2e/artifacts/NAME.png and
 * returns the path. */
export async function saveScreenshot(page, name) {
  await mkdir(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** recordMessages installs, in top-level pages only, a recorder of every
 * message the page receives (window.__messages). */
export async function recordMessages(page) {
  await page.addInitScript(() => {
    if (window.top !== window) return;
    window.__messages = [];
    window.addEventListener('message', (e) => window.__messages.push(e.data));
  });
}

/**
 * startHost serves host pages on a free loopback port of its own, another
 * origin than the embed's, as a publisher's site would be: pages maps a
 * path ("/pym.html") to {body, type} or to a body of HTML. It returns
 * {url, close}; url ends with "/".
 */
export async function startHost(pages) {
  const { createServer } = await import('node:http');
  const srv = createServer((req, res) => {
    const p = pages[new URL(req.url, 'http://x').pathname];
    if (p === undefined) {
      res.writeHead(404).end();
      return;
    }
    const { body, type = 'text/html; charset=utf-8' } = typeof p === 'string' ? { body: p } : p;
    res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
  });
  await new Promise((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${srv.address().port}/`,
    close: () => new Promise((resolve) => { srv.closeAllConnections(); srv.close(resolve); }),
  };
}

/**
 * runAxe runs axe-core (the npm package) in frame and returns its
 * violations as {id, impact, help, nodes: [target…]}. It is evaluated
 * through the protocol, which a page's Content-Security-Policy does not
 * block; options.iframes is false: each frame is checked on its own.
 */
export async function runAxe(frame) {
  const source = await readFile(path.join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await frame.evaluate(source);
  return frame.evaluate(async () => {
    const r = await window.axe.run(document, { iframes: false, resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

/** firefoxPath is Debian's Firefox ESR, or $FIREFOX when set. */
export const firefoxPath = process.env.FIREFOX || '/usr/bin/firefox-esr';

/** miniBrowserPath is WebKitGTK's MiniBrowser (Debian's libwebkit2gtk,
 * under /usr/lib/<arch>/webkit2gtk-4.x/), which WebKitWebDriver starts with
 * --automation, or $MINIBROWSER when set. */
export const miniBrowserPath = process.env.MINIBROWSER || (() => {
  for (const arch of existsDirs('/usr/lib')) {
    for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0']) {
      const p = path.join('/usr/lib', arch, api, 'MiniBrowser');
      if (existsSync(p)) return p;
    }
  }
  return '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
})();

function existsDirs(dir) {
  try {
    return readdirSync(dir).filter((d) => d.endsWith('-linux-gnu'));
  } catch {
    return [];
  }
}

/** needDisplay fails unless there is an X display: Firefox has WebGL 2
 * only headful (through Mesa), and WebKitGTK's MiniBrowser always needs
 * one. test.sh runs the browser tests under xvfb-run. */
export function needDisplay() {
  if (!process.env.DISPLAY) throw new Error('no X display: run the browser tests under xvfb-run -a (./test.sh does)');
}

/**
 * startWebKit starts Debian's WebKitWebDriver on a free loopback port and
 * opens a session in MiniBrowser (with --automation). It returns {cmd,
 * version, close}: cmd(method, path, body) sends one W3C WebDriver command
 * of the session ("/url", "/execute/sync", …; "" is the session itself)
 * and returns its value, or throws with WebDriver's error.
 */
export async function startWebKit() {
  const { createServer } = await import('node:net');
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => resolve(p)); });
  });
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  driver.stderr.setEncoding('utf8').on('data', (d) => { log += d; });
  const killOnExit = () => { try { process.kill(driver.pid, 'SIGKILL'); } catch { /* gone */ } };
  process.once('exit', killOnExit);
  const base = `http://127.0.0.1:${port}/session`;
  const send = async (method, url, body) => {
    const r = await fetch(url, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const j = await r.json();
    if (!r.ok) throw new Error(`WebDriver ${method} ${url}: ${JSON.stringify(j.value)}\n${log}`);
    return j.value;
  };
  let session;
  for (let i = 0; ; i++) {
    try {
      session = await send('POST', base, { capabilities: { alwaysMatch: { browserName: 'MiniBrowser', 'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] } } } });
      break;
    } catch (err) {
      if (i >= 50 || driver.exitCode !== null) { killOnExit(); throw err; }
      await new Promise((r) => setTimeout(r, 100)); // the driver is still starting
    }
  }
  const url = `${base}/${session.sessionId}`;
  return {
    version: session.capabilities.browserVersion,
    cmd: (method, path, body) => send(method, url + path, body),
    async close() {
      await send('DELETE', url).catch(() => {});
      process.removeListener('exit', killOnExit);
      killOnExit();
    },
  };
}
