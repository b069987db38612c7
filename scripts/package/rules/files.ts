import type { Problem } from '../problem';
import { DOCS, error, warning } from '../problem';
import type { RuleContext } from './context';

/**
 * The file types Zendesk accepts under assets/ (https://developer.zendesk.com/apps/docs/developer-guide/styling).
 * `txt` is not among them, so third-party licence notes belong in the bundle's comments, not beside it.
 */
export const ASSET_EXTENSIONS = [
  'png', 'jpg', 'jpeg', 'gif', 'svg', 'js', 'htm', 'html', 'css', 'map', 'eot', 'woff', 'woff2', 'otf', 'ttf',
  'json', 'xml', 'hbs', 'hdbs',
];
/**
 * Types Zendesk's validator rejects anywhere in a package, by extension or by content
 * (`UNSUPPORTED_MIME_TYPES` in zendesk_apps_support's `validations/mime.rb`), plus executables,
 * which no app package has a use for.
 */
const BLOCKED_EXTENSIONS = [
  'rar', 'zip', 'gz', 'tgz', 'pdf', 'doc', 'docx', 'avi', 'bin', 'bz', 'bz2', 'csh', 'sh', 'jar', 'mp3', 'mpeg',
  'mpg', 'odt', 'pptx', 'ppt', 'xls', 'xlsx', '7z',
  'exe', 'dll', 'so', 'dylib', 'msi', 'bat', 'cmd', 'com', 'ps1', 'app', 'apk', 'dmg',
];
/** Top-level entries a framework 2 app package is made of; anything else is unused at best. */
const TOP_LEVEL = ['manifest.json', 'requirements.json', 'assets', 'translations'];

/** What the first bytes say a file is, for the types that must not ship whatever their name. */
export function sniffBlockedType(data: Uint8Array): string | undefined {
  const starts = (...bytes: number[]) => bytes.every((byte, i) => data[i] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'a zip archive (or a document or jar built on one)';
  if (starts(0x1f, 0x8b)) return 'a gzip archive';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'a PDF document';
  if (starts(0x52, 0x61, 0x72, 0x21)) return 'a RAR archive';
  if (starts(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c)) return 'a 7z archive';
  if (starts(0x42, 0x5a, 0x68)) return 'a bzip2 archive';
  if (starts(0x49, 0x44, 0x33)) return 'an MP3 file';
  if (starts(0x4d, 0x5a)) return 'a Windows executable';
  if (starts(0x7f, 0x45, 0x4c, 0x46)) return 'an ELF executable';
  if (starts(0xcf, 0xfa, 0xed, 0xfe) || starts(0xfe, 0xed, 0xfa, 0xcf) || starts(0xce, 0xfa, 0xed, 0xfe)) return 'a Mach-O executable';
  return undefined;
}

/**
 * What the package may contain: no symbolic links (`symlink_in_zip`), no hidden files or
 * node_modules, nothing of a blocked type, only accepted types under assets/, the manifest at the
 * root rather than in a wrapping folder, and no local settings file (which may hold secret values).
 */
export function checkFiles({ pkg }: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const path of pkg.symlinks) {
    problems.push(error(path, undefined, 'is a symbolic link; Zendesk rejects packages that contain one.', DOCS.validator));
  }
  if (!pkg.files.has('manifest.json')) {
    const nested = [...pkg.files.keys()].find((p) => /^[^/]+\/manifest\.json$/.test(p));
    problems.push(
      nested
        ? error(nested, undefined, 'the manifest must be at the root of the package, not inside a folder: zip the contents of dist/, not dist/ itself.', DOCS.validator)
        : error('manifest.json', undefined, 'is missing: every app package has a manifest at its root.', DOCS.manifest),
    );
  }
  const strays = new Set<string>();
  for (const [path, data] of pkg.files) {
    const segments = path.split('/');
    const name = segments.at(-1)!;
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.') + 1).toLowerCase() : '';
    if (segments.some((s) => s.startsWith('.'))) {
      problems.push(error(path, undefined, 'is a hidden file (OS or editor leftovers); it must not ship in the package.'));
      continue;
    }
    if (segments.includes('node_modules')) {
      problems.push(error(path, undefined, 'is inside node_modules; dependencies are bundled into assets/ by the build, never shipped as-is.'));
      continue;
    }
    if (path === 'zcli.apps.config.json') {
      problems.push(error(path, undefined, 'holds local zcli settings, secure values included; it must not ship in the package.'));
      continue;
    }
    const sniffed = sniffBlockedType(data);
    if (BLOCKED_EXTENSIONS.includes(extension) || sniffed) {
      problems.push(error(path, undefined, `is ${sniffed ?? `a .${extension} file`}, a type Zendesk does not accept in an app package.`, DOCS.validator));
      continue;
    }
    if (segments[0] === 'assets' && !ASSET_EXTENSIONS.includes(extension)) {
      problems.push(error(path, undefined, `has a type Zendesk does not serve from assets/ (accepted: ${ASSET_EXTENSIONS.join(', ')}).`, DOCS.assets));
    }
    if (!TOP_LEVEL.includes(segments[0]!) && !/^[^/]+\/manifest\.json$/.test(path)) strays.add(segments.length > 1 ? `${segments[0]}/` : path);
  }
  for (const stray of strays) {
    problems.push(warning(stray, undefined, 'is not used by a framework 2.0 app, which is made of manifest.json, assets/ and translations/.', DOCS.manifest));
  }
  return problems;
}
