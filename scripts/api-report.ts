/**
 * The API report of @cofactr/platform-client (packages/client/api-report.md): its public surface as a
 * reviewable file, so that every change to it shows up in review as a diff.
 *
 * It is read from the published type declarations (`dist/*.d.ts`, one section per entry point in the
 * package's `exports`, plus the declaration chunks they import), printed without comments and
 * formatted with the repository's Biome settings (so that formatting the file changes nothing), and
 * opens with a table of every facade method (`cofactr.boms.get(bomId, options?)`) with its operation and
 * HTTP route. `pnpm generate` writes it (after building the client); `pnpm test` fails when it is out
 * of date, like every generated file. `--check` only compares.
 */
import { execFileSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import { dirname, join, posix } from "node:path";
import ts from "typescript";
import { writeGeneratedFiles } from "./generated-files.ts";
import { repositoryRoot } from "./release/workspace.ts";

const packageFolder = join(repositoryRoot, "packages", "client");
const reportPath = join(packageFolder, "api-report.md");
const specPath = join(repositoryRoot, "packages", "types", "generated", "openapi.json");

interface Manifest {
  name: string;
  exports: Record<string, string | { import?: { types?: string }; types?: string }>;
}

/** tsdown names shared chunks `<name>-<hash>`; the hash changes with content, so the report drops it. */
function stableName(file: string): string {
  return file.replace(/-[A-Za-z0-9_]{8}(?=\.(d\.[cm]?ts|[cm]?js)$)/, "");
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

/** A declaration file printed without comments, and the relative files it imports. */
function printDeclarations(fileName: string, text: string): { printed: string; imports: string[] } {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const imports: string[] = [];
  for (const statement of source.statements) {
    if (
      (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement)) &&
      statement.moduleSpecifier &&
      ts.isStringLiteral(statement.moduleSpecifier) &&
      statement.moduleSpecifier.text.startsWith(".")
    ) {
      imports.push(statement.moduleSpecifier.text);
    }
  }
  const printed = printer
    .printFile(source)
    .replace(
      /(["'])(\.{1,2}\/[^"']+)\1/g,
      (_match, quote: string, specifier: string) => `${quote}${stableName(specifier)}${quote}`,
    )
    .trimEnd();
  return { printed: formatted(printed), imports };
}

/** Formats TypeScript as the repository's formatter (Biome, with biome.json) does. */
function formatted(code: string): string {
  const biome = join(repositoryRoot, "node_modules", ".bin", "biome");
  const output = execFileSync(biome, ["format", "--stdin-file-path=api-report.d.ts"], {
    cwd: repositoryRoot,
    input: code,
    encoding: "utf8",
    stdio: ["pipe", "pipe", "ignore"],
  });
  return output.trimEnd();
}

interface FacadeMethod {
  path: string;
  parameters: string;
  operationId: string | undefined;
}

/** Every method of the `Resources` interface (the facade), with its dotted path and parameter list. */
function facadeMethods(text: string): FacadeMethod[] {
  const source = ts.createSourceFile("facade.d.ts", text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const resources = source.statements.find(
    (statement): statement is ts.InterfaceDeclaration =>
      ts.isInterfaceDeclaration(statement) && statement.name.text === "Resources",
  );
  if (!resources) return [];
  const methods: FacadeMethod[] = [];
  const walk = (members: ts.NodeArray<ts.TypeElement>, prefix: string) => {
    for (const member of members) {
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : member.name?.getText(source);
      if (!name) continue;
      if (ts.isMethodSignature(member)) {
        let operationId: string | undefined;
        const visit = (node: ts.Node): void => {
          if (
            !operationId &&
            ts.isTypeReferenceNode(node) &&
            node.typeArguments?.[0] &&
            ts.isLiteralTypeNode(node.typeArguments[0]) &&
            ts.isStringLiteral(node.typeArguments[0].literal)
          ) {
            operationId = node.typeArguments[0].literal.text;
          }
          ts.forEachChild(node, visit);
        };
        visit(member);
        const parameters = member.parameters
          .map((parameter) => `${parameter.name.getText(source)}${parameter.questionToken ? "?" : ""}`)
          .join(", ");
        methods.push({ path: `${prefix}${name}`, parameters, operationId });
      } else if (ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type)) {
        walk(member.type.members, `${prefix}${name}.`);
      }
    }
  };
  walk(resources.members, "");
  return methods;
}

/** A Markdown table with padded columns, as Markdown formatters write it (so that they leave it alone). */
function alignedTable(header: string[], rows: string[][]): string[] {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? "").length)),
  );
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(" | ")} |`;
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)];
}

async function routes(): Promise<Map<string, string>> {
  const spec = JSON.parse(await readFile(specPath, "utf8")) as {
    paths: Record<string, Record<string, { operationId?: string }>>;
  };
  const byOperation = new Map<string, string>();
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (typeof operation === "object" && operation?.operationId) {
        byOperation.set(operation.operationId, `${method.toUpperCase()} ${path}`);
      }
    }
  }
  return byOperation;
}

async function renderReport(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(packageFolder, "package.json"), "utf8")) as Manifest;
  const entries: Array<[string, string]> = [];
  for (const [subpath, target] of Object.entries(manifest.exports)) {
    const types = typeof target === "string" ? undefined : (target.import?.types ?? target.types);
    if (types) entries.push([subpath, posix.normalize(types)]);
  }
  const sections: string[] = [];
  const printedFiles = new Set<string>();
  const queue: string[] = [];
  const declarationTexts: string[] = [];
  const readDeclarations = async (file: string) => {
    const text = await readFile(join(packageFolder, file), "utf8").catch(() => {
      throw new Error(`${manifest.name}: ${file} is missing; build the client first (\`pnpm build\`).`);
    });
    declarationTexts.push(text);
    const { printed, imports } = printDeclarations(file, text);
    for (const specifier of imports) {
      const target = posix.join(dirname(file), specifier.replace(/\.([cm]?)js$/, ".d.$1ts"));
      if (!printedFiles.has(target)) {
        printedFiles.add(target);
        queue.push(target);
      }
    }
    return printed;
  };
  for (const [subpath, file] of entries) {
    printedFiles.add(file);
    const name = subpath === "." ? manifest.name : `${manifest.name}/${subpath.replace(/^\.\//, "")}`;
    sections.push(`## \`${name}\`\n\n\`${file}\`\n\n\`\`\`ts\n${await readDeclarations(file)}\n\`\`\``);
  }
  while (queue.length > 0) {
    const file = queue.shift() as string;
    sections.push(
      `## Shared declarations: \`${stableName(file)}\`\n\n\`\`\`ts\n${await readDeclarations(file)}\n\`\`\``,
    );
  }

  const byOperation = await routes();
  const methods = declarationTexts.flatMap(facadeMethods);
  const rows = methods.map((method) => [
    `\`cofactr.${method.path}(${method.parameters})\``,
    `\`${method.operationId ?? "?"}\``,
    `\`${(method.operationId && byOperation.get(method.operationId)) ?? "?"}\``,
  ]);
  const table = alignedTable(["method", "operation", "route"], rows);
  return [
    "<!-- This file is generated from the client's type declarations (packages/client/dist). Do not edit it by hand: run `pnpm generate` (scripts/api-report.ts). -->",
    "",
    `# API report: \`${manifest.name}\``,
    "",
    "The public surface of the client as the TypeScript of its users sees it, read from the declarations it",
    "publishes. Review a change to this file as a change to the API: removing or changing a line breaks its",
    "users and needs a major changeset.",
    "",
    `## Facade methods (${methods.length})`,
    "",
    ...table,
    "",
    ...sections.flatMap((section) => [section, ""]),
  ].join("\n");
}

await writeGeneratedFiles(
  { files: new Map([[reportPath, await renderReport()]]), ownedDirectories: [] },
  { check: process.argv.includes("--check"), root: repositoryRoot, fixCommand: "pnpm generate" },
);
