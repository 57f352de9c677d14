import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { AppError } from '../../http/errors';

/**
 * The one way this module reads untrusted XML (XForms, OpenRosa submissions): size and nesting limits,
 * no DOCTYPE and no entity declarations (no XML bombs, no external entities), entity processing off.
 */
export const maxXmlBytes = 2_000_000;
const maxDepth = 64;

const refuse = (detail: string) =>
  new AppError('validation_failed', detail, { errors: [{ path: 'xml', message: detail }] });

/** An ordered element tree: `{ name, attrs, children, text }`, names as written (with any prefix). */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

export const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

/**
 * The parser refuses some documents by throwing a plain Error (an element named `constructor` or `__proto__`, for
 * its own safety): that is a 400 naming the reason, never a 500.
 */
function readOrRefuse<T>(read: () => T): T {
  try {
    return read();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse(`The XML could not be read: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function checkShape(xml: string): void {
  if (Buffer.byteLength(xml, 'utf8') > maxXmlBytes)
    throw new AppError('payload_too_large', `The XML is larger than ${maxXmlBytes} bytes`);
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml))
    throw refuse('XML with a DOCTYPE or entity declarations is refused (entities are not processed)');
  let depth = 0;
  for (const m of xml.matchAll(/<(\/?)[A-Za-z_][^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else if (!m[2]) depth++;
    if (depth > maxDepth) throw refuse(`The XML nests deeper than ${maxDepth} levels`);
  }
  const valid = readOrRefuse(() => XMLValidator.validate(xml));
  if (valid !== true)
    throw refuse(`The XML is not well-formed: ${valid.err.msg} (line ${valid.err.line}, column ${valid.err.col})`);
}

const ordered = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: '#comment',
});

type Ordered = Record<string, unknown>;

function toElement(node: Ordered): XmlElement | undefined {
  const name = Object.keys(node).find((k) => k !== ':@');
  if (!name || name.startsWith('#')) return undefined;
  const kids = (node[name] as Ordered[]) ?? [];
  const attrs = (node[':@'] as Record<string, string> | undefined) ?? {};
  const children: XmlElement[] = [];
  let text = '';
  for (const kid of kids) {
    if ('#text' in kid) text += String(kid['#text']);
    else {
      const el = toElement(kid);
      if (el) children.push(el);
    }
  }
  return { name, attrs: { ...attrs }, children, text: children.length ? text.trim() : text };
}

/** Parses untrusted XML into its root element, or refuses it with a 4xx naming the problem. */
export function parseXml(xml: string): XmlElement {
  checkShape(xml);
  const nodes = readOrRefuse(() => ordered.parse(xml) as Ordered[]);
  const roots = nodes.map(toElement).filter((e): e is XmlElement => e !== undefined);
  if (roots.length !== 1) throw refuse('The XML must have exactly one root element');
  return roots[0]!;
}

/** Serialises an element tree back to XML (used after removing identifying fields); text stays escaped as read. */
export function serialiseXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${serialise(root)}`;
}

function serialise(el: XmlElement): string {
  const attrs = Object.entries(el.attrs)
    .map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;').replace(/</g, '&lt;')}"`)
    .join('');
  if (el.children.length === 0 && el.text === '') return `<${el.name}${attrs}/>`;
  const inner = el.children.length ? el.children.map(serialise).join('') : el.text;
  return `<${el.name}${attrs}>${inner}</${el.name}>`;
}

/** Children by local name (namespace prefix ignored). */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c) => localName(c.name) === name);
export const childrenNamed = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el?.children.filter((c) => localName(c.name) === name) ?? [];

/** Escapes text for an XML element or attribute we write ourselves. */
export const escapeXml = (s: string): string =>
  s.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);

const predefined: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Decodes the five predefined entities and character references (the only ones XML allows without a DTD). */
export function decodeXmlText(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|apos|quot);/g, (m, e: string) => {
    if (!e.startsWith('#')) return predefined[e] ?? m;
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
  });
}
