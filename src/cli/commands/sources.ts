import { resolve } from 'node:path';
import {
	folderCorpus,
	formulaSpread,
	ReuseError,
	sourcesOf,
	storeCorpus,
	summaryOf,
	type ReuseCorpus,
	type SourcesResult
} from '../../lib/server/reuse';
import { getCorpus } from '../../lib/server/corpus';
import { parseOptions, type Options } from '../args';
import { CliError, UsageError, type Command } from '../io';

/** The corpus to read: a folder in the reference layout (--corpus DIR), else the app's corpus store. */
async function corpusFrom(flag: string | boolean | undefined): Promise<ReuseCorpus> {
	if (typeof flag === 'string') return folderCorpus(resolve(flag));
	return storeCorpus(await getCorpus());
}

/** The JSON contract of `sources --json`. */
export function sourcesJson(r: SourcesResult) {
	return {
		report: r.target,
		sentences: r.sentences,
		summary: summaryOf(r),
		sources: r.shares.map((s) => ({
			id: s.source,
			region: s.ref.region,
			level: s.ref.level,
			year: s.ref.year,
			relation: s.ref.relation,
			sentences: s.sentences,
			share: s.share,
			verbatim: s.verbatim,
			edited: s.edited
		})),
		passages: r.passages.map((p) => ({
			text: p.text,
			start: p.inputStart,
			end: p.inputEnd,
			source: p.source,
			sourceText: p.sourceText,
			sourceStart: p.sourceInputStart,
			sourceEnd: p.sourceInputEnd,
			closeness: p.closeness,
			identity: p.identity
		}))
	};
}

const OPTIONS: Options = {
	corpus: {
		type: 'string',
		value: 'DIR',
		help: "read a folder in the reference layout (FOLDER/REGION/YEAR.md) instead of the app's corpus"
	},
	json: { type: 'boolean', help: 'print JSON instead of text' }
};

export const sources: Command = {
	summary: 'where a report’s wording came from: sentences reused from its province and the national report (same or previous year)',
	args: 'REPORT',
	options: OPTIONS,
	notes: ['REPORT is an id: 聊城市-2023 with --corpus ../shared/corpus/gov'],
	async run(args, io) {
		const { positional, flags } = parseOptions(args, sources);
		if (positional.length !== 1) throw new UsageError('sources takes exactly one REPORT id');
		const corpus = await corpusFrom(flags.corpus);
		let r: SourcesResult;
		try {
			r = sourcesOf(corpus, positional[0]);
		} catch (e) {
			if (e instanceof ReuseError) throw new CliError(e.message);
			throw e;
		}
		if (flags.json) {
			io.out(JSON.stringify(sourcesJson(r)));
			return 0;
		}
		const s = summaryOf(r);
		io.out(`${r.target.region} ${r.target.year}: ${s.zh}\n${s.en}`);
		io.out(`sources / 来源: ${r.sources.map((x) => x.id).join(', ') || 'none / 无'}`);
		for (const p of r.passages)
			io.out(`  [${p.closeness === 'verbatim' ? 'verbatim/原文' : 'edited/改写'} ${p.source}] ${p.text}\n      ⇐ ${p.sourceText}`);
		return 0;
	}
};

export const spread: Command = {
	summary: 'spread of a formula: the first year each province and city uses it, and adoption by level over the years',
	args: 'FORMULA',
	options: OPTIONS,
	async run(args, io) {
		const { positional, flags } = parseOptions(args, spread);
		if (positional.length !== 1) throw new UsageError('spread takes exactly one FORMULA');
		const corpus = await corpusFrom(flags.corpus);
		let r;
		try {
			r = formulaSpread(corpus, positional[0]);
		} catch (e) {
			if (e instanceof ReuseError) throw new CliError(e.message);
			throw e;
		}
		if (flags.json) {
			io.out(JSON.stringify(r));
			return 0;
		}
		io.out(`“${r.term}”: first used by ${r.first.length} regions / ${r.first.length} 个地区首次使用`);
		for (const a of r.adoption)
			io.out(
				`  ${a.year}  provincial/省级 ${a.adopted.provincial}/${r.regions.provincial}  city/市级 ${a.adopted.city}/${r.regions.city}  national/国家 ${a.adopted.national}`
			);
		for (const f of r.first) io.out(`  ${f.year} ${f.level} ${f.region} ×${f.count}`);
		return 0;
	}
};
