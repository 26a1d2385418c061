// Slugs for what fans create: the kebab-case of a name (as the corpus's own slugs are), and ids for new statements.

/** "Jeri Hogarth" → "jeri-hogarth"; accents dropped, anything else between words becomes one hyphen. */
export function slugify(name: string, maxLength = 60): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return slug || 'page';
}

/** An id for a statement a fan adds: its first words, and a random tail so two fans' statements never collide. */
export function newStatementId(text: string): string {
  const tail = Array.from(crypto.getRandomValues(new Uint8Array(4)), (byte) => byte.toString(16).padStart(2, '0'));
  return `${slugify(text, 40)}-${tail.join('')}`;
}
