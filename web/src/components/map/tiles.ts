/**
 * Tile servers require credit. The programme may configure the text; otherwise OpenStreetMap's tiles get their
 * standard credit and any other server is named by its host.
 */
export function tileAttribution(tileUrl: string, configured: string | null | undefined): string {
  if (configured) return configured;
  if (/openstreetmap|osm/i.test(tileUrl)) {
    return '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';
  }
  const host = /^https?:\/\/(?:\{s\}\.)?([^/{}]+)/i.exec(tileUrl)?.[1];
  return host ? `Map tiles: ${escapeHtml(host)}` : 'Map tiles';
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
