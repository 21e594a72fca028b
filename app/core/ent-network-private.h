/* ent-network-private.h: network construction for builders that already
 * hold interned strings and know how much evidence is coming (the
 * extractor hands over tens of thousands of relations at once). */
#pragma once

#include "ent-network.h"

G_BEGIN_DECLS

/* Where relations and evidence made by the thousand are carved from
 * (blocks, each freed with the last of its records); zero-initialised
 * to start, _ent_record_pool_finish() when done.  NULL where a pool is
 * asked for: the record is allocated alone. */
typedef struct {
  gpointer block;
  char    *next;
  char    *end;
} EntRecordPool;

void _ent_record_pool_finish (EntRecordPool *pool);

/* ent_network_add_relation() with @kind already a g_intern_string() (or
 * NULL) and room for @n_evidence. */
EntRelation *_ent_network_add_relation_interned (EntNetwork *net, guint source, guint target,
                                                 EntPolarity polarity, const char *kind,
                                                 gboolean directed, guint n_evidence,
                                                 EntRecordPool *pool);
/* ent_relation_add_evidence_ref() with @cue and @speaker already
 * g_intern_string()s (or NULL). */
EntEvidence *_ent_relation_add_evidence_interned (EntRelation *rel, guint doc, guint sentence,
                                                  gsize start, gsize end, char *text_ref,
                                                  const char *cue, const char *speaker);
/* The same taking the caller's reference to @text_ref. */
EntEvidence *_ent_relation_take_evidence_interned (EntRelation *rel, guint doc, guint sentence,
                                                   gsize start, gsize end, char *text_ref,
                                                   const char *cue, const char *speaker,
                                                   EntRecordPool *pool);

G_END_DECLS
