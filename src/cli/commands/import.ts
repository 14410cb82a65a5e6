import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { metaFromFields } from '../../lib/core/meta';
import type { ReportMeta } from '../../lib/core/parse';
import { configuredMaxBytes } from '../../lib/server/import/extract';
import { cleanStaleTemps, importFile } from '../../lib/server/import/pipeline';
import { formatBytes, ImportRefusal } from '../../lib/server/import/refusal';
import { parseOptions, type Options } from '../args';
import { UsageError, type Command } from '../io';

const META_FLAGS = ['title', 'region', 'province', 'level', 'year', 'kind', 'date', 'speaker', 'meeting', 'source', 'notes'];

/** The metadata flags given, typed like front matter (so `--year 2024` is a number). */
function correctionsFrom(flags: Record<string, string | boolean | undefined>): ReportMeta {
	const fields: Record<string, string> = {};
	for (const k of META_FLAGS) {
		const v = flags[k];
		if (typeof v === 'string') fields[k] = v;
	}
	const meta = metaFromFields(fields);
	// metaFromFields drops values it cannot type; keep them so validation can name them.
	if (fields.year !== undefined && meta.year === undefined) (meta as Record<string, unknown>).year = fields.year;
	if (fields.level !== undefined && meta.level === undefined) (meta as Record<string, unknown>).level = fields.level;
	if (fields.kind !== undefined) (meta as Record<string, unknown>).kind = fields.kind;
	return meta;
}

export const importCommand: Command = {
	summary: 'import .docx, .pdf, .html or .txt/.md files (any Chinese encoding) into the corpus as text reports',
	args: 'FILE…',
	options: {
		into: { type: 'string', value: 'DIR', help: 'the corpus folder to write to (default: DUIDU_IMPORT_DIR, else reports)' },
		...Object.fromEntries(
			META_FLAGS.map((k) => [
				k,
				{
					type: 'string',
					value: k.toUpperCase(),
					help: `the report's ${k} (front matter), when the file does not say`
				} satisfies Options[string]
			])
		),
		id: { type: 'string', value: 'ID', help: 'the id (file name) of the imported report; one FILE only' },
		replace: { type: 'boolean', help: 'overwrite a report with the same id' },
		'max-size': { type: 'string', value: 'MB', help: 'refuse files larger than this' },
		json: { type: 'boolean', help: 'print the results as JSON' }
	},
	async run(args, io) {
		const { positional, flags } = parseOptions(args, importCommand);
		if (!positional.length) throw new UsageError('import needs at least one FILE');
		const dir = typeof flags.into === 'string' ? flags.into : (process.env.DUIDU_IMPORT_DIR ?? 'reports');
		const corrections = correctionsFrom(flags);
		if (typeof flags.id === 'string' && positional.length > 1) throw new UsageError('--id names one report: give one FILE with it');
		let maxBytes = configuredMaxBytes();
		if (flags['max-size'] !== undefined) {
			const mb = Number(flags['max-size']);
			if (!(mb > 0)) throw new UsageError('--max-size takes a size in MB, e.g. --max-size 50');
			maxBytes = Math.round(mb * 1024 * 1024);
		}
		const replace = flags.replace === true;
		const results: Record<string, unknown>[] = [];
		let refused = 0;
		for (const name of cleanStaleTemps(dir)) io.err(`removed ${name}: a temp file left by an import that never finished`);
		for (const file of positional) {
			try {
				if (!existsSync(file)) throw new ImportRefusal('unsupported', `${file}: no such file`);
				const st = statSync(file);
				if (!st.isFile()) throw new ImportRefusal('unsupported', `${file}: not a file`);
				// Check the size before reading: a huge file is refused without loading it.
				if (st.size > maxBytes) {
					throw new ImportRefusal(
						'too-large',
						`${file}: the file is ${formatBytes(st.size)}, over the import size limit of ${formatBytes(maxBytes)}`,
						{
							size: formatBytes(st.size),
							limit: formatBytes(maxBytes)
						}
					);
				}
				const bytes = new Uint8Array(readFileSync(file));
				const { candidate, saved } = await importFile(bytes, basename(file), {
					dir,
					corrections,
					id: typeof flags.id === 'string' ? flags.id : undefined,
					replace,
					maxBytes
				});
				const m = candidate.meta;
				results.push({ file, ok: true, id: saved.id, path: saved.file, replaced: saved.replaced, meta: m, stats: candidate.stats });
				if (!flags.json) {
					const what = [m.region, m.year, m.kind, m.level].filter(Boolean).join(' · ');
					const enc = candidate.encoding ? `, ${candidate.encoding}` : '';
					io.out(
						`${saved.replaced ? 'replaced' : 'imported'} ${file} → ${saved.file}\n    ${m.title ?? '(no title)'} [${what}]\n    ${candidate.format}${enc}: ${candidate.stats.sections} sections, ${candidate.stats.paragraphs} paragraphs, ${candidate.stats.characters} characters`
					);
				}
			} catch (err) {
				// Anything else that goes wrong with one file is that file's refusal: the batch goes on.
				const e =
					err instanceof ImportRefusal
						? err
						: new ImportRefusal('write-failed', `${file}: ${(err as Error)?.message ?? String(err)}`, {
								detail: String((err as Error)?.message ?? err)
							});
				refused++;
				results.push({ file, ok: false, code: e.code, error: e.message });
				io.err(`refused ${e.message}`);
			}
		}
		if (flags.json) io.out(JSON.stringify(results, null, 1));
		if (positional.length > 1 && !flags.json) io.out(`${positional.length - refused} imported, ${refused} refused`);
		return refused ? 1 : 0;
	}
};
