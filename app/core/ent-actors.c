/* ent-actors.c: the actor registry of one extraction run.
 *
 * One node per real actor, across all documents of a run:
 *  - gazetteer actors are keyed by their entry;
 *  - people found by rules are keyed by the transliteration skeleton of their
 *    surname; a new full name joins an existing person when the surnames'
 *    skeletons agree (or are within a small edit distance for people of the
 *    same document) and the given names do not contradict each other; a
 *    surname alone joins the most recent person of the document with that
 *    surname;
 *  - organisations found by rules are keyed by their sorted content words
 *    ("Government of National Accord" = "National Accord government").
 * States, people and groups never merge with each other.
 */
#define G_LOG_DOMAIN "entente-actors"

#include "config.h"

#include <string.h>

#include "ent-extract-private.h"
#include "ent-names.h"

/* What an alias is first compared by (EntXActor.alias_hashes): its
 * length and three of its bytes, no pass over the text; equal keys are
 * then compared in full */
static inline guint64
alias_key (const char *p, gsize n)
{
  if (n == 0)
    return 0;
  return (guint64) n | ((guint64) (guchar) p[0] << 32) | ((guint64) (guchar) p[n / 2] << 40) |
         ((guint64) (guchar) p[n - 1] << 48);
}

static void
xactor_free (gpointer p)
{
  EntXActor *a = p;
  g_free (a->name);
  g_ptr_array_unref (a->aliases);
  g_free (a->sur_skel);
  g_free (a->given);
  g_free (a->org_key);
  g_free (a->ments);
  g_array_unref (a->alias_hashes);
  g_free (a);
}

void
_ent_actors_init (EntXCtx *ctx)
{
  ctx->actors = g_ptr_array_new_with_free_func (xactor_free);
  ctx->n_by_gaz = ctx->gaz ? ctx->gaz->entries->len : 0;
  ctx->by_gaz = g_new0 (int, ctx->n_by_gaz + 1);
  ctx->by_org = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->org_names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->by_surname = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                           (GDestroyNotify) g_array_unref);
}

void
_ent_actors_clear (EntXCtx *ctx)
{
  g_clear_pointer (&ctx->actors, g_ptr_array_unref);
  g_clear_pointer (&ctx->by_gaz, g_free);
  ctx->n_by_gaz = 0;
  g_clear_pointer (&ctx->by_org, g_hash_table_unref);
  g_clear_pointer (&ctx->org_names, g_hash_table_unref);
  g_clear_pointer (&ctx->by_surname, g_hash_table_unref);
}

static int
actor_new (EntXCtx *ctx, const char *name, EntActorType type)
{
  EntXActor *a = g_new0 (EntXActor, 1);
  a->name = g_strdup (name);
  a->name_len = strlen (name);
  a->type = type;
  a->aliases = g_ptr_array_new_with_free_func (g_free);
  a->gaz = -1;
  a->affil = -1;
  a->alias_hashes = g_array_new (FALSE, FALSE, sizeof (guint64));
  a->confidence = 1.0;
  g_ptr_array_add (ctx->actors, a);
  return ctx->actors->len - 1;
}

static void
index_surname (EntXCtx *ctx, int idx, const char *skel)
{
  GArray *arr;

  if (skel == NULL || *skel == '\0')
    return;
  arr = g_hash_table_lookup (ctx->by_surname, skel);
  if (arr == NULL)
    {
      arr = g_array_new (FALSE, FALSE, sizeof (int));
      g_hash_table_insert (ctx->by_surname, g_strdup (skel), arr);
    }
  for (guint i = 0; i < arr->len; i++)
    if (g_array_index (arr, int, i) == idx)
      return;
  g_array_append_val (arr, idx);
}

