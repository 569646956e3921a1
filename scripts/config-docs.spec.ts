// docs/operations.md carries every service's configuration table, generated from the schemas:
// this fails as soon as a variable is added, removed or described differently in the code.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { END, generatedSection, OPERATIONS_DOC, START, withSection } from './config-docs';

describe('docs/operations.md configuration tables', () => {
  it('are up to date with the configuration schemas (else run `npm run docs:config`)', async () => {
    const doc = readFileSync(OPERATIONS_DOC, 'utf8');
    expect(withSection(doc, await generatedSection())).toBe(doc);
  }, 60_000);

  it('document the variables of every service that has a configuration', async () => {
    const section = await generatedSection();
    for (const variable of ['REGISTRY_KEY_FILE', 'SIGNER_TOKEN_DIR', 'GATEWAY_MEMBER', 'POPULATION_SIZE']) {
      expect(section).toContain(`| \`${variable}\``);
    }
    expect(section).toMatch(/\| `GATEWAY_API_TOKENS` +\| empty +\| .*\(secret\)/);
  }, 60_000);
});

describe('withSection', () => {
  it('replaces only the text between the markers', () => {
    const doc = `# Ops\n\n## Configuration\n\n${START}\nold\n${END}\n\n## Next\n`;
    expect(withSection(doc, `${START}\nnew\n${END}`)).toBe(
      `# Ops\n\n## Configuration\n\n${START}\nnew\n${END}\n\n## Next\n`,
    );
  });

  it('refuses a document without the markers', () => {
    expect(() => withSection('# Ops\n', 'x')).toThrow(/has no .* markers/);
  });
});
