// staticserve.mjs: a folder served over HTTP on a free local port, for the
// measuring scripts (phone.mjs, phases.mjs) that load a `serve -out` bundle
// or the D3 anchor as plain files. A file's .br sibling is served when the
// browser accepts brotli, as a newsroom's server would.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.png': 'image/png', '.json': 'application/json' };

export function serveDir(dir) {
  const root = path.resolve(dir);
  return http.createServer((q, r) => {
    const u = decodeURIComponent(q.url.split('?')[0]);
    const f = path.join(root, u === '/' ? 'index.html' : u);
    if (!f.startsWith(root) || !fs.existsSync(f) || fs.statSync(f).isDirectory()) {
      r.writeHead(404);
      return r.end();
    }
    const br = (q.headers['accept-encoding'] || '').includes('br') && fs.existsSync(f + '.br');
    r.writeHead(200, { 'content-type': types[path.extname(f)] || 'application/octet-stream', ...(br ? { 'content-encoding': 'br' } : {}) });
    r.end(fs.readFileSync(br ? f + '.br' : f));
  }).listen(0, '127.0.0.1');
}
