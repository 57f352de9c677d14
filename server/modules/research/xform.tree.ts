/**
 * Safe XML reading for uploaded XForms: refuses DOCTYPE/ENTITY declarations (XML bombs), oversized
 * or too deeply nested input, never expands entities beyond the five XML ones and character
 * references, and returns a small element tree. Pure.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { MAX_XFORM_CHARS, MAX_XFORM_DEPTH, XFormError } from './xlsform.errors';

export interface XElement {
  /** Qualified name as written, e.g. `h:head`. */
  name: string;
  /** Name without prefix, e.g. `head`. */
  local: string;
  attrs: Record<string, string>;
  children: XElement[];
  /** Text content directly inside this element (children's text excluded), entities decoded. */
  text: string;
  /** Text and child elements in document order (for mixed content such as labels with <output>). */
  content: (string | XElement)[];
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  processEntities: false,
  htmlEntities: false,
  commentPropName: false,
});

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref] ?? whole;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** Nesting depth by a linear scan, so that deep input is refused before any recursion. */
function checkDepth(xml: string): void {
  let depth = 0;
  for (const match of xml.matchAll(/<(\/?)[^!?][^>]*?(\/?)>/g)) {
    if (match[1]) depth -= 1;
    else if (!match[2]) depth += 1;
    if (depth > MAX_XFORM_DEPTH) throw new XFormError('too_deep', `elements nested deeper than ${MAX_XFORM_DEPTH}`);
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function toElement(node: Record<string, unknown>): XElement | null {
  const name = Object.keys(node).find((key) => key !== ':@');
  if (!name || name === '#text' || name.startsWith('?')) return null;
  const rawAttrs = (node[':@'] ?? {}) as Record<string, unknown>;
  const attrs: Record<string, string> = {};
  for (const [key, value] of Object.entries(rawAttrs)) attrs[key] = decodeEntities(String(value));
  const element: XElement = { name, local: localName(name), attrs, children: [], text: '', content: [] };
  for (const child of (node[name] ?? []) as Record<string, unknown>[]) {
    if ('#text' in child) {
      const text = decodeEntities(String(child['#text']));
      element.text += text;
      element.content.push(text);
      continue;
    }
    const sub = toElement(child);
    if (sub) {
      element.children.push(sub);
      element.content.push(sub);
    }
  }
  return element;
}

/** Parses XML into an element tree; throws XFormError for anything unsafe or malformed. */
export function parseXml(xml: string): XElement {
  if (typeof xml !== 'string') throw new XFormError('not_xml', 'the form is not text');
  if (xml.length > MAX_XFORM_CHARS)
    throw new XFormError('too_large', `the form is larger than ${MAX_XFORM_CHARS} characters`);
  if (/<!DOCTYPE|<!ENTITY/i.test(xml))
    throw new XFormError('doctype', 'DOCTYPE and ENTITY declarations are not allowed');
  checkDepth(xml);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new XFormError('not_xml', `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  let nodes: Record<string, unknown>[];
  try {
    nodes = parser.parse(xml) as Record<string, unknown>[];
  } catch (error) {
    throw new XFormError('not_xml', `not well-formed XML (${(error as Error).message.slice(0, 200)})`);
  }
  const roots = nodes.map(toElement).filter((element): element is XElement => element !== null);
  if (roots.length !== 1) throw new XFormError('not_xml', 'the document must have exactly one root element');
  return roots[0] as XElement;
}

export const child = (element: XElement | undefined, local: string): XElement | undefined =>
  element?.children.find((candidate) => candidate.local === local);

export const childrenNamed = (element: XElement | undefined, local: string): XElement[] =>
  element?.children.filter((candidate) => candidate.local === local) ?? [];

/** Attribute by local name, whatever its prefix (`version` / `orx:version`). */
export function attr(element: XElement | undefined, local: string): string | undefined {
  if (!element) return undefined;
  if (local in element.attrs) return element.attrs[local];
  const key = Object.keys(element.attrs).find((name) => localName(name) === local && !name.startsWith('xmlns'));
  return key === undefined ? undefined : element.attrs[key];
}
