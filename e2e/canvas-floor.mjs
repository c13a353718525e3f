// canvas-floor.mjs measures the least a frame that changes a WebGL canvas
// costs in this browser: a page whose canvas fills the viewport (opaque, no
// depth, stencil or multisampling, as loader.js makes the embed's) draws one
// texture of the canvas's size over all of it at every animation frame, the
// pass Ebiten makes to put its screen on the canvas, and Chromium
// composites the result. The gaps between animation frames are the floor
// under any step or fade frame of the embed at that size: on SwiftShader
// every pass over the canvas's pixels is CPU work.
//
// Run: node e2e/canvas-floor.mjs [WxH@scale ...]   (default 960x700@1 390x700@3)
// Prints per view the gaps' p50, p90 and max over 100 frames (after 20
// frames of warm-up) and the frame rate.
import { chromium } from 'playwright-core';
import { parseView } from './steps-page.mjs';

const views = process.argv.slice(2);
if (views.length === 0) views.push('960x700@1', '390x700@3');

const page = `<!doctype html><style>html,body{margin:0}canvas{display:block;width:100vw;height:100vh}</style>
<canvas></canvas><script>
const c = document.querySelector('canvas');
c.width = Math.round(innerWidth * devicePixelRatio);
c.height = Math.round(innerHeight * devicePixelRatio);
const gl = c.getContext('webgl2', { alpha: false, antialias: false, depth: false, stencil: false });
const shader = (type, src) => { const s = gl.createShader(type); gl.shaderSource(s, src); gl.compileShader(s); return s; };
const prog = gl.createProgram();
gl.attachShader(prog, shader(gl.VERTEX_SHADER, '#version 300 es\\nin vec2 p; out vec2 uv; void main() { uv = p * 0.5 + 0.5; gl_Position = vec4(p, 0, 1); }'));
gl.attachShader(prog, shader(gl.FRAGMENT_SHADER, '#version 300 es\\nprecision mediump float; in vec2 uv; uniform sampler2D t; uniform float k; out vec4 o; void main() { o = texture(t, uv) * k; }'));
gl.linkProgram(prog);
gl.useProgram(prog);
gl.bindBuffer(gl.ARRAY_BUFFER, gl.createBuffer());
gl.bufferData(gl.ARRAY_BUFFER, new Float32Array([-1, -1, 1, -1, -1, 1, 1, 1]), gl.STATIC_DRAW);
gl.enableVertexAttribArray(0);
gl.vertexAttribPointer(0, 2, gl.FLOAT, false, 0, 0);
gl.bindTexture(gl.TEXTURE_2D, gl.createTexture());
const px = new Uint8Array(c.width * c.height * 4);
for (let i = 0; i < px.length; i++) px[i] = (i * 37) & 255;
gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA8, c.width, c.height, 0, gl.RGBA, gl.UNSIGNED_BYTE, px);
gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
const k = gl.getUniformLocation(prog, 'k');
window.gaps = [];
let last = 0, n = 0;
const frame = (t) => {
  if (last) gaps.push(t - last);
  last = t;
  gl.uniform1f(k, 0.5 + (n++ % 7) / 14); // a different picture every frame
  gl.drawArrays(gl.TRIANGLE_STRIP, 0, 4);
  if (gaps.length < 120) requestAnimationFrame(frame); else window.done = true;
};
requestAnimationFrame(frame);
</script>`;

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'] });
try {
  for (const v of views) {
    const view = parseView(v);
    if (!view) throw new Error(`${v}: want WxH@scale, as 390x700@3`);
    const ctx = await browser.newContext({ viewport: { width: view.width, height: view.height }, deviceScaleFactor: view.scale });
    const p = await ctx.newPage();
    await p.setContent(page);
    await p.waitForFunction(() => window.done, null, { timeout: 60000 });
    const g = (await p.evaluate(() => window.gaps.slice(20))).sort((a, b) => a - b);
    const q = (f) => g[Math.min(g.length - 1, Math.floor(f * g.length))].toFixed(1);
    const fps = (1000 * g.length) / g.reduce((a, b) => a + b, 0);
    console.log(`${v}: canvas ${Math.round(view.width * view.scale)}×${Math.round(view.height * view.scale)}, gaps p50 ${q(0.5)} / p90 ${q(0.9)} / max ${g[g.length - 1].toFixed(1)} ms, ${fps.toFixed(1)} frames/s`);
    await ctx.close();
  }
} finally {
  await browser.close();
}
