/* ent-network.h: the alliance network model shared by extraction, layout,
 * rendering, export, the CLI and the window.
 *
 * Plain C structures owned by an EntNetwork.  Actors and relations refer to
 * each other by index into the network's arrays; string ids ("a1", "r1",
 * "d1") are what the entente/1 JSON format uses.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define ENT_FORMAT_ID "entente/1"

typedef enum {
  ENT_ACTOR_STATE,
  ENT_ACTOR_LEADER,
  ENT_ACTOR_PERSON,
  ENT_ACTOR_GROUP,
  ENT_N_ACTOR_TYPES
} EntActorType;

typedef enum {
  ENT_POLARITY_ALLY,
  ENT_POLARITY_HOSTILE,
  ENT_POLARITY_NEUTRAL,
  ENT_N_POLARITIES
} EntPolarity;

/* A byte range [start, end) in a document's text. */
typedef struct {
  gsize start;
  gsize end;
} EntSpan;

typedef struct {
  char   *id;         /* "d1" */
  char   *path;       /* as given by the user; may be NULL for in-memory text */
  char   *title;      /* first heading line or the file's basename */
  char   *text;       /* UTF-8, NUL-terminated, exactly the bytes offsets refer to */
  gsize   len;        /* strlen (text) */
  GArray *sentences;  /* of EntSpan */
} EntDocument;

/* A document is at most ENT_TEXT_MAX_BYTES (512 MiB), so a mention's
 * byte offsets fit 32 bits: 12 bytes a mention, and a corpus has millions. */
typedef struct {
  guint   doc;        /* index into network->documents */
  guint32 start;
  guint32 end;
} EntMention;

typedef struct {
  char        *id;          /* "a1" */
  char        *name;        /* canonical name */
  EntActorType type;
  GPtrArray   *aliases;     /* of char*: every other name it was found under */
  int          affiliation; /* index of the actor it acts for, or -1 */
  GArray      *mentions;    /* of EntMention */
  double       confidence;  /* 0..1: confidence of the merge / detection */
} EntActor;

/* Evidence and relations are made only by ent_relation_add_evidence*()
 * and ent_network_add_relation(), and freed only by the array holding
 * them (a relation's evidence, a network's relations): they may be carved
 * from a shared block (ent-network.c), so never g_new() or g_free() one,
 * nor copy one by value into an array.  Moving the pointers between
 * arrays of that kind is fine. */
typedef struct {
  guint  doc;        /* index into network->documents */
  guint  sentence;   /* index into that document's sentences */
  gsize  start;      /* byte range of the sentence in the document */
  gsize  end;
  char        *text;     /* the sentence, verbatim: a GRefString, shared by the
                          * evidence of one sentence (read it as a string) */
  const char  *cue;      /* cue word or phrase as it appears, or NULL (interned) */
  const char  *speaker;  /* speaker of the quote, or NULL (interned) */
} EntEvidence;

typedef struct {
  char        *id;        /* "r1" */
  guint        source;    /* actor index */
  guint        target;    /* actor index */
  EntPolarity  polarity;
  const char  *kind;      /* cooperation, support, agreement, accusation, sanction, conflict, mention ... (interned) */
  gboolean     directed;
  GPtrArray   *evidence;  /* of EntEvidence* */
} EntRelation;

typedef struct {
  GPtrArray *documents;  /* of EntDocument* */
  GPtrArray *actors;     /* of EntActor* */
  GPtrArray *relations;  /* of EntRelation* */
} EntNetwork;

#define ENT_ERROR (ent_error_quark ())
GQuark ent_error_quark (void);

typedef enum {
  ENT_ERROR_FAILED,
  ENT_ERROR_INVALID_DATA,   /* malformed JSON, wrong format, bad field */
  ENT_ERROR_ENCODING,       /* text is not UTF-8 / binary */
  ENT_ERROR_EMPTY,          /* nothing to read */
  ENT_ERROR_TOO_LARGE,      /* over a documented limit */
  ENT_ERROR_CANCELLED,
} EntErrorCode;

const char  *ent_actor_type_to_string (EntActorType type);
gboolean     ent_actor_type_from_string (const char *s, EntActorType *out);
const char  *ent_polarity_to_string (EntPolarity p);
gboolean     ent_polarity_from_string (const char *s, EntPolarity *out);

EntNetwork  *ent_network_new (void);
void         ent_network_free (EntNetwork *net);
EntNetwork  *ent_network_copy (const EntNetwork *net);

/* Documents: the network takes ownership of @text (length @len). */
EntDocument *ent_network_add_document (EntNetwork *net, const char *path,
                                       const char *title, char *text, gsize len);
EntActor    *ent_network_add_actor (EntNetwork *net, const char *name, EntActorType type);
EntRelation *ent_network_add_relation (EntNetwork *net, guint source, guint target,
                                       EntPolarity polarity, const char *kind,
                                       gboolean directed);
/* Appends evidence, copying the strings; @cue and @speaker may be NULL. */
EntEvidence *ent_relation_add_evidence (EntRelation *rel, guint doc, guint sentence,
                                        gsize start, gsize end, const char *text,
                                        const char *cue, const char *speaker);
/* The same with a GRefString of the sentence, of which it takes a reference:
 * the evidence of one sentence shares its text. */
EntEvidence *ent_relation_add_evidence_ref (EntRelation *rel, guint doc, guint sentence,
                                            gsize start, gsize end, char *text_ref,
                                            const char *cue, const char *speaker);
void         ent_actor_add_alias (EntActor *actor, const char *alias);   /* no duplicates, never the name itself */
void         ent_actor_add_mention (EntActor *actor, guint doc, gsize start, gsize end);

/* Lookup by string id; -1 when absent. */
int          ent_network_find_actor (const EntNetwork *net, const char *id);

/* Renumbers ids a1.., r1.., d1.. in array order. */
void         ent_network_renumber (EntNetwork *net);

/* Number of evidence sentences of a relation (its weight). */
static inline guint
ent_relation_weight (const EntRelation *rel)
{
  return rel->evidence ? rel->evidence->len : 0;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (EntNetwork, ent_network_free)

G_END_DECLS
