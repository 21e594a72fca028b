/* ent-relations.c: relations of one extraction run: one per (pair,
 * polarity), each with its evidence sentences. */
#define G_LOG_DOMAIN "entente-relations"

#include "config.h"

#include <string.h>

#include "ent-extract-private.h"
#include "ent-network-private.h"
#include "ent-json-private.h"

enum {
  REL_DIRECTED  = 1 << 0,   /* the first sighting had a direction */
  REL_BOTH_WAYS = 1 << 1,   /* seen undirected, or in both directions */
  REL_HAS_EV    = 1 << 2,   /* at least one evidence stored */
  REL_FULL      = 1 << 3,   /* evidence at its cap */
  REL_OPEN      = 1 << 4,   /* the last evidence is from sentence `seen` and has no cue */
};

/* Keys pack (low, high, polarity); 0 is never a key since low != high
 * makes high > 0. */
static inline guint64
rel_key (guint a, guint b, EntPolarity pol)
{
  guint lo = MIN (a, b), hi = MAX (a, b);
  return ((guint64) lo << 34) | ((guint64) hi << 2) | (guint64) pol;
}

static inline gsize
rel_hash (guint64 key, gsize mask)
{
  /* the low actor sits above bit 34, where the product's bits 20 and up
   * barely see it: fold it down first, or pairs sharing their high actor
   * crowd into one run of slots */
  key ^= key >> 32;
  return (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 20) & mask;
}

static inline EntXRelSlot *
rel_index_get (const EntXCtx *ctx, guint64 key)
{
  gsize mask = ctx->rel_cap - 1;
  if (ctx->rel_cap == 0)
    return NULL;
  for (gsize i = rel_hash (key, mask);; i = (i + 1) & mask)
    {
      if (ctx->rel_slots[i].key == key)
        return &ctx->rel_slots[i];
      if (ctx->rel_slots[i].key == 0)
        return NULL;
    }
}

static EntXRelSlot *
rel_index_put (EntXCtx *ctx, const EntXRelSlot *slot)
{
  gsize mask;

  /* at most three quarters full: linear probing stays within a line or two */
  if ((ctx->rel_len + 1) * 4 > ctx->rel_cap * 3)
    {
      gsize old_cap = ctx->rel_cap;
      EntXRelSlot *old = ctx->rel_slots;

      ctx->rel_cap = old_cap ? old_cap * 2 : 1024;
      ctx->rel_slots = g_new0 (EntXRelSlot, ctx->rel_cap);
      ctx->rel_len = 0;
      for (gsize i = 0; i < old_cap; i++)
        if (old[i].key != 0)
          rel_index_put (ctx, &old[i]);
      g_free (old);
    }
  mask = ctx->rel_cap - 1;
  for (gsize i = rel_hash (slot->key, mask);; i = (i + 1) & mask)
    if (ctx->rel_slots[i].key == 0)
      {
        ctx->rel_slots[i] = *slot;
        ctx->rel_len++;
        return &ctx->rel_slots[i];
      }
}

/* Whether @a and @b were given an ally or hostile relation in the current
 * sentence. */
gboolean
_ent_relation_cued (EntXCtx *ctx, guint a, guint b)
{
  guint64 key = rel_key (a, b, 0);
  for (guint i = 0; i < ctx->n_cued; i++)
    if (ctx->cued[i] == key)
      return TRUE;
  /* more pairs than the log holds: ask the index */
  if (ctx->n_cued == ENT_EXTRACT_MAX_CUED)
    for (EntPolarity p = ENT_POLARITY_ALLY; p <= ENT_POLARITY_HOSTILE; p++)
      {
        EntXRelSlot *slot = rel_index_get (ctx, rel_key (a, b, p));
        if (slot && slot->seen == ctx->serial)
          return TRUE;
      }
  return FALSE;
}

static void
rel_index_free (EntXCtx *ctx)
{
  g_clear_pointer (&ctx->rel_slots, g_free);
  ctx->rel_cap = ctx->rel_len = 0;
}

/* Room for about @n relations before the index or the list grows (each
 * growth rehashes or copies all there are): asked before the first */
void
_ent_relations_reserve (EntXCtx *ctx, gsize n)
{
  gsize cap = 1024;

  if (ctx->rel_slots != NULL || ctx->relations != NULL)
    return;
  while (n * 4 > cap * 3)
    cap *= 2;
  ctx->rel_cap = cap;
  ctx->rel_slots = g_new0 (EntXRelSlot, cap);
  ctx->rel_len = 0;
  ctx->relations = g_array_new (FALSE, FALSE, sizeof (EntXRelation));
  ctx->rel_room = (guint) MAX (n, 1024);
  g_array_set_size (ctx->relations, ctx->rel_room);
  ctx->relations->len = 0;
}

