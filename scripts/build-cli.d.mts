// Types of scripts/build-cli.mjs for the tests that build a private copy of the command.
export function buildCli(outDir?: string): Promise<void>;
export function buildPrivateCli(dir: string): Promise<string>;