static void
note_doc_person (EntXCtx *ctx, int idx)
{
  EntXActor *a = g_ptr_array_index (ctx->actors, idx);
  GArray *recent = ctx->doc_people;

  /* the person noted last (most calls: a name met again and again):
   * doc_skel, which only this sets, maps the surname to it already */
  if (recent->len > 0 && g_array_index (recent, int, recent->len - 1) == idx)
    return;
  if (a->sur_skel && *a->sur_skel &&
      g_hash_table_insert (ctx->doc_skel, a->sur_skel, GINT_TO_POINTER (idx + 1)))
    g_hash_table_remove_all (ctx->surname_miss);   /* a new surname may now match */
  /* a bounded list of the people met most recently */
  if (recent->len >= 128)
    g_array_remove_range (recent, 0, 64);
  g_array_append_val (recent, idx);
}

static char *
given_key (const char *full)
{
  g_autofree char *g = ent_name_given (full);
  char *k;

  /* "Ash Carter": a first name that is also a particle is still his */
  if (g == NULL && strchr (full, ' ') != NULL && strchr (full, '-') == NULL)
    g = g_strndup (full, strchr (full, ' ') - full);
  if (g == NULL)
    return NULL;
  k = ent_name_skeleton (g, -1);
  /* "Ash" has no consonant skeleton left: compare the name itself, so
   * "Jimmy Carter" is not "Ash Carter" */
  if (*k == '\0')
    {
      g_free (k);
      k = ent_name_fold (g, -1);
    }
  return k;
}

int
_ent_actor_for_entry (EntXCtx *ctx, guint entry)
{
  const EntGazEntry *e;
  EntXActor *a;
  int idx = _ent_actor_of_entry (ctx, entry);

  if (idx >= 0)
    {
      a = g_ptr_array_index (ctx->actors, idx);
      if (a->type == ENT_ACTOR_LEADER || a->type == ENT_ACTOR_PERSON)
        note_doc_person (ctx, idx);
      return idx;
    }
  e = _ent_gazetteer_entry (ctx->gaz, entry);
  idx = actor_new (ctx, e->name, e->type);
  a = g_ptr_array_index (ctx->actors, idx);
  a->gaz = entry;
  a->outlet = e->outlet;
  if (entry < ctx->n_by_gaz)
    ctx->by_gaz[entry] = idx + 1;
  if (e->type == ENT_ACTOR_LEADER || e->type == ENT_ACTOR_PERSON)
    {
      g_autofree char *sur = ent_name_surname (e->name);
      if (sur)
        {
          a->sur_skel = ent_name_skeleton (sur, -1);
          index_surname (ctx, idx, a->sur_skel);
        }
      a->given = given_key (e->name);
      note_doc_person (ctx, idx);
    }
  return idx;
}

static gboolean
given_compatible (const char *a, const char *b)
{
  if (a == NULL || b == NULL || *a == '\0' || *b == '\0')
    return TRUE;
  if (strcmp (a, b) == 0)
    return TRUE;
  /* "Ibrahim" and "Brahim", "Abdelkader" and "Bdelkader": a first vowel
   * dropped in Maghrebi spellings (the skeleton writes vowels "a") */
  if ((a[0] == 'a' && strlen (b) >= 4 && strcmp (a + 1, b) == 0) ||
      (b[0] == 'a' && strlen (a) >= 4 && strcmp (b + 1, a) == 0))
    return TRUE;
  return a[0] == b[0] && strlen (a) >= 4 && strlen (b) >= 4 && ent_name_distance (a, b, 1) <= 1;
}

/* A person of this document whose surname is another spelling of the
 * surname whose skeleton is @skel: skeletons within a small edit distance
 * (Zelensky, Zelenskyy). */
static int
fuzzy_doc_person (EntXCtx *ctx, const char *skel, const char *given, double *confidence)
{
  gsize len = strlen (skel);
  int best = -1;

  if (len < 5)
    return -1;
  for (guint k = ctx->doc_people->len; k > 0; k--)
    {
      int idx = g_array_index (ctx->doc_people, int, k - 1);
      EntXActor *a = g_ptr_array_index (ctx->actors, idx);
      gsize alen;
      guint allowed;

      if (a->sur_skel == NULL || a->sur_skel[0] != skel[0])
        continue;
      alen = strlen (a->sur_skel);
      if (alen + 2 < len || len + 2 < alen || !given_compatible (given, a->given))
        continue;
      allowed = MIN (alen, len) >= 8 ? 2 : 1;
      if (ent_name_distance (skel, a->sur_skel, allowed) <= allowed)
        {
          best = idx;
          break;
        }
    }
  if (best >= 0 && confidence)
    *confidence = 0.75;
  return best;
}