/* Releases what @r holds: its evidence texts and its later evidence */
static void
xrel_clear (EntXRelation *r)
{
  for (guint j = 0; j < r->n_ev; j++)
    g_clear_pointer (&_ent_xrel_evidence (r, j)->text, g_ref_string_release);
  g_clear_pointer (&r->more, g_free);
}

void
_ent_relations_clear (EntXCtx *ctx)
{
  rel_index_free (ctx);
  g_clear_pointer (&ctx->sent_text, g_ref_string_release);
  if (ctx->relations)
    for (guint i = 0; i < ctx->relations->len; i++)
      xrel_clear (&g_array_index (ctx->relations, EntXRelation, i));
  g_clear_pointer (&ctx->relations, g_array_unref);
  ctx->rel_room = 0;
}

/* A reference to the text of sentence @sentence of the current document:
 * one GRefString for all the evidence a sentence gives, made when the
 * first is stored (the sentence is at hand, and no other copy of it is
 * ever made) */
static char *
sentence_text (EntXCtx *ctx, guint sentence)
{
  if (ctx->sent_text == NULL || ctx->sent_text_doc != ctx->doc_index ||
      ctx->sent_text_sentence != sentence)
    {
      const EntDocument *doc = g_ptr_array_index (ctx->net->documents, ctx->doc_index);
      const EntSpan *sp = &g_array_index (doc->sentences, EntSpan, sentence);

      g_clear_pointer (&ctx->sent_text, g_ref_string_release);
      ctx->sent_text = g_ref_string_new_len (doc->text + sp->start, sp->end - sp->start);
      ctx->sent_text_doc = ctx->doc_index;
      ctx->sent_text_sentence = sentence;
    }
  return g_ref_string_acquire (ctx->sent_text);
}

/* The hash the intern cache places a text by: eight bytes a step (a cue
 * is a word or a few), the last eight overlapping the ones before */
static inline guint64
intern_hash (const char *p, gsize n)
{
  guint64 h = G_GUINT64_CONSTANT (0xcbf29ce484222325) ^ n, w;

  if (n >= 8)
    {
      for (gsize i = 0; i + 8 < n; i += 8)
        {
          memcpy (&w, p + i, 8);
          h = (h ^ w) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
        }
      memcpy (&w, p + n - 8, 8);
    }
  else if (n >= 4)
    {
      guint32 a, b;

      memcpy (&a, p, 4);
      memcpy (&b, p + n - 4, 4);
      w = a | ((guint64) b << 32);
    }
  else
    w = n ? (guchar) p[0] | ((guint64) (guchar) p[n / 2] << 8) | ((guint64) (guchar) p[n - 1] << 16) : 0;
  h = (h ^ w) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  return h ^ (h >> 29);
}

const char *
_ent_intern (EntXCtx *ctx, const char *p, gsize n)
{
  char buf[256];
  const char *found;
  guint64 h;
  gsize slot;

  if (n >= sizeof buf)
    n = sizeof buf - 1;
  h = intern_hash (p, n);
  slot = h >> 56;
  G_STATIC_ASSERT (ENT_X_INTERN_SLOTS == 256);
  if (ctx->intern_cache[slot].str != NULL && ctx->intern_cache[slot].hash == h &&
      ctx->intern_cache[slot].len == n && memcmp (ctx->intern_cache[slot].str, p, n) == 0)
    return ctx->intern_cache[slot].str;
  memcpy (buf, p, n);
  buf[n] = '\0';
  found = g_hash_table_lookup (ctx->string_set, buf);
  if (found == NULL)
    {
      char *copy = g_string_chunk_insert (ctx->strings, buf);
      g_hash_table_add (ctx->string_set, copy);
      found = copy;
    }
  /* (a text with a NUL in it is interned up to there: not kept here) */
  if (strlen (found) == n)
    {
      ctx->intern_cache[slot].hash = h;
      ctx->intern_cache[slot].str = found;
      ctx->intern_cache[slot].len = n;
    }
  return found;
}

/* @cue is NULL or a string of _ent_intern(): kept as it is, the callers
 * intern each cue once, not once per pair it relates */
