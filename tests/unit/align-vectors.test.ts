/**
 * Word vectors learned from the corpus (data/matter-vectors.json, built by
 * scripts/matter-vectors.ts): words of one matter sit together, passages that
 * say one matter in different words come out close, and a row the vectors
 * made names its closest word pairs.
 */
import { describe, expect, it } from 'vitest';
import { centredVectors, closestPairs, dot, neighbours, passageVector, wordVectors } from '../../src/lib/core/align/vectors';
import { latinWord } from '../../src/lib/core/align/latin';

describe('word vectors learned from the corpus', () => {
	it('ship as data: a vocabulary with an idf and a unit vector per word', () => {
		const wv = wordVectors();
		expect(wv.words.length).toBeGreaterThan(5000);
		expect(wv.dims).toBeGreaterThanOrEqual(32);
		const r = wv.row(wv.index.get('养老')!);
		expect(dot(r, r)).toBeCloseTo(1, 5);
		expect(wv.idf[wv.index.get('老旧小区')!]).toBeGreaterThan(wv.idf[wv.index.get('工业')!]);
	});

	it('put the words of one matter together', () => {
		const near = (w: string) => neighbours(w, 20).map(([x]) => x);
		expect(near('养老')).toEqual(expect.arrayContaining(['护理']));
		expect(near('大气污染').some((w) => ['臭氧', '扬尘', '蓝天', 'PM2.5', '大气'].includes(w))).toBe(true);
		expect(near('老旧小区').some((w) => ['加装电梯', '棚户区', '城中村', '背街小巷', '小区'].includes(w))).toBe(true);
	});

	it('bring two passages on one matter closer than two on different matters, although they share few words', () => {
		const pool = [
			'功能品质持续提升。完成棚改1.2万套,改造老旧小区175个,新建改造城市道路32条',
			'全市开工改造老旧小区40个,完成既有住宅自愿加装电梯65部,城市更新有了新的注脚',
			'落实就业优先政策,城镇新增就业3.2万人,高校毕业生就业率保持在90%以上',
			'空气质量优良天数比例达到80%,PM2.5平均浓度下降到38微克每立方米'
		].map((t) => passageVector(t));
		const [a, b, c, d] = centredVectors(pool);
		expect(dot(a, b)).toBeGreaterThan(dot(a, c));
		expect(dot(a, b)).toBeGreaterThan(dot(a, d));
		expect(dot(b, a)).toBeGreaterThan(dot(b, c));
	});

	it('name the closest word pairs of two passages as evidence', () => {
		const pairs = closestPairs(
			passageVector('推进养老服务体系建设,新建社区居家养老服务中心'),
			passageVector('完善护理院和照料中心,发展普惠托老')
		);
		expect(pairs.length).toBeGreaterThan(0);
		for (const [u, w] of pairs) expect(u).not.toBe(w);
	});

	it('read Latin terms whole', () => {
		expect(latinWord('PM_2.5')).toBe('PM2.5');
		expect(latinWord('pm2．5')).toBe('PM2.5');
	});
});