int
_ent_actor_for_person (EntXCtx *ctx, const char *full_name, gboolean titled, double *confidence)
{
  g_autofree char *sur = ent_name_surname (full_name);
  g_autofree char *skel = NULL;
  g_autofree char *given = given_key (full_name);
  GArray *cands;
  int idx = -1;
  double conf = 1.0;
  EntXActor *a;

  if (sur == NULL)
    return -1;
  skel = ent_name_skeleton (sur, -1);
  if (*skel == '\0')
    return -1;

  cands = g_hash_table_lookup (ctx->by_surname, skel);
  for (guint i = 0; cands && i < cands->len && idx < 0; i++)
    {
      int c = g_array_index (cands, int, i);
      EntXActor *ca = g_ptr_array_index (ctx->actors, c);
      if (given_compatible (given, ca->given))
        {
          idx = c;
          conf = 0.9;
        }
    }
  if (idx < 0)
    {
      int entry = _ent_gazetteer_find_surname (ctx->gaz, skel);
      if (entry >= 0)
        {
          const EntGazEntry *e = _ent_gazetteer_entry (ctx->gaz, entry);
          g_autofree char *eg = given_key (e->name);
          if (given_compatible (given, eg))
            {
              idx = _ent_actor_for_entry (ctx, entry);
              conf = 0.9;
            }
        }
    }
  if (idx < 0)
    idx = fuzzy_doc_person (ctx, skel, given, &conf);
  if (idx < 0)
    {
      idx = actor_new (ctx, full_name, titled ? ENT_ACTOR_LEADER : ENT_ACTOR_PERSON);
      a = g_ptr_array_index (ctx->actors, idx);
      a->sur_skel = g_strdup (skel);
      a->given = g_steal_pointer (&given);
      a->confidence = titled ? 0.85 : 0.75;
      index_surname (ctx, idx, skel);
      conf = a->confidence;
    }
  a = g_ptr_array_index (ctx->actors, idx);
  if (a->type != ENT_ACTOR_LEADER && a->type != ENT_ACTOR_PERSON)
    return -1;   /* never merge a person into a state or group */
  if (titled && a->type == ENT_ACTOR_PERSON && a->gaz < 0)
    a->type = ENT_ACTOR_LEADER;
  if (titled)
    a->titled = TRUE;
  /* a fuller name becomes the canonical one for rule-found people */
  if (a->gaz < 0 && a->given == NULL && given != NULL)
    {
      a->given = g_steal_pointer (&given);
    }
  if (a->gaz < 0 && strlen (full_name) > strlen (a->name) && strchr (full_name, ' ') != NULL &&
      strchr (a->name, ' ') == NULL)
    {
      guint64 h = alias_key (a->name, strlen (a->name));
      g_ptr_array_add (a->aliases, a->name);
      g_array_append_val (a->alias_hashes, h);
      a->name = g_strdup (full_name);
      a->name_len = strlen (full_name);
      a->armed = 0;
    }
  index_surname (ctx, idx, skel);
  note_doc_person (ctx, idx);
  a->confidence = MIN (a->confidence, conf);
  if (confidence)
    *confidence = conf;
  return idx;
}

/* A surname alone matches a known leader only when it is spelt almost like
 * one of the leader's listed names (the skeleton alone is too loose for a
 * word with no given name next to it: Benina is not Bonino). */
/* Spelling variants (skeletons, one letter off) say little in a word of
 * four letters or fewer: "Wing" and "Wang", "Near" and "Nur". */
static inline gboolean
short_surname (const char *surname)
{
  return strlen (surname) <= 4;
}

