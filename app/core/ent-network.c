/* ent-network.c: the alliance network model. */
#define G_LOG_DOMAIN "entente-network"
#include "config.h"

#include <string.h>

#include "ent-network.h"
#include "ent-network-private.h"

G_DEFINE_QUARK (entente-error-quark, ent_error)

static const char *const actor_type_names[ENT_N_ACTOR_TYPES] = {
  "state", "leader", "person", "group",
};

static const char *const polarity_names[ENT_N_POLARITIES] = {
  "ally", "hostile", "neutral",
};

const char *
ent_actor_type_to_string (EntActorType type)
{
  g_return_val_if_fail (type < ENT_N_ACTOR_TYPES, "group");
  return actor_type_names[type];
}

/* Index of @s in @names, or -1. */
static int
name_index (const char *const *names, guint n, const char *s)
{
  for (guint i = 0; s && i < n; i++)
    if (strcmp (s, names[i]) == 0)
      return (int) i;
  return -1;
}

gboolean
ent_actor_type_from_string (const char *s, EntActorType *out)
{
  int i = name_index (actor_type_names, ENT_N_ACTOR_TYPES, s);

  if (i >= 0)
    *out = (EntActorType) i;
  return i >= 0;
}

const char *
ent_polarity_to_string (EntPolarity p)
{
  g_return_val_if_fail (p < ENT_N_POLARITIES, "neutral");
  return polarity_names[p];
}

gboolean
ent_polarity_from_string (const char *s, EntPolarity *out)
{
  int i = name_index (polarity_names, ENT_N_POLARITIES, s);

  if (i >= 0)
    *out = (EntPolarity) i;
  return i >= 0;
}

static void
document_free (gpointer data)
{
  EntDocument *doc = data;

  g_free (doc->id);
  g_free (doc->path);
  g_free (doc->title);
  g_free (doc->text);
  g_clear_pointer (&doc->sentences, g_array_unref);
  g_free (doc);
}

static void
actor_free (gpointer data)
{
  EntActor *actor = data;

  g_free (actor->id);
  g_free (actor->name);
  g_clear_pointer (&actor->aliases, g_ptr_array_unref);
  g_clear_pointer (&actor->mentions, g_array_unref);
  g_free (actor);
}

/* Relations and evidence are records followed by a trailer naming the
 * block they were carved from, or NULL for one allocated alone.  The
 * extractor hands tens of thousands over at once and carves them from
 * blocks (a malloc each cost more than the rest of the hand-over).  A block
 * goes with the last of its records, wherever that one went: ent-project.c
 * moves evidence between relations and relations between networks, and
 * each record is still freed alone, by evidence_free() or relation_free().
 * The trailer comes after the record and the block's count at its end, so
 * that a block's first record is where the block starts (valgrind calls a
 * block known only by pointers into its middle "possibly lost"). */
typedef struct {
  gint     refs;   /* records of the block alive, and one while it is carved */
  gint     pad_;
  gpointer start;  /* of the allocation */
} RecordBlock;

typedef struct {
  RecordBlock *block;
} RecordTrailer;

#define RECORD_BLOCK_BYTES (16 * 1024)

G_STATIC_ASSERT (sizeof (EntEvidence) % G_ALIGNOF (RecordTrailer) == 0);
G_STATIC_ASSERT (sizeof (EntRelation) % G_ALIGNOF (RecordTrailer) == 0);
G_STATIC_ASSERT (RECORD_BLOCK_BYTES % G_ALIGNOF (RecordBlock) == 0);

