/** Logo checks. Pure. SVG is refused: it can carry script. */
export const maxLogoBytes = 256 * 1024;

export type LogoType = 'image/png' | 'image/jpeg' | 'image/webp';

/** The image type from the file's first bytes, or null when it is none of the accepted ones. */
export function logoTypeOf(b: Uint8Array): LogoType | null {
  const starts = (sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
  if (b.length >= 8 && starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (b.length >= 3 && starts([0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (b.length >= 12 && starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  return null;
}
