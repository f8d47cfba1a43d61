/** Where tax classes live in the API (identified by slug, not by a number). */
export const taxClassesPath = 'taxes/classes';
export const taxClassPath = (slug: string) => `${taxClassesPath}/${encodeURIComponent(slug)}`;