void
_ent_relation_add (EntXCtx *ctx, guint source, guint target, EntPolarity polarity,
                   const char *kind, gboolean directed, guint sentence,
                   const char *cue, int speaker)
{
  guint64 key;
  EntXRelSlot *slot;
  EntXRelation *r;
  EntXEvidence ev;
  gboolean neutral = polarity == ENT_POLARITY_NEUTRAL;

  if (source == target)
    return;
  if (ctx->relations == NULL)
    ctx->relations = g_array_new (FALSE, FALSE, sizeof (EntXRelation));
  key = rel_key (source, target, polarity);
  slot = rel_index_get (ctx, key);
  if (slot == NULL)
    {
      EntXRelSlot fresh = { key, 0, 0, source, directed ? REL_DIRECTED : 0 };

      if (neutral && ctx->neutral_count >= ENT_EXTRACT_MAX_NEUTRAL_RELATIONS)
        return;
      /* room made a block at a time (GArray keeps it when its count is
       * set back), so that most relations take no call */
      if (ctx->relations->len == ctx->rel_room)
        {
          guint len = ctx->relations->len;

          ctx->rel_room = MAX (1024, len * 2);
          g_array_set_size (ctx->relations, ctx->rel_room);
          ctx->relations->len = len;
        }
      r = &g_array_index (ctx->relations, EntXRelation, ctx->relations->len++);
      *r = (EntXRelation) {
        .a = source,
        .b = target,
        .kind = kind ? kind : "mention",   /* gazetteer strings outlive the run */
        .polarity = polarity,
      };
      if (neutral)
        ctx->neutral_count++;
      fresh.rel = ctx->relations->len;
      slot = rel_index_put (ctx, &fresh);
    }
  if (!directed || ((slot->flags & REL_DIRECTED) && slot->first != source))
    slot->flags |= REL_BOTH_WAYS;

  /* one evidence per sentence; a cue found later in it completes it */
  if (slot->seen == ctx->serial)
    {
      if (cue != NULL && (slot->flags & REL_OPEN))
        {
          r = &g_array_index (ctx->relations, EntXRelation, slot->rel - 1);
          _ent_xrel_evidence (r, r->n_ev - 1)->cue = cue;
          slot->flags &= ~REL_OPEN;
        }
      return;
    }
  slot->seen = ctx->serial;
  slot->flags &= ~REL_OPEN;
  if (!neutral && ctx->n_cued < ENT_EXTRACT_MAX_CUED)
    ctx->cued[ctx->n_cued++] = rel_key (source, target, 0);

  /* stored: up to a cap per relation, and beyond a relation's first
   * (non-neutral) sentence only while the run's budget lasts */
  if ((slot->flags & REL_FULL) ||
      (((slot->flags & REL_HAS_EV) || neutral) && ctx->evidence_budget == 0))
    return;
  if ((slot->flags & REL_HAS_EV) || neutral)
    ctx->evidence_budget--;
  r = &g_array_index (ctx->relations, EntXRelation, slot->rel - 1);
  ev.doc = ctx->doc_index;
  ev.sentence = sentence;
  ev.cue = cue;
  ev.text = ctx->streaming ? NULL : sentence_text (ctx, sentence);
  ev.speaker = speaker;
  if (r->n_ev == 0)
    r->ev0 = ev;
  else
    {
      guint n_more = r->n_ev - 1;

      if (n_more == 0)
        r->more = g_new (EntXEvidence, 4);
      else if (n_more >= 4 && (n_more & (n_more - 1)) == 0)
        r->more = g_renew (EntXEvidence, r->more, n_more * 2);
      r->more[n_more] = ev;
    }
  r->n_ev++;
  slot->flags |= REL_HAS_EV | (cue ? 0 : REL_OPEN);
  if (r->n_ev >= (neutral ? ENT_EXTRACT_MAX_NEUTRAL_EVIDENCE : ENT_EXTRACT_MAX_EVIDENCE))
    slot->flags |= REL_FULL;
}

/* g_intern_string() of the run's strings (kinds, cues, speakers' names: a
 * few hundred, each on thousands of evidence).  They stay put while the
 * relations are handed over, so their address names them and the global
 * table, behind its lock, is asked once per slot. */
typedef struct {
  const char *key;
  const char *interned;
} InternSlot;

#define INTERN_SLOTS 512

