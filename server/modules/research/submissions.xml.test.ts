import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../http/errors';
import { instance } from './research.fixtures';
import { maxXmlBytes, parseXml } from './research.xml';
import { parseSubmissionXml } from './submissions.xml';

/** The submission reader must read what parseXml reads, the same way, and refuse what it refuses. */

const outcome = (read: (xml: string) => unknown, xml: string) => {
  try {
    return { tree: read(xml) };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { refused: e.status };
  }
};
/** Where the reader is stricter than parseXml, as XML 1.0 requires (parseXml's validator lets these through). */
const stricter = [/contains '<'/, /outside the root element/, /reference in the value of attribute/];
const refusal = (xml: string) => {
  try {
    parseSubmissionXml(xml);
    return '';
  } catch (e) {
    return (e as Error).message;
  }
};

const name = fc.constantFrom('a', 'q1', 'orx:meta', 'instanceID', 'g_1', 'x.y', 'سؤال', 'h:head', 'data');
const text = fc.constantFrom('', ' ', 'yes', 'a b', '&amp;', 'x &lt; y', '&#65;', '\n  ', 'مرحبا', '>', 'é');
const attr = fc.tuple(fc.constantFrom('id', 'version', 'orx:version', 'xmlns:orx', 'k'), text);

type Node = { name: string; attrs: [string, string][]; kids: (Node | string)[] };
const node: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.record({
    name,
    attrs: fc.uniqueArray(attr, { selector: ([k]) => k, maxLength: 3 }),
    kids: fc.array(fc.oneof({ weight: 2, arbitrary: text }, { weight: 1, arbitrary: tie('node') }), { maxLength: 4 }),
  }),
})).node;

const render = (n: Node | string): string => {
  if (typeof n === 'string') return n;
  const attrs = n.attrs.map(([k, v]) => ` ${k}="${v}"`).join('');
  return n.kids.length ? `<${n.name}${attrs}>${n.kids.map(render).join('')}</${n.name}>` : `<${n.name}${attrs}/>`;
};

describe('parseSubmissionXml', () => {
  it('builds the same tree as parseXml for well-formed documents', () => {
    fc.assert(
      fc.property(node, fc.boolean(), (root, declared) => {
        const xml = `${declared ? '<?xml version="1.0" encoding="UTF-8"?>\n' : ''}${render(root)}`;
        expect(parseSubmissionXml(xml)).toEqual(parseXml(xml));
      }),
      { numRuns: 300 },
    );
  });

  it('refuses what parseXml refuses, with the same status', () => {
    const broken = fc
      .tuple(node, fc.nat(), fc.constantFrom('<', '&', '</x>', '<a', '"', '&bogus', '<!DOCTYPE x>', '<b></c>', ''))
      .map(([root, at, junk]) => {
        const xml = render(root);
        const k = at % (xml.length + 1);
        return xml.slice(0, k) + junk + xml.slice(k);
      });
    fc.assert(
      fc.property(broken, (xml) => {
        const old = outcome(parseXml, xml);
        const mine = outcome(parseSubmissionXml, xml);
        if ('refused' in old) expect(mine).toEqual(old);
        else if ('refused' in mine) {
          const why = refusal(xml);
          if (!stricter.some((r) => r.test(why))) expect.fail(`refused what parseXml reads: ${xml} (${why})`);
        } else expect(mine.tree).toEqual(old.tree);
      }),
      { numRuns: 500 },
    );
  });

  it('reads a 250-question response, comments and CDATA included', () => {
    const answers = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [`q${i + 1}`, `answer ${i}`]));
    const xml = instance('bench_250', '1', answers);
    expect(parseSubmissionXml(xml)).toEqual(parseXml(xml));
    const root = parseSubmissionXml('<data id="f"><!-- note --><q>a<![CDATA[<b> & c]]></q></data>');
    expect(root.children[0]).toEqual({ name: 'q', attrs: {}, children: [], text: 'a&lt;b&gt; &amp; c' });
  });

  it.each([
    ['<!DOCTYPE data [<!ENTITY x "y">]><data/>', 400, /DOCTYPE/],
    [`${'<a>'.repeat(65)}${'</a>'.repeat(65)}`, 400, /nests deeper than 64/],
    ['<data><q>1</q>', 400, /<data> is not closed/],
    ['<data/><data/>', 400, /second root element/],
    ['<data a="1" a="2"/>', 400, /attribute a is repeated/],
    ['<data a=1/>', 400, /not quoted/],
    ['<data>x & y</data>', 400, /'&'/],
    ['<data></q>', 400, /closing <\/q> where <\/data> was expected \(line 1, column 7\)/],
    ['text only', 400, /outside the root element/],
    ['', 400, /exactly one root element/],
    [`<data>${'x'.repeat(maxXmlBytes)}</data>`, 413, /larger than/],
  ])('refuses %#', (xml, status, message) => {
    const e = outcome(parseSubmissionXml, xml);
    expect(e).toEqual({ refused: status });
    expect(() => parseSubmissionXml(xml)).toThrow(message);
  });
});