static gboolean
entry_surname_close (const EntGazEntry *e, const char *surname)
{
  g_autofree char *f = ent_name_fold (surname, -1);

  for (guint k = 0; k < e->names->len + e->surnames->len; k++)
    {
      const char *nm = k < e->names->len ? g_ptr_array_index (e->names, k)
                                         : g_ptr_array_index (e->surnames, k - e->names->len);
      g_autofree char *sur = ent_name_surname (nm);
      g_autofree char *fs = sur ? ent_name_fold (sur, -1) : NULL;
      /* one letter off, but not in a short word ("Wing" is not "Wang") */
      if (fs && fs[0] == f[0] &&
          (short_surname (f) || short_surname (fs) ? strcmp (fs, f) == 0 : ent_name_distance (fs, f, 1) <= 1))
        return TRUE;
    }
  return FALSE;
}

void
_ent_actor_note_person (EntXCtx *ctx, int actor)
{
  note_doc_person (ctx, actor);
}

int
_ent_actor_doc_person (EntXCtx *ctx, const char *surname)
{
  g_autofree char *skel = ent_name_skeleton (surname, -1);
  gpointer p = g_hash_table_lookup (ctx->doc_skel, skel);

  return p ? GPOINTER_TO_INT (p) - 1 : -1;
}

/* A short surname (short_surname) matches a person only as their own
 * surname or a form already seen for them, in any case. */
static gboolean
short_surname_ok (EntXCtx *ctx, int idx, const char *surname)
{
  EntXActor *a = g_ptr_array_index (ctx->actors, idx);
  g_autofree char *own = NULL;

  if (!short_surname (surname))
    return TRUE;
  own = ent_name_surname (a->name);
  if (own && g_ascii_strcasecmp (own, surname) == 0)
    return TRUE;
  for (guint i = 0; i < a->aliases->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (a->aliases, i), surname) == 0)
      return TRUE;
  return FALSE;
}

int
_ent_actor_for_surname (EntXCtx *ctx, const char *surname, double *confidence)
{
  g_autofree char *skel = ent_name_skeleton (surname, -1);
  GArray *cands;
  int entry;

  if (strlen (skel) < 3)
    return -1;
  /* the most recent person of this document with that skeleton */
  {
    gpointer p = g_hash_table_lookup (ctx->doc_skel, skel);
    if (p && short_surname_ok (ctx, GPOINTER_TO_INT (p) - 1, surname))
      {
        int idx = GPOINTER_TO_INT (p) - 1;
        if (confidence)
          *confidence = 0.9;
        note_doc_person (ctx, idx);
        return idx;
      }
  }
  entry = _ent_gazetteer_find_surname (ctx->gaz, skel);
  if (entry >= 0 && entry_surname_close (_ent_gazetteer_entry (ctx->gaz, entry), surname))
    {
      if (confidence)
        *confidence = 0.8;
      return _ent_actor_for_entry (ctx, entry);
    }
  cands = g_hash_table_lookup (ctx->by_surname, skel);
  if (cands && cands->len == 1 && short_surname_ok (ctx, g_array_index (cands, int, 0), surname))
    {
      int idx = g_array_index (cands, int, 0);
      if (confidence)
        *confidence = 0.7;
      note_doc_person (ctx, idx);
      return idx;
    }
  {
    double conf = 0;
    int idx = fuzzy_doc_person (ctx, skel, NULL, &conf);
    if (idx >= 0)
      {
        if (confidence)
          *confidence = conf;
        note_doc_person (ctx, idx);
      }
    return idx;
  }
}