/* @size: sizeof (EntEvidence) or sizeof (EntRelation) */
static gpointer
record_alloc (EntRecordPool *pool, gsize size)
{
  gsize need = size + sizeof (RecordTrailer);
  char *record;

  if (pool == NULL)
    {
      record = g_malloc (need);
      ((RecordTrailer *) (gpointer) (record + size))->block = NULL;
      return record;
    }
  if ((gsize) (pool->end - pool->next) < need)
    {
      char *start;
      RecordBlock *block;

      _ent_record_pool_finish (pool);
      start = g_malloc (RECORD_BLOCK_BYTES);
      block = (RecordBlock *) (gpointer) (start + RECORD_BLOCK_BYTES - sizeof (RecordBlock));
      block->refs = 1;
      block->start = start;
      pool->block = block;
      pool->next = start;
      pool->end = (char *) block;
    }
  record = pool->next;
  pool->next += need;
  ((RecordTrailer *) (gpointer) (record + size))->block = pool->block;
  g_atomic_int_inc (&((RecordBlock *) pool->block)->refs);
  return record;
}

static void
record_block_unref (RecordBlock *block)
{
  if (g_atomic_int_dec_and_test (&block->refs))
    g_free (block->start);
}

static void
record_free (gpointer record, gsize size)
{
  RecordBlock *block = ((RecordTrailer *) (gpointer) ((char *) record + size))->block;

  if (block == NULL)
    g_free (record);
  else
    record_block_unref (block);
}

void
_ent_record_pool_finish (EntRecordPool *pool)
{
  if (pool->block != NULL)
    record_block_unref (pool->block);
  pool->block = NULL;
  pool->next = pool->end = NULL;
}

static void
evidence_free (gpointer data)
{
  EntEvidence *ev = data;

  g_clear_pointer (&ev->text, g_ref_string_release);
  record_free (ev, sizeof (EntEvidence));
}

static void
relation_free (gpointer data)
{
  EntRelation *rel = data;

  g_free (rel->id);
  g_clear_pointer (&rel->evidence, g_ptr_array_unref);
  record_free (rel, sizeof (EntRelation));
}

EntNetwork *
ent_network_new (void)
{
  EntNetwork *net = g_new0 (EntNetwork, 1);

  net->documents = g_ptr_array_new_with_free_func (document_free);
  net->actors = g_ptr_array_new_with_free_func (actor_free);
  net->relations = g_ptr_array_new_with_free_func (relation_free);
  return net;
}

void
ent_network_free (EntNetwork *net)
{
  if (net == NULL)
    return;
  g_ptr_array_unref (net->documents);
  g_ptr_array_unref (net->actors);
  g_ptr_array_unref (net->relations);
  g_free (net);
}

/* "a12" into @buf (16 bytes); returns where it starts.  Ids are made by
 * the hundred thousand for a corpus, so without printf. */
static const char *
format_id (char *buf, char prefix, guint n)
{
  static const char pairs[201] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";
  int i = 16;

  buf[--i] = '\0';
  /* two digits a division */
  while (n >= 100)
    {
      guint r = n % 100;
      n /= 100;
      i -= 2;
      memcpy (buf + i, pairs + 2 * r, 2);
    }
  if (n >= 10)
    {
      i -= 2;
      memcpy (buf + i, pairs + 2 * n, 2);
    }
  else
    buf[--i] = (char) ('0' + n);
  buf[--i] = prefix;
  return buf + i;
}

static char *
make_id (char prefix, guint n)
{
  char buf[16];
  const char *id = format_id (buf, prefix, n);

  /* its length known: a copy without strlen (a corpus makes hundreds of
   * thousands) */
  return g_memdup2 (id, buf + sizeof buf - id);
}

/* The id after @id, an id format_id() wrote into @buf: its digits
 * counted up in place (renumbering goes through them in order) */
static const char *
next_id (char *buf, const char *id)
{
  char *first = (char *) id;   /* the prefix */
  char *p = buf + 14;          /* the last digit; buf[15] is the NUL */

  for (;; p--)
    {
      if (p == first)
        {
          /* all nines: one digit more */
          first[-1] = first[0];
          first[0] = '1';
          return first - 1;
        }
      if (*p != '9')
        {
          (*p)++;
          return first;
        }
      *p = '0';
    }
}

