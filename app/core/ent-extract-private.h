/* ent-extract-private.h: state shared by the extraction files
 * (ent-extract.c: documents, sentences and mentions; ent-actors.c: the actor
 * registry and name merging; ent-relations.c: cues and relations). */
#pragma once

#include "ent-gazetteer-private.h"
#include "ent-json-private.h"

G_BEGIN_DECLS

/* Evidence kept per relation; more sentences still count in the log but are
 * not stored, so a 100 MB corpus repeating one pair cannot exhaust memory. */
#define ENT_EXTRACT_MAX_EVIDENCE 200
#define ENT_EXTRACT_MAX_NEUTRAL_EVIDENCE 50
/* Every ally or hostile relation keeps its first evidence sentence; other
 * evidence is kept up to one per this many input bytes (and at least
 * ENT_EXTRACT_MIN_EVIDENCE in all): bounds memory on huge corpora, never
 * reached by a set of articles. */
#define ENT_EXTRACT_BYTES_PER_EVIDENCE 2000
#define ENT_EXTRACT_MIN_EVIDENCE 50000
/* Distinct neutral (co-mention) links kept per run: a corpus of thousands of
 * actors would otherwise grow a link for nearly every pair. */
#define ENT_EXTRACT_MAX_NEUTRAL_RELATIONS 100000
/* Aliases kept per actor. */
#define ENT_EXTRACT_MAX_ALIASES 64

typedef struct {
  EntActorType type;
  char        *name;          /* canonical */
  gsize        name_len;      /* strlen (name) */
  GPtrArray   *aliases;       /* surface forms seen, without the name */
  GArray      *alias_hashes;  /* guint64 key of each alias (alias_key in ent-actors.c) */
  int          gaz;           /* gazetteer entry, -1 for rule-found actors */
  char        *sur_skel;      /* people: skeleton of the surname */
  char        *given;         /* people: folded given name, or NULL */
  char        *org_key;       /* rule-found groups: sorted content words */
  int          affil;         /* registry index of the actor it acts for, -1 */
  EntMention  *ments;         /* grown by hand: one append per mention */
  guint        n_ments, cap_ments;
  double       confidence;
  guint        place_mentions; /* capital mentions that were only a place ("in Amman") */
  gboolean     titled;        /* seen with a leader's title */
  gboolean     outlet;
  guint8       armed;         /* armed group? 0 not yet asked, 1 no, 2 yes */
  guint8       name_head_done;
  guint64      name_head;     /* groups: hash of a head word in the canonical name ("Force"), 0 none */
  guint        state_doc;     /* doc_index + 1 that state_count counts in */
  guint        state_count;   /* states: weighted mentions in that document */
  guint        gov_count;     /* states: named with their government ("Myanmar's junta") there */
} EntXActor;

typedef struct {
  guint        doc;
  guint        sentence;
  const char  *cue;           /* interned, may be NULL */
  char        *text;          /* the sentence: a GRefString shared by its evidence (a reference) */
  int          speaker;       /* registry index or -1 */
} EntXEvidence;

/* Most relations have one sentence: it is kept inline, the others in
 * @more (memory on a large corpus). */
typedef struct {
  guint        a, b;          /* registry indices (source, target when directed) */
  const char  *kind;          /* interned */
  EntXEvidence ev0;           /* the first evidence, when n_ev > 0 */
  EntXEvidence *more;         /* the evidence after the first (n_ev - 1 of
                               * them), NULL until needed; room for 4, then
                               * doubled at each power of two (a plain
                               * block: a GArray each costs more than the
                               * evidence it holds) */
  guint8       polarity;      /* EntPolarity */
  guint8       directed;      /* set from the index when the run ends */
  guint8       both_ways;
  guint8       n_ev;          /* evidence stored, at most ENT_EXTRACT_MAX_EVIDENCE */
} EntXRelation;

static inline EntXEvidence *
_ent_xrel_evidence (EntXRelation *r, guint j)
{
  return j == 0 ? &r->ev0 : &r->more[j - 1];
}

/* The relation index: one slot per relation with what most sightings
 * need, so a pair seen again touches only its slot. */
