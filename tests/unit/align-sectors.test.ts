/**
 * Sectors, the finer layer under the industry matters (data/sectors.json,
 * read by core/align/sectors.ts; eleventh round of issue 10): the word vectors
 * see "industry", not which one, so a passage on 稀土 and one on 钢铁 came out
 * close and the vector-only floor paired them (包头 × 赤峰 2024). The quotes are
 * the openings of such passages.
 */
import { describe, expect, it } from 'vitest';
import { sectorsClash, sectorsOf } from '../../src/lib/core/align/sectors';
import { centredVectors, dot, passageVector } from '../../src/lib/core/align/vectors';

const rareEarth =
	'全面提升稀土原材料生产能力。统筹推进稀土资源勘查、废料回收利用和绿色冶炼升级改造，加快白云鄂博稀土矿增储上产，建成投产北方稀土绿色冶炼、金蒙稀土2000吨钕铁硼废料回收自动化生产线等项目。';
const steel =
	'聚焦延长钢铁产业链条，加快推进远联钢铁合金带钢、中唐特钢铁锌合金、宁保冶金高碳铬铁合金、电镀锡薄钢板等项目，推动钢材产品优化升级、附加值显著提升。';
const pharma =
	'现代医药和大健康产业链。围绕原料药、成品药等链条，以国药威奇达、同药集团、普德药业等龙头企业为引领，加快原料药及青霉素发酵车间升级改造等项目建设。';
const traditional = '改造提升传统产业。实施产业基础再造、重大技术改造升级工程，推动钢铁、化工、纺织等产业高端化、智能化、绿色化发展。';
const steel2 = '推动钢铁产业转型升级。加快特钢项目建设，推进钢铁企业超低排放改造，钢材深加工产值增长10%。';

describe('sectors: which industry a passage is about', () => {
	it('a lead sentence names the sector a passage is about', () => {
		expect([...sectorsOf(rareEarth).focus]).toEqual(['rare-earth']);
		expect([...sectorsOf(steel).focus]).toEqual(['steel']);
		expect([...sectorsOf(pharma).focus]).toEqual(['pharma']);
	});

	it('a passage that lists several sectors as examples is about none of them', () => {
		const s = sectorsOf(traditional);
		expect(s.focus.size).toBe(0);
		expect(s.all).toEqual(new Set(['steel', 'chemicals', 'textiles']));
	});

	it('the longest term decides: 新能源汽车 is motor vehicles, not renewable power', () => {
		expect([...sectorsOf('加快新能源汽车产业发展。支持整车企业扩大产能。').focus]).toEqual(['auto']);
	});

	it('two passages on different industries clash; the same industry, or a list naming it, does not', () => {
		expect(sectorsClash(sectorsOf(rareEarth), sectorsOf(steel))).toBe(true);
		expect(sectorsClash(sectorsOf(pharma), sectorsOf(steel))).toBe(true);
		expect(sectorsClash(sectorsOf(steel), sectorsOf(steel2))).toBe(false);
		expect(sectorsClash(sectorsOf(traditional), sectorsOf(steel))).toBe(false);
		expect(sectorsClash(sectorsOf('加快制造业高质量发展。'), sectorsOf(steel))).toBe(false);
	});

	it('is needed: the word vectors alone put the two industries close', () => {
		const [a, b] = centredVectors([passageVector(rareEarth), passageVector(steel)]);
		expect(dot(a, b)).toBeGreaterThan(0.3);
	});
});
