// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the inputs are TypeScript sources quoted as strings, placeholders included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * SQL only with parameters: every SQL text in src/store is a constant, or a template whose
 * `${…}` pieces are constant SQL fragments named here (column lists, a sub-select, the search
 * vector expression built from placeholder numbers, a schema name checked against
 * /^[a-z_][a-z0-9_]*$/ before use). Any other value spliced into SQL — by `${…}` or `+` — is a
 * finding. Search words become FTS5/tsquery text that is itself passed as a parameter, so
 * those templates are not SQL and are not looked at. Kysely's `sql` tag (imported as `sql` or
 * `sqlTag`) binds each `${…}` as a parameter, so its templates are safe; `sql.raw(…)`, which
 * splices text, is a finding unless its text is a constant.
 */
const ALLOWED_FRAGMENTS = new Set([
  'READOUT_COLUMNS',
  'readoutCols',
  'CHANNELS_OF',
  'PAGE_CHECK_DUE',
  'schema',
  'searchVector(9, 10, 11)',
  'searchVector(15, 16, 17)',
]);

/**
 * Migration files (`*migrations.ts`) write DDL once for both databases: its pieces are constant
 * texts (literals, UPPER_CASE constants and their calls with `d`), the two databases' spellings in
 * the constant table `d` (`d.id`, `d.json('docType')`), and choices between such texts on
 * `d.sqlite`. A file-local text function (`countSummary('NEW')`) is constant too when every call
 * of it in the file passes constant texts: `literalArgs` names its parameters.
 */
type LiteralParam = (id: ts.Identifier) => boolean;

function ddlPiece(node: ts.Expression, literalParam: LiteralParam = () => false): boolean {
  const piece = (n: ts.Expression) => ddlPiece(n, literalParam);
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
  if (ts.isParenthesizedExpression(node)) return piece(node.expression);
  if (ts.isIdentifier(node)) return /^[A-Z][A-Z0-9_]*$/.test(node.text) || literalParam(node);
  if (ts.isPropertyAccessExpression(node))
    return ts.isIdentifier(node.expression) && node.expression.text === 'd';
  if (ts.isCallExpression(node))
    return (
      piece(node.expression) &&
      node.arguments.every((a) => (ts.isIdentifier(a) && a.text === 'd') || piece(a))
    );
  if (ts.isConditionalExpression(node))
    return node.condition.getText() === 'd.sqlite' && piece(node.whenTrue) && piece(node.whenFalse);
  if (ts.isTemplateExpression(node)) return node.templateSpans.every((s) => piece(s.expression));
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken)
    return piece(node.left) && piece(node.right);
  return false;
}

/**
 * The file-local text functions (`const f = (p: string) => `…${p}…``) whose every call in the file
 * passes constant texts, found by repeating until nothing changes (one may call another); an
 * identifier is a constant text when it is the function's own name or one of its parameters,
 * used inside it.
 */
function literalParamsOf(sf: ts.SourceFile): LiteralParam {
  const fns = new Map<string, ts.ArrowFunction>();
  const calls: ts.CallExpression[] = [];
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer)
      if (ts.isArrowFunction(node.initializer)) fns.set(node.name.text, node.initializer);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) calls.push(node);
    ts.forEachChild(node, collect);
  };
  collect(sf);
  const constantFns = new Set<ts.ArrowFunction>();
  const literalParam: LiteralParam = (id) => {
    const fn = fns.get(id.text);
    if (fn) return constantFns.has(fn);
    let at: ts.Node | undefined = id.parent;
    while (at && !ts.isArrowFunction(at)) at = at.parent;
    return (
      at !== undefined && constantFns.has(at) && at.parameters.some((p) => p.name.getText(sf) === id.text)
    );
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, fn] of fns) {
      if (constantFns.has(fn)) continue;
      const own = calls.filter((c) => (c.expression as ts.Identifier).text === name);
      if (own.length > 0 && own.every((c) => c.arguments.every((a) => ddlPiece(a, literalParam)))) {
        constantFns.add(fn);
        changed = true;
      }
    }
  }
  return literalParam;
}

const SQL =
  /\b(SELECT|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|CREATE\s+(TABLE|INDEX|SCHEMA)|DROP|ALTER\s+TABLE|SET\s+search_path|WHERE|VALUES|ON\s+CONFLICT)\b/;

type SqlFinding = { file: string; line: number; piece: string };