typedef struct {
  guint64 key;    /* (low, high, polarity); 0: empty */
  guint32 rel;    /* relation + 1 */
  guint32 seen;   /* serial of the last sentence that gave the pair */
  guint32 first;  /* source of the first sighting */
  guint8  flags;  /* REL_* in ent-relations.c */
} EntXRelSlot;

#define ENT_EXTRACT_MAX_CUED 64

typedef struct {
  const EntGazetteer *gaz;
  EntNetwork   *net;

  GPtrArray    *actors;       /* EntXActor* */
  int          *by_gaz;       /* per gazetteer entry: actor + 1, 0 for none yet */
  guint         n_by_gaz;
  GHashTable   *by_org;       /* org key -> actor + 1 */
  GHashTable   *org_names;    /* organisation name as written -> actor + 2, 1 for none */
  GHashTable   *by_surname;   /* surname skeleton -> GArray of actor indices */
  /* (a, b, polarity) -> relation + 1: open addressing, keys never 0 */
  EntXRelSlot  *rel_slots;
  gsize         rel_cap, rel_len;
  guint32       serial;       /* sentences begun in this run, all documents */
  /* pairs given an ally or hostile relation in the current sentence
   * (relation keys without polarity), so co-mention needs no lookup */
  guint64       cued[ENT_EXTRACT_MAX_CUED];
  guint         n_cued;
  GArray       *relations;    /* EntXRelation */
  guint         rel_room;     /* relations the array has room for */
  /* the text of the sentence that last stored evidence, made once for it */
  char         *sent_text;    /* GRefString or NULL */
  guint         sent_text_doc, sent_text_sentence;
  /* the relations go straight to a JSON file (_ent_relations_write()):
   * evidence keeps no text, the documents' text is written from */
  gboolean      streaming;

  /* per document */
  guint         doc_index;
  GHashTable   *doc_alias;    /* folded phrase -> actor + 1 (acronyms) */
  GArray       *doc_people;   /* actor indices of people met recently (bounded) */
  GHashTable   *doc_skel;     /* surname skeleton -> person + 1, this document */
  GHashTable   *surname_miss; /* capitalised words known to match no person */
  GHashTable   *name_cache;   /* full personal names met -> person + 1, this document */
  int           home_state;   /* the state mentioned most so far, -1 */
  guint         home_count;
  int           gov_state;    /* the state most often named with its government, -1 */
  int           federal_state; /* the state last named with "federal": "Ethiopia's federal army", -1 */
  int           compass[2];   /* the states "North ..." and "South ..." named in this document, for
                               * "the North" and "the South" (North Korea, South Sudan), -1 */
  guint         gov_count;
  GStringChunk *strings;      /* cue texts, interned per run */
  GHashTable   *string_set;
  /* the strings interned last, by hash: most cues are met again soon */
#define ENT_X_INTERN_SLOTS 256
  struct {
    guint64     hash;         /* intern_hash() of the text (ent-relations.c) */
    const char *str;          /* NULL: unused */
    gsize       len;
  }             intern_cache[ENT_X_INTERN_SLOTS];
  gsize         evidence_budget;  /* evidence entries still to store */
  gsize         neutral_count;    /* distinct neutral relations so far */
  int           topic;        /* subject of the previous sentence, -1 */
  /* the two armed groups named last ("the rebels", "the group" refer to
   * the last one when no other is that recent) */
  int           armed[2];
  guint         armed_sent[2];
  guint         armed_doc;    /* doc_index + 1 of those, 0 for none */
  int           rebel;        /* the group this document calls rebels ("the M23 rebels"), or -1 */
  int           striker;      /* who last struck somebody: "the strikes targeted ..." */
  guint         striker_sent;
  int           couper;       /* who made the last coup named: "condemned the coup" */
  guint         couper_sent;
  /* the states named last as one list ("Burkina Faso, Mali and Niger"),
   * for "these countries", "the three juntas" */
#define ENT_X_PLURAL 8
  int           plural[ENT_X_PLURAL];
  guint         plural_n;
  guint         plural_sent;
  int           bloc;         /* the alliance or union of states last named, for "the bloc" */
  guint         bloc_sent;
  int           alliance;     /* the alliance last named ("NATO"), for "the alliance" */
  guint         alliance_sent;
  /* groups named last, by the last word of their name ("Gang Suppression
   * Force": force), for "the new force", "the mission", "the council" */
#define ENT_X_HEADS 8
  struct {
    guint64     hash;         /* ent_tok_hash of the folded head word; 0: unused */
    int         actor;
    guint       sent;
  }             heads[ENT_X_HEADS];
  /* the states named last, newest at [(states_next - 1) % N], for "the
   * Gulf state", "the West African nation" */
#define ENT_X_STATES 8
  struct {
    int         actor;
    guint       sent;
  }             states[ENT_X_STATES];
  guint         states_next;  /* entries pushed so far */
  int           weapon_owner; /* whose weapons were last named: "Russian drones" ... "the drones" */
  guint         weapon_sent;
  int           group[8];     /* the last parties acting together as a subject: "the five countries" */
  guint         group_n;
  guint         group_sent;
  int           sides[2];     /* the last "talks between A and B": "the two sides" */
  guint         sides_sent;
  guint         rebel_sent;   /* the sentence it was last named in */
  int           last_speaker;
  guint         last_speaker_sent;
  /* the first act a sentence told, for "B and C followed suit" */
  int           act_src;
  int           act_dst;
  guint         act_sent;     /* its sentence + 1: 0 none */
  gboolean      act_directed;
  const EntGazCue *act_cue;
  const char   *act_cue_text;
  gboolean      in_quote;     /* a quote left open by the previous sentence */
  guint         quote_age;
  gboolean      debug;        /* ENTENTE_DEBUG_EXTRACT=1: trace to stderr */
} EntXCtx;

