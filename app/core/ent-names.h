/* ent-names.h: name normalisation, transliteration keys and edit distance.
 *
 * Names of the same person reach English copy in many spellings (Haftar,
 * Hifter, Hafter; Muallem, Moallem, Maalem; Gaddafi, Qaddafi, Kadhafi).  A
 * transliteration skeleton maps such spellings to one key; a bounded
 * Damerau-Levenshtein distance on the skeleton and on its consonants catches
 * what the key misses.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Lower case, diacritics stripped, curly apostrophes made straight.  Returns
 * a newly allocated string. */
char    *ent_name_fold (const char *s, gssize len);

/* TRUE for the Arabic article and similar particles that are not part of a
 * surname ("al", "el", "ul", "ad", "as", "ash", "an", "at", "az"). */
gboolean ent_name_is_particle (const char *folded_word);

/* The transliteration skeleton of one word: folded, al-/el- prefix removed,
 * digraphs reduced (sh/ch/sch->s, kh->h, gh/q/g/c->k, dh->d, th->t, ph->f,
 * zh/dj->j, ou->u, w->v, y->i), h after a consonant dropped, vowels mapped to
 * 'a', doubled letters collapsed.  Empty string for no letters. */
char    *ent_name_skeleton (const char *word, gssize len);

/* The skeleton without its vowels ("haftar" -> "hftr"). */
char    *ent_name_consonants (const char *skeleton);

/* Damerau-Levenshtein (optimal string alignment) distance between @a and @b,
 * or @max + 1 when it exceeds @max. */
guint    ent_name_distance (const char *a, const char *b, guint max);

/* How likely two single-word names (surnames) are spellings of one name:
 * 1.0 same folded word, 0.9 same skeleton, 0.75 skeleton within the allowed
 * distance, 0.6 consonant skeleton equal, 0 otherwise.  Short words need
 * exact skeletons. */
double   ent_name_word_similarity (const char *a, const char *b);

/* The last word of a personal name that is not a particle: the surname
 * ("Walid al-Muallem" -> "Muallem").  Newly allocated, NULL when none. */
char    *ent_name_surname (const char *name);
/* The first word of a name, NULL for a single word. */
char    *ent_name_given (const char *name);

G_END_DECLS
