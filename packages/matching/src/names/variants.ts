import { readFileSync } from 'node:fs';
import { normaliseName } from '../normalise/names';

/** Why two different given names may belong to the same person. */
export type NameRelation =
  /** `short` is listed as a nickname of `full` (Bill, William). */
  | { kind: 'nickname'; short: string; full: string }
  /** `variant` is listed as another spelling or form of `name` (Abbey, Abigail). */
  | { kind: 'variant'; variant: string; name: string }
  /** Both are nicknames or forms of `canonical` (Bill and Billy, William). */
  | { kind: 'shared'; canonical: string; a: string; b: string; source: 'nickname' | 'variant' };

type Link = 'nickname' | 'variant';

/**
 * Given-name variants: nicknames (carltonnorthern/nicknames) and Febrl's given-name variant
 * tables. Two names are variants if either is listed under the other, or both are listed under
 * the same name. Keys are normalised names (lowercase letters only).
 */
export class NameVariants {
  /** name → names it is a nickname or form of. */
  private readonly parents = new Map<string, Map<string, Link>>();
  /** name → its nicknames and forms. */
  private readonly children = new Map<string, Map<string, Link>>();

  add(full: string, short: string, link: Link): void {
    const f = normaliseName(full)?.joined;
    const s = normaliseName(short)?.joined;
    if (!f || !s || f === s) return;
    upsert(this.parents, s).set(f, this.parents.get(s)?.get(f) ?? link);
    upsert(this.children, f).set(s, this.children.get(f)?.get(s) ?? link);
  }

  /** How two normalised given names are related, or null when they are not listed as variants. */
  relation(a: string, b: string): NameRelation | null {
    if (a === b) return null;
    // The lists name some pairs both ways round (oliver,has_nickname,ollie and the reverse): the
    // shorter name is then taken as the nickname, so the words read "Ollie is a nickname of Oliver".
    if (this.parents.get(a)?.has(b) && this.parents.get(b)?.has(a) && a.length > b.length) return this.relation(b, a);
    const aUnderB = this.parents.get(a)?.get(b);
    if (aUnderB)
      return aUnderB === 'nickname'
        ? { kind: 'nickname', short: a, full: b }
        : { kind: 'variant', variant: a, name: b };
    const bUnderA = this.parents.get(b)?.get(a);
    if (bUnderA)
      return bUnderA === 'nickname'
        ? { kind: 'nickname', short: b, full: a }
        : { kind: 'variant', variant: b, name: a };
    const aParents = this.parents.get(a);
    const bParents = this.parents.get(b);
    if (!aParents || !bParents) return null;
    for (const [canonical, link] of aParents) {
      const other = bParents.get(canonical);
      if (other)
        return {
          kind: 'shared',
          canonical,
          a,
          b,
          source: link === 'nickname' && other === 'nickname' ? 'nickname' : 'variant',
        };
    }
    return null;
  }

  get size(): number {
    return this.children.size;
  }
}

function upsert(map: Map<string, Map<string, Link>>, key: string): Map<string, Link> {
  let inner = map.get(key);
  if (!inner) {
    inner = new Map();
    map.set(key, inner);
  }
  return inner;
}

/** `name1,relationship,name2` rows ('william,has_nickname,bill'), header first; CRLF or LF. */
export function parseNicknamesCsv(text: string): Array<[full: string, nickname: string]> {
  const pairs: Array<[string, string]> = [];
  for (const line of text.split(/\r?\n/).slice(1)) {
    const [full, relationship, nickname] = line.split(',');
    if (full && nickname && relationship?.trim() === 'has_nickname') pairs.push([full.trim(), nickname.trim()]);
  }
  return pairs;
}

/**
 * Febrl lookup tables: `canonical : variant, variant, …`, `#` comments, a `tag=` line, and
 * continuation lines (indented, without a colon) that carry on the previous entry's list.
 */
export function parseFebrlNameTable(text: string): Array<[canonical: string, variants: string[]]> {
  const entries: Array<[string, string[]]> = [];
  let current: [string, string[]] | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '');
    if (line.trim() === '' || /^\s*tag\s*=/.test(line)) continue;
    const colon = line.indexOf(':');
    if (colon !== -1) {
      current = [line.slice(0, colon).trim(), []];
      entries.push(current);
    }
    if (!current) continue;
    const list = colon === -1 ? line : line.slice(colon + 1);
    for (const name of list.split(',')) if (name.trim() !== '') current[1].push(name.trim());
  }
  return entries;
}

export function buildNameVariants(sources: { nicknamesCsv?: string[]; febrlTables?: string[] }): NameVariants {
  const variants = new NameVariants();
  for (const text of sources.nicknamesCsv ?? []) {
    for (const [full, nickname] of parseNicknamesCsv(text)) variants.add(full, nickname, 'nickname');
  }
  for (const text of sources.febrlTables ?? []) {
    for (const [canonical, list] of parseFebrlNameTable(text))
      for (const name of list) variants.add(canonical, name, 'variant');
  }
  return variants;
}

let bundled: NameVariants | undefined;

/** The variants from the data files shipped in this package (`data/names/`), loaded once. */
export function loadNameVariants(): NameVariants {
  if (!bundled) {
    const read = (file: string) => readFileSync(new URL(`../../data/names/${file}`, import.meta.url), 'utf8');
    bundled = buildNameVariants({
      nicknamesCsv: [read('names.csv')],
      febrlTables: [read('febrl_givenname_f.tbl'), read('febrl_givenname_m.tbl')],
    });
  }
  return bundled;
}