/** Values spliced into SQL text in one TypeScript source: what the test refuses. */
function findSplicedSql(file: string, source: string): SqlFinding[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: SqlFinding[] = [];
  const migrations = file.endsWith('migrations.ts');
  const literalParam = migrations ? literalParamsOf(sf) : () => false;
  const constant = (piece: ts.Expression) =>
    ALLOWED_FRAGMENTS.has(piece.getText(sf)) || (migrations && ddlPiece(piece, literalParam));
  const at = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  const literalText = (node: ts.Node): string | null =>
    ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) ? node.text : null;
  const kyselyTag = (node: ts.Node) =>
    ts.isIdentifier(node) && (node.text === 'sql' || node.text === 'sqlTag');
  const visit = (node: ts.Node) => {
    if (ts.isTaggedTemplateExpression(node) && kyselyTag(node.tag)) {
      // Parameters, not text; sub-expressions (a nested template) are still looked at.
      if (ts.isTemplateExpression(node.template))
        for (const span of node.template.templateSpans) visit(span.expression);
      return;
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      kyselyTag(node.expression.expression) &&
      node.expression.name.text === 'raw' &&
      // Kysely's sql.raw splices its text; the store's own `sql.raw` (sql.ts) takes a statement
      // built with the tag, whose values are parameters.
      node.arguments.some(
        (a) => literalText(a) === null && !(ts.isTaggedTemplateExpression(a) && kyselyTag(a.tag)),
      )
    )
      found.push({ file, line: at(node), piece: node.getText(sf) });
    if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
      if (SQL.test(text)) {
        for (const span of node.templateSpans) {
          if (!constant(span.expression))
            found.push({ file, line: at(span.expression), piece: span.expression.getText(sf) });
        }
      }
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = literalText(node.left);
      const right = literalText(node.right);
      const sqlSide = (left !== null && SQL.test(left)) || (right !== null && SQL.test(right));
      if (sqlSide && (left === null || right === null)) {
        const other = left === null ? node.left : node.right;
        if (!constant(other)) found.push({ file, line: at(other), piece: other.getText(sf) });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const storeDir = join(import.meta.dirname, '../../../src/store');

describe('SQL only with parameters (src/store/**/*.ts)', () => {
  it('finds a value spliced into SQL by ${…} or +, and lets constant fragments through', () => {
    const bad = [
      'const a = (id: string) => db.prepare(`SELECT * FROM readouts WHERE id = ${id}`);',
      "const b = (name: string) => q('DELETE FROM posts WHERE channel = ' + name);",
      "const c = (t: string) => q(`UPDATE readouts SET data = $1 WHERE relation = '${t}'`, [1]);",
      'const g = (t: string) => run(sqlTag.raw(`DELETE FROM posts WHERE channel = ${t}`));',
    ].join('\n');
    expect(findSplicedSql('bad.ts', bad).map((f) => f.piece)).toEqual([
      'id',
      'name',
      't',
      'sqlTag.raw(`DELETE FROM posts WHERE channel = ${t}`)',
      't',
    ]);
    // In migrations.ts a value is a finding too; the DDL spellings are not.
    const migration =
      'const m = (d: Ddl, v: string) => `ALTER TABLE x ADD COLUMN ${v} ${d.flag} DEFAULT ${d.no}`;';
    expect(findSplicedSql('migrations.ts', migration).map((f) => f.piece)).toEqual(['v']);
    // A text function is constant only when every call passes a constant text.
    const helpers = [
      "const key = (r: string) => `DELETE FROM t WHERE id = ${r}.id`; const a = key('NEW');",
      'const bad = (r: string) => `DELETE FROM t WHERE id = ${r}`; const b = (v: string) => bad(v);',
    ].join('\n');
    expect(findSplicedSql('x-migrations.ts', helpers).map((f) => f.piece)).toEqual(['r']);
    const good = [
      'const d = q(`SELECT ${READOUT_COLUMNS} FROM readouts WHERE id = $1`, [id]);',
      "const e = words.map((w) => `'${w}'`).join(' & ');",
      "const f = q('SELECT 1');",
      'const h = (id: number) => run(sqlTag`SELECT * FROM readouts WHERE id = ${id}`);',
    ].join('\n');
    expect(findSplicedSql('good.ts', good)).toEqual([]);
  });

  it('the store builds no SQL from values', () => {
    const files = readdirSync(storeDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.ts'),
    );
    expect(files.length).toBeGreaterThan(10);
    const findings = files.flatMap((f) => findSplicedSql(f, readFileSync(join(storeDir, f), 'utf8')));
    expect(findings).toEqual([]);
  });
});