static const char *
intern_cached (InternSlot *cache, const char *s)
{
  InternSlot *slot;

  if (s == NULL)
    return NULL;
  slot = &cache[((guintptr) s * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 55];
  if (slot->key != s)
    {
      slot->key = s;
      slot->interned = g_intern_string (s);
    }
  return slot->interned;
}

/* Hands the directions over from the index to the relations, and frees
 * the index */
static void
take_directions (EntXCtx *ctx)
{
  for (gsize i = 0; i < ctx->rel_cap; i++)
    if (ctx->rel_slots[i].key != 0)
      {
        EntXRelation *r = &g_array_index (ctx->relations, EntXRelation, ctx->rel_slots[i].rel - 1);
        r->directed = (ctx->rel_slots[i].flags & REL_DIRECTED) != 0;
        r->both_ways = (ctx->rel_slots[i].flags & REL_BOTH_WAYS) != 0;
      }
  rel_index_free (ctx);
}

void
_ent_relations_to_network (EntXCtx *ctx, const int *map)
{
  g_autofree InternSlot *interned = NULL;
  EntRecordPool pool = { NULL, NULL, NULL };
  EntXRelation *rels;
  gsize n, cap;
  guint base = ctx->net->relations->len;

  if (ctx->relations == NULL)
    return;
  /* the index is no longer needed once it has handed over the
   * directions; free it before the copies are made */
  take_directions (ctx);
  g_clear_pointer (&ctx->sent_text, g_ref_string_release);
  interned = g_new0 (InternSlot, INTERN_SLOTS);
  rels = (EntXRelation *) g_array_steal (ctx->relations, &n);
  g_clear_pointer (&ctx->relations, g_array_unref);
  ctx->rel_room = 0;
  cap = n;

  /* from the last: the run's list shrinks as the network grows (peak
   * memory); the network's order is restored at the end */
  for (gsize i = n; i-- > 0;)
    {
      EntXRelation *r;
      int s, t;
      EntRelation *nr;

      if (cap > 4096 && i + 1 < cap / 2)
        {
          cap = i + 1;
          rels = g_renew (EntXRelation, rels, cap);
        }
      r = &rels[i];
      s = map[r->a];
      t = map[r->b];
      if (s < 0 || t < 0 || s == t)
        {
          xrel_clear (r);
          continue;
        }
      nr = _ent_network_add_relation_interned (ctx->net, s, t, r->polarity,
                                               intern_cached (interned, r->kind),
                                               r->directed && !r->both_ways, r->n_ev, &pool);
      for (guint j = 0; j < r->n_ev; j++)
        {
          EntXEvidence *ev = _ent_xrel_evidence (r, j);
          EntDocument *doc = g_ptr_array_index (ctx->net->documents, ev->doc);
          EntSpan *sp = &g_array_index (doc->sentences, EntSpan, ev->sentence);
          const char *speaker = NULL;

          if (ev->speaker >= 0)
            speaker = ((EntXActor *) g_ptr_array_index (ctx->actors, ev->speaker))->name;
          /* the run's reference to the text goes with it */
          _ent_relation_take_evidence_interned (nr, ev->doc, ev->sentence, sp->start, sp->end,
                                                g_steal_pointer (&ev->text),
                                                intern_cached (interned, ev->cue),
                                                intern_cached (interned, speaker), &pool);
        }
      /* copied: release the run's record right away (peak memory) */
      g_clear_pointer (&r->more, g_free);
    }
  g_free (rels);
  _ent_record_pool_finish (&pool);
  /* made from the last: put them back in the run's order.  Each id stays
   * with its place, so that ids keep following the order (renumbering
   * then finds them right rather than allocating new ones) */
  for (guint i = base, j = ctx->net->relations->len; i + 1 < j; i++, j--)
    {
      EntRelation *a = ctx->net->relations->pdata[i];
      EntRelation *b = ctx->net->relations->pdata[j - 1];
      char *id = a->id;

      a->id = b->id;
      b->id = id;
      ctx->net->relations->pdata[i] = b;
      ctx->net->relations->pdata[j - 1] = a;
    }
}

void
_ent_relations_write (EntXCtx *ctx, const int *map, EntJsonStream *js)
{
  if (ctx->relations == NULL)
    return;
  take_directions (ctx);
  for (guint i = 0; i < ctx->relations->len; i++)
    {
      EntXRelation *r = &g_array_index (ctx->relations, EntXRelation, i);
      int s = map[r->a], t = map[r->b];

      if (s < 0 || t < 0 || s == t)
        continue;
      _ent_json_stream_relation (js, s, t, r->polarity, r->kind, r->directed && !r->both_ways);
      for (guint j = 0; j < r->n_ev; j++)
        {
          EntXEvidence *ev = _ent_xrel_evidence (r, j);
          const EntDocument *doc = g_ptr_array_index (ctx->net->documents, ev->doc);
          const EntSpan *sp = &g_array_index (doc->sentences, EntSpan, ev->sentence);
          const char *speaker = NULL;

          if (ev->speaker >= 0)
            speaker = ((EntXActor *) g_ptr_array_index (ctx->actors, ev->speaker))->name;
          /* (the run kept no copy: the document's text is still there) */
          g_assert (ev->text == NULL);
          _ent_json_stream_evidence (js, ev->doc, ev->sentence, sp->start, sp->end,
                                     doc->text + sp->start, sp->end - sp->start,
                                     ev->cue, speaker);
        }
      _ent_json_stream_relation_end (js);
    }
  _ent_relations_clear (ctx);
}
