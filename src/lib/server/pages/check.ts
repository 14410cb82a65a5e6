/**
 * The draft checker (/check) as a service: the page's data and its two form
 * actions. Drafts are confidential: they are checked in memory and written
 * only when the user asks. A longer draft is refused with the limit, never
 * cut: what is checked (and saved) is always the whole draft.
 */
import { fail } from '@sveltejs/kit';
import { proofreadDraft } from '../../core/draft';
import { predecessorOf } from '../../core/rhetoric';
import type { CheckQuery } from '../../urls/check';
import { getCorpus } from '../corpus';
import { topicNames } from '../figures';
import { configuredMaxBytes, extractFile, IMPORT_EXTENSIONS } from '../import/extract';
import { ImportRefusal } from '../import/refusal';
import { segmenter } from '../../core/segmenter';
import { members } from '../rhetoric';
import { saveDraft } from '../save-draft';
import { checkOffThread, corpusChanged } from '../work';

const MAX_DRAFT = 400_000;

/** A file's text through the importers (.docx, .pdf, .html, .txt/.md in any encoding), or why not. */
async function fileText(
	file: File
): Promise<{ text: string; format: string } | { refusal: { code: string; params: Record<string, string | number>; message: string } }> {
	try {
		const x = await extractFile(new Uint8Array(await file.arrayBuffer()), file.name, configuredMaxBytes());
		return { text: x.text, format: x.format };
	} catch (e) {
		if (e instanceof ImportRefusal) return { refusal: { code: e.code, params: e.params, message: e.message } };
		return {
			refusal: { code: 'invalid-' + (file.name.toLowerCase().endsWith('.pdf') ? 'pdf' : 'docx'), params: {}, message: (e as Error).message }
		};
	}
}

export async function checkPage(query: CheckQuery) {
	const corpus = await getCorpus();
	const all = members(corpus);
	// `?report=ID` (the report page's "check as a draft"): that report as the draft, against its predecessor.
	const me = query.report && corpus.get(query.report) ? all.find((m) => m.id === query.report) : undefined;
	const prefill = me ? { draft: corpus.input(me.id)!, against: predecessorOf(all, me)?.id ?? '' } : null;
	return {
		reports: all.map((m) => ({ id: m.id, label: [m.region, m.year, m.title].filter(Boolean).join(' · ') || m.id })),
		topicNames: topicNames(),
		extensions: IMPORT_EXTENSIONS,
		maxDraft: MAX_DRAFT,
		prefill
	};
}

/** Form action `extract`: an uploaded file's text, shown in the draft box before checking. */
export async function extractDraft(request: Request) {
	const form = await request.formData();
	const file = form.get('file');
	const againstId = String(form.get('against') ?? '');
	const save = form.get('save') === 'on';
	if (!(file instanceof File) || file.size === 0)
		return fail(400, { error: 'ck.noFile', draft: String(form.get('draft') ?? ''), against: againstId, save });
	const got = await fileText(file);
	if ('refusal' in got)
		return fail(400, { refusal: got.refusal, fileName: file.name, draft: String(form.get('draft') ?? ''), against: againstId, save });
	return { draft: got.text, against: againstId, save, extracted: { name: file.name, format: got.format, chars: got.text.length } };
}

/** Form action `check`: proofread the draft, and compare it with the chosen (or inferred) earlier report. */
export async function checkDraftForm(request: Request) {
	const form = await request.formData();
	let draft = String(form.get('draft') ?? '');
	const file = form.get('file');
	const againstId = String(form.get('against') ?? '');
	const save = form.get('save') === 'on';
	// Without JavaScript the file is read here; with it, its text is already in the box.
	if (!draft.trim() && file instanceof File && file.size > 0) {
		const got = await fileText(file);
		if ('refusal' in got) return fail(400, { refusal: got.refusal, fileName: file.name, draft, against: againstId, save });
		draft = got.text;
	}
	if (!draft.trim()) return fail(400, { error: 'ck.empty', draft, against: againstId, save });
	if (draft.length > MAX_DRAFT)
		return fail(413, {
			error: 'ck.tooLong',
			errorParams: { n: draft.length.toLocaleString('en'), limit: MAX_DRAFT.toLocaleString('en') },
			draft,
			against: againstId,
			save
		});
	const corpus = await getCorpus();
	const all = members(corpus);
	// Proofreading needs no other report: always done. Comparing needs one, chosen or inferred.
	// The same segmenter as the diff view and the worker's check (core/segmenter/).
	const proof = proofreadDraft(draft, segmenter());
	const meta = proof.meta;
	let against = againstId ? all.find((m) => m.id === againstId) : undefined;
	if (!against && meta.region) against = predecessorOf(all, { id: '', region: meta.region, year: meta.year ?? 10000, kind: meta.kind });
	let saved: { id: string; title: string } | null = null;
	let saveError = '';
	if (save) {
		try {
			const s = saveDraft(corpus, draft, meta);
			corpusChanged();
			saved = { id: s.id, title: s.title };
		} catch (e) {
			saveError = (e as Error).message;
		}
	}
	if (!against) {
		return {
			draft,
			against: againstId,
			notCompared: againstId ? 'ck.noSuchReport' : meta.region ? 'ck.noPredecessor' : 'ck.noAgainst',
			inferred: { region: meta.region ?? '', year: meta.year ?? '' },
			findings: proof.findings,
			save,
			saved,
			saveError
		};
	}
	// The check runs on a worker thread (the old report's figures and topics from the store's cache there);
	// the draft is checked whole or refused above, never cut.
	const checked = await checkOffThread(corpus, draft, against.id);
	if (!checked)
		return {
			draft,
			against: againstId,
			notCompared: 'ck.noSuchReport',
			inferred: { region: meta.region ?? '', year: meta.year ?? '' },
			findings: proof.findings,
			save,
			saved,
			saveError
		};
	const { result } = checked;
	return {
		draft,
		against: againstId,
		againstId: against.id,
		againstLabel: [against.region, against.year, against.title].filter(Boolean).join(' · ') || against.id,
		againstYear: against.year ?? null,
		inferred: { region: meta.region ?? '', year: meta.year ?? '' },
		result,
		findings: result.findings,
		series: checked.series,
		save,
		saved,
		saveError
	};
}
