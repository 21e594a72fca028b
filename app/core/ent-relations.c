/* ent-relations.c: relations of one extraction run: one per (pair,
 * polarity), each with its evidence sentences. */
#define G_LOG_DOMAIN "entente-relations"

#include "config.h"

#include <string.h>

#include "ent-extract-private.h"

static void
xrel_free (gpointer p)
{
  EntXRelation *r = p;
  g_clear_pointer (&r->evidence, g_array_unref);
  g_free (r);
}

/* Keys pack (low, high, polarity); 0 is never a key since low != high
 * makes high > 0. */
static inline guint64
rel_key (guint a, guint b, EntPolarity pol)
{
  guint lo = MIN (a, b), hi = MAX (a, b);
  return ((guint64) lo << 34) | ((guint64) hi << 2) | (guint64) pol;
}

static inline gsize
rel_slot (guint64 key, gsize mask)
{
  return (gsize) ((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 20) & mask;
}

/* relation + 1 for @key, or 0 */
static inline guint32
rel_index_get (const EntXCtx *ctx, guint64 key)
{
  gsize mask = ctx->rel_cap - 1;
  if (ctx->rel_cap == 0)
    return 0;
  for (gsize i = rel_slot (key, mask);; i = (i + 1) & mask)
    {
      if (ctx->rel_slots[i].key == key)
        return ctx->rel_slots[i].value;
      if (ctx->rel_slots[i].key == 0)
        return 0;
    }
}

static void
rel_index_put (EntXCtx *ctx, guint64 key, guint32 val)
{
  gsize mask;

  if ((ctx->rel_len + 1) * 2 > ctx->rel_cap)
    {
      gsize old_cap = ctx->rel_cap;
      EntXRelSlot *old = ctx->rel_slots;

      ctx->rel_cap = old_cap ? old_cap * 2 : 1024;
      ctx->rel_slots = g_new0 (EntXRelSlot, ctx->rel_cap);
      ctx->rel_len = 0;
      for (gsize i = 0; i < old_cap; i++)
        if (old[i].key != 0)
          rel_index_put (ctx, old[i].key, old[i].value);
      g_free (old);
    }
  mask = ctx->rel_cap - 1;
  for (gsize i = rel_slot (key, mask);; i = (i + 1) & mask)
    if (ctx->rel_slots[i].key == 0)
      {
        ctx->rel_slots[i].key = key;
        ctx->rel_slots[i].value = val;
        ctx->rel_len++;
        return;
      }
}

/* Whether @a and @b were given an ally or hostile relation in @sentence,
 * the current one. */
gboolean
_ent_relation_cued (EntXCtx *ctx, guint a, guint b, guint sentence)
{
  guint64 key = rel_key (a, b, 0);
  for (guint i = 0; i < ctx->n_cued; i++)
    if (ctx->cued[i] == key)
      return TRUE;
  /* more pairs than the log holds: ask the relations */
  if (ctx->n_cued == ENT_EXTRACT_MAX_CUED)
    for (EntPolarity p = ENT_POLARITY_ALLY; p <= ENT_POLARITY_HOSTILE; p++)
      {
        EntXRelation *rel = _ent_relation_find (ctx, a, b, p);
        if (rel && rel->last_doc == ctx->doc_index + 1 && rel->last_sent == sentence)
          return TRUE;
      }
  return FALSE;
}

EntXRelation *
_ent_relation_find (EntXCtx *ctx, guint a, guint b, EntPolarity polarity)
{
  guint32 v;
  if (a == b)
    return NULL;
  v = rel_index_get (ctx, rel_key (a, b, polarity));
  return v ? g_ptr_array_index (ctx->relations, v - 1) : NULL;
}

static void
rel_index_free (EntXCtx *ctx)
{
  g_clear_pointer (&ctx->rel_slots, g_free);
  ctx->rel_cap = ctx->rel_len = 0;
}

void
_ent_relations_clear (EntXCtx *ctx)
{
  rel_index_free (ctx);
  g_clear_pointer (&ctx->relations, g_ptr_array_unref);
}

const char *
_ent_intern (EntXCtx *ctx, const char *p, gsize n)
{
  char buf[256];
  const char *found;
  char *copy;

  if (n >= sizeof buf)
    n = sizeof buf - 1;
  memcpy (buf, p, n);
  buf[n] = '\0';
  found = g_hash_table_lookup (ctx->string_set, buf);
  if (found)
    return found;
  copy = g_string_chunk_insert (ctx->strings, buf);
  g_hash_table_add (ctx->string_set, copy);
  return copy;
}

void
_ent_relation_add (EntXCtx *ctx, guint source, guint target, EntPolarity polarity,
                   const char *kind, gboolean directed, guint sentence,
                   const char *cue, int speaker)
{
  guint64 key;
  guint32 p;
  EntXRelation *r;
  EntXEvidence ev;

  if (source == target)
    return;
  if (ctx->relations == NULL)
    ctx->relations = g_ptr_array_new_with_free_func (xrel_free);
  key = rel_key (source, target, polarity);
  p = rel_index_get (ctx, key);
  if (p)
    r = g_ptr_array_index (ctx->relations, p - 1);
  else if (polarity == ENT_POLARITY_NEUTRAL && ctx->neutral_count >= ENT_EXTRACT_MAX_NEUTRAL_RELATIONS)
    return;
  else
    {
      r = g_new0 (EntXRelation, 1);
      r->a = source;
      r->b = target;
      r->polarity = polarity;
      r->kind = kind ? kind : "mention";   /* gazetteer strings outlive the run */
      r->directed = directed;
      r->evidence = g_array_new (FALSE, FALSE, sizeof (EntXEvidence));
      g_ptr_array_add (ctx->relations, r);
      if (polarity == ENT_POLARITY_NEUTRAL)
        ctx->neutral_count++;
      rel_index_put (ctx, key, ctx->relations->len);
    }
  if (directed && r->directed && r->a != source)
    r->both_ways = TRUE;
  if (!directed)
    r->both_ways = TRUE;
  /* one evidence per sentence */
  if (r->last_doc == ctx->doc_index + 1 && r->last_sent == sentence)
    {
      EntXEvidence *last = r->evidence->len > 0
                             ? &g_array_index (r->evidence, EntXEvidence, r->evidence->len - 1) : NULL;
      if (last && last->doc == ctx->doc_index && last->sentence == sentence &&
          last->cue == NULL && cue != NULL)
        last->cue = _ent_intern (ctx, cue, strlen (cue));
      return;
    }
  r->last_doc = ctx->doc_index + 1;
  r->last_sent = sentence;
  if (polarity != ENT_POLARITY_NEUTRAL && ctx->n_cued < ENT_EXTRACT_MAX_CUED)
    ctx->cued[ctx->n_cued++] = rel_key (source, target, 0);
  r->total++;
  if (r->evidence->len >= (polarity == ENT_POLARITY_NEUTRAL ? ENT_EXTRACT_MAX_NEUTRAL_EVIDENCE
                                                            : ENT_EXTRACT_MAX_EVIDENCE) ||
      ((r->evidence->len > 0 || polarity == ENT_POLARITY_NEUTRAL) && ctx->evidence_budget == 0))
    return;
  if (r->evidence->len > 0 || polarity == ENT_POLARITY_NEUTRAL)
    ctx->evidence_budget--;
  ev.doc = ctx->doc_index;
  ev.sentence = sentence;
  ev.cue = cue ? _ent_intern (ctx, cue, strlen (cue)) : NULL;
  ev.speaker = speaker;
  g_array_append_val (r->evidence, ev);
}

void
_ent_relations_to_network (EntXCtx *ctx, const int *map)
{
  if (ctx->relations == NULL)
    return;
  /* the index is no longer needed; free it before the copies are made */
  rel_index_free (ctx);
  for (guint i = 0; i < ctx->relations->len; i++)
    {
      EntXRelation *r = g_ptr_array_index (ctx->relations, i);
      int s = map[r->a], t = map[r->b];
      EntRelation *nr;

      if (s < 0 || t < 0 || s == t)
        {
          g_clear_pointer (&r->evidence, g_array_unref);
          continue;
        }
      nr = ent_network_add_relation (ctx->net, s, t, r->polarity, r->kind,
                                     r->directed && !r->both_ways);
      for (guint j = 0; j < r->evidence->len; j++)
        {
          EntXEvidence *ev = &g_array_index (r->evidence, EntXEvidence, j);
          EntDocument *doc = g_ptr_array_index (ctx->net->documents, ev->doc);
          EntSpan *sp = &g_array_index (doc->sentences, EntSpan, ev->sentence);
          g_autofree char *text = g_strndup (doc->text + sp->start, sp->end - sp->start);
          const char *speaker = NULL;

          if (ev->speaker >= 0)
            speaker = ((EntXActor *) g_ptr_array_index (ctx->actors, ev->speaker))->name;
          ent_relation_add_evidence (nr, ev->doc, ev->sentence, sp->start, sp->end, text,
                                     ev->cue, speaker);
        }
      /* copied: release the run's record right away (peak memory) */
      g_clear_pointer (&r->evidence, g_array_unref);
    }
}