char *
_ent_org_key (const char *name)
{
  static const char * const stop[] = { "the", "of", "for", "and", "al", "el", "in", "on", "'s", "s" };
  g_autofree char *f = ent_name_fold (name, -1);
  gsize flen = strlen (f);
  /* the words in place (each ended by a NUL written over the byte after
   * it) and the key written once: compiling the gazetteer asks for two
   * thousand keys, and a GPtrArray, a GString and ten strcmp() a word
   * made each cost four thousand instructions */
  const char *stack_words[16];
  g_autofree const char **heap = NULL;
  const char **words = stack_words;
  guint n = 0;
  char *out, *o;
  char *p = f;

  /* a word has at least one byte and one more after it, but the last */
  if (flen / 2 + 1 > G_N_ELEMENTS (stack_words))
    words = heap = g_new (const char *, flen / 2 + 1);
  while (*p)
    {
      char *s;
      while (*p && !g_ascii_isalnum (*p) && (guchar) *p < 0x80)
        p++;
      s = p;
      while (*p && (g_ascii_isalnum (*p) || (guchar) *p >= 0x80))
        p++;
      if (p > s)
        {
          gsize len = (gsize) (p - s);
          gboolean skip = FALSE;
          /* (compared inline: the stop words are of three bytes at most,
           * and a call each cost more than the comparison) */
          for (guint i = 0; i < G_N_ELEMENTS (stop) && !skip; i++)
            {
              const char *t = stop[i];
              gsize k = 0;
              while (k < len && t[k] == s[k])   /* (stops at t's NUL: none in a word) */
                k++;
              skip = k == len && t[k] == '\0';
            }
          if (!skip)
            words[n++] = s;
          if (*p)
            {
              *p = '\0';
              p++;
            }
        }
    }
  /* sorted by strcmp() (few words: by insertion; equal words are the
   * same bytes, so the order among them does not show) */
  for (guint i = 1; i < n; i++)
    {
      const char *w = words[i];
      guint j = i;
      while (j > 0 && strcmp (words[j - 1], w) > 0)
        {
          words[j] = words[j - 1];
          j--;
        }
      words[j] = w;
    }
  /* the words and the spaces between them fit in the folded name */
  o = out = g_malloc (flen + 1);
  for (guint i = 0; i < n; i++)
    {
      gsize len = strlen (words[i]);
      if (i)
        *o++ = ' ';
      memcpy (o, words[i], len);
      o += len;
    }
  *o = '\0';
  return out;
}

static int org_actor (EntXCtx *ctx, const char *name);

int
_ent_actor_for_org (EntXCtx *ctx, const char *name)
{
  /* a name once resolved resolves the same way: the key's actor never
   * changes once made */
  gpointer known = g_hash_table_lookup (ctx->org_names, name);
  int idx;

  if (known)
    return GPOINTER_TO_INT (known) - 2;
  idx = org_actor (ctx, name);
  g_hash_table_insert (ctx->org_names, g_strdup (name), GINT_TO_POINTER (idx + 2));
  return idx;
}

static int
org_actor (EntXCtx *ctx, const char *name)
{
  g_autofree char *key = _ent_org_key (name);
  gpointer p;
  int idx;
  EntXActor *a;

  if (*key == '\0')
    return -1;
  p = g_hash_table_lookup (ctx->by_org, key);
  if (p)
    return GPOINTER_TO_INT (p) - 1;
  {
    /* a known group in another word order: "National Accord government" */
    int entry = _ent_gazetteer_find_org (ctx->gaz, key);
    if (entry >= 0)
      {
        idx = _ent_actor_for_entry (ctx, entry);
        g_hash_table_insert (ctx->by_org, g_steal_pointer (&key), GINT_TO_POINTER (idx + 1));
        return idx;
      }
  }
  idx = actor_new (ctx, name, ENT_ACTOR_GROUP);
  a = g_ptr_array_index (ctx->actors, idx);
  a->org_key = g_strdup (key);
  a->confidence = 0.7;
  g_hash_table_insert (ctx->by_org, g_steal_pointer (&key), GINT_TO_POINTER (idx + 1));
  return idx;
}

static inline void
push_mention (EntXCtx *ctx, EntXActor *a, gsize start, gsize end, double confidence)
{
  EntMention *m;

  if (G_UNLIKELY (a->n_ments == a->cap_ments))
    {
      a->cap_ments = a->cap_ments ? a->cap_ments * 2 : 8;
      a->ments = g_renew (EntMention, a->ments, a->cap_ments);
    }
  m = &a->ments[a->n_ments++];
  m->doc = ctx->doc_index;
  m->start = (guint32) start;
  m->end = (guint32) end;
  if (confidence < a->confidence)
    a->confidence = confidence;
}

