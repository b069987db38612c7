/** What a PNG's header says about the image; enough to check sizes without decoding pixels. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA (PNG specification, IHDR). */
  colorType: number;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * Reads the IHDR chunk, which the PNG specification requires to come first after the signature.
 * Returns undefined for anything that is not a PNG (a JPEG renamed to .png, a truncated file).
 */
export function readPngHeader(data: Uint8Array): PngHeader | undefined {
  if (data.length < 26 || SIGNATURE.some((byte, i) => data[i] !== byte)) return undefined;
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const type = String.fromCharCode(data[12]!, data[13]!, data[14]!, data[15]!);
  if (type !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20), bitDepth: data[24]!, colorType: data[25]! };
}

