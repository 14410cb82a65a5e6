/**
 * Every command declares its options once (`Options`); this module parses
 * argv against them with `node:util` `parseArgs` in strict mode (an unknown
 * flag, a missing value or a value given to a switch is a usage error, exit
 * 2) and generates the usage line and `--help` text from the same
 * declaration, so the help can never list a flag the parser refuses or miss
 * one it takes.
 */
import { parseArgs } from 'node:util';
import { UsageError } from './io';

export interface Option {
	/** `boolean`: a switch (`--json`); `string`: takes a value (`--topic ID` or `--topic=ID`). */
	type: 'boolean' | 'string';
	/** The value's placeholder in the help (string options), e.g. `ID`. */
	value?: string;
	/** One line for `--help`. */
	help: string;
	/** Shown without brackets in the usage; the command checks it (parseArgs has no required options). */
	required?: boolean;
}

export type Options = Record<string, Option>;

/** What a command takes: its positionals (as shown in the usage) and its options. */
export interface Spec {
	/** The positional arguments as the usage shows them, e.g. `A B` or `FILE…`. */
	args: string;
	options: Options;
	/** Extra lines after the options in `--help` (exit codes, examples). */
	notes?: string[];
}

export interface Parsed {
	positional: string[];
	flags: Record<string, string | boolean | undefined>;
}

/** The name users type: `duidu` (the bin), also reachable as `npm run cli --`. */
export const PROGRAM = 'duidu';

const HELP: Option = { type: 'boolean', help: 'show this help' };

/** argv → positionals and flags, strictly against `spec.options`. */
export function parseOptions(argv: string[], spec: Pick<Spec, 'options'>): Parsed {
	const options: Record<string, { type: 'boolean' | 'string'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
	for (const [name, o] of Object.entries(spec.options)) options[name] = { type: o.type };
	try {
		const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true });
		return { positional: positionals, flags: { ...values } };
	} catch (e) {
		throw new UsageError(usageMessage(e as Error));
	}
}

/** parseArgs's messages, shortened to what a user needs ("unknown option --x"). */
function usageMessage(e: Error): string {
	const code = (e as { code?: string }).code;
	const flag = /'(-[^'\s]+)/.exec(e.message)?.[1] ?? '';
	if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${flag}`;
	if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
		return /argument missing/.test(e.message) ? `${flag} needs a value` : `${flag} takes no value`;
	return e.message;
}

/** Did the user ask for help? (`--help` or `-h` before any `--`.) */
export function wantsHelp(argv: string[]): boolean {
	for (const a of argv) {
		if (a === '--') return false;
		if (a === '--help' || a === '-h') return true;
	}
	return false;
}

const flagText = (name: string, o: Option) => (o.type === 'string' ? `--${name} ${o.value ?? 'VALUE'}` : `--${name}`);

/** One line: `diff A B [--json] [--section ID] …`. */
export function usageLine(name: string, spec: Spec): string {
	const opts = Object.entries(spec.options).map(([n, o]) => (o.required ? flagText(n, o) : `[${flagText(n, o)}]`));
	return [name, spec.args, ...opts].filter(Boolean).join(' ');
}

/** The whole `--help` of a command, generated from its declaration. */
export function helpText(name: string, spec: Spec & { summary: string }): string {
	const rows = [...Object.entries(spec.options), ['help', HELP] as const].map(([n, o]) => [
		n === 'help' ? '-h, --help' : flagText(n, o),
		o.help
	]);
	const width = Math.max(...rows.map(([f]) => f.length)) + 2;
	return [
		`usage: ${PROGRAM} ${name}${spec.args ? ' ' + spec.args : ''}${Object.keys(spec.options).length ? ' [options]' : ''}`,
		'',
		spec.summary,
		'',
		'options:',
		...rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`),
		...(spec.notes?.length ? ['', ...spec.notes] : [])
	].join('\n');
}
