/**
 * Loads an XForm in ODK's own engine (@getodk/xforms-engine), the test oracle. Call only from a test
 * file running under `// @vitest-environment jsdom` (the engine needs DOMParser and friends).
 */
import { existsSync, readFileSync } from 'node:fs';

export interface EngineResult {
  ok: boolean;
  stage: 'load' | 'create' | 'serialise' | 'done';
  error?: string;
  languages: string[];
  submission?: string;
}

/** The engine's bundled web-tree-sitter reads `__dirname`, which ESM lacks. */
function shimDirname(): void {
  const globals = globalThis as Record<string, unknown>;
  globals.__dirname ??= '/';
}

/** Attachments (`jr://file-csv/x.csv`, `jr://file/x.xml`) are served from `mediaDir`, if given. */
export async function loadInOdkEngine(xml: string, mediaDir?: string): Promise<EngineResult> {
  shimDirname();
  const { loadForm } = await import('@getodk/xforms-engine');
  const fetchFormAttachment = async (url: URL | string): Promise<Response> => {
    const name = String(url).replace(/^jr:\/\/[^/]+\//, '');
    const file = mediaDir ? `${mediaDir}/${name}` : '';
    if (!file || !existsSync(file)) return new Response('missing', { status: 404 });
    return new Response(readFileSync(file));
  };
  const result = await loadForm(xml, { fetchFormAttachment, missingResourceBehavior: 'BLANK' });
  if (result.status === 'failure') {
    return { ok: false, stage: 'load', error: result.error?.message, languages: [] };
  }
  let languages: string[] = [];
  try {
    const instance = result.createInstance();
    languages = instance.root.languages.map((language) => language.language);
    const payload = await instance.root.prepareInstancePayload();
    const file = payload.data[0].get('xml_submission_file');
    const submission = file instanceof Blob ? await file.text() : undefined;
    return { ok: submission !== undefined, stage: 'done', languages, submission };
  } catch (error) {
    return { ok: false, stage: 'create', error: (error as Error).message, languages };
  }
}

/** A node of a loaded form, loosely typed: enough to drive a form from a test. */
export interface EngineNode {
  nodeType: string;
  definition: { nodeset: string };
  currentState: { relevant: boolean; children: readonly EngineNode[] | null; value: unknown };
  setValue?: (value: string) => unknown;
  selectValue?: (value: string | null) => unknown;
}

export interface OpenForm {
  root: EngineNode;
  find(nodeset: string): EngineNode;
  submission(): Promise<{ status: string; xml: string }>;
}

/** Opens a form in the engine to fill it in from a test (jsdom environment required). */
export async function openInOdkEngine(xml: string): Promise<OpenForm> {
  shimDirname();
  const { loadForm } = await import('@getodk/xforms-engine');
  const result = await loadForm(xml, { missingResourceBehavior: 'BLANK' });
  if (result.status === 'failure') throw new Error(result.error?.message);
  const instance = result.createInstance();
  const root = instance.root as unknown as EngineNode;
  const all = (node: EngineNode): EngineNode[] => [node, ...(node.currentState.children ?? []).flatMap(all)];
  return {
    root,
    find(nodeset) {
      const found = all(root).find((node) => node.definition.nodeset === nodeset);
      if (!found) throw new Error(`no node ${nodeset}`);
      return found;
    },
    async submission() {
      const payload = await instance.root.prepareInstancePayload();
      const file = payload.data[0].get('xml_submission_file');
      return { status: payload.status, xml: file instanceof Blob ? await file.text() : '' };
    },
  };
}
