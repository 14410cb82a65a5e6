/** What a command needs from the process, so commands are testable without spawning one. */
export interface Io {
	out(s: string): void;
	err(s: string): void;
	/** Colour is used only on a terminal and never carries meaning alone. */
	color: boolean;
}

export const processIo: Io = {
	out: (s) => process.stdout.write(s.endsWith('\n') ? s : s + '\n'),
	err: (s) => process.stderr.write(s.endsWith('\n') ? s : s + '\n'),
	color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR
};

export class UsageError extends Error {}

/** A failure the user can act on: printed as one message, exit code 1 (or `code`). */
export class CliError extends Error {
	constructor(
		message: string,
		readonly code = 1
	) {
		super(message);
	}
}

export interface Command {
	summary: string;
	usage: string;
	run(args: string[], io: Io): Promise<number>;
}

/** Split argv into positionals and `--flag` / `--key value` options. */
export function parseArgs(args: string[], valued: string[] = []): { positional: string[]; flags: Record<string, string | true> } {
	const positional: string[] = [];
	const flags: Record<string, string | true> = {};
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--') {
			positional.push(...args.slice(i + 1));
			break;
		}
		if (a.startsWith('--')) {
			const eq = a.indexOf('=');
			const key = eq > 0 ? a.slice(2, eq) : a.slice(2);
			if (eq > 0) flags[key] = a.slice(eq + 1);
			else if (valued.includes(key)) {
				if (i + 1 >= args.length) throw new UsageError(`--${key} needs a value`);
				flags[key] = args[++i];
			} else flags[key] = true;
		} else positional.push(a);
	}
	return { positional, flags };
}
