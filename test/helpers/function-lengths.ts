/**
 * Functions by length, found with the TypeScript compiler's own parser (the `typescript` the
 * project builds with): every function, method, accessor, constructor and arrow function with a
 * body, measured from its first line to its last, nested ones included in their parent's length.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export type FunctionLength = { file: string; name: string; line: number; lines: number };

/** The name a function goes by: its own, else the variable, property or method it is given to. */
function nameOf(node: ts.SignatureDeclaration, source: ts.SourceFile): string {
  if (node.name) return node.name.getText(source);
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return parent.name.getText(source);
  return '(anonymous)';
}

/** The functions of one source text longer than `max` lines. */
export function longFunctionsIn(file: string, text: string, max: number): FunctionLength[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = last - first + 1;
      if (lines > max) found.push({ file, name: nameOf(node, source), line: first + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** The functions under `dir` longer than `max` lines, paths relative to `root`, longest first. */
export function longFunctions(root: string, dir: string, max: number): FunctionLength[] {
  return tsFiles(join(root, dir))
    .flatMap((path) => longFunctionsIn(relative(root, path), readFileSync(path, 'utf8'), max))
    .sort((a, b) => b.lines - a.lines);
}
