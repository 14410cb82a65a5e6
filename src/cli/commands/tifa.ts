import { tifaShifts, type TifaShift } from '../../lib/core/rhetoric/tifa';
import { parseOptions } from '../args';
import { UsageError, type Command } from '../io';
import { loadReport } from '../reports';

const MARK: Record<TifaShift['class'], string> = { stronger: '↑ stronger/加强', weaker: '↓ weaker/减弱', reframed: '↔ reframed/改述' };

/** The JSON contract of `tifa --json`. */
export function tifaJson(shifts: TifaShift[]) {
	const side = (s: TifaShift['a']) => ({
		phrase: s.phrase,
		head: s.head,
		object: s.object,
		strength: s.strength,
		sentence: s.sentence,
		start: s.start,
		end: s.end
	});
	return { shifts: shifts.map((s) => ({ object: s.object, class: s.class, match: s.match, a: side(s.a), b: side(s.b) })) };
}

export const tifa: Command = {
	summary: 'shifts in set phrases (提法) from report A to report B: 大力发展X → 积极稳妥发展X, stronger / weaker / reframed',
	args: 'A B',
	options: { json: { type: 'boolean', help: 'print JSON instead of text' } },
	async run(args, io) {
		const { positional, flags } = parseOptions(args, tifa);
		if (positional.length !== 2) throw new UsageError('tifa takes exactly two reports, A and B');
		const [a, b] = await Promise.all(positional.map(loadReport));
		const shifts = tifaShifts(a.report, b.report);
		if (flags.json) {
			io.out(JSON.stringify(tifaJson(shifts)));
			return 0;
		}
		for (const s of shifts) {
			io.out(`${s.object}：${s.a.phrase} → ${s.b.phrase}   [${MARK[s.class]}]`);
			io.out(`  A: ${s.a.sentence}`);
			io.out(`  B: ${s.b.sentence}`);
		}
		const n = (c: TifaShift['class']) => shifts.filter((s) => s.class === c).length;
		io.out(
			`${shifts.length} shift(s) / 处提法变化: ${n('stronger')} stronger/加强, ${n('weaker')} weaker/减弱, ${n('reframed')} reframed/改述`
		);
		return 0;
	}
};
