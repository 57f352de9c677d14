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
