import { escapeXml } from './research.xml';

/** The OpenRosa documents we write (shared/reference/openrosa-xlsform.md §2). */

export const openRosaHeaders = {
  'x-openrosa-version': '1.0',
  'x-openrosa-accept-content-length': '10000000',
} as const;
export const xmlType = 'text/xml; charset=utf-8';

export function openRosaMessage(text: string, nature: '' | 'error' = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<OpenRosaResponse xmlns="http://openrosa.org/http/response" items="0"><message nature="${nature}">${escapeXml(text)}</message></OpenRosaResponse>\n`;
}

export interface FormListItem {
  formId: string;
  name: string;
  version: string;
  md5: string;
  downloadUrl: string;
  manifestUrl: string;
}

export function formListXml(items: FormListItem[]): string {
  const xforms = items
    .map(
      (f) =>
        `<xform><formID>${escapeXml(f.formId)}</formID><name>${escapeXml(f.name)}</name><version>${escapeXml(f.version)}</version>` +
        `<hash>md5:${f.md5}</hash><downloadUrl>${escapeXml(f.downloadUrl)}</downloadUrl><manifestUrl>${escapeXml(f.manifestUrl)}</manifestUrl></xform>`,
    )
    .join('\n  ');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xforms xmlns="http://openrosa.org/xforms/xformsList">\n  ${xforms}\n</xforms>\n`;
}

/** Our forms carry no media files yet, so every manifest is empty (Collect accepts that). */
export const emptyManifest = `<?xml version="1.0" encoding="UTF-8"?>\n<manifest xmlns="http://openrosa.org/xforms/xformsManifest"></manifest>\n`;