/* Renumbering mostly finds the id it would write already there. */
static void
set_id (char **id, const char *want)
{
  if (*id != NULL && strcmp (*id, want) == 0)
    return;
  g_free (*id);
  *id = g_strdup (want);
}

EntDocument *
ent_network_add_document (EntNetwork *net, const char *path, const char *title,
                          char *text, gsize len)
{
  EntDocument *doc = g_new0 (EntDocument, 1);

  doc->id = make_id ('d', net->documents->len + 1);
  doc->path = g_strdup (path);
  doc->title = g_strdup (title);
  doc->text = text ? text : g_strdup ("");
  doc->len = text ? len : 0;
  doc->sentences = g_array_new (FALSE, FALSE, sizeof (EntSpan));
  g_ptr_array_add (net->documents, doc);
  return doc;
}

EntActor *
ent_network_add_actor (EntNetwork *net, const char *name, EntActorType type)
{
  EntActor *actor = g_new0 (EntActor, 1);

  actor->id = make_id ('a', net->actors->len + 1);
  actor->name = g_strdup (name);
  actor->type = type;
  actor->aliases = g_ptr_array_new_with_free_func (g_free);
  actor->affiliation = -1;
  actor->mentions = g_array_new (FALSE, FALSE, sizeof (EntMention));
  actor->confidence = 1.0;
  g_ptr_array_add (net->actors, actor);
  return actor;
}

EntRelation *
_ent_network_add_relation_interned (EntNetwork *net, guint source, guint target,
                                    EntPolarity polarity, const char *kind,
                                    gboolean directed, guint n_evidence,
                                    EntRecordPool *pool)
{
  EntRelation *rel;

  g_return_val_if_fail (source < net->actors->len && target < net->actors->len, NULL);

  /* every field is set: no clearing first (a corpus makes tens of
   * thousands) */
  rel = record_alloc (pool, sizeof (EntRelation));
  rel->id = make_id ('r', net->relations->len + 1);
  rel->source = source;
  rel->target = target;
  rel->polarity = polarity;
  rel->kind = kind ? kind : g_intern_static_string (polarity == ENT_POLARITY_NEUTRAL ? "mention" : "cooperation");
  rel->directed = directed;
  rel->evidence = g_ptr_array_new_full (n_evidence, evidence_free);
  g_ptr_array_add (net->relations, rel);
  return rel;
}

EntRelation *
ent_network_add_relation (EntNetwork *net, guint source, guint target,
                          EntPolarity polarity, const char *kind, gboolean directed)
{
  /* a few words over and over: one copy for the process */
  return _ent_network_add_relation_interned (net, source, target, polarity,
                                             g_intern_string (kind), directed, 0, NULL);
}

EntEvidence *
ent_relation_add_evidence (EntRelation *rel, guint doc, guint sentence,
                           gsize start, gsize end, const char *text,
                           const char *cue, const char *speaker)
{
  g_autoptr(GRefString) ref = g_ref_string_new (text ? text : "");

  return ent_relation_add_evidence_ref (rel, doc, sentence, start, end, ref, cue, speaker);
}

EntEvidence *
_ent_relation_take_evidence_interned (EntRelation *rel, guint doc, guint sentence,
                                      gsize start, gsize end, char *text_ref,
                                      const char *cue, const char *speaker,
                                      EntRecordPool *pool)
{
  EntEvidence *ev = record_alloc (pool, sizeof (EntEvidence));   /* every field is set below */

  ev->doc = doc;
  ev->sentence = sentence;
  ev->start = start;
  ev->end = end;
  ev->text = text_ref;
  ev->cue = cue;
  ev->speaker = speaker;
  g_ptr_array_add (rel->evidence, ev);
  return ev;
}

