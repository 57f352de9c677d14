import { AppError } from '../../http/errors';
import { escapeXml, maxXmlBytes, type XmlElement } from './research.xml';

/**
 * The submission reader: one pass over an OpenRosa instance document, building the same element tree as
 * research.xml's parseXml (names as written, attribute values and text still escaped as read, an element's
 * text trimmed when it has children) under the same rules: size and nesting limits, no DOCTYPE and no entity
 * declarations, only well-formed XML. parseXml validates, then parses with a general library (three passes and
 * about 1 ms for a 250-question response); responses arrive by the thousand, so they get this reader (ADR 0017).
 */

const maxDepth = 64;
const nameStart =
  'A-Za-z_:\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}';
/** An XML Name (XML 1.0 §2.3), matched at a position (its NameChar ranges include combining marks). */
// eslint-disable-next-line no-misleading-character-class
const nameAt = new RegExp(`[${nameStart}][${nameStart}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`, 'uy');
/** A reference: the only thing `&` may start in text or an attribute value. */
const referenceAt = /&(?:#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z_:][A-Za-z0-9_.:-]*);/y;
const space = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

const refuse = (detail: string) =>
  new AppError('validation_failed', detail, { errors: [{ path: 'xml', message: detail }] });

function malformed(xml: string, at: number, what: string): AppError {
  const before = xml.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return refuse(`The XML is not well-formed: ${what} (line ${line}, column ${column})`);
}

export function parseSubmissionXml(xml: string): XmlElement {
  if (xml.length > maxXmlBytes || (xml.length * 3 > maxXmlBytes && Buffer.byteLength(xml, 'utf8') > maxXmlBytes))
    throw new AppError('payload_too_large', `The XML is larger than ${maxXmlBytes} bytes`);
  if (/<!DOCTYPE/i.test(xml) || /<!ENTITY/i.test(xml))
    throw refuse('XML with a DOCTYPE or entity declarations is refused (entities are not processed)');
  return new Reader(xml).document();
}

class Reader {
  private i = 0;
  private readonly stack: XmlElement[] = [];
  private root: XmlElement | undefined;
  constructor(private readonly xml: string) {}

  private fail(what: string, at = this.i): never {
    throw malformed(this.xml, at, what);
  }

  private name(): string {
    nameAt.lastIndex = this.i;
    const m = nameAt.exec(this.xml);
    if (!m) this.fail('a name was expected');
    this.i += m[0].length;
    return m[0];
  }

  private skipSpace(): boolean {
    const start = this.i;
    while (this.i < this.xml.length && space(this.xml.charCodeAt(this.i))) this.i++;
    return this.i > start;
  }

  /** Checks that every `&` in xml[from, to) starts a reference. */
  private references(from: number, to: number, where = ''): void {
    for (let a = this.xml.indexOf('&', from); a !== -1 && a < to; a = this.xml.indexOf('&', a + 1)) {
      referenceAt.lastIndex = a;
      const m = referenceAt.exec(this.xml);
      if (!m || a + m[0].length > to) this.fail(`'&' that does not start an entity or character reference${where}`, a);
    }
  }

  private text(from: number, to: number): void {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      for (let k = from; k < to; k++) if (!space(this.xml.charCodeAt(k))) this.fail('text outside the root element', k);
      return;
    }
    this.references(from, to);
    top.text += this.xml.slice(from, to);
  }

  document(): XmlElement {
    const xml = this.xml;
    while (this.i < xml.length) {
      const lt = xml.indexOf('<', this.i);
      const end = lt === -1 ? xml.length : lt;
      if (end > this.i) this.text(this.i, end);
      if (lt === -1) break;
      this.i = lt;
      const c = xml.charCodeAt(lt + 1);
      if (c === 0x2f) this.endTag();
      else if (c === 0x21) this.markup();
      else if (c === 0x3f) this.instruction();
      else this.startTag();
    }
    if (this.stack.length) this.fail(`the element <${this.stack[this.stack.length - 1]!.name}> is not closed`);
    if (!this.root) throw refuse('The XML must have exactly one root element');
    return this.root;
  }

  private until(close: string, from: number, what: string): number {
    const e = this.xml.indexOf(close, from);
    if (e === -1) this.fail(`${what} is not closed`);
    return e;
  }

  private markup(): void {
    const xml = this.xml;
    if (xml.startsWith('<!--', this.i)) {
      const e = this.until('-->', this.i + 4, 'a comment');
      this.i = e + 3;
    } else if (xml.startsWith('<![CDATA[', this.i)) {
      const top = this.stack[this.stack.length - 1];
      if (!top) this.fail('CDATA outside the root element');
      const e = this.until(']]>', this.i + 9, 'a CDATA section');
      top.text += escapeXml(xml.slice(this.i + 9, e)); // the tree keeps text escaped, as it was read
      this.i = e + 3;
    } else this.fail("unexpected '<!'");
  }

  private instruction(): void {
    const e = this.until('?>', this.i + 2, 'a processing instruction');
    if (/^xml(\s|\?|$)/i.test(this.xml.slice(this.i + 2, Math.min(e + 1, this.i + 7))) && this.i !== 0)
      this.fail('the XML declaration is allowed only at the start of the document');
    this.i = e + 2;
  }

  private endTag(): void {
    const at = this.i;
    this.i += 2;
    const name = this.name();
    this.skipSpace();
    if (this.xml.charCodeAt(this.i) !== 0x3e) this.fail("'>' was expected");
    this.i++;
    const top = this.stack.pop();
    if (!top) this.fail(`closing </${name}> without an opening tag`, at);
    if (top.name !== name) this.fail(`closing </${name}> where </${top.name}> was expected`, at);
    if (top.children.length) top.text = top.text.trim();
  }

  private startTag(): void {
    const at = this.i;
    this.i++;
    const el: XmlElement = { name: this.name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const spaced = this.skipSpace();
      const c = this.xml.charCodeAt(this.i);
      if (c === 0x3e || (c === 0x2f && this.xml.charCodeAt(this.i + 1) === 0x3e)) {
        this.i += c === 0x3e ? 1 : 2;
        this.open(el, at, c === 0x3e);
        return;
      }
      if (!spaced) this.fail(`space, '>' or '/>' was expected in <${el.name}>`);
      this.attribute(el);
    }
  }

  private attribute(el: XmlElement): void {
    const name = this.name();
    this.skipSpace();
    if (this.xml.charCodeAt(this.i) !== 0x3d) this.fail(`attribute ${name} has no value`);
    this.i++;
    this.skipSpace();
    const q = this.xml[this.i];
    if (q !== '"' && q !== "'") this.fail(`the value of attribute ${name} is not quoted`);
    const e = this.until(q, this.i + 1, `the value of attribute ${name}`);
    const value = this.xml.slice(this.i + 1, e);
    if (value.includes('<')) this.fail(`the value of attribute ${name} contains '<'`);
    this.references(this.i + 1, e, ` in the value of attribute ${name}`);
    if (Object.hasOwn(el.attrs, name)) this.fail(`attribute ${name} is repeated`);
    if (name === '__proto__') this.fail('an attribute named __proto__ is not accepted');
    el.attrs[name] = value;
    this.i = e + 1;
  }

  private open(el: XmlElement, at: number, hasContent: boolean): void {
    const parent = this.stack[this.stack.length - 1];
    if (parent) parent.children.push(el);
    else if (this.root) this.fail('a second root element', at);
    else this.root = el;
    if (!hasContent) return;
    if (this.stack.length >= maxDepth) throw refuse(`The XML nests deeper than ${maxDepth} levels`);
    this.stack.push(el);
  }
}
