import { PNG } from 'pngjs';
import type { Problem } from '../problem';
import { DOCS, error, warning } from '../problem';
import { readPngHeader } from '../png';
import type { RuleContext } from './context';

/** The two logos every app carries (https://developer.zendesk.com/apps/docs/developer-guide/styling). */
export const LOGOS = [
  { path: 'assets/logo.png', size: 320 },
  { path: 'assets/logo-small.png', size: 128 },
] as const;
/** Marketplace screenshots as this project makes them (from the end-to-end tests): its own convention. */
export const SCREENSHOT = { width: 1280, height: 800 } as const;
/** The optional marketplace banner (`Validations::Banner` in zendesk_apps_support): 830×200, or twice that. */
const BANNER = { width: 830, height: 200 };

/**
 * Images: both logos present as PNGs of their exact size (the large one square-cornered, the small one
 * PNG-24 with transparency,
 * per https://developer.zendesk.com/documentation/apps/publish-your-app-or-theme/create_assets),
 * screenshots `assets/screenshot-<n>.png` numbered from 0 at 1280×800, the banner at its size,
 * and SVG icons with a `viewBox` and no embedded bitmap or script (Zendesk scales icons to 18×18
 * and sanitises SVGs, replacing one with a bitmap by a placeholder: `validations/svg.rb`).
 */
export function checkImages({ pkg }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const { path, size } of LOGOS) {
    const data = pkg.files.get(path);
    if (!data) {
      problems.push(error(path, undefined, `is missing: Zendesk shows it on the app's pages (PNG, ${size}×${size}).`, DOCS.assets));
      continue;
    }
    const png = readPngHeader(data);
    if (!png) problems.push(error(path, undefined, 'is not a PNG image.', DOCS.assets));
    else if (png.width !== size || png.height !== size) {
      problems.push(error(path, undefined, `is ${png.width}×${png.height}; it must be ${size}×${size} pixels.`, DOCS.assets));
    } else if (path.endsWith('logo-small.png') && !(png.colorType === 6 && png.bitDepth === 8)) {
      problems.push(error(path, undefined, 'must be PNG-24 with transparency (8-bit RGBA).', DOCS.brandAssets));
    } else if (path.endsWith('/logo.png') && hasClearCorner(data)) {
      problems.push(error(path, undefined, 'has transparent corners; the large logo must be square-cornered, Zendesk rounds them itself.', DOCS.brandAssets));
    }
  }

  const shots: number[] = [];
  for (const [path, data] of pkg.files) {
    const shot = /^assets\/screenshot-(\d+)\.(\w+)$/.exec(path);
    if (shot) {
      shots.push(Number(shot[1]));
      const png = readPngHeader(data);
      if (shot[2] !== 'png' || !png) problems.push(error(path, undefined, 'a screenshot must be a PNG named screenshot-<n>.png.'));
      else if (png.width !== SCREENSHOT.width || png.height !== SCREENSHOT.height) {
        problems.push(error(path, undefined, `is ${png.width}×${png.height}; screenshots are ${SCREENSHOT.width}×${SCREENSHOT.height}.`));
      }
    }
    if (path === 'assets/banner.png') {
      const png = readPngHeader(data);
      const fits = png && ((png.width === BANNER.width && png.height === BANNER.height) || (png.width === 2 * BANNER.width && png.height === 2 * BANNER.height));
      if (!fits) problems.push(error(path, undefined, `must be a PNG of ${BANNER.width}×${BANNER.height} or ${2 * BANNER.width}×${2 * BANNER.height}.`, DOCS.validator));
    }
    if (path.startsWith('assets/') && path.endsWith('.svg')) problems.push(...checkSvg(path, new TextDecoder().decode(data)));
  }
  shots.sort((a, b) => a - b);
  if (shots.some((n, i) => n !== i)) {
    problems.push(warning('assets/', undefined, `screenshots are numbered ${shots.join(', ')}; number them 0, 1, 2… without gaps.`));
  }
  return problems;
}

/** True when a corner pixel of the image is not fully opaque, as with rounded or padded artwork. */
function hasClearCorner(data: Uint8Array): boolean {
  let image: PNG;
  try {
    image = PNG.sync.read(Buffer.from(data));
  } catch {
    return false;
  }
  const { width, height } = image;
  const corners = [0, width - 1, (height - 1) * width, height * width - 1];
  return corners.some((pixel) => image.data[pixel * 4 + 3]! < 255);
}

function checkSvg(path: string, markup: string): Problem[] {
  const problems: Problem[] = [];
  if (!/<svg\b/i.test(markup)) return [error(path, undefined, 'is not an SVG image.', DOCS.assets)];
  if (!/<(svg|symbol)\b[^>]*\sviewBox\s*=/i.test(markup)) {
    problems.push(error(path, undefined, 'needs a viewBox attribute, or Zendesk cannot scale it to 18×18.', DOCS.assets));
  }
  if (/<image\b/i.test(markup)) {
    problems.push(error(path, undefined, 'embeds a bitmap; Zendesk replaces such an SVG with a placeholder.', DOCS.validator));
  }
  if (/<script\b|\son\w+\s*=/i.test(markup)) {
    problems.push(error(path, undefined, 'contains script; Zendesk strips it when it sanitises the SVG.', DOCS.validator));
  }
  return problems;
}
