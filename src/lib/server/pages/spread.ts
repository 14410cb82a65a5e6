/** The spread page's service: the first year each region uses a formula, and adoption by level over time. */
import type { SpreadQuery } from '../../urls/spread';
import { getCorpus } from '../corpus';
import { serveSpread, storeCorpus } from '../reuse';

export async function spreadPage(query: SpreadQuery) {
	return serveSpread(storeCorpus(await getCorpus()), query.term);
}
