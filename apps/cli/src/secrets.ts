/**
 * A passphrase from the environment: never a flag, so it stays out of shell history and process
 * lists. Throws a one-line reason when it is missing or shorter than 8 characters.
 */
export function passphraseFrom(name: string): string {
  const value = process.env[name];
  if (!value || value.length < 8)
    throw new Error(`${name} is required (a passphrase of at least 8 characters; it is never stored)`);
  return value;
}
