import { resources } from './index';

type Tree = { [key: string]: string | Tree };

/** Every leaf key, with i18next's plural suffixes folded (vi has only `_other`, en `_one` too). */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const result = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = `${prefix}${key.replace(/_(zero|one|two|few|many|other)$/, '')}`;
    if (typeof value === 'string') result.set(path, value);
    else leaves(value, `${path}.`).forEach((text, leaf) => result.set(leaf, text));
  }
  return result;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)/g)].map((match) => match[1]).sort();

describe('translation catalogues', () => {
  const vi = leaves(resources.vi);
  const en = leaves(resources.en);

  it('have the same keys in Vietnamese and English', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it('use the same placeholders in both languages', () => {
    for (const [key, text] of vi) expect([key, placeholders(en.get(key) ?? '')]).toEqual([key, placeholders(text)]);
  });

  it('leave no text empty', () => {
    for (const [key, text] of [...vi, ...en]) expect([key, text.trim().length > 0]).toEqual([key, true]);
  });
});
