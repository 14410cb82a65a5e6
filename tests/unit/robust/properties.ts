/** The invariants the property tests and `npm run fuzz` check, one function each (they throw on a violation). */
import { inputMinusRemoved, parseReport, type ParsedReport } from '../../../src/lib/core/parse';
import { stripWhitespace } from '../../../src/lib/core/text/whitespace';
import { diffReports, sideText } from '../../../src/lib/core/diff/index';
import { intlSegmenter } from '../../../src/lib/core/segmenter/base';
import { extractFigures } from '../../../src/lib/core/figures/extract';

/** Generous: 2 ms a character plus 500 ms — a guard against hangs and quadratic blow-ups, not a speed test. */
export const timeBound = (chars: number) => 500 + 2 * chars;

function fail(what: string, input: string): never {
	throw new Error(`${what} (input ${JSON.stringify(input.slice(0, 300))}${input.length > 300 ? `… ${input.length} chars` : ''})`);
}

export function checkParse(input: string, tamper?: Partial<ParsedReport>): ParsedReport {
	const t = performance.now();
	const r = { ...parseReport(input), ...tamper };
	const ms = performance.now() - t;
	if (ms > timeBound(input.length)) fail(`parse took ${ms.toFixed(0)} ms for ${input.length} characters`, input);
	if (stripWhitespace(inputMinusRemoved(input, r.removed)) !== stripWhitespace(r.text)) fail('parse is not lossless', input);
	for (const p of r.pieces) {
		if (r.text.slice(p.outStart, p.outStart + p.length) !== input.slice(p.inStart, p.inStart + p.length))
			fail('a piece does not match its input', input);
	}
	for (const s of r.sentences)
		if (!(s.start <= s.end && s.end <= input.length && s.textEnd <= r.text.length)) fail('a sentence is out of range', input);
	for (const x of r.removed)
		if (!(0 <= x.start && x.start <= x.end && x.end <= input.length)) fail('a removed span is out of range', input);
	return r;
}

export function checkDiff(a: string, b: string) {
	const ra = parseReport(a);
	const rb = parseReport(b);
	const t = performance.now();
	const d = diffReports({ report: ra }, { report: rb }, { segmenter: intlSegmenter });
	const ms = performance.now() - t;
	if (ms > timeBound(a.length + b.length)) fail(`diff took ${ms.toFixed(0)} ms`, a + '\u241e' + b);
	if (sideText(d, 'a', ra.text) !== ra.text) fail('the diff does not tile A', a);
	if (sideText(d, 'b', rb.text) !== rb.text) fail('the diff does not tile B', b);
}

export function checkFigures(input: string) {
	const r = parseReport(input);
	const t = performance.now();
	const figures = extractFigures(r, input);
	const ms = performance.now() - t;
	if (ms > timeBound(input.length)) fail(`figures took ${ms.toFixed(0)} ms`, input);
	for (const f of figures)
		if (f.raw !== input.slice(f.start, f.end)) fail(`figure ${JSON.stringify(f.raw)} is not input[${f.start}, ${f.end})`, input);
}
