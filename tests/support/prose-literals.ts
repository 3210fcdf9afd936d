import ts from 'typescript';

/**
 * Finds string literals that read like a sentence for people (Dutch or English), for the folders that
 * must hand over codes and let lib/i18n find the words (lib/db). Comments are not literals, so they
 * may say anything; import paths, ids, codes and Dexie schema strings do not look like prose.
 */

/** A literal that reads like prose, with its 1-based line. */
export interface ProseLiteral {
  line: number;
  text: string;
}

/** A word of letters, possibly with an apostrophe or hyphen inside ("leerling-nummer", "don't"). */
const WORD = String.raw`\p{L}+(?:['’-]\p{L}+)*`;
/** Three or more words separated by spaces: "geen geldige hostnaam", "the file is". */
const THREE_WORDS = new RegExp(`${WORD}(?: +${WORD}){2,}`, 'u');
/** A capitalised word followed by another word: "Het bestand", "Invalid date". */
const CAPITALISED_PHRASE = new RegExp(`^\\s*\\p{Lu}\\p{Ll}+ +${WORD}`, 'u');
/** Words, then a full stop, question or exclamation mark at the end: "te groot.", "klaar!". */
const SENTENCE_END = new RegExp(`${WORD}(?: +\\S+)+[.!?]\\s*$`, 'u');

/** Does this text look like words for a reader rather than a code or a path? */
export function looksLikeProse(text: string): boolean {
  return THREE_WORDS.test(text) || CAPITALISED_PHRASE.test(text) || SENTENCE_END.test(text);
}

/** The literal text of a string or template node; a `${…}` part counts as one word. */
function literalText(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join('x');
  return undefined;
}

/** Import and export paths are names of files, not words. */
function isModuleSpecifier(node: ts.Node): boolean {
  const parent = node.parent;
  return (
    parent !== undefined && (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent)) && parent.moduleSpecifier === node
  );
}

/** Every literal in a TypeScript source that looks like prose. */
export function proseLiterals(source: string, fileName = 'source.ts'): ProseLiteral[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: ProseLiteral[] = [];
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== undefined && !isModuleSpecifier(node) && looksLikeProse(text)) {
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text });
    }
    // A template's own parts were read as one text above.
    if (!ts.isTemplateExpression(node)) ts.forEachChild(node, visit);
    else for (const span of node.templateSpans) visit(span.expression);
  };
  visit(file);
  return found;
}
