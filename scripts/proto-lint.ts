// Lints proto/: versioned packages matching their directory, buf-style naming (STANDARD subset),
// enum zero values `<ENUM>_UNSPECIFIED`, and a comment on every message, field, oneof, enum and
// enum value. Run: `npx tsx scripts/proto-lint.ts` (part of `npm run proto:check`).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';

const protoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', 'proto');
const pascal = /^[A-Z][A-Za-z0-9]*$/;
const lowerSnake = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
const upperSnake = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;

const listProtos = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? listProtos(join(dir, entry.name))
      : entry.name.endsWith('.proto')
        ? [join(dir, entry.name)]
        : [],
  );

const toUpperSnake = (name: string): string => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

function lintFile(path: string): string[] {
  const file = relative(protoRoot, path);
  const problems: string[] = [];
  const report = (what: string): void => {
    problems.push(`${file}: ${what}`);
  };
  const source = readFileSync(path, 'utf8');
  if (!/^syntax = "proto3";$/m.test(source)) report('must declare syntax = "proto3"');
  if (!/^[a-z0-9_]+\.proto$/.test(file.split('/').pop() ?? '')) report('file name must be lower_snake_case');
  const parsed = protobuf.parse(source, { keepCase: true, alternateCommentMode: true });
  const pkg = parsed.package ?? '';
  if (!/(^|\.)v[0-9]+$/.test(pkg)) report(`package "${pkg}" must end with a version such as .v1`);
  if (dirname(file) !== pkg.split('.').join('/'))
    report(`package "${pkg}" must live in ${pkg.replace(/\./g, '/')}/`);

  const visit = (ns: protobuf.NamespaceBase): void => {
    for (const nested of ns.nestedArray) {
      if (nested instanceof protobuf.Type) {
        const name = nested.fullName.slice(1);
        if (!pascal.test(nested.name)) report(`message ${name} must be PascalCase`);
        if (!nested.comment) report(`message ${name} needs a comment`);
        for (const field of nested.fieldsArray) {
          if (!lowerSnake.test(field.name)) report(`field ${name}.${field.name} must be lower_snake_case`);
          if (!field.comment) report(`field ${name}.${field.name} needs a comment`);
        }
        for (const oneof of nested.oneofsArray) {
          if (!lowerSnake.test(oneof.name)) report(`oneof ${name}.${oneof.name} must be lower_snake_case`);
          if (!oneof.comment) report(`oneof ${name}.${oneof.name} needs a comment`);
        }
        visit(nested);
      } else if (nested instanceof protobuf.Enum) {
        lintEnum(nested, report);
      } else if (nested instanceof protobuf.Namespace) {
        visit(nested);
      }
    }
  };
  visit(parsed.root);
  return problems;
}

function lintEnum(enm: protobuf.Enum, report: (what: string) => void): void {
  const name = enm.fullName.slice(1);
  const prefix = `${toUpperSnake(enm.name)}_`;
  if (!pascal.test(enm.name)) report(`enum ${name} must be PascalCase`);
  if (!enm.comment) report(`enum ${name} needs a comment`);
  for (const [key, value] of Object.entries(enm.values)) {
    if (!upperSnake.test(key) || !key.startsWith(prefix))
      report(`enum value ${key} must be ${prefix}UPPER_SNAKE`);
    if (value === 0 && key !== `${prefix}UNSPECIFIED`)
      report(`enum ${name} zero value must be ${prefix}UNSPECIFIED`);
    if (!enm.comments[key]) report(`enum value ${name}.${key} needs a comment`);
  }
  if (!Object.values(enm.values).includes(0)) report(`enum ${name} needs a zero value ${prefix}UNSPECIFIED`);
}

const files = listProtos(protoRoot).sort();
const problems = files.flatMap(lintFile);
for (const problem of problems) console.error(`proto-lint: ${problem}`);
if (problems.length > 0) process.exit(1);
console.log(`proto-lint: ${files.length} files clean`);
