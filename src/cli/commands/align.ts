import { alignReports, type Alignment } from '../../lib/core/align/index';
import { classifyReport, defaultTaxonomy } from '../../lib/core/topics/index';
import { parseOptions } from '../args';
import { CliError, UsageError, type Command } from '../io';
import { loadReport } from '../reports';
import { segmenter } from '../../lib/core/segmenter';

/** The JSON contract of `align --json`. */
export function alignJson(a: Alignment) {
	return {
		reports: a.reports,
		topic: a.topic,
		rows: a.rows.map((r) => ({
			cells: r.cells.map((c) => (c ? { report: c.report, start: c.start, end: c.end, text: c.text } : null)),
			similarity: r.similarity,
			// What the matched passages share (null on a row of one passage) and each side's words for it.
			matter: r.matter ? r.matter.zh : null,
			evidence: r.evidence
		}))
	};
}

/** Side-by-side text: one block per row, each cell labelled with its column; matched rows numbered. */
export function alignText(a: Alignment, width = 38): string {
	const out: string[] = [];
	const cols = a.reports.length;
	out.push(a.reports.map((r, i) => `[${String.fromCharCode(65 + i)}] ${r}`).join('\n'), `topic: ${a.topic}`, '');
	let matched = 0;
	for (const row of a.rows) {
		const n = row.cells.filter(Boolean).length;
		const why = row.matter
			? ` ${row.matter.zh}: ${row.evidence
					.map((e, k) => (e ? `${String.fromCharCode(65 + k)} ${e.join('、')}` : null))
					.filter(Boolean)
					.join(' · ')}`
			: '';
		const tag = n > 1 ? `═ #${++matched}${why} (similarity ${row.similarity.toFixed(2)})` : '─';
		out.push(tag);
		const wrapped = row.cells.map((c) => wrap(c ? c.text : '', width));
		const height = Math.max(...wrapped.map((w) => w.length));
		for (let i = 0; i < height; i++) {
			out.push(
				wrapped
					.map((w, k) => {
						const label = i === 0 && row.cells[k] ? `${String.fromCharCode(65 + k)}│` : ' │';
						return label + pad(w[i] ?? '', width);
					})
					.join(' ')
					.trimEnd()
			);
		}
	}
	out.push('', `${a.rows.length} rows, ${matched} with passages matched across ${cols} reports`);
	return out.join('\n');
}

/** Display width: CJK characters take two columns. */
function cells(s: string): number {
	let w = 0;
	for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
	return w;
}

function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const ch of text.replace(/\s+/g, ' ')) {
		if (cells(line + ch) > width) {
			lines.push(line);
			line = '';
		}
		line += ch;
	}
	if (line) lines.push(line);
	return lines;
}

function pad(s: string, width: number): string {
	return s + ' '.repeat(Math.max(0, width - cells(s)));
}

export const align: Command = {
	summary: 'line up what 2–6 reports say on a topic, passage by passage',
	args: 'A B [C…]',
	options: {
		topic: { type: 'string', value: 'ID', help: 'the topic to line up (an id of the taxonomy)', required: true },
		json: { type: 'boolean', help: 'print JSON instead of text' }
	},
	async run(args, io) {
		const { positional, flags } = parseOptions(args, align);
		if (positional.length < 2 || positional.length > 6) throw new UsageError('align takes 2 to 6 reports (files or corpus ids)');
		const topic = flags.topic;
		if (typeof topic !== 'string') throw new UsageError('--topic ID is required');
		const ids = defaultTaxonomy.topics.map((t) => t.id);
		if (!ids.includes(topic)) throw new CliError(`unknown topic "${topic}" (topics: ${ids.join(', ')})`);
		const loaded = [];
		for (const p of positional) loaded.push(await loadReport(p));
		const alignment = alignReports(
			loaded.map((l) => ({ id: l.name, report: l.report, topics: classifyReport(l.report) })),
			topic,
			segmenter()
		);
		io.out(flags.json ? JSON.stringify(alignJson(alignment)) : alignText(alignment));
		return 0;
	}
};
