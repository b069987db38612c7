/**
 * Draws the app's logos with pngjs, so the mark is reproducible from code rather than a design file:
 * a green tile with a white dial arc around a check mark.
 *
 * Zendesk's brand-asset rules (https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/create_assets):
 * `logo.png` is 320×320 with no rounded corners (the UI rounds them); `logo-small.png` is 128×128,
 * PNG-24 with transparency. Run: `tsx scripts/draw-logos.ts` (writes into assets/).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

type Rgb = readonly [number, number, number];

/** Garden's green 700: dark enough that the white mark reads at 16 px too. */
const GREEN: Rgb = [0x18, 0x6c, 0x4b];
const WHITE: Rgb = [0xff, 0xff, 0xff];
/** Samples per pixel side: 4×4 supersampling gives smooth edges without a rasteriser library. */
const SUPERSAMPLE = 4;

/** Signed distance from p to a rounded square of half-size h and corner radius r centred at 0. */
function roundedSquare(x: number, y: number, h: number, r: number): number {
  const qx = Math.abs(x) - h + r;
  const qy = Math.abs(y) - h + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance from p to the segment a–b. */
function segment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

/** Distance from p to a circular arc of radius r spanning [from, to] radians (y up), with round ends. */
function arc(px: number, py: number, r: number, from: number, to: number): number {
  let angle = Math.atan2(py, px);
  if (angle < from) angle += 2 * Math.PI;
  if (angle >= from && angle <= to) return Math.abs(Math.hypot(px, py) - r);
  const ends = [from, to].map((a) => Math.hypot(px - r * Math.cos(a), py - r * Math.sin(a)));
  return Math.min(...ends);
}

/** True where the white mark covers the unit-space point (x, y in [-1, 1], y up). */
function inMark(x: number, y: number): boolean {
  const stroke = 0.085;
  // The gauge: a 240° arc open at the bottom, like a dial.
  const dial = arc(x, y + 0.13, 0.56, -Math.PI / 6, (7 * Math.PI) / 6);
  // The check sits where the needle would: the reading is "fits".
  const check = Math.min(segment(x, y, -0.25, -0.1, -0.07, -0.28), segment(x, y, -0.07, -0.28, 0.26, 0.08));
  return dial <= stroke || check <= stroke;
}

/** Renders the logo at `size` px; `rounded` gives the tile transparent rounded corners. */
export function drawLogo(size: number, rounded: boolean): PNG {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  const radius = rounded ? 0.36 : 0;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = ((px + (sx + 0.5) / SUPERSAMPLE) / size) * 2 - 1;
          const y = 1 - ((py + (sy + 0.5) / SUPERSAMPLE) / size) * 2;
          if (roundedSquare(x, y, 1, radius) > 0) continue;
          tile++;
          if (inMark(x, y)) mark++;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const share = tile ? mark / tile : 0;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) png.data[i + c] = Math.round(GREEN[c]! * (1 - share) + WHITE[c]! * share);
      png.data[i + 3] = Math.round((255 * tile) / samples);
    }
  }
  return png;
}

/** The committed logos and how each is drawn; a test checks the files still match the drawing. */
export const LOGOS = [
  { file: 'logo.png', size: 320, rounded: false },
  { file: 'logo-small.png', size: 128, rounded: true },
] as const;

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  for (const { file, size, rounded } of LOGOS) {
    writeFileSync(fileURLToPath(new URL(`../assets/${file}`, import.meta.url)), PNG.sync.write(drawLogo(size, rounded)));
  }
  console.log('Wrote assets/logo.png (320×320) and assets/logo-small.png (128×128).');
}
