import femaleDe from 'human-names/data/female-human-names-de.json' with { type: 'json' };
import femaleEn from 'human-names/data/female-human-names-en.json' with { type: 'json' };
import femaleEs from 'human-names/data/female-human-names-es.json' with { type: 'json' };
import femaleFr from 'human-names/data/female-human-names-fr.json' with { type: 'json' };
import femaleIt from 'human-names/data/female-human-names-it.json' with { type: 'json' };
import femaleNl from 'human-names/data/female-human-names-nl.json' with { type: 'json' };
import maleDe from 'human-names/data/male-human-names-de.json' with { type: 'json' };
import maleEn from 'human-names/data/male-human-names-en.json' with { type: 'json' };
import maleEs from 'human-names/data/male-human-names-es.json' with { type: 'json' };
import maleFr from 'human-names/data/male-human-names-fr.json' with { type: 'json' };
import maleIt from 'human-names/data/male-human-names-it.json' with { type: 'json' };
import maleNl from 'human-names/data/male-human-names-nl.json' with { type: 'json' };

/**
 * Given names in use in English, German, French, Spanish, Italian and
 * Dutch (the `human-names` package, MIT: 5,302 names). "Larry Fink" and
 * "Friedrich Risner" start with one, so they are people, which wink's
 * model and the capitalised-run rules alone cannot tell from "Dream Pool
 * Essays".
 */
let names: Set<string> | undefined;

/** Whether the word is a known given name ("Larry", "Oleg", "Jasmin"), case aside. */
export function isGivenName(word: string): boolean {
  names ??= new Set([femaleDe, femaleEn, femaleEs, femaleFr, femaleIt, femaleNl, maleDe, maleEn, maleEs, maleFr, maleIt, maleNl].flat().map((name) => name.toLowerCase()));
  return names.has(word.toLowerCase());
}
