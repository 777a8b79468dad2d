// URL-safe slugs from names: "Explainer desk" -> explainer-desk, "Nagorno-Karabakh" -> nagorno-karabakh.

/** Lowercase ASCII letters and digits separated by single dashes (accents dropped); at most `max` characters. */
export function slugify(name: string, max = 120): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
}