void
_ent_actor_mention (EntXCtx *ctx, int actor, gsize start, gsize end, const char *surface,
                    double confidence)
{
  if (actor < 0)
    return;
  push_mention (ctx, g_ptr_array_index (ctx->actors, actor), start, end, confidence);
  _ent_actor_alias (ctx, actor, surface);
}

void
_ent_actor_mention_text (EntXCtx *ctx, int actor, const char *text, gsize start, gsize end,
                         double confidence)
{
  if (actor < 0)
    return;
  push_mention (ctx, g_ptr_array_index (ctx->actors, actor), start, end, confidence);
  _ent_actor_alias_len (ctx, actor, text + start, end - start);
}

/* @s (NUL-terminated) is the @n bytes at @p; short strings, so a loop */
static inline gboolean
same_text (const char *s, const char *p, gsize n)
{
  for (gsize i = 0; i < n; i++)
    if (s[i] != p[i])
      return FALSE;   /* also at the NUL of a shorter @s */
  return s[n] == '\0';
}

/* Records @p (length @n, not NUL-terminated, no NUL in it) as an alias
 * unless known; keys (alias_key) spare most string comparisons. */
void
_ent_actor_alias_len (EntXCtx *ctx, int actor, const char *p, gsize n)
{
  EntXActor *a;
  guint64 h;

  if (actor < 0 || p == NULL)
    return;
  a = g_ptr_array_index (ctx->actors, actor);
  /* most mentions repeat the name: a comparison, no hash; a full list
   * takes nothing, known or not */
  if ((n == a->name_len && memcmp (a->name, p, n) == 0) || a->aliases->len >= ENT_EXTRACT_MAX_ALIASES)
    return;
  h = alias_key (p, n);
  for (guint i = 0; i < a->aliases->len; i++)
    if (g_array_index (a->alias_hashes, guint64, i) == h &&
        same_text (g_ptr_array_index (a->aliases, i), p, n))
      return;
  g_ptr_array_add (a->aliases, g_strndup (p, n));
  g_array_append_val (a->alias_hashes, h);
}

void
_ent_actor_alias (EntXCtx *ctx, int actor, const char *surface)
{
  if (surface)
    _ent_actor_alias_len (ctx, actor, surface, strlen (surface));
}

void
_ent_actors_to_network (EntXCtx *ctx, int *map)
{
  for (guint i = 0; i < ctx->actors->len; i++)
    {
      EntXActor *a = g_ptr_array_index (ctx->actors, i);
      EntActor *na;

      map[i] = -1;
      if (a->n_ments == 0 || a->outlet)
        continue;
      /* an actor met only through a capital as a place ("in Moscow", "in
       * Brussels" for the EU, "in Sanaa" for the Houthis) */
      if (a->place_mentions >= a->n_ments)
        continue;
      na = ent_network_add_actor (ctx->net, a->name, a->type);
      for (guint j = 0; j < a->aliases->len; j++)
        ent_actor_add_alias (na, g_ptr_array_index (a->aliases, j));
      /* an array of the exact size; the run's copy goes at once (peak
       * memory) */
      g_array_unref (na->mentions);
      na->mentions = g_array_sized_new (FALSE, FALSE, sizeof (EntMention), a->n_ments);
      g_array_append_vals (na->mentions, a->ments, a->n_ments);
      g_clear_pointer (&a->ments, g_free);
      a->cap_ments = 0;
      na->confidence = a->confidence;
      map[i] = ctx->net->actors->len - 1;
    }
  /* affiliations: only to actors that are in the network */
  for (guint i = 0; i < ctx->actors->len; i++)
    {
      EntXActor *a = g_ptr_array_index (ctx->actors, i);
      int target = a->affil;

      if (map[i] < 0)
        continue;
      if (target < 0 && a->gaz >= 0)
        {
          const EntGazEntry *e = _ent_gazetteer_entry (ctx->gaz, a->gaz);
          if (e->acts_for_index >= 0)
            {
              target = _ent_actor_of_entry (ctx, e->acts_for_index);
            }
        }
      if (target >= 0 && (guint) target != i && map[target] >= 0)
        ((EntActor *) g_ptr_array_index (ctx->net->actors, map[i]))->affiliation = map[target];
    }
}
