/** A bounded map: the least recently used entry goes when it is full. */
export class Lru<K, V> {
	private map = new Map<K, V>();
	constructor(readonly capacity: number) {}
	get(key: K): V | undefined {
		const v = this.map.get(key);
		if (v !== undefined) {
			this.map.delete(key);
			this.map.set(key, v);
		}
		return v;
	}
	has(key: K): boolean {
		return this.map.has(key);
	}
	set(key: K, value: V): void {
		this.map.delete(key);
		this.map.set(key, value);
		if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value as K);
	}
	clear() {
		this.map.clear();
	}
	get size() {
		return this.map.size;
	}
}
