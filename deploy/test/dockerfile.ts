// A small reader of the Dockerfile and .dockerignore, enough for the static checks: stages with
// their instructions, the default of each global ARG, and which paths the build context leaves out.
import { matchesGlob } from 'node:path';

export interface Instruction {
  readonly keyword: string;
  readonly args: string;
}

export interface Stage {
  readonly name: string;
  readonly from: string;
  readonly instructions: readonly Instruction[];
}

export interface Dockerfile {
  readonly globalArgs: ReadonlyMap<string, string>;
  readonly stages: readonly Stage[];
}

export function parseDockerfile(text: string): Dockerfile {
  const lines = text
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const globalArgs = new Map<string, string>();
  const stages: { name: string; from: string; instructions: Instruction[] }[] = [];
  for (const line of lines) {
    const [keyword = '', ...rest] = line.split(/\s+/);
    const args = rest.join(' ');
    if (keyword.toUpperCase() === 'FROM') {
      const match = /^(\S+)(?:\s+AS\s+(\S+))?$/i.exec(args);
      if (!match?.[1]) throw new Error(`Dockerfile: cannot read "${line}"`);
      stages.push({ name: match[2] ?? `#${stages.length}`, from: match[1], instructions: [] });
    } else if (stages.length === 0 && keyword.toUpperCase() === 'ARG') {
      const [name = '', value = ''] = args.split('=', 2);
      globalArgs.set(name, value);
    } else {
      stages.at(-1)?.instructions.push({ keyword: keyword.toUpperCase(), args });
    }
  }
  return { globalArgs, stages };
}

/** The stage and the stages it is built FROM, nearest first. */
export function stageChain(file: Dockerfile, name: string): Stage[] {
  const chain: Stage[] = [];
  for (let stage = file.stages.find((s) => s.name === name); stage;) {
    chain.push(stage);
    const parent = stage.from;
    stage = file.stages.find((s) => s.name === parent);
  }
  return chain;
}

/** The last value of an instruction along a stage's chain (USER, ENTRYPOINT, HEALTHCHECK). */
export const effective = (file: Dockerfile, stage: string, keyword: string): string | undefined =>
  stageChain(file, stage)
    .map((s) => s.instructions.filter((i) => i.keyword === keyword).at(-1)?.args)
    .find((args) => args !== undefined);

/**
 * Whether the build context leaves `path` out: the last .dockerignore pattern matching the path
 * or one of its parent folders decides; `!` patterns take paths back in.
 */
export function isIgnored(dockerignore: string, path: string): boolean {
  const patterns = dockerignore
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
  const parts = path.split('/');
  const candidates = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const pattern of patterns) {
    const negated = pattern.startsWith('!');
    const glob = negated ? pattern.slice(1) : pattern;
    if (candidates.some((candidate) => matchesGlob(candidate, glob))) ignored = !negated;
  }
  return ignored;
}
