import { parseReport, type ParsedReport } from '../../lib/core/parse';
import { classifyReport, type ReportTopics } from '../../lib/core/topics/index';
import { parseOptions } from '../args';
import { UsageError, type Command } from '../io';
import { readInput } from '../reports';
import { parseSpec } from './specs';

/** The JSON contract of `parse --json` (later features add fields, never rename). */
export function parseJson(report: ParsedReport, topics: ReportTopics = classifyReport(report)) {
	return {
		meta: report.meta,
		text: report.text,
		sections: report.sections.map((s, i) => ({
			id: s.id,
			parent: s.parent,
			level: s.level,
			heading: s.heading,
			start: s.start,
			end: s.end,
			topic: topics.sections[i].topic,
			topics: topics.sections[i].topics
		})),
		paragraphs: report.paragraphs.map((p, i) => ({
			start: p.start,
			end: p.end,
			section: p.section,
			topic: topics.paragraphs[i].topic,
			topics: topics.paragraphs[i].topics,
			evidence: topics.paragraphs[i].evidence.map((e) => ({
				term: e.term,
				topic: e.topic,
				count: e.count,
				score: e.score,
				source: e.source
			}))
		})),
		removed: report.removed.map((r) => ({ start: r.start, end: r.end, reason: r.reason }))
	};
}

export function outline(report: ParsedReport): string {
	const lines: string[] = [];
	const m = report.meta;
	const head = [m.title, m.region, m.year, m.kind].filter((x) => x !== undefined && x !== '').join(' · ');
	if (head) lines.push(head, '');
	for (const s of report.sections) lines.push(`${'  '.repeat(Math.max(0, s.level - 1))}${s.heading}  [${s.id}]`);
	const byReason = new Map<string, number>();
	for (const r of report.removed) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
	lines.push(
		'',
		`${report.sections.length} sections, ${report.paragraphs.length} paragraphs, ${report.sentences.length} sentences, ${report.text.length} characters`
	);
	if (byReason.size) lines.push(`removed: ${[...byReason].map(([k, v]) => `${k} ×${v}`).join(', ')}`);
	return lines.join('\n');
}

export const parse: Command = {
	...parseSpec,
	async run(args, io) {
		const { positional, flags } = parseOptions(args, parse);
		if (positional.length !== 1) throw new UsageError('parse takes exactly one FILE');
		const report = parseReport(await readInput(positional[0]));
		io.out(flags.json ? JSON.stringify(parseJson(report)) : outline(report));
		return 0;
	}
};