/* ent-actors.c */
void     _ent_actors_init (EntXCtx *ctx);

/* The actor made for gazetteer entry @entry in this run, or -1. */
static inline int
_ent_actor_of_entry (const EntXCtx *ctx, guint entry)
{
  return entry < ctx->n_by_gaz ? ctx->by_gaz[entry] - 1 : -1;
}

void     _ent_actors_clear (EntXCtx *ctx);
int      _ent_actor_for_entry (EntXCtx *ctx, guint entry);
int      _ent_actor_for_person (EntXCtx *ctx, const char *full_name, gboolean titled,
                                double *confidence);
void     _ent_actor_note_person (EntXCtx *ctx, int actor);
int      _ent_actor_doc_person (EntXCtx *ctx, const char *surname);
int      _ent_actor_for_surname (EntXCtx *ctx, const char *surname, double *confidence);
int      _ent_actor_for_org (EntXCtx *ctx, const char *name);
void     _ent_actor_mention (EntXCtx *ctx, int actor, gsize start, gsize end,
                             const char *surface, double confidence);
void     _ent_actor_alias (EntXCtx *ctx, int actor, const char *surface);
void     _ent_actor_alias_len (EntXCtx *ctx, int actor, const char *p, gsize n);
void     _ent_actor_mention_text (EntXCtx *ctx, int actor, const char *text, gsize start,
                                  gsize end, double confidence);
char    *_ent_org_key (const char *name);
void     _ent_actors_to_network (EntXCtx *ctx, int *map);

/* ent-relations.c */
/* @cue: NULL or from _ent_intern() */
void     _ent_relation_add (EntXCtx *ctx, guint source, guint target, EntPolarity polarity,
                            const char *kind, gboolean directed, guint sentence,
                            const char *cue, int speaker);
void     _ent_relations_clear (EntXCtx *ctx);
void     _ent_relations_reserve (EntXCtx *ctx, gsize n);
gboolean _ent_relation_cued (EntXCtx *ctx, guint a, guint b);
const char *_ent_intern (EntXCtx *ctx, const char *p, gsize n);
void     _ent_relations_to_network (EntXCtx *ctx, const int *map);
/* Writes the relations to @js instead, as _ent_relations_to_network()
 * then ent_network_save_json() would (the run set `streaming` before its
 * first relation), and frees them */
void     _ent_relations_write (EntXCtx *ctx, const int *map, EntJsonStream *js);

G_END_DECLS
