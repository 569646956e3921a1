// Registers the TypeScript loader (@swc-node) resolved from the repository, not from the working
// directory as @swc-node/register/esm-register does: `node --import <repo>/scripts/register-ts.mjs`
// runs the sources from anywhere (bin/sild). Set SWC_NODE_PROJECT to the repository's tsconfig.
import { register } from 'node:module';

register('@swc-node/register/esm', import.meta.url);
