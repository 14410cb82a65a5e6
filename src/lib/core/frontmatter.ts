/**
 * The corpus file format: a front-matter block of `key: value` lines between
 * `---` fences, then the report text exactly as found. Values are plain
 * strings (no YAML subset beyond that, but for a list of `- item` lines under a key, read as its items spaced): what a
 * user can edit by hand.
 */

export interface FrontMatter {
	fields: Record<string, string>;
	/** Offset just past the closing fence and its newline: where report text begins. */
	bodyStart: number;
}

const OPEN = /^\ufeff?---[ \t]*\r?\n/;

export function readFrontMatter(input: string): FrontMatter | null {
	const open = OPEN.exec(input);
	if (!open) return null;
	let pos = open[0].length;
	const fields: Record<string, string> = {};
	let key: string | null = null;
	while (pos < input.length) {
		const nl = input.indexOf('\n', pos);
		const lineEnd = nl < 0 ? input.length : nl;
		const line = input.slice(pos, lineEnd).replace(/\r$/, '');
		const next = nl < 0 ? input.length : nl + 1;
		if (/^---[ \t]*$/.test(line)) return { fields, bodyStart: next };
		const m = /^([A-Za-z_][\w-]*)\s*:\s?(.*)$/.exec(line);
		// A key's value may be a list, one `- item` a line (`source:` / `- https://…` / `- https://…`): its items, spaced.
		const item = key !== null ? /^[ \t]*-[ \t]+(.*)$/.exec(line) : null;
		if (m) {
			key = m[1];
			fields[key] = unquote(m[2].trim());
		} else if (item && key !== null) fields[key] = [fields[key], unquote(item[1].trim())].filter(Boolean).join(' ');
		else if (line.trim() !== '' && !line.trim().startsWith('#')) return null; // not front matter after all
		pos = next;
	}
	return null; // no closing fence: treat the whole file as text
}

function unquote(v: string): string {
	if (v.length >= 2 && ((v[0] === '"' && v.endsWith('"')) || (v[0] === "'" && v.endsWith("'")))) {
		try {
			return v[0] === '"' ? JSON.parse(v) : v.slice(1, -1);
		} catch {
			return v.slice(1, -1);
		}
	}
	return v;
}

/** Serialise metadata as a front-matter block; values with awkward characters are JSON-quoted. */
export function writeFrontMatter(fields: Record<string, string | number | undefined | null>): string {
	let out = '---\n';
	for (const [k, v] of Object.entries(fields)) {
		if (v === undefined || v === null || v === '') continue;
		const s = String(v);
		out += `${k}: ${/^[\s"']|[\n\r]|\s$|^---/.test(s) || s.includes(': ') ? JSON.stringify(s) : s}\n`;
	}
	return out + '---\n';
}
