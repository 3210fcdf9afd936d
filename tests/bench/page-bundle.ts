import { build } from 'esbuild';

/**
 * Project code as one script for a bench page (`page.addScriptTag`): `contents` imports from the
 * repository root and puts what the page needs on `globalThis`.
 */
export async function pageBundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  return result.outputFiles[0]?.text ?? '';
}