EntEvidence *
_ent_relation_add_evidence_interned (EntRelation *rel, guint doc, guint sentence,
                                     gsize start, gsize end, char *text_ref,
                                     const char *cue, const char *speaker)
{
  return _ent_relation_take_evidence_interned (rel, doc, sentence, start, end,
                                               g_ref_string_acquire (text_ref), cue, speaker,
                                               NULL);
}

EntEvidence *
ent_relation_add_evidence_ref (EntRelation *rel, guint doc, guint sentence,
                               gsize start, gsize end, char *text_ref,
                               const char *cue, const char *speaker)
{
  /* cues and speakers repeat across thousands of links: interned */
  return _ent_relation_add_evidence_interned (rel, doc, sentence, start, end, text_ref,
                                              g_intern_string (cue), g_intern_string (speaker));
}

void
ent_actor_add_alias (EntActor *actor, const char *alias)
{
  if (alias == NULL || *alias == '\0' || g_strcmp0 (alias, actor->name) == 0)
    return;
  for (guint i = 0; i < actor->aliases->len; i++)
    if (strcmp (g_ptr_array_index (actor->aliases, i), alias) == 0)
      return;
  g_ptr_array_add (actor->aliases, g_strdup (alias));
}

void
ent_actor_add_mention (EntActor *actor, guint doc, gsize start, gsize end)
{
  EntMention m = { doc, start, end };

  g_array_append_val (actor->mentions, m);
}

int
ent_network_find_actor (const EntNetwork *net, const char *id)
{
  for (guint i = 0; id && i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      if (g_strcmp0 (a->id, id) == 0)
        return (int) i;
    }
  return -1;
}

void
ent_network_renumber (EntNetwork *net)
{
  char buf[16];
  const char *want;

  want = format_id (buf, 'd', 1);
  for (guint i = 0; i < net->documents->len; i++, want = next_id (buf, want))
    set_id (&((EntDocument *) g_ptr_array_index (net->documents, i))->id, want);
  want = format_id (buf, 'a', 1);
  for (guint i = 0; i < net->actors->len; i++, want = next_id (buf, want))
    set_id (&((EntActor *) g_ptr_array_index (net->actors, i))->id, want);
  want = format_id (buf, 'r', 1);
  for (guint i = 0; i < net->relations->len; i++, want = next_id (buf, want))
    set_id (&((EntRelation *) g_ptr_array_index (net->relations, i))->id, want);
}

EntNetwork *
ent_network_copy (const EntNetwork *net)
{
  EntNetwork *copy = ent_network_new ();

  for (guint i = 0; i < net->documents->len; i++)
    {
      const EntDocument *d = g_ptr_array_index (net->documents, i);
      EntDocument *nd = ent_network_add_document (copy, d->path, d->title,
                                                  g_memdup2 (d->text, d->len + 1), d->len);
      g_free (nd->id);
      nd->id = g_strdup (d->id);
      g_array_append_vals (nd->sentences, d->sentences->data, d->sentences->len);
    }
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);
      EntActor *na = ent_network_add_actor (copy, a->name, a->type);
      g_free (na->id);
      na->id = g_strdup (a->id);
      for (guint j = 0; j < a->aliases->len; j++)
        g_ptr_array_add (na->aliases, g_strdup (g_ptr_array_index (a->aliases, j)));
      na->affiliation = a->affiliation;
      g_array_append_vals (na->mentions, a->mentions->data, a->mentions->len);
      na->confidence = a->confidence;
    }
  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);
      EntRelation *nr = ent_network_add_relation (copy, r->source, r->target, r->polarity,
                                                  r->kind, r->directed);
      g_free (nr->id);
      nr->id = g_strdup (r->id);
      for (guint j = 0; j < r->evidence->len; j++)
        {
          const EntEvidence *e = g_ptr_array_index (r->evidence, j);
          ent_relation_add_evidence_ref (nr, e->doc, e->sentence, e->start, e->end,
                                         e->text, e->cue, e->speaker);
        }
    }
  return copy;
}
