/**
 * The interface language as reactive state shared through context: the root
 * layout sets it from the server (cookie), components read `t()`.
 */
import { getContext, setContext } from 'svelte';
import { translate, type Lang } from '$lib/i18n';

const KEY = Symbol('lang');

export class LangState {
	current = $state<Lang>('zh');
	constructor(initial: Lang) {
		this.current = initial;
	}
	t = (key: string, params?: Record<string, string | number>) => translate(this.current, key, params);
}

export function provideLang(initial: Lang): LangState {
	return setContext(KEY, new LangState(initial));
}

export function useLang(): LangState {
	const s = getContext<LangState | undefined>(KEY);
	if (!s) throw new Error('useLang() outside the root layout');
	return s;
}
