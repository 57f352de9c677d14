import { randomUUID } from 'node:crypto';

/** Test fixtures for the research module: fictional forms, instances and multipart bodies. */

export interface FixtureField {
  name: string;
  type?: string;
}

export function xform(formId: string, version: string, fields: FixtureField[], title = `Survey ${formId}`): string {
  const instance = fields.map((f) => `<${f.name}/>`).join('');
  const binds = fields.map((f) => `<bind nodeset="/data/${f.name}" type="${f.type ?? 'string'}"/>`).join('');
  const body = fields.map((f) => `<input ref="/data/${f.name}"><label>${f.name} label</label></input>`).join('');
  return `<?xml version="1.0"?>
<h:html xmlns="http://www.w3.org/2002/xforms" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:jr="http://openrosa.org/javarosa" xmlns:orx="http://openrosa.org/xforms">
  <h:head><h:title>${title}</h:title>
    <model>
      <instance><data id="${formId}" orx:version="${version}">${instance}<meta><instanceID/></meta></data></instance>
      ${binds}<bind nodeset="/data/meta/instanceID" type="string" readonly="true()" jr:preload="uid"/>
    </model>
  </h:head>
  <h:body>${body}</h:body>
</h:html>`;
}

export const newInstanceId = () => `uuid:${randomUUID()}`;

export function instance(
  formId: string,
  version: string,
  answers: Record<string, string>,
  instanceId = newInstanceId(),
  meta: Record<string, string> = {},
): string {
  const inner = Object.entries(answers)
    .map(([k, v]) => `<${k}>${v}</${k}>`)
    .join('');
  const metaInner = Object.entries(meta)
    .map(([k, v]) => `<orx:${k}>${v}</orx:${k}>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><data xmlns:orx="http://openrosa.org/xforms" id="${formId}" orx:version="${version}">${inner}<orx:meta>${metaInner}<orx:instanceID>${instanceId}</orx:instanceID></orx:meta></data>`;
}

export interface Part {
  name: string;
  filename?: string;
  contentType?: string;
  content: string | Buffer;
}

export function multipartBody(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----useit${randomUUID().replace(/-/g, '')}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ''}`;
    const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${p.contentType ? `Content-Type: ${p.contentType}\r\n` : ''}\r\n`;
    chunks.push(
      Buffer.from(head),
      Buffer.isBuffer(p.content) ? p.content : Buffer.from(p.content),
      Buffer.from('\r\n'),
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export const submissionBody = (xml: string, media: Part[] = []) =>
  multipartBody([
    { name: 'xml_submission_file', filename: 'submission.xml', contentType: 'text/xml', content: xml },
    ...media,
  ]);

export const formUpload = (xml: string, fields: Record<string, string> = {}) =>
  multipartBody([
    ...Object.entries(fields).map(([name, content]) => ({ name, content })),
    { name: 'file', filename: 'form.xml', contentType: 'text/xml', content: xml },
  ]);
