/* ent-extract.c: from article text to actors and relations.
 *
 * One pass over each document, sentence by sentence:
 *  1. tokenize the sentence and look every token sequence up in the
 *     gazetteer's phrase table (names, demonyms, capitals, government forms,
 *     cue words, titles, speech verbs ...);
 *  2. find actor mentions: gazetteer names, organisation names by head-words
 *     ("Ministry of ...", "... Commission"), quoted names ("X" Aviation
 *     Company), acronym definitions ("... Accord (GNA)"), people by titles,
 *     roles and given names, and surnames alone or in other spellings of
 *     people already seen (ent-actors.c merges them);
 *  3. mark mentions that are places, not actors ("in northern Syria",
 *     "Damascus airport"), outlets and bylines;
 *  4. split the sentence into clauses (quotes, speech verbs, "but",
 *     "while" ...) and apply each cue to the actors it connects: the
 *     nearest actors on either side, "between X and Y", "X-backed Y",
 *     modifiers ("Turkish aggression against Libya"), possessives ("Haftar
 *     and his Emirati and Saudi allies"), passives ("sanctioned by",
 *     "subjected to US sanctions"), coordination; negated cues are dropped;
 *  5. actors sharing a sentence without a cue get a neutral "mention" link.
 * Work per sentence is bounded (sentences are capped at 2000 bytes by the
 * splitter and at ENT_MAX_TOKENS tokens here), so the whole run is linear in
 * the size of the input.
 */
#define G_LOG_DOMAIN "entente-extract"

#include "config.h"

#include <string.h>

#include "ent-extract.h"
#include "ent-extract-private.h"
#include "ent-json-private.h"
#include "ent-text.h"
#include "ent-names.h"

#define ENT_MAX_TOKENS 600
#define ENT_MAX_NEUTRAL_ACTORS 12

enum {
  M_LOC     = 1 << 0,   /* a place, not an actor */
  M_SKIP    = 1 << 1,   /* outlet, byline, credit */
  M_SPEAKER = 1 << 2,
  M_INDIV   = 1 << 3,   /* a leader or person */
  M_REBELS_KNOWN = 1 << 4,  /* rebels_of() worked out */
  M_REBELS  = 1 << 5,   /* names whose rebels follow: "Burundi's Red Tabara rebels" */
  M_PLURAL  = 1 << 6,   /* "these countries": every state of ctx->plural (emit_pairs) */
};

typedef struct {
  guint  t0, t1;        /* tokens [t0, t1) */
  int    actor;
  guint8 flags;
  guint8 form;
} Ment;

typedef struct {
  EntXCtx    *ctx;
  const char *text;
  gsize       text_len;   /* of the document: the tokenizer may read that far */
  guint       sent;
  gsize       s_start, s_end;
  gboolean    caption;
  guint       credit;     /* first token of a caption's credit, or n */
  guint       body_start; /* the first token after a dateline ("AMMAN, Feb. 9 (X) -"), else 0 */
  guint       open_end;   /* the comma closing an opening "While ...," clause, else G_MAXUINT */

  GArray     *toks;
  guint       toks_room;  /* the tokens it has room for (_ent_tokenize) */
  GString    *fold;
  EntTok     *tk;         /* toks->data, kept once the sentence is tokenized */
  const char *fold_str;   /* fold->str, likewise: a load less per token asked */
  guint       n;
  /* per token; kmask to cuelen_v point into `zeroed`, laid out anew for
   * each sentence's count of tokens (process_sentence) */
  guint8     *zeroed;     /* cap * SENT_ZEROED_BYTES */
  guint32    *kmask;      /* bit (1 << kind): a phrase of that kind starts here */
  guint32     kind_any;   /* the kinds of all tokens, as wc_any */
  guint8     *klen;       /* n * LEX_N_KINDS lengths */
  const EntLexNode **anode;
  guint8     *alen;
  const EntLexHit **cue;   /* nouns, prepositions, adjectives */
  guint8     *cuelen;
  const EntLexHit **cue_v; /* verb forms */
  guint8     *cuelen_v;
  guint       cue_lo, cue_hi; /* the tokens [cue_lo, cue_hi) hold every cue (scan_lexicon) */
  int        *ment_at;
  guint16    *clause;
  guint8     *inq;
  guint64    *wc;        /* WC_* classes of each token, looked up once, and its WX_*
                          * 16 bits above them (wx(); the bits above those are
                          * noise: lookup_tokens()) */
  guint8     *wid;       /* W_* of each token, W_NONE for other words */
  const EntLexNode **lex1; /* the phrase table's node of each token alone, or NULL */
  struct TokSlot *tok_cache; /* what tokens met in this run looked up (lookup_token) */
  struct LexOne *lex_one; /* what the phrases of one word at a node give (scan_lexicon) */
  guint32     wc_any;     /* the classes of all tokens: a pass looking for one can skip */
  guint16     wx_any;     /* WX_* of all tokens, likewise (kept for the sentence only) */
  guint       cap;        /* allocated tokens */

  GArray     *ments;      /* Ment */
  guint       ment_room;  /* mentions it holds without growing */
  int         speaker;    /* actor */
  guint       speech_pos; /* first speech verb token, or G_MAXUINT */
  guint       org_end;    /* org_len(): past the last token that may end a
                           * name there, or G_MAXUINT before it is known */
} Sent;

/* the bytes a token takes in Sent.zeroed: anode, cue and cue_v, kmask,
 * klen, alen, cuelen and cuelen_v (pointers first, for their alignment) */
#define SENT_ZEROED_BYTES (3 * sizeof (gpointer) + sizeof (guint32) + LEX_N_KINDS + 3)

/* ---------------------------------------------------------------------- */
/* token helpers                                                          */

static inline Ment *
ment (Sent *s, int k)
{
  return &g_array_index (s->ments, Ment, k);
}

static inline EntTok *
tok (Sent *s, guint i)
{
  return &s->tk[i];
}

static inline const char *
tfold (Sent *s, guint i)
{
  return s->fold_str + tok (s, i)->fold;
}

static char *
tfold_dup (Sent *s, guint i)
{
  return g_strndup (tfold (s, i), tok (s, i)->fold_len);
}

/* The words the rules test with tis() most often, each with an id (W_*)
 * that every token carries in Sent.wid: tis() on one of them compares that
 * id, not the text.  A word missing here is still compared as text. */
#define FREQUENT_WORDS(X)                                                                              \
  X (COMMA, ",") X (THE, "the") X (OF, "of") X (AND, "and") X (IN, "in") X (BY, "by") X (A, "a")       \
  X (AN, "an") X (FOR, "for") X (FROM, "from") X (TO, "to") X (OR, "or") X (ON, "on") X (AT, "at")     \
  X (WITH, "with") X (ALSO, "also") X (LPAREN, "(") X (RPAREN, ")") X (SEMICOLON, ";") X (IS, "is")    \
  X (WAS, "was") X (ARE, "are") X (WERE, "were") X (HAS, "has") X (HAVE, "have") X (HAD, "had")        \
  X (BEEN, "been") X (THAT, "that") X (WHO, "who") X (WHICH, "which") X (HIS, "his") X (HER, "her")    \
  X (ITS, "its") X (THEIR, "their") X (BETWEEN, "between") X (GOVERNMENT, "government")                \
  X (FORCES, "forces") X (REGIME, "regime") X (REBELS, "rebels") X (SAID, "said") X (COLON, ":")       \
  X (BUT, "but") X (WHILE, "while") X (WHEREAS, "whereas") X (OFF, "off") X (OUT, "out")               \
  X (QUESTION, "question") X (TABLE, "table") X (NOT, "not") X (WILL, "will") X (WOULD, "would")       \
  X (HE, "he") X (SHE, "she") X (FEDERAL, "federal") X (TASK, "task") X (FORCE, "force")               \
  X (TROOPS, "troops") X (RULING, "ruling") X (MILITARY, "military") X (TRANSITIONAL, "transitional")  \
  X (INTERIM, "interim") X (ARMED, "armed") X (SECURITY, "security") X (CHIEF, "chief")                \
  X (COMMANDER, "commander") X (SPOKESMAN, "spokesman") X (SPOKESWOMAN, "spokeswoman")                 \
  X (AGREED, "agreed") X (OFFERED, "offered") X (OFFERS, "offers") X (PLEDGED, "pledged")              \
  X (PLEDGES, "pledges") X (PROMISED, "promised") X (VOWED, "vowed") X (DEFENCE, "defence")            \
  X (DEFENSE, "defense") X (REPORTING, "reporting") X (EDITING, "editing") X (WRITING, "writing")      \
  X (ADDITIONAL, "additional") X (BAR, "|") X (EMBROILED, "embroiled") X (ENGAGED, "engaged")          \
  X (ENTANGLED, "entangled") X (INVOLVED, "involved") X (LOCKED, "locked") X (MIRED, "mired")          \
  X (LONG, "long") X (NOW, "now") X (STILL, "still") X (AUTHORITIES, "authorities") X (CITY, "city")   \
  X (COUNTRY, "country") X (LEADERSHIP, "leadership") X (MEMBER, "member") X (NATION, "nation")        \
  X (RULERS, "rulers") X (STATE, "state") X (TOWN, "town") X (ABOUT, "about") X (BACK, "back")         \
  X (BE, "be") X (BECAME, "became") X (BECOMES, "becomes") X (BROKERED, "brokered")                    \
  X (COLLAPSED, "collapsed") X (CONTACTS, "contacts") X (DETERIORATED, "deteriorated")                 \
  X (DETERIORATING, "deteriorating") X (DIALOGUE, "dialogue") X (FRAYED, "frayed") X (LAST, "last")    \
  X (MADE, "made") X (MEDIATED, "mediated") X (MEETINGS, "meetings") X (NEGOTIATIONS, "negotiations")  \
  X (REMAINED, "remained") X (REMAINS, "remains") X (ROLE, "role") X (SOUR, "sour")                    \
  X (SOURED, "soured") X (TALKS, "talks") X (THIS, "this") X (UNDER, "under") X (WORSENED, "worsened") \
  X (WORSENING, "worsening") X (TWO, "two") X (SIDES, "sides") X (REBEL, "rebel")                      \
  X (PARTIES, "parties") X (OTHER, "other") X (ONE, "one") X (MINISTERS, "ministers") X (IT, "it")     \
  X (GOVERNMENTS, "governments") X (EACH, "each") X (COUNTRIES, "countries") X (ANOTHER, "another")    \
  X (PERIOD, ".") X (HYPHEN, "-")                                                                      \
  X (BOTH, "both") X (AGAINST, "against") X (ROUTES, "routes") X (ROUTE, "route") X (LINES, "lines")   \
  X (LINE, "line") X (HUB, "hub") X (DEPOTS, "depots") X (DEPOT, "depot") X (CORRIDOR, "corridor")     \
  X (CHAINS, "chains") X (CHAIN, "chain") X (CHARGE, "charge") X (TENSE, "tense")                      \
  X (STRAINED, "strained") X (ICY, "icy") X (HOSTILE, "hostile") X (FROSTY, "frosty")                  \
  X (TOGETHER, "together") X (REPORTERS, "reporters") X (REPORTER, "reporter")                         \
  X (CORRESPONDENTS, "correspondents") X (CORRESPONDENT, "correspondent") X (COMPILED, "compiled")     \
  X (LBRACKET, "[") X (BACKS, "backs") X (ALONG, "along") X (LATER, "later") X (LATTER, "latter")      \
  X (FORMER, "former") X (ALLIANCE, "alliance") X (PERSONS, "persons") X (PEOPLE, "people")            \
  X (OFFICIALS, "officials") X (INDIVIDUALS, "individuals") X (FIRMS, "firms")                         \
  X (ENTITIES, "entities") X (COMPANIES, "companies") X (BUSINESSES, "businesses")                     \
  X (NORTHERN, "northern") X (SIDE, "side") X (PRESIDENT, "president") X (GROUP, "group")              \
  X (WESTERN, "western") X (SOUTHWESTERN, "southwestern") X (SOUTHERN, "southern")                     \
  X (SOUTHEASTERN, "southeastern") X (NORTHWESTERN, "northwestern") X (NORTHEASTERN, "northeastern")   \
  X (EASTERN, "eastern") X (CENTRAL, "central") X (VICINITY, "vicinity") X (SUBURBS, "suburbs")        \
  X (OUTSKIRTS, "outskirts") X (AS, "as") X (SETTLED, "settled") X (RESOLVED, "resolved")              \
  X (ENDED, "ended") X (DEFUSED, "defused") X (WIDELY, "widely") X (POPULARLY, "popularly")            \
  X (BETTER, "better") X (MILITIA, "militia") X (PARAMILITARY, "paramilitary")                         \
  X (MILITANTS, "militants") X (INSURGENTS, "insurgents") X (DIRECTORATE, "directorate")               \
  X (DEPARTMENT, "department") X (COMMAND, "command") X (STAGED, "staged") X (ORDERED, "ordered")      \
  X (MOUNTED, "mounted") X (LAUNCHED, "launched") X (CONDUCTED, "conducted") X (CLAIMED, "claimed")    \
  X (CARRIED, "carried") X (NICKNAMED, "nicknamed") X (ALIAS, "alias") X (AKA, "aka")                  \
  X (MOVEMENT, "movement") X (KNOWN, "known") X (ADMINISTRATION, "administration")                     \
  X (SEPARATIST, "separatist") X (MILITANT, "militant") X (JIHADIST, "jihadist") X (ARMY, "army")      \
  X (JUNTA, "junta") X (SEPARATELY, "separately") X (REPEATEDLY, "repeatedly")                         \
  X (PUBLICLY, "publicly") X (EARLIER, "earlier") X (WING, "wing") X (OFFSHOOT, "offshoot")            \
  X (FRANCHISE, "franchise") X (BRANCH, "branch") X (AFFILIATE, "affiliate")                         \
  X (THEY, "they") X (WITHOUT, "without") X (BACKED, "backed") X (SINCE, "since") X (OVER, "over")      \
  X (WAR, "war") X (WARS, "wars") X (INTERMITTENTLY, "intermittently") X (SKIRMISHES, "skirmishes")    \
  X (CONFLICTS, "conflicts") X (BATTLES, "battles") X (THOSE, "those") X (SOLD, "sold")                 \
  X (LAPSED, "lapsed") X (EXPIRES, "expires") X (EXPIRED, "expired") X (ENDS, "ends")                  \
  X (LINKED, "linked") X (ALIGNED, "aligned")

enum {
  W_NONE,
#define W_ENUM(id, word) W_##id,
  FREQUENT_WORDS (W_ENUM)
#undef W_ENUM
  W_N_WORDS
};

static const char * const frequent_words[W_N_WORDS] = {
  NULL,
#define W_TEXT(id, word) word,
  FREQUENT_WORDS (W_TEXT)
#undef W_TEXT
};

/* W_* of @w; folded to a constant when @w is a literal and tis() inlined */
static inline __attribute__ ((always_inline)) guint
frequent_word (const char *w)
{
#define W_MATCH(id, word) strcmp (w, word) == 0 ? W_##id :
  return FREQUENT_WORDS (W_MATCH) W_NONE;
#undef W_MATCH
}

static inline __attribute__ ((always_inline)) gboolean
tis (Sent *s, guint i, const char *w)
{
  EntTok *t;
  const char *f;
#ifdef __OPTIMIZE__
  /* only when the compiler knows the id, never a search at run time */
  guint id = frequent_word (w);
  if (__builtin_constant_p (id) && id != W_NONE)
    return i < s->n && s->wid[i] == id;
#endif
  if (i >= s->n)
    return FALSE;
  t = tok (s, i);
  f = s->fold_str + t->fold;
  /* first byte first: most comparisons fail there */
  return t->fold_len > 0 && f[0] == w[0] && t->fold_len == strlen (w) && memcmp (f, w, t->fold_len) == 0;
}

/* (inline, first byte first: the prefixes are literals, and most
 * tokens differ there) */
static inline __attribute__ ((always_inline)) gboolean
tprefix (Sent *s, guint i, const char *prefix)
{
  gsize n = strlen (prefix);
  return i < s->n && tok (s, i)->fold_len >= n && tfold (s, i)[0] == prefix[0] &&
         memcmp (tfold (s, i), prefix, n) == 0;
}

/* g_strcmp0 (@kind, @literal) == 0 inline: a cue's or an entry's kind
 * (may be NULL) against a literal, first byte first */
static inline __attribute__ ((always_inline)) gboolean
kind_is (const char *kind, const char *literal)
{
  return kind != NULL && kind[0] == literal[0] && strcmp (kind, literal) == 0;
}

/* Whether token @i is longer than @min_len and ends with @suffix */
static inline gboolean
tsuffix (Sent *s, guint i, const char *suffix, guint min_len)
{
  gsize n = strlen (suffix);
  guint len = tok (s, i)->fold_len;
  return len > min_len && len >= n && memcmp (tfold (s, i) + len - n, suffix, n) == 0;
}

/* "fight", "fought", "battle" in any form at @i */
static inline gboolean
fight_verb (Sent *s, guint i)
{
  return tprefix (s, i, "fight") || tprefix (s, i, "fought") || tprefix (s, i, "battl");
}

/* "regards", "sees", "views", "describes", "considers", "brands",
 * "labels", "calls": a verb that says what its object is ("... X as Y") */
static inline gboolean
regard_verb (Sent *s, guint i)
{
  return tprefix (s, i, "regard") || tprefix (s, i, "describ") || tprefix (s, i, "consider") ||
         tprefix (s, i, "view") || tis (s, i, "sees") || tis (s, i, "see") || tis (s, i, "saw") ||
         tis (s, i, "seen") || tprefix (s, i, "brand") || tprefix (s, i, "label") || tprefix (s, i, "call") ||
         tprefix (s, i, "design") || tprefix (s, i, "list") || tprefix (s, i, "treat") ||
         tprefix (s, i, "recogni");
}

/* The cue a lexicon hit stands for */
static inline const EntGazCue *
hit_cue (Sent *s, const EntLexHit *hit)
{
  return g_ptr_array_index (s->ctx->gaz->cues, hit->value);
}

/* Whether @hit (or NULL) is a hostile cue */
static inline gboolean
hit_hostile (Sent *s, const EntLexHit *hit)
{
  return hit != NULL && hit_cue (s, hit)->polarity == ENT_POLARITY_HOSTILE;
}

/* @i is one of the NULL-terminated @words */
static gboolean
tis_among (Sent *s, guint i, const char *const *words)
{
  for (; *words; words++)
    if (tis (s, i, *words))
      return TRUE;
  return FALSE;
}

/* "it", "they", "he", "she" at @i */
static inline gboolean
subject_pronoun (Sent *s, guint i)
{
  return tis (s, i, "it") || tis (s, i, "they") || tis (s, i, "he") || tis (s, i, "she");
}

/* Closed-class words the clause rules ask about, looked up by the token's
 * hash in a small table instead of comparing a list word by word. */
enum {
  WC_DETERMINER   = 1 << 0,   /* before a party: "the rival Haftar" */
  WC_OBJECT_PREP  = 1 << 1,   /* before an object: "met with" */
  WC_CONNECTOR    = 1 << 2,   /* between coordinated parties */
  WC_BETWEEN_STOP = 1 << 3,   /* ends "between A and B" */
  WC_PART_OF      = 1 << 4,   /* "commanders of X", "sites of X": X is the one hit */
  WC_EVENT        = 1 << 5,   /* an attack named as a noun: "the strikes" */
  WC_WEAPON       = 1 << 6,   /* "the drones" of their owner */
  WC_FIRE         = 1 << 7,   /* "fired ... at X" */
  WC_QUIT         = 1 << 8,   /* "quit X" */
  WC_WITHDRAW     = 1 << 9,   /* "withdrew from X" */
  WC_PULL         = 1 << 10,  /* "pulled out of X" */
  WC_PARTICLE     = 1 << 11,  /* inside a personal name: "bin", "al", "van" */
  WC_GROUP_HEAD   = 1 << 12,  /* ends a group's name, used alone later: "the force" */
  WC_NAME_MOD     = 1 << 13,  /* may open a name capitalised: "Islamic State" */
  WC_LOWER_HEAD   = 1 << 14,  /* ends a name in lower case: "Haftar forces" */
  WC_ADJUNCT      = 1 << 15,  /* opens an adverbial phrase: "under a deal" */
  WC_NOUN_DET     = 1 << 16,  /* before a noun, not a verb: "the support", "with support" */
  WC_OFF_OUT      = 1 << 17,  /* opens "off the table", "out of the question" */
  WC_ALLY_MOD     = 1 << 18,  /* before a noun like "ally": "its longtime partner" */
  WC_CLAUSE_MARK  = 1 << 19,  /* may open a clause: ";", ":", "and" (mark_clauses) */
  WC_BETWEEN      = 1 << 20,  /* "between" (note_sides) */
  WC_SUBORDINATE  = 1 << 21,  /* opens a subordinate clause: "while", "although" (opening_clause_end) */
  WC_TERROR       = 1 << 22,  /* starts with "terror" (set by lookup_token_slow, not in the table) */
  WC_AMOUNT       = 1 << 23,  /* between a verb and its noun: "suspended some $100 million in aid" */
  WC_AUX_VP       = 1 << 24,  /* between "and" and a second verb: "and then turned" (coordinated_vp_subject) */
  WC_INSURGENT    = 1 << 25,  /* a noun for rebels alone: "insurgents" (insurgent_noun) */
  WC_BODY_HEAD    = 1 << 26,  /* heads a state's body: "ministry", "cabinet" (state_body_owner) */
  WC_ARMED_NOUN   = 1 << 27,  /* "the group", "the militants" (armed_group_phrase) */
  WC_OPENS_LOWER  = 1 << 28,  /* a lower-case word find_mentions() looks past: "(", "the", "government" */
  WC_AUTHORED     = 1 << 29,  /* a document's making: "drafted by", "drawn up by" (co_authors) */
  WC_ORDER        = 1u << 30, /* "ordered", "told" X to leave (ordered_out) */
  WC_SEND_JOINT   = 1u << 31, /* "sent", "shipped", "deployed", "joint" (sent_forces, joint_adjective) */
};

/* More classes, above WC_* in Sent.wc (wx()), and for the sentence in
 * Sent.wx_any: a rule skips its search in a sentence without them */
enum {
  WX_MEDIATE = 1 << 0,   /* starts with "mediat" or "broker" (set by lookup_token_slow) */
  WX_OTHER   = 1 << 1,   /* "other", "another" (reciprocal_pair) */
  WX_SOURED  = 1 << 2,   /* ties said to worsen: "soured", "frayed" (apply_cue) */
  WX_STATE_NOUN = 1 << 3, /* "country", "kingdom" (state_noun) */
  WX_INSURGENT_ADJ = 1 << 4, /* "rebel", "militant" before "group" (insurgent_noun) */
  WX_BOTH    = 1 << 5,   /* "both" (coord_forward, coord_may_grow) */
  WX_STOP    = 1 << 6,   /* "stop", "halt", "cease", "quit", "end" (urged_party) */
  WX_COUP    = 1 << 7,   /* "coup", "seized", "toppled", "ousted" ... (note_coup) */
  WX_BASE    = 1 << 8,   /* "base", "bases" (base_in) */
  WX_DRIVE   = 1 << 9,   /* "drove", "pushed", "forced" ... (drove_out) */
  WX_REGARD  = 1 << 10,  /* "regards", "views", "sees", "considers" ... (regarded_as) */
  WX_RECALL  = 1 << 11,  /* "recall", "recalled" ... (recalled_envoy) */
  WX_FORM    = 1 << 12,  /* "formed", "forged", "signed" ... (reciprocal_pact) */
  WX_ANTI    = 1 << 13,  /* "anti", "pro" before a hyphen (anti_pro, anti_named) */
  WX_JOIN    = 1 << 14,  /* "join", "joined" ... (joined_in) */
  WX_REQUEST = 1 << 15,  /* "request", "invitation", "behest" (at_request) */
};

static const struct {
  const char *word;
  guint16     classes;
} word_classes_x[] = {
  { "other", WX_OTHER }, { "another", WX_OTHER },
  { "soured", WX_SOURED }, { "sour", WX_SOURED }, { "deteriorated", WX_SOURED },
  { "deteriorating", WX_SOURED }, { "worsened", WX_SOURED }, { "worsening", WX_SOURED },
  { "frayed", WX_SOURED }, { "collapsed", WX_SOURED }, { "tense", WX_SOURED }, { "strained", WX_SOURED },
  { "frosty", WX_SOURED }, { "icy", WX_SOURED }, { "hostile", WX_SOURED }, { "strain", WX_SOURED },
  { "cooled", WX_SOURED }, { "chilly", WX_SOURED }, { "nosedived", WX_SOURED }, { "plummeted", WX_SOURED },
  { "fraught", WX_SOURED }, { "marred", WX_SOURED }, { "deteriorate", WX_SOURED }, { "deteriorates", WX_SOURED },
  { "worsen", WX_SOURED }, { "worsens", WX_SOURED }, { "sours", WX_SOURED }, { "souring", WX_SOURED },
  { "country", WX_STATE_NOUN }, { "nation", WX_STATE_NOUN }, { "state", WX_STATE_NOUN },
  { "emirate", WX_STATE_NOUN }, { "kingdom", WX_STATE_NOUN }, { "monarchy", WX_STATE_NOUN },
  { "republic", WX_STATE_NOUN }, { "neighbour", WX_STATE_NOUN }, { "neighbor", WX_STATE_NOUN },
  { "power", WX_STATE_NOUN },   /* "former colonial power France" */
  { "rebel", WX_INSURGENT_ADJ }, { "insurgent", WX_INSURGENT_ADJ }, { "jihadist", WX_INSURGENT_ADJ },
  { "separatist", WX_INSURGENT_ADJ }, { "militant", WX_INSURGENT_ADJ }, { "paramilitary", WX_INSURGENT_ADJ },
  { "both", WX_BOTH },
  { "stop", WX_STOP }, { "halt", WX_STOP }, { "cease", WX_STOP }, { "quit", WX_STOP }, { "end", WX_STOP },
  { "coup", WX_COUP }, { "coups", WX_COUP }, { "putsch", WX_COUP }, { "takeover", WX_COUP },
  { "seize", WX_COUP }, { "seized", WX_COUP }, { "seizes", WX_COUP }, { "seizing", WX_COUP },
  { "topple", WX_COUP }, { "toppled", WX_COUP }, { "topples", WX_COUP }, { "toppling", WX_COUP },
  { "oust", WX_COUP }, { "ousted", WX_COUP }, { "ousts", WX_COUP }, { "ousting", WX_COUP },
  { "overthrow", WX_COUP }, { "overthrew", WX_COUP }, { "overthrown", WX_COUP }, { "overthrows", WX_COUP },
  { "overthrowing", WX_COUP }, { "depose", WX_COUP }, { "deposed", WX_COUP }, { "deposes", WX_COUP },
  { "deposing", WX_COUP },
  { "base", WX_BASE }, { "bases", WX_BASE },
  { "drove", WX_DRIVE }, { "drive", WX_DRIVE }, { "drives", WX_DRIVE }, { "driven", WX_DRIVE },
  { "driving", WX_DRIVE }, { "pushed", WX_DRIVE }, { "push", WX_DRIVE }, { "pushing", WX_DRIVE },
  { "forced", WX_DRIVE }, { "force", WX_DRIVE }, { "forcing", WX_DRIVE },
  { "regards", WX_REGARD }, { "regarded", WX_REGARD }, { "regard", WX_REGARD }, { "views", WX_REGARD },
  { "viewed", WX_REGARD }, { "view", WX_REGARD }, { "sees", WX_REGARD }, { "saw", WX_REGARD },
  { "see", WX_REGARD }, { "seen", WX_REGARD }, { "considers", WX_REGARD }, { "considered", WX_REGARD },
  { "consider", WX_REGARD }, { "deems", WX_REGARD }, { "deemed", WX_REGARD }, { "treats", WX_REGARD },
  { "treated", WX_REGARD },
  { "recall", WX_RECALL }, { "recalled", WX_RECALL }, { "recalls", WX_RECALL }, { "recalling", WX_RECALL },
  { "formed", WX_FORM }, { "forged", WX_FORM }, { "created", WX_FORM }, { "signed", WX_FORM },
  { "launched", WX_FORM }, { "established", WX_FORM }, { "sealed", WX_FORM }, { "struck", WX_FORM },
  { "concluded", WX_FORM }, { "inked", WX_FORM }, { "form", WX_FORM }, { "forge", WX_FORM },
  { "create", WX_FORM }, { "sign", WX_FORM }, { "launch", WX_FORM }, { "establish", WX_FORM },
  { "seal", WX_FORM }, { "strike", WX_FORM }, { "conclude", WX_FORM }, { "forming", WX_FORM },
  { "forging", WX_FORM }, { "creating", WX_FORM }, { "signing", WX_FORM }, { "launching", WX_FORM },
  /* ties made stronger: "A and B seek to boost ties" */
  { "boost", WX_FORM }, { "boosted", WX_FORM }, { "boosting", WX_FORM }, { "strengthen", WX_FORM },
  { "strengthened", WX_FORM }, { "strengthening", WX_FORM }, { "deepen", WX_FORM }, { "deepened", WX_FORM },
  { "deepening", WX_FORM }, { "expand", WX_FORM }, { "expanded", WX_FORM }, { "expanding", WX_FORM },
  { "held", WX_FORM }, { "hold", WX_FORM }, { "holding", WX_FORM },
  { "anti", WX_ANTI }, { "pro", WX_ANTI },
  { "join", WX_JOIN }, { "joins", WX_JOIN }, { "joined", WX_JOIN }, { "joining", WX_JOIN },
  { "request", WX_REQUEST }, { "invitation", WX_REQUEST }, { "behest", WX_REQUEST },
};

static const struct {
  const char *word;
  guint       classes;
} word_classes[] = {
  { "the", WC_DETERMINER | WC_CONNECTOR }, { "a", WC_DETERMINER }, { "an", WC_DETERMINER },
  { "its", WC_DETERMINER | WC_CONNECTOR }, { "his", WC_DETERMINER | WC_CONNECTOR | WC_OPENS_LOWER },
  { "her", WC_DETERMINER | WC_CONNECTOR | WC_OPENS_LOWER }, { "their", WC_DETERMINER | WC_CONNECTOR },
  { "our", WC_DETERMINER }, { "both", WC_DETERMINER | WC_CONNECTOR | WC_OPENS_LOWER }, { "all", WC_DETERMINER },
  { "any", WC_DETERMINER }, { "some", WC_DETERMINER }, { "other", WC_DETERMINER },
  { "fellow", WC_DETERMINER }, { "neighbouring", WC_DETERMINER }, { "neighboring", WC_DETERMINER },
  { "rival", WC_DETERMINER }, { "main", WC_DETERMINER }, { "key", WC_DETERMINER },
  { "chief", WC_DETERMINER }, { "top", WC_DETERMINER }, { "former", WC_DETERMINER },
  { "new", WC_DETERMINER }, { "old", WC_DETERMINER }, { "arch", WC_DETERMINER },
  { "last", WC_DETERMINER }, { "this", WC_DETERMINER }, { "recent", WC_DETERMINER },
  { "latest", WC_DETERMINER }, { "several", WC_DETERMINER }, { "dozens", WC_DETERMINER },
  { "scores", WC_DETERMINER }, { "hundreds", WC_DETERMINER }, { "'s", WC_DETERMINER },
  { "\xe2\x80\x99s", WC_DETERMINER },
  { "with", WC_OBJECT_PREP }, { "to", WC_OBJECT_PREP | WC_BETWEEN_STOP }, { "for", WC_OBJECT_PREP },
  { "against", WC_OBJECT_PREP }, { "on", WC_OBJECT_PREP }, { "from", WC_OBJECT_PREP },
  { "into", WC_OBJECT_PREP }, { "by", WC_OBJECT_PREP }, { "of", WC_OBJECT_PREP },
  { "toward", WC_OBJECT_PREP }, { "towards", WC_OBJECT_PREP }, { "upon", WC_OBJECT_PREP },
  { "over", WC_OBJECT_PREP }, { "at", WC_OBJECT_PREP }, { "behind", WC_OBJECT_PREP },
  { "and", WC_CONNECTOR }, { "or", WC_CONNECTOR }, { ",", WC_CONNECTOR }, { "as", WC_CONNECTOR | WC_PARTICLE },
  { "well", WC_CONNECTOR }, { "also", WC_CONNECTOR }, { "-", WC_CONNECTOR }, { "&", WC_CONNECTOR },
  { "is", WC_BETWEEN_STOP }, { "are", WC_BETWEEN_STOP }, { "was", WC_BETWEEN_STOP },
  { "were", WC_BETWEEN_STOP }, { "has", WC_BETWEEN_STOP }, { "have", WC_BETWEEN_STOP },
  { "had", WC_BETWEEN_STOP }, { "will", WC_BETWEEN_STOP }, { "would", WC_BETWEEN_STOP },
  { "that", WC_BETWEEN_STOP }, { "which", WC_BETWEEN_STOP }, { "who", WC_BETWEEN_STOP },
  { "because", WC_BETWEEN_STOP }, { "remains", WC_BETWEEN_STOP },
  { "commanders", WC_PART_OF }, { "commander", WC_PART_OF }, { "leaders", WC_PART_OF },
  { "members", WC_PART_OF }, { "fighters", WC_PART_OF }, { "officials", WC_PART_OF },
  { "officers", WC_PART_OF }, { "soldiers", WC_PART_OF }, { "troops", WC_PART_OF },
  { "positions", WC_PART_OF }, { "targets", WC_PART_OF }, { "bases", WC_PART_OF },
  { "sites", WC_PART_OF }, { "facilities", WC_PART_OF }, { "ships", WC_PART_OF },
  { "vessels", WC_PART_OF }, { "convoys", WC_PART_OF }, { "units", WC_PART_OF },
  { "strongholds", WC_PART_OF }, { "camps", WC_PART_OF }, { "depots", WC_PART_OF },
  { "infrastructure", WC_PART_OF }, { "infrastructures", WC_PART_OF }, { "hideouts", WC_PART_OF },
  { "militants", WC_PART_OF }, { "installations", WC_PART_OF }, { "outposts", WC_PART_OF },
  { "plants", WC_PART_OF }, { "refineries", WC_PART_OF }, { "headquarters", WC_PART_OF },
  { "warehouses", WC_PART_OF }, { "airfields", WC_PART_OF }, { "airbases", WC_PART_OF },
  { "sent", WC_SEND_JOINT | WC_ORDER }, { "send", WC_SEND_JOINT | WC_ORDER }, { "sends", WC_SEND_JOINT | WC_ORDER },
  { "sending", WC_SEND_JOINT }, { "shipped", WC_SEND_JOINT }, { "shipping", WC_SEND_JOINT },
  { "ships", WC_SEND_JOINT }, { "transferred", WC_SEND_JOINT }, { "transferring", WC_SEND_JOINT },
  { "dispatched", WC_SEND_JOINT }, { "dispatching", WC_SEND_JOINT }, { "deployed", WC_SEND_JOINT },
  { "deploying", WC_SEND_JOINT }, { "deploys", WC_SEND_JOINT }, { "joint", WC_SEND_JOINT }, { "jointly", WC_SEND_JOINT },
  { "together", WC_SEND_JOINT },
  { "combined", WC_SEND_JOINT },
  { "strike", WC_EVENT }, { "strikes", WC_EVENT }, { "airstrikes", WC_EVENT }, { "attack", WC_EVENT },
  { "attacks", WC_EVENT }, { "raid", WC_EVENT }, { "raids", WC_EVENT }, { "bombing", WC_EVENT },
  { "bombings", WC_EVENT }, { "bombardment", WC_EVENT }, { "shelling", WC_EVENT },
  { "offensive", WC_EVENT }, { "incursion", WC_EVENT }, { "invasion", WC_EVENT },
  { "drones", WC_WEAPON }, { "missiles", WC_WEAPON }, { "rockets", WC_WEAPON }, { "jets", WC_WEAPON },
  { "warplanes", WC_WEAPON }, { "warships", WC_WEAPON },
  { "fire", WC_FIRE }, { "fires", WC_FIRE }, { "fired", WC_FIRE }, { "firing", WC_FIRE },
  { "launch", WC_FIRE }, { "launches", WC_FIRE }, { "launched", WC_FIRE }, { "launching", WC_FIRE },
  { "quit", WC_QUIT }, { "quits", WC_QUIT }, { "quitting", WC_QUIT },
  { "withdrew", WC_WITHDRAW }, { "withdraws", WC_WITHDRAW }, { "withdrawn", WC_WITHDRAW },
  { "withdraw", WC_WITHDRAW }, { "withdrawing", WC_WITHDRAW },
  { "pulled", WC_PULL }, { "pulls", WC_PULL }, { "pull", WC_PULL },
  { "al", WC_PARTICLE }, { "el", WC_PARTICLE }, { "bin", WC_PARTICLE }, { "ibn", WC_PARTICLE },
  { "abu", WC_PARTICLE }, { "abd", WC_PARTICLE }, { "ben", WC_PARTICLE }, { "ould", WC_PARTICLE },
  { "bint", WC_PARTICLE }, { "van", WC_PARTICLE }, { "von", WC_PARTICLE }, { "de", WC_PARTICLE },
  { "da", WC_PARTICLE }, { "ad", WC_PARTICLE }, { "ash", WC_PARTICLE }, { "ul", WC_PARTICLE },
  { "mission", WC_GROUP_HEAD }, { "force", WC_GROUP_HEAD }, { "coalition", WC_GROUP_HEAD },
  { "council", WC_GROUP_HEAD }, { "front", WC_GROUP_HEAD }, { "movement", WC_GROUP_HEAD },
  { "committee", WC_GROUP_HEAD }, { "commission", WC_GROUP_HEAD }, { "bloc", WC_GROUP_HEAD },
  { "union", WC_GROUP_HEAD }, { "party", WC_GROUP_HEAD }, { "court", WC_GROUP_HEAD },
  { "organisation", WC_GROUP_HEAD }, { "organization", WC_GROUP_HEAD }, { "brigade", WC_GROUP_HEAD },
  { "brigades", WC_GROUP_HEAD }, { "league", WC_GROUP_HEAD },
  { "arab", WC_NAME_MOD }, { "islamic", WC_NAME_MOD }, { "muslim", WC_NAME_MOD }, { "african", WC_NAME_MOD },
  { "european", WC_NAME_MOD }, { "international", WC_NAME_MOD }, { "gulf", WC_NAME_MOD },
  { "new", WC_NAME_MOD }, { "national", WC_NAME_MOD }, { "middle", WC_NAME_MOD },
  { "western", WC_NAME_MOD }, { "eastern", WC_NAME_MOD }, { "northern", WC_NAME_MOD },
  { "southern", WC_NAME_MOD }, { "central", WC_NAME_MOD }, { "north", WC_NAME_MOD },
  { "south", WC_NAME_MOD }, { "east", WC_NAME_MOD }, { "west", WC_NAME_MOD },
  { "government", WC_LOWER_HEAD }, { "forces", WC_LOWER_HEAD }, { "militia", WC_LOWER_HEAD },
  { "militias", WC_LOWER_HEAD }, { "council", WC_LOWER_HEAD }, { "administration", WC_LOWER_HEAD },
  { "movement", WC_LOWER_HEAD }, { "company", WC_LOWER_HEAD }, { "group", WC_LOWER_HEAD },
  { "army", WC_LOWER_HEAD }, { "brigade", WC_LOWER_HEAD }, { "brigades", WC_LOWER_HEAD },
  { "under", WC_ADJUNCT }, { "during", WC_ADJUNCT }, { "after", WC_ADJUNCT }, { "before", WC_ADJUNCT },
  { "despite", WC_ADJUNCT }, { "amid", WC_ADJUNCT }, { "since", WC_ADJUNCT }, { "until", WC_ADJUNCT },
  { "following", WC_ADJUNCT }, { "without", WC_ADJUNCT }, { "within", WC_ADJUNCT }, { "in", WC_ADJUNCT },
  { "at", WC_ADJUNCT }, { "like", WC_ADJUNCT },
  { "the", WC_NOUN_DET }, { "a", WC_NOUN_DET }, { "an", WC_NOUN_DET }, { "his", WC_NOUN_DET },
  { "her", WC_NOUN_DET }, { "its", WC_NOUN_DET }, { "their", WC_NOUN_DET }, { "our", WC_NOUN_DET },
  { "of", WC_NOUN_DET }, { "for", WC_NOUN_DET }, { "from", WC_NOUN_DET }, { "with", WC_NOUN_DET },
  { "this", WC_NOUN_DET }, { "that", WC_NOUN_DET }, { "these", WC_NOUN_DET }, { "those", WC_NOUN_DET },
  { "any", WC_NOUN_DET }, { "no", WC_NOUN_DET }, { "new", WC_NOUN_DET }, { "more", WC_NOUN_DET },
  { "further", WC_NOUN_DET }, { "such", WC_NOUN_DET }, { "without", WC_NOUN_DET },
  { "off", WC_OFF_OUT }, { "out", WC_OFF_OUT },
  { "longtime", WC_ALLY_MOD }, { "staunch", WC_ALLY_MOD }, { "strategic", WC_ALLY_MOD },
  { "traditional", WC_ALLY_MOD }, { "closest", WC_ALLY_MOD }, { "close", WC_ALLY_MOD },
  { "natural", WC_ALLY_MOD }, { "trusted", WC_ALLY_MOD }, { "junior", WC_ALLY_MOD },
  { "senior", WC_ALLY_MOD }, { "regional", WC_ALLY_MOD }, { "historic", WC_ALLY_MOD },
  { "security", WC_ALLY_MOD }, { "trading", WC_ALLY_MOD }, { "trade", WC_ALLY_MOD },
  { ";", WC_CLAUSE_MARK }, { ":", WC_CLAUSE_MARK }, { "and", WC_CLAUSE_MARK }, { "where", WC_CLAUSE_MARK },
  { "between", WC_BETWEEN },
  { "while", WC_SUBORDINATE }, { "although", WC_SUBORDINATE }, { "though", WC_SUBORDINATE },
  { "as", WC_SUBORDINATE }, { "when", WC_SUBORDINATE }, { "if", WC_SUBORDINATE },
  { "because", WC_SUBORDINATE }, { "since", WC_SUBORDINATE }, { "after", WC_SUBORDINATE },
  { "before", WC_SUBORDINATE }, { "whereas", WC_SUBORDINATE }, { "once", WC_SUBORDINATE },
  { "until", WC_SUBORDINATE }, { "despite", WC_SUBORDINATE }, { "amid", WC_SUBORDINATE },
  { "unlike", WC_SUBORDINATE },
  { "million", WC_AMOUNT }, { "billion", WC_AMOUNT }, { "$", WC_AMOUNT }, { "around", WC_AMOUNT },
  { "about", WC_AMOUNT }, { "some", WC_AMOUNT }, { "of", WC_AMOUNT }, { "in", WC_AMOUNT },
  { "worth", WC_AMOUNT }, { "bn", WC_AMOUNT }, { "m", WC_AMOUNT }, { ",", WC_AMOUNT }, { ".", WC_AMOUNT },
  { "\u20ac", WC_AMOUNT }, { "\u00a3", WC_AMOUNT },
  { "has", WC_AUX_VP }, { "have", WC_AUX_VP }, { "had", WC_AUX_VP }, { "also", WC_AUX_VP },
  { "then", WC_AUX_VP }, { "later", WC_AUX_VP }, { "was", WC_AUX_VP }, { "were", WC_AUX_VP },
  { "is", WC_AUX_VP }, { "are", WC_AUX_VP }, { "quickly", WC_AUX_VP }, { "swiftly", WC_AUX_VP },
  { "since", WC_AUX_VP }, { "instead", WC_AUX_VP }, { "now", WC_AUX_VP }, { "still", WC_AUX_VP },
  { "already", WC_AUX_VP }, { "again", WC_AUX_VP },
  { "rebels", WC_INSURGENT }, { "insurgents", WC_INSURGENT }, { "militants", WC_INSURGENT },
  { "jihadists", WC_INSURGENT }, { "separatists", WC_INSURGENT }, { "opposition", WC_INSURGENT },
  { "dissidents", WC_INSURGENT }, { "paramilitaries", WC_INSURGENT }, { "militiamen", WC_INSURGENT },
  { "islamists", WC_INSURGENT }, { "extremists", WC_INSURGENT }, { "guerrillas", WC_INSURGENT },
  { "ministry", WC_BODY_HEAD }, { "council", WC_BODY_HEAD }, { "service", WC_BODY_HEAD },
  { "services", WC_BODY_HEAD }, { "directorate", WC_BODY_HEAD }, { "department", WC_BODY_HEAD },
  { "command", WC_BODY_HEAD }, { "agency", WC_BODY_HEAD }, { "office", WC_BODY_HEAD },
  { "presidency", WC_BODY_HEAD }, { "cabinet", WC_BODY_HEAD }, { "government", WC_BODY_HEAD },
  { "administration", WC_BODY_HEAD }, { "navy", WC_BODY_HEAD }, { "police", WC_BODY_HEAD },
  { "bureau", WC_BODY_HEAD }, { "secretariat", WC_BODY_HEAD }, { "intelligence", WC_BODY_HEAD },
  { "embassy", WC_BODY_HEAD }, { "parliament", WC_BODY_HEAD },
  { "group", WC_ARMED_NOUN }, { "rebels", WC_ARMED_NOUN }, { "militia", WC_ARMED_NOUN },
  { "militiamen", WC_ARMED_NOUN }, { "militants", WC_ARMED_NOUN }, { "insurgents", WC_ARMED_NOUN },
  { "paramilitaries", WC_ARMED_NOUN }, { "paramilitary", WC_ARMED_NOUN }, { "jihadists", WC_ARMED_NOUN },
  { "(", WC_OPENS_LOWER }, { "[", WC_OPENS_LOWER }, { "the", WC_OPENS_LOWER },
  { "government", WC_OPENS_LOWER }, { "federal", WC_OPENS_LOWER },
  { "drafted", WC_AUTHORED }, { "drawn", WC_AUTHORED }, { "issued", WC_AUTHORED }, { "sponsored", WC_AUTHORED },
  { "co-sponsored", WC_AUTHORED }, { "tabled", WC_AUTHORED }, { "submitted", WC_AUTHORED },
  { "presented", WC_AUTHORED }, { "proposed", WC_AUTHORED }, { "authored", WC_AUTHORED },
  { "put", WC_AUTHORED },
  { "ordered", WC_ORDER }, { "orders", WC_ORDER }, { "order", WC_ORDER }, { "told", WC_ORDER },
  { "tells", WC_ORDER }, { "asked", WC_ORDER }, { "asks", WC_ORDER },
};

#define WC_SLOTS 2048  /* a power of two, more than twice the words */

typedef struct {
  guint64     hash;
  const char *word;    /* NULL: empty */
  gsize       len;
  guint32     classes;
  guint16     xclasses; /* WX_* */
  guint8      id;      /* W_* */
} WcSlot;

/* The slot of @word, claimed when new: a word listed under several
 * classes, or also a frequent word, has one slot holding all of them */
static WcSlot *
word_slot (WcSlot *table, const char *word)
{
  guint64 h = ent_tok_hash (word, strlen (word));
  gsize i = h & (WC_SLOTS - 1);

  while (table[i].word != NULL && strcmp (table[i].word, word) != 0)
    i = (i + 1) & (WC_SLOTS - 1);
  table[i].hash = h;
  table[i].word = word;
  table[i].len = strlen (word);
  return &table[i];
}

static const WcSlot *
word_class_table (void)
{
  static WcSlot table[WC_SLOTS];
  static gsize ready = 0;

  G_STATIC_ASSERT ((G_N_ELEMENTS (word_classes) + G_N_ELEMENTS (word_classes_x) + W_N_WORDS) * 2 < WC_SLOTS);
  G_STATIC_ASSERT (W_N_WORDS <= 256);            /* Sent.wid holds them in 8 bits */
  if (g_once_init_enter (&ready))
    {
      for (guint k = 0; k < G_N_ELEMENTS (word_classes); k++)
        word_slot (table, word_classes[k].word)->classes |= word_classes[k].classes;
      for (guint k = 0; k < G_N_ELEMENTS (word_classes_x); k++)
        word_slot (table, word_classes_x[k].word)->xclasses |= word_classes_x[k].classes;
      for (guint k = W_NONE + 1; k < W_N_WORDS; k++)
        word_slot (table, frequent_words[k])->id = k;
      g_once_init_leave (&ready, 1);
    }
  return table;
}

/* WC_* classes of token @i, 0 for any other word: looked up for each
 * token once (lookup_word_classes), read many times by the rules */
static inline guint
word_class (Sent *s, guint i)
{
  return i < s->n ? (guint32) s->wc[i] : 0;
}

/* WX_* classes of token @i, 0 for any other word */
static inline guint
wx (Sent *s, guint i)
{
  return i < s->n ? (guint) (s->wc[i] >> 32) & 0xffff : 0;
}

/* The WC_* classes and the W_* id of token @i in *@wc and *@wid; @table
 * is word_class_table(), asked once per sentence */
static void
lookup_word_class (Sent *s, const WcSlot *table, guint i, guint32 *wc, guint16 *wx, guint8 *wid)
{
  const EntTok *t = tok (s, i);

  *wc = 0;
  *wx = 0;
  *wid = W_NONE;
  for (gsize k = t->hash & (WC_SLOTS - 1); table[k].word != NULL; k = (k + 1) & (WC_SLOTS - 1))
    if (table[k].hash == t->hash && table[k].len == t->fold_len &&
        memcmp (table[k].word, tfold (s, i), t->fold_len) == 0)
      {
        *wc = table[k].classes;
        *wx = table[k].xclasses;
        *wid = table[k].id;
        return;
      }
}

/* What a token alone looked up gave: a run meets the same few thousand
 * words over and over, so each folded form of up to 16 bytes is looked
 * up in the word class table and the phrase table once, then found here
 * by its bytes (direct-mapped by bits 24.. of its hash: a clash only costs
 * a lookup). */
#define TOK_CACHE_SLOTS 8192
#define TOK_CACHE_KEY 16

typedef struct TokSlot {
  guint64           key[2];   /* the folded form, zero-padded */
  const EntLexNode *node;     /* _ent_gazetteer_lookup() of the token alone */
  guint32           wc;       /* (wc and wx next to each other: lookup_tokens() */
  guint16           wx;       /* reads them as one word) */
  guint8            len;      /* 0: empty */
  guint8            wid;
} TokSlot;

G_STATIC_ASSERT (G_STRUCT_OFFSET (TokSlot, wx) == G_STRUCT_OFFSET (TokSlot, wc) + 4);
G_STATIC_ASSERT (G_STRUCT_OFFSET (TokSlot, wc) + 8 <= sizeof (TokSlot));

/* The first @n (at most 16) bytes at @p as two zero-padded words.  Reads
 * 16 bytes: the fold buffer keeps that much room past its end
 * (process_sentence). */
static inline void
tok_key (const char *p, gsize n, guint64 key[2])
{
  guint64 w0, w1;

  memcpy (&w0, p, 8);
  memcpy (&w1, p + 8, 8);
  /* little- or big-endian, the bytes past @n are the ones masked off */
  key[0] = w0 & GUINT64_FROM_LE (ent_tok_mask[n][0]);
  key[1] = w1 & GUINT64_FROM_LE (ent_tok_mask[n][1]);
}

/* The lookups of lookup_token() that the cache does not answer */
static G_GNUC_NO_INLINE void
lookup_token_slow (Sent *s, const WcSlot *table, guint i, const guint64 key[2])
{
  const EntTok *t = tok (s, i);
  const char *f = tfold (s, i);
  guint fl = t->fold_len;
  guint32 wc;
  guint16 wx;
  guint8 wid;
  const EntLexNode *node;

  lookup_word_class (s, table, i, &wc, &wx, &wid);
  if (fl >= 6 && memcmp (f, "terror", 6) == 0)
    wc |= WC_TERROR;
  if (fl >= 6 && (memcmp (f, "mediat", 6) == 0 || memcmp (f, "broker", 6) == 0))
    wx |= WX_MEDIATE;
  node = _ent_gazetteer_lookup (s->ctx->gaz, t->hash, &f, &fl, 1);
  if (key != NULL)
    {
      TokSlot *slot = &s->tok_cache[(t->hash >> 24) & (TOK_CACHE_SLOTS - 1)];

      slot->key[0] = key[0];
      slot->key[1] = key[1];
      slot->len = (guint8) fl;
      slot->wc = wc;
      slot->wx = wx;
      slot->wid = wid;
      slot->node = node;
    }
  s->wc[i] = wc | ((guint64) wx << 32);
  s->wid[i] = wid;
  s->lex1[i] = node;
  s->wc_any |= wc;
  s->wx_any |= wx;
}

/* Sets the word class, word id and lone phrase-table node of every
 * token, and no mention at any (ment_at).  The arrays are held in locals:
 * the stores would otherwise have them reread for every token. */
static void
lookup_tokens (Sent *s, const WcSlot *table)
{
  const EntTok *tk = s->tk;
  const char *fold = s->fold_str;
  const TokSlot *cache = s->tok_cache;
  guint64 *wc = s->wc;
  guint8 *wid = s->wid;
  const EntLexNode **lex1 = s->lex1;
  int *ment_at = s->ment_at;
  guint64 any = 0;
  guint n = s->n;

  /* (lookup_token_slow() adds to them) */
  s->wc_any = 0;
  s->wx_any = 0;
  for (guint i = 0; i < n; i++)
    {
      const EntTok *t = &tk[i];
      guint64 key[2];
      const TokSlot *slot;
      guint64 cls;

      ment_at[i] = -1;
      if (t->fold_len == 0 || t->fold_len > TOK_CACHE_KEY)
        {
          lookup_token_slow (s, table, i, NULL);
          continue;
        }
      tok_key (fold + t->fold, t->fold_len, key);
      slot = &cache[(t->hash >> 24) & (TOK_CACHE_SLOTS - 1)];
      /* (one branch: a miss is rare) */
      if (((slot->key[0] ^ key[0]) | (slot->key[1] ^ key[1]) | (guint64) (slot->len ^ t->fold_len)) != 0)
        {
          lookup_token_slow (s, table, i, key);
          continue;
        }
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
      /* wc, wx (and len, wid above them, cut off by wx() and below) in
       * one load */
      memcpy (&cls, &slot->wc, sizeof cls);
#else
      cls = slot->wc | ((guint64) slot->wx << 32);
#endif
      wc[i] = cls;
      wid[i] = slot->wid;
      lex1[i] = slot->node;
      any |= cls;
    }
  s->wc_any |= (guint32) any;
  s->wx_any |= (guint16) (any >> 32);
}

/* The text of tokens [t0, t1) in @buf when it fits, else NULL. */
static const char *
span_buf (Sent *s, guint t0, guint t1, char *buf, gsize size)
{
  gsize a = tok (s, t0)->start, b = tok (s, t1 - 1)->end;
  if (b - a + 1 > size)
    return NULL;
  memcpy (buf, s->text + a, b - a);
  buf[b - a] = '\0';
  return buf;
}

static inline gboolean
has_kind (Sent *s, guint i, EntLexKind k)
{
  return i < s->n && (s->kmask[i] & (1u << k)) != 0;
}

static inline guint
kind_len (Sent *s, guint i, EntLexKind k)
{
  return s->klen[i * LEX_N_KINDS + k];
}

static inline gboolean
is_word (Sent *s, guint i)
{
  return i < s->n && (tok (s, i)->flags & TOK_WORD);
}

static inline gboolean
is_cap (Sent *s, guint i)
{
  return i < s->n && (tok (s, i)->flags & (TOK_WORD | TOK_CAP)) == (TOK_WORD | TOK_CAP);
}

static char *
span_text (Sent *s, guint t0, guint t1)
{
  return g_strndup (s->text + tok (s, t0)->start, tok (s, t1 - 1)->end - tok (s, t0)->start);
}

/* span_text() for a string asked for a moment: in @buf when it fits, else
 * a copy that *@heap holds for the caller to free */
static const char *
span_str (Sent *s, guint t0, guint t1, char *buf, gsize size, char **heap)
{
  const char *p = span_buf (s, t0, t1, buf, size);
  return p ? p : (*heap = span_text (s, t0, t1));
}

/* tfold_dup() likewise */
static const char *
tfold_str (Sent *s, guint i, char *buf, gsize size, char **heap)
{
  guint n = tok (s, i)->fold_len;

  if (n >= size)
    return *heap = tfold_dup (s, i);
  memcpy (buf, tfold (s, i), n);
  buf[n] = '\0';
  return buf;
}

/* ---------------------------------------------------------------------- */
/* lookups                                                                */

/* The capitals a phrase hit at @i asks for, from its token @from on */
static gboolean
hit_caps_from (Sent *s, const EntLexHit *h, guint i, guint from)
{
  for (guint k = from; k < h->ntok; k++)
    {
      guint16 f = tok (s, i + k)->flags;
      if ((h->cap_mask & (1u << k)) && !(f & TOK_CAP))
        return FALSE;
      if ((h->upper_mask & (1u << k)) && !(f & TOK_UPPER))
        return FALSE;
    }
  if (G_UNLIKELY (h->mixed_mask != 0))
    for (guint k = from; k < h->ntok; k++)
      if (h->mixed_mask & (1u << k))
        {
          const EntTok *t = tok (s, i + k);
          gboolean inner = FALSE;
          for (gsize b = t->start + 1; b < t->end && !inner; b++)
            inner = g_ascii_isupper (s->text[b]);
          if (!inner)
            return FALSE;
        }
  return TRUE;
}

static inline gboolean
hit_caps_ok (Sent *s, const EntLexHit *h, guint i)
{
  /* a phrase of one word (most hits) asks at most its capitals: inline */
  if (h->ntok == 1 && h->mixed_mask == 0)
    {
      guint16 f = tok (s, i)->flags;
      return !((h->cap_mask & 1u) && !(f & TOK_CAP)) && !((h->upper_mask & 1u) && !(f & TOK_UPPER));
    }
  return hit_caps_from (s, h, i, 0);
}

/* All but a first word that should be capitalised and is not: "port
 * of Spain" */
static gboolean
hit_caps_ok_but_first (Sent *s, const EntLexHit *h, guint i)
{
  return (h->cap_mask & 1u) && !(tok (s, i)->flags & TOK_CAP) && hit_caps_from (s, h, i, 1);
}

/* The hits of @node of @l tokens at token @i: sets the actor node, the
 * cues and the kinds that start there */
static inline void
scan_hits (Sent *s, guint i, const EntLexNode *node, guint l)
{
  /* in locals: the byte stores below may alias anything, and would
   * otherwise have the node and the token's mask reread for every hit */
  const EntLexHit *hits = node->hits;
  guint n_hits = node->n_hits;
  guint32 km = 0;

  for (guint h = 0; h < n_hits; h++)
    {
      const EntLexHit *hit = &hits[h];
      if (hit->ntok != l)
        continue;
      if (hit->kind == LEX_ACTOR)
        {
          if (s->alen[i] < l && hit_caps_ok (s, hit, i))
            {
              s->anode[i] = node;
              s->alen[i] = l;
            }
          else if (l >= 3 && hit_caps_ok_but_first (s, hit, i) &&
                   /* (not "Libyan general Khalifa Haftar": a title in
                    * lower case before a person's name) */
                   _ent_gazetteer_entry (s->ctx->gaz, hit->value)->type != ENT_ACTOR_LEADER)
            {
              /* "the port of Spain, Trinidad": a known name of
               * several words, its first in lower case, is a
               * place, not the state inside it */
              guint k = 1;
              while (k < l && !(tok (s, i + k)->flags & TOK_CAP))
                k++;
              if (k < l)
                {
                  guint8 *kl = &s->klen[(i + k) * LEX_N_KINDS + LEX_PLACE];
                  s->kmask[i + k] |= 1u << LEX_PLACE;
                  s->kind_any |= 1u << LEX_PLACE;
                  if (*kl < l - k)
                    *kl = l - k;
                }
            }
        }
      else if (hit->kind == LEX_CUE)
        {
          gboolean verb = hit->form == CUE_VERB || hit->form == CUE_VERB_PART || hit->form == CUE_VERB_ING;
          if (verb && s->cuelen_v[i] < l)
            {
              s->cue_v[i] = hit;
              s->cuelen_v[i] = l;
            }
          else if (!verb && s->cuelen[i] < l)
            {
              s->cue[i] = hit;
              s->cuelen[i] = l;
            }
          if (s->cue_lo > i)
            s->cue_lo = i;
          s->cue_hi = i + 1;
        }
      else if (hit_caps_ok (s, hit, i))
        {
          guint8 *kl = &s->klen[i * LEX_N_KINDS + hit->kind];
          km |= 1u << hit->kind;
          if (*kl < l)
            *kl = l;
        }
    }
  s->kmask[i] |= km;
  s->kind_any |= km;
}

/* What scan_hits() of the phrases of one word at a node does, worked out
 * once per node met in a run: the kinds whose capitals a token has, by
 * its TOK_CAP and TOK_UPPER (bit LEX_ACTOR: an actor's name), and the
 * first cue of each sort.  A node with a hit asking for an inner capital
 * ("LeT") needs the token's text: scan_hits() then. */
#define LEX_ONE_SLOTS 4096

typedef struct LexOne {
  const EntLexNode *node;    /* NULL: unused */
  const EntLexHit  *cue;     /* the first noun, preposition or adjective cue */
  const EntLexHit  *cue_v;   /* the first verb form */
  guint32           km[4];   /* by lex_one_caps() */
  gboolean          any_cue;
  gboolean          exact;   /* FALSE: a hit asks for more than capitals */
} LexOne;

static inline guint
lex_one_caps (guint16 flags)
{
  return ((flags & TOK_CAP) ? 1 : 0) | ((flags & TOK_UPPER) ? 2 : 0);
}

static G_GNUC_NO_INLINE void
lex_one_fill (LexOne *o, const EntLexNode *node)
{
  memset (o, 0, sizeof *o);
  o->node = node;
  o->exact = TRUE;
  for (guint h = 0; h < node->n_hits; h++)
    {
      const EntLexHit *hit = &node->hits[h];
      if (hit->ntok != 1)
        continue;
      if (hit->kind == LEX_CUE)
        {
          gboolean verb = hit->form == CUE_VERB || hit->form == CUE_VERB_PART || hit->form == CUE_VERB_ING;
          if (verb && o->cue_v == NULL)
            o->cue_v = hit;
          else if (!verb && o->cue == NULL)
            o->cue = hit;
          o->any_cue = TRUE;
          continue;
        }
      if (hit->mixed_mask & 1u)
        o->exact = FALSE;
      for (guint v = 0; v < 4; v++)
        if (!((hit->cap_mask & 1u) && !(v & 1)) && !((hit->upper_mask & 1u) && !(v & 2)))
          o->km[v] |= 1u << hit->kind;
    }
}

/* scan_hits() of the phrases of one word at token @i, whose node is
 * lex1[i] */
static inline __attribute__ ((always_inline)) void
scan_one (Sent *s, guint i, const EntLexNode *node)
{
  LexOne *o = &s->lex_one[((guintptr) node / sizeof (EntLexNode)) & (LEX_ONE_SLOTS - 1)];
  guint32 km;

  if (G_UNLIKELY (o->node != node))
    lex_one_fill (o, node);
  if (G_UNLIKELY (!o->exact))
    {
      scan_hits (s, i, node, 1);
      return;
    }
  if (o->any_cue)
    {
      if (o->cue_v && s->cuelen_v[i] == 0)
        {
          s->cue_v[i] = o->cue_v;
          s->cuelen_v[i] = 1;
        }
      if (o->cue && s->cuelen[i] == 0)
        {
          s->cue[i] = o->cue;
          s->cuelen[i] = 1;
        }
      if (s->cue_lo > i)
        s->cue_lo = i;
      s->cue_hi = i + 1;
    }
  km = o->km[lex_one_caps (tok (s, i)->flags)];
  if (km == 0)
    return;
  if ((km & (1u << LEX_ACTOR)) && s->alen[i] == 0)
    {
      s->anode[i] = node;
      s->alen[i] = 1;
    }
  km &= ~(1u << LEX_ACTOR);
  s->kmask[i] |= km;
  s->kind_any |= km;
  for (guint32 b = km; b != 0; b &= b - 1)
    {
      guint8 *kl = &s->klen[i * LEX_N_KINDS + __builtin_ctz (b)];
      if (*kl == 0)
        *kl = 1;
    }
}

static void
scan_lexicon (Sent *s)
{
  const EntGazetteer *gaz = s->ctx->gaz;
  const char *ts[ENT_LEX_MAX_TOKENS];
  guint tl[ENT_LEX_MAX_TOKENS];
  guint64 hs[ENT_LEX_MAX_TOKENS];
  const EntLexNode *nodes[ENT_LEX_MAX_TOKENS];

  s->cue_lo = s->n;
  s->cue_hi = 0;
  for (guint i = 0; i < s->n; i++)
    {
      const EntLexNode *node1;
      guint maxl, reach;

      node1 = s->lex1[i];
      /* "to" starts "To Lam", "the" ... nothing in lower case */
      if (node1 == NULL || (!node1->lower_ok && !(tok (s, i)->flags & (TOK_CAP | TOK_UPPER))))
        continue;
      maxl = MIN (MIN ((guint) node1->max_len, s->n - i), (guint) ENT_LEX_MAX_TOKENS);
      if (maxl > 1)
        {
          ts[0] = tfold (s, i);
          tl[0] = tok (s, i)->fold_len;
          hs[0] = tok (s, i)->hash;
          /* every prefix of a phrase is in the table: stop at the first
           * missing one, then take the phrases from the longest down */
          nodes[0] = node1;
          reach = 1;
          for (guint l = 1; l < maxl; l++)
            {
              ts[l] = tfold (s, i + l);
              tl[l] = tok (s, i + l)->fold_len;
              hs[l] = ent_phrase_hash (hs[l - 1], tok (s, i + l)->hash);
              nodes[l] = _ent_gazetteer_lookup (gaz, hs[l], ts, tl, l + 1);
              if (nodes[l] == NULL)
                break;
              reach = l + 1;
            }
          for (guint l = reach; l >= 2; l--)
            scan_hits (s, i, nodes[l - 1], l);
        }
      scan_one (s, i, node1);
    }
}

/* ---------------------------------------------------------------------- */
/* mentions                                                               */

/* Counts a state's mentions in this document; the most mentioned one is
 * the state a bare "the army" refers to. */
static void
note_state_weight (EntXCtx *ctx, int actor, guint weight)
{
  EntXActor *a = g_ptr_array_index (ctx->actors, actor);
  guint n;

  if (a->state_doc != ctx->doc_index + 1)
    {
      a->state_doc = ctx->doc_index + 1;
      a->state_count = 0;
      a->gov_count = 0;
    }
  n = a->state_count += weight;
  if (ctx->home_state < 0 || (actor != ctx->home_state && n > ctx->home_count))
    ctx->home_state = actor;
  if (actor == ctx->home_state)
    ctx->home_count = n;
}

/* The words of a government at home: "Myanmar's junta", "the Syrian
 * regime", not "Russian troops" abroad */
static gboolean
is_home_gov_word (Sent *s, guint i)
{
  return tis (s, i, "army") || tis (s, i, "military") || tis (s, i, "junta") || tis (s, i, "regime") ||
         tis (s, i, "government");
}

/* A state named with its government: "Myanmar's junta", "the Syrian
 * regime".  A bare "the army" means the state named so most often, which
 * a foreign dateline or a neighbour mentioned more often does not outweigh. */
static void
note_state_gov (EntXCtx *ctx, int actor)
{
  EntXActor *a = g_ptr_array_index (ctx->actors, actor);

  note_state_weight (ctx, actor, 1);
  a->gov_count++;
  if (ctx->gov_state < 0 || (actor != ctx->gov_state && a->gov_count > ctx->gov_count))
    ctx->gov_state = actor;
  if (actor == ctx->gov_state)
    ctx->gov_count = a->gov_count;
}

/* The state a bare government form at token @i means, -1: "the army",
 * "the junta" are the forces of the state named with them; "government
 * forces" and "the Defence Ministry" belong to the state the story is
 * mostly about */
static int
home_government (Sent *s, guint i)
{
  EntXCtx *ctx = s->ctx;

  if (ctx->gov_state >= 0 && is_home_gov_word (s, i) && !tis (s, i, "government"))
    return ctx->gov_state;
  if (ctx->federal_state >= 0 && tis (s, i, "federal"))
    return ctx->federal_state;
  return ctx->home_state;
}

static void
note_state (EntXCtx *ctx, int actor)
{
  note_state_weight (ctx, actor, 1);
}

/* Puts a state named in sentence @sent at the head of the story's recent
 * states (region_state()), once for a run of the same state */
static void
note_recent_state (EntXCtx *ctx, int actor, guint sent)
{
  guint last = (ctx->states_next + ENT_X_STATES - 1) % ENT_X_STATES;

  if (ctx->states_next > 0 && ctx->states[last].actor == actor)
    {
      ctx->states[last].sent = sent;
      return;
    }
  ctx->states[ctx->states_next % ENT_X_STATES].actor = actor;
  ctx->states[ctx->states_next % ENT_X_STATES].sent = sent;
  ctx->states_next++;
}

static void add_ment (Sent *s, guint t0, guint t1, int actor, guint8 form, double conf, gboolean record);

/* Remembers an armed group (militia, rebels, a "... Front") as the
 * antecedent of "the group", "the rebels" in the next sentences. */
static void
note_armed_group (Sent *s, int actor)
{
  EntXCtx *ctx = s->ctx;
  EntXActor *a = g_ptr_array_index (ctx->actors, actor);

  /* a group's name and entry do not change: decided once */
  if (a->armed == 0)
    {
      gboolean armed = FALSE;
      if (a->gaz >= 0)
        {
          const EntGazEntry *e = _ent_gazetteer_entry (ctx->gaz, a->gaz);
          const char *kind = e->kind;
          armed = kind && (g_str_equal (kind, "armed-group") || g_str_equal (kind, "militia") ||
                           g_str_equal (kind, "movement"));
          /* a rival government that fights as rebels: "Houthi rebels" */
          if (kind && g_str_equal (kind, "rival-government"))
            for (guint k = 0; e->names && k < e->names->len && !armed; k++)
              {
                const char *n = g_ptr_array_index (e->names, k);
                armed = g_str_has_suffix (n, " rebels") || g_str_has_suffix (n, " militia") ||
                        g_str_has_suffix (n, " militias") || g_str_has_suffix (n, " insurgents") ||
                        g_str_has_suffix (n, " fighters");
              }
        }
      else
        {
          static const char * const heads[] = { " Front", " Movement", " Brigade", " Brigades", " Forces",
                                                " Militia", " Army", " Legion", " Battalion", " Battalions" };
          for (guint k = 0; k < G_N_ELEMENTS (heads) && !armed; k++)
            armed = g_str_has_suffix (a->name, heads[k]);
        }
      a->armed = armed ? 2 : 1;
    }
  if (a->armed != 2)
    return;
  if (ctx->armed_doc != ctx->doc_index + 1)
    {
      ctx->armed_doc = ctx->doc_index + 1;
      ctx->armed[0] = ctx->armed[1] = -1;
      ctx->rebel = -1;
    }
  if (actor == ctx->rebel)
    ctx->rebel_sent = s->sent;
  if (ctx->armed[0] != actor)
    {
      ctx->armed[1] = ctx->armed[0];
      ctx->armed_sent[1] = ctx->armed_sent[0];
    }
  ctx->armed[0] = actor;
  ctx->armed_sent[0] = s->sent;
}

/* The last armed group is the one "the rebels" means: named in this or
 * the two sentences before with no other one that recently, or the only
 * one the document has named, within six sentences */
static gboolean
armed_group_clear (EntXCtx *ctx, guint sent)
{
  if (ctx->armed[1] < 0)
    return ctx->armed_sent[0] + 6 >= sent;
  return ctx->armed_sent[0] + 2 >= sent && ctx->armed_sent[1] + 2 < sent;
}

/* "between Somalia and Ethiopia, after the latter allied with ...": the
 * last (or, for "the former", the one before) of the two parties named
 * before it in the sentence; the phrase length or 0 */
static guint
former_latter (Sent *s, guint i)
{
  int last = -1, before = -1;
  gboolean latter;

  if (i + 1 >= s->n || !(tis (s, i + 1, "latter") || tis (s, i + 1, "former")))
    return 0;
  latter = tis (s, i + 1, "latter");
  /* "the former president", "the latter half": an adjective; "the former
   * sent troops", "the latter has denied it": a pronoun */
  if (i + 2 < s->n && is_word (s, i + 2) &&
      ((tok (s, i + 2)->flags & TOK_CAP) || has_kind (s, i + 2, LEX_TITLE) || has_kind (s, i + 2, LEX_ROLE) ||
       has_kind (s, i + 2, LEX_GOV_FORM) || tis (s, i + 2, "half") || tis (s, i + 2, "part") ||
       (!latter && !s->cue[i + 2] && !s->cue_v[i + 2] && !has_kind (s, i + 2, LEX_SPEECH) &&
        !tsuffix (s, i + 2, "ed", 3) &&
        !tis (s, i + 2, "has") && !tis (s, i + 2, "have") && !tis (s, i + 2, "had") && !tis (s, i + 2, "was") &&
        !tis (s, i + 2, "is") && !tis (s, i + 2, "will") && !tis (s, i + 2, "would") && !tis (s, i + 2, "sent") &&
        !tis (s, i + 2, "also") && !tis (s, i + 2, "says") && !tis (s, i + 2, "said"))))
    return 0;
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      if (m->t0 >= i || (m->flags & (M_SKIP | M_LOC)))
        continue;
      if (m->actor != last)
        {
          before = last;
          last = m->actor;
        }
    }
  if ((latter ? last : before) < 0)
    return 0;
  add_ment (s, i + 1, i + 2, latter ? last : before, FORM_NAME, 0.5, FALSE);
  return 2;
}

/* Length of the demonym adjective at token @t ("Yemeni", "South
 * Sudanese"), 0 if none */
static guint
demonym_len (Sent *s, guint t)
{
  const EntLexNode *node;

  if (t >= s->n || s->alen[t] == 0 || (node = s->anode[t]) == NULL)
    return 0;
  for (guint k = 0; k < node->n_hits; k++)
    {
      const EntLexHit *hit = &node->hits[k];
      if (hit->kind == LEX_ACTOR && hit->form == FORM_ADJ && hit->ntok == s->alen[t] && hit_caps_ok (s, hit, t) &&
          _ent_gazetteer_entry (s->ctx->gaz, hit->value)->type == ENT_ACTOR_STATE)
        return hit->ntok;
    }
  return 0;
}

/* Length of a noun for rebels at token @t: "rebels", "rebel group",
 * "insurgents", "jihadists", "opposition"; 0 if none */
static guint
insurgent_noun (Sent *s, guint t)
{
  if (t >= s->n)
    return 0;
  /* "rebel", "insurgent", "jihadist", "separatist", "militant",
   * "paramilitary" */
  if (wx (s, t) & WX_INSURGENT_ADJ)
    {
      if (tis (s, t + 1, "group") || tis (s, t + 1, "groups") || tis (s, t + 1, "movement") ||
          tis (s, t + 1, "forces") || tis (s, t + 1, "fighters") || tis (s, t + 1, "alliance"))
        return 2;
      return tis (s, t, "paramilitary") ? 1 : 0;
    }
  /* "rebels", "insurgents", "militants", "jihadists", "separatists",
   * "opposition", "dissidents", "paramilitaries", "militiamen" */
  return (word_class (s, t) & WC_INSURGENT) ? 1 : 0;
}

/* "the rebels", "the group": the armed group armed_group_clear() names;
 * returns the phrase length (the mention is added) or 0. */
static guint
armed_group_phrase (Sent *s, guint i)
{
  EntXCtx *ctx = s->ctx;
  guint len = 0;
  guint d;

  if (!tis (s, i, "the") || i + 1 >= s->n || ctx->armed_doc != ctx->doc_index + 1 || ctx->armed[0] < 0)
    return 0;
  /* "the Yemeni rebel group", "the Sudanese paramilitaries": the
   * demonym says where the group is from, it is not the state */
  d = demonym_len (s, i + 1);
  if (d > 0 && (len = insurgent_noun (s, i + 1 + d)) > 0 &&
      (armed_group_clear (ctx, s->sent) || ctx->armed_sent[0] + 1 >= s->sent) &&
      !(i + 1 + d + len < s->n && (tis (s, i + 1 + d + len, "of") || is_cap (s, i + 1 + d + len))))
    {
      add_ment (s, i + 1, i + 1 + d + len, ctx->armed[0], FORM_NAME, 0.5, FALSE);
      return 1 + d + len;
    }
  len = 0;
  /* "the rebels" after "the M23 rebel group": that group, even with a
   * militia named in between ("the FDLR, a Hutu militia") */
  if (ctx->rebel >= 0 && ctx->rebel_sent + 4 >= s->sent && tis (s, i + 1, "rebels") &&
      !(i + 2 < s->n && tis (s, i + 2, "of")))
    {
      add_ment (s, i + 1, i + 2, ctx->rebel, FORM_NAME, 0.5, FALSE);
      return 2;
    }
  if (!armed_group_clear (ctx, s->sent))
    return 0;
  /* "group", "rebels", "militia", "militiamen", "militants",
   * "insurgents", "paramilitaries", "paramilitary", "jihadists"; "rebel
   * group", "rebel movement" */
  if (word_class (s, i + 1) & WC_ARMED_NOUN)
    len = 2;
  else if (i + 2 < s->n && tis (s, i + 1, "rebel") && (tis (s, i + 2, "group") || tis (s, i + 2, "movement")))
    len = 3;
  /* "the group's", "the rebels said" are fine; "the group of" is not one,
   * and "the paramilitary Rapid Support Forces" names its own */
  if (len == 0 || (i + len < s->n && (tis (s, i + len, "of") || is_cap (s, i + len))))
    return 0;
  add_ment (s, i + 1, i + len, ctx->armed[0], FORM_NAME, 0.5, FALSE);
  return len;
}

/* "-backed", "-funded" at token @t: the party before it is the patron
 * of a noun phrase ("the Saudi-backed government"), not the phrase;
 * "Islah-aligned units" are Islah's own */
static gboolean
backer_compound (Sent *s, guint t)
{
  return t + 1 < s->n && (tok (s, t)->flags & TOK_HYPHEN) &&
         (tis (s, t + 1, "backed") || tis (s, t + 1, "funded") || tis (s, t + 1, "supported") ||
          tis (s, t + 1, "sponsored") || tis (s, t + 1, "armed"));
}

/* "the Iran-backed rebels": the rebels (the group meant as in
 * armed_group_phrase) at token @i after a hyphenated "X-backed"; the
 * phrase length or 0.  X itself is found as usual. */
static guint
armed_group_after_compound (Sent *s, guint i)
{
  EntXCtx *ctx = s->ctx;

  if (i < 3 || !(tok (s, i - 2)->flags & TOK_HYPHEN) || s->ment_at[i - 3] < 0 ||
      !(tis (s, i - 1, "backed") || tis (s, i - 1, "aligned") || tis (s, i - 1, "allied") ||
        tis (s, i - 1, "led") || tis (s, i - 1, "funded") || tis (s, i - 1, "supported")) ||
      !(tis (s, i, "rebels") || tis (s, i, "militia") || tis (s, i, "militants") || tis (s, i, "group") ||
        tis (s, i, "insurgents") || tis (s, i, "movement")))
    return 0;
  {
    guint p = ment (s, s->ment_at[i - 3])->t0;
    if (p == 0 || !tis (s, p - 1, "the"))
      return 0;
  }
  if (ctx->armed_doc != ctx->doc_index + 1 || ctx->armed[0] < 0 || !armed_group_clear (ctx, s->sent) ||
      (i + 1 < s->n && tis (s, i + 1, "of")))
    return 0;
  add_ment (s, i, i + 1, ctx->armed[0], FORM_NAME, 0.5, FALSE);
  return 1;
}

/* "the alliance" after "NATO", "the CSTO": that alliance, named in this
 * or the three sentences before; the phrase length, or 0 */
static guint
alliance_phrase (Sent *s, guint i)
{
  EntXCtx *ctx = s->ctx;

  if (!tis (s, i, "the") || !tis (s, i + 1, "alliance") || ctx->alliance < 0 ||
      ctx->alliance_sent + 3 < s->sent || (i + 2 < s->n && tis (s, i + 2, "of")) ||
      (i + 2 < s->n && (tok (s, i + 2)->flags & TOK_CAP)))
    return 0;
  add_ment (s, i + 1, i + 2, ctx->alliance, FORM_NAME, 0.5, FALSE);
  return 2;
}

/* The state an individual actor acts for, -1 */
static int
state_of_person (EntXCtx *ctx, int actor)
{
  EntXActor *a = g_ptr_array_index (ctx->actors, actor);
  const EntGazEntry *e = a->gaz >= 0 ? _ent_gazetteer_entry (ctx->gaz, a->gaz) : NULL;

  if (e && e->acts_for_index >= 0 && _ent_gazetteer_entry (ctx->gaz, e->acts_for_index)->type == ENT_ACTOR_STATE)
    return _ent_actor_for_entry (ctx, e->acts_for_index);
  if (a->affil >= 0 && ((EntXActor *) g_ptr_array_index (ctx->actors, a->affil))->type == ENT_ACTOR_STATE)
    return a->affil;
  return -1;
}

/* "Russia's war on his country": the state of the leader named first
 * before it in the sentence; the phrase length, or 0 */
static guint
own_country_phrase (Sent *s, guint i)
{
  int who = -1, st;

  if (!(tis (s, i, "his") || tis (s, i, "her")) || i + 1 >= s->n || !tis (s, i + 1, "country"))
    return 0;
  /* (the first: most often the subject, "Zelensky thanked Biden and
   * condemned Russia's war on his country") */
  for (guint k = 0; k < s->ments->len && who < 0; k++)
    if (ment (s, k)->t1 <= i && (ment (s, k)->flags & M_INDIV) && !(ment (s, k)->flags & (M_LOC | M_SKIP)))
      who = ment (s, k)->actor;
  if (who < 0 || (st = state_of_person (s->ctx, who)) < 0)
    return 0;
  add_ment (s, i + 1, i + 2, st, FORM_GOV, 0.5, FALSE);
  return 2;
}

/* "the putschists", "the coup leaders" after a coup whose makers the
 * story named (or whose state they hold): them, within twelve sentences;
 * the phrase length, or 0 */
static guint
putschists_phrase (Sent *s, guint i)
{
  EntXCtx *ctx = s->ctx;
  guint n = 0;

  if (ctx->couper < 0 || ctx->couper_sent + 12 < s->sent || !tis (s, i, "the") || i + 1 >= s->n)
    return 0;
  if (tis (s, i + 1, "putschists") || tis (s, i + 1, "mutineers"))
    n = 1;
  else if (tis (s, i + 1, "coup") && i + 2 < s->n &&
           (tis (s, i + 2, "leaders") || tis (s, i + 2, "makers") || tis (s, i + 2, "plotters")))
    n = 2;
  if (n == 0)
    return 0;
  add_ment (s, i + 1, i + 1 + n, ctx->couper, FORM_NAME, 0.5, FALSE);
  return n + 1;
}

/* Head words of group names that the story goes on to use alone: "the
 * Gang Suppression Force ... the new force", "the Multinational Security
 * Support mission ... the mission" */
static gboolean
is_group_head (Sent *s, guint i)
{
  return (word_class (s, i) & WC_GROUP_HEAD) != 0;
}

/* The hash of the last head word in the known group's canonical name,
 * 0 when none: "the force" after "UNIFIL" */
static guint64
name_head (Sent *s, int actor)
{
  static const char * const heads[] = { "mission", "force", "coalition", "council", "front", "movement",
                                        "committee", "commission", "bloc", "union", "party", "court",
                                        "organisation", "organization", "brigade", "brigades", "league" };
  EntXActor *a = g_ptr_array_index (s->ctx->actors, actor);

  if (a->name_head_done)
    return a->name_head;
  a->name_head_done = TRUE;
  a->name_head = 0;
  if (a->gaz < 0)
    return 0;
  {
    g_auto (GStrv) words = g_strsplit (a->name, " ", -1);
    for (guint w = 0; words[w]; w++)
      {
        g_autofree char *f = g_ascii_strdown (words[w], -1);
        for (guint k = 0; k < G_N_ELEMENTS (heads); k++)
          if (strcmp (f, heads[k]) == 0)
            a->name_head = ent_tok_hash (f, strlen (f));
      }
  }
  return a->name_head;
}

/* Remembers the group named at [@t0, @t1) under the head word that ends
 * its name in the text, or failing that under one in its known name */
static void
note_group_head (Sent *s, guint t0, guint t1, int actor)
{
  EntXCtx *ctx = s->ctx;
  guint64 h;
  guint slot = 0;

  if (t1 <= t0)
    return;
  if (is_group_head (s, t1 - 1))
    h = tok (s, t1 - 1)->hash;
  else if ((h = name_head (s, actor)) == 0)
    return;   /* "UNIFIL" is the United Nations Interim Force: "the force" */
  for (guint k = 0; k < ENT_X_HEADS; k++)
    {
      if (ctx->heads[k].hash == h)
        {
          slot = k;
          break;
        }
      if (ctx->heads[k].sent < ctx->heads[slot].sent || ctx->heads[k].hash == 0)
        slot = k;
    }
  ctx->heads[slot].hash = h;
  ctx->heads[slot].actor = actor;
  ctx->heads[slot].sent = s->sent;
}

static guint plural_head (Sent *s, guint i);
static int virtual_ment (Sent *s, int actor);

/* An alliance, or an organisation of states a story may call "the bloc":
 * a union, community, league, council, association or organisation of
 * states ("the African Union", "ECOWAS", "the Arab League"), not a court,
 * an agency, a bank or the United Nations */
static gboolean
is_bloc (EntXCtx *ctx, EntXActor *a)
{
  const char *kind = _ent_gazetteer_entry (ctx->gaz, a->gaz)->kind;

  if (kind_is (kind, "alliance"))
    return TRUE;
  if (!kind_is (kind, "international-organisation") || strstr (a->name, "United Nations") != NULL)
    return FALSE;
  return strstr (a->name, "Union") != NULL || strstr (a->name, "Community") != NULL ||
         strstr (a->name, "League") != NULL || strstr (a->name, "Council") != NULL ||
         strstr (a->name, "Association") != NULL || strstr (a->name, "Organisation of") != NULL ||
         strstr (a->name, "Organization of") != NULL || strstr (a->name, "Cooperation") != NULL;
}

/* What a group named at [@t0, @t1) leaves to the rest of the story: the
 * alliance "the alliance" means and, for a mention of its own (@head),
 * the head word "the force" means */
static void
note_story_group (Sent *s, guint t0, guint t1, int actor, gboolean head)
{
  EntXActor *a = g_ptr_array_index (s->ctx->actors, actor);

  if (a->gaz >= 0 && kind_is (_ent_gazetteer_entry (s->ctx->gaz, a->gaz)->kind, "alliance"))
    {
      s->ctx->alliance = actor;
      s->ctx->alliance_sent = s->sent;
    }
  if (a->gaz >= 0 && is_bloc (s->ctx, a))
    {
      s->ctx->bloc = actor;
      s->ctx->bloc_sent = s->sent;
    }
  if (head)
    note_group_head (s, t0, t1, actor);
}

/* "the new force", "the mission", "the council's mandate": the group
 * of that head word named in this or the six sentences before.  The
 * phrase length, or 0 */
static guint
group_head_phrase (Sent *s, guint i)
{
  EntXCtx *ctx = s->ctx;
  guint h = i + 1;

  if (!tis (s, i, "the"))
    return 0;
  /* at most two plain modifiers: "the new anti-gang force", "the
   * 27-member bloc" */
  guint lim = i + 4 + (h < s->n && (tok (s, h)->flags & TOK_DIGIT) ? 1 : 0);

  while (h < s->n && h < lim && !is_group_head (s, h) &&
         (is_word (s, h) || (h < i + 3 && (tok (s, h)->flags & (TOK_DIGIT | TOK_HYPHEN)))) &&
         !(tok (s, h)->flags & TOK_CAP) && s->cue[h] == NULL && s->cue_v[h] == NULL && !tis (s, h, "the"))
    h++;
  /* "the group of", but "accused the party of sheltering militants" */
  /* (a capitalised head only right after "the" and before no name or
   * "of": "the League's decision", not "the Council of Europe") */
  if (h >= s->n ||
      ((tok (s, h)->flags & TOK_CAP) &&
       (h + 1 >= s->n || (tok (s, h + 1)->flags & (TOK_CAP | TOK_QUOTE)) || tis (s, h + 1, "of") ||
        s->alen[h] > 0)) ||
      !is_group_head (s, h) ||
      (h + 1 < s->n && ((tis (s, h + 1, "of") && !(i > 0 && (tprefix (s, i - 1, "accus") ||
                                                            tprefix (s, i - 1, "suspect")))) ||
                        (tok (s, h + 1)->flags & TOK_CAP))))
    return 0;
  for (guint k = 0; k < ENT_X_HEADS; k++)
    if (ctx->heads[k].hash == tok (s, h)->hash && ctx->heads[k].hash != 0 && ctx->heads[k].sent + 6 >= s->sent)
      {
        add_ment (s, h, h + 1, ctx->heads[k].actor, FORM_NAME, 0.5, FALSE);
        return h + 1 - i;
      }
  /* "the regional bloc", "the 15-nation bloc" after "ECOWAS": the
   * alliance or union of states named in this or the four sentences
   * before */
  if (tis (s, h, "bloc") && ctx->bloc >= 0 && ctx->bloc_sent + 4 >= s->sent)
    {
      add_ment (s, h, h + 1, ctx->bloc, FORM_NAME, 0.5, FALSE);
      return h + 1 - i;
    }
  return 0;
}

/* "the M23 rebel group", "M23 rebels", "the rebel M23": remembered as the
 * group this document calls rebels */
static void
note_rebel_group (Sent *s, const Ment *m)
{
  EntXCtx *ctx = s->ctx;

  if (((EntXActor *) g_ptr_array_index (ctx->actors, m->actor))->armed != 2 ||
      ctx->armed_doc != ctx->doc_index + 1)
    return;
  if ((m->t1 < s->n && (tis (s, m->t1, "rebel") || tis (s, m->t1, "rebels"))) ||
      (m->t0 > 0 && tis (s, m->t0 - 1, "rebel")))
    {
      ctx->rebel = m->actor;
      ctx->rebel_sent = s->sent;
    }
}

static void
add_ment (Sent *s, guint t0, guint t1, int actor, guint8 form, double conf, gboolean record)
{
  Ment m = { t0, t1, actor, 0, form };
  EntXActor *a;

  if (actor < 0 || t1 <= t0)
    return;
  /* "discriminating against non-Serbs": nobody's name */
  if (t0 >= 2 && (tok (s, t0 - 1)->flags & TOK_HYPHEN) && tis (s, t0 - 2, "non"))
    return;
  a = g_ptr_array_index (s->ctx->actors, actor);
  if (a->outlet)
    m.flags |= M_SKIP;
  if (t0 > s->credit)
    {
      m.flags |= M_SKIP;
      record = FALSE;
    }
  if (a->type == ENT_ACTOR_LEADER || a->type == ENT_ACTOR_PERSON)
    m.flags |= M_INDIV;
  for (guint t = t0; t < t1; t++)
    s->ment_at[t] = s->ments->len;
  /* the array has room for a mention per token (sent_reserve): no call */
  if (G_LIKELY (s->ments->len < s->ment_room))
    ((Ment *) (gpointer) s->ments->data)[s->ments->len++] = m;
  else
    g_array_append_val (s->ments, m);
  if (record && a->type == ENT_ACTOR_STATE)
    {
      /* "Ethiopia's federal army", "the Nigerian federal government": the
       * state a later bare "federal troops" means */
      if (t1 + 1 < s->n && tis (s, t1 + ((tok (s, t1)->flags & TOK_POSS) ? 1 : 0), "federal"))
        s->ctx->federal_state = actor;
      else if (form == FORM_GOV && t1 > t0 + 1 && tis (s, t0 + 1, "federal"))
        s->ctx->federal_state = actor;
      /* a state named with its government ("Myanmar's junta", "the
       * Syrian regime") is the one a bare "the army" means; the bare
       * forms resolved from this count themselves nothing */
      /* "North Korea", "South Sudan": what "the North", "the South" mean */
      if ((a->name[0] == 'N' && g_str_has_prefix (a->name, "North ")) ||
          (a->name[0] == 'S' && g_str_has_prefix (a->name, "South ")))
        s->ctx->compass[a->name[0] == 'S'] = actor;
      if (form == FORM_GOV)
        {
          if (conf >= 0.9 && is_home_gov_word (s, t1 - 1))
            note_state_gov (s->ctx, actor);
        }
      else if (t1 + 1 < s->n && (tok (s, t1)->flags & TOK_POSS) && is_home_gov_word (s, t1 + 1))
        note_state_gov (s->ctx, actor);
      else
        note_state (s->ctx, actor);
      note_recent_state (s->ctx, actor, s->sent);
    }
  if (a->type == ENT_ACTOR_GROUP && !a->outlet)
    {
      /* "al-Shabaab, al-Qaeda's branch in East Africa": the owner in a
       * description is not the group "the militants" will mean */
      gboolean owner = t1 + 1 < s->n && (tok (s, t1)->flags & TOK_POSS) &&
                       ((s->cue[t1 + 1] != NULL && s->cue[t1 + 1]->form == CUE_AGENT_NOUN) ||
                        (t1 + 2 < s->n && is_word (s, t1 + 1) && s->cue[t1 + 2] != NULL &&
                         s->cue[t1 + 2]->form == CUE_AGENT_NOUN));
      if (!owner)
        note_armed_group (s, actor);
      note_story_group (s, t0, t1, actor, record);
    }
  if (record)
    {
      _ent_actor_mention_text (s->ctx, actor, s->text, tok (s, t0)->start, tok (s, t1 - 1)->end, conf);
    }
}

/* "Paul Kagame's government", "the regime of Bashar al-Assad": the
 * phrase acts as the state, and the leader named in it is mentioned too
 * (a node with his own mention, but no party of this sentence's links). */
static void
record_inner_leader (Sent *s, guint t0, guint t1, int leader)
{
  _ent_actor_mention_text (s->ctx, leader, s->text, tok (s, t0)->start, tok (s, t1 - 1)->end, 0.9);
}

static int gaz_actor_at (Sent *s, guint i, guint8 *form);

/* "Lt. Gen. Mohamed Hamdan, known as Hemeti", "Amhara militias known as
 * Fano": the known person (or, with @group, the group) that the name
 * after token @t names, or -1 */
static int
known_as_actor (Sent *s, guint t, gboolean group)
{
  guint8 form;
  int actor;
  EntXActor *a;

  if (t < s->n && tis (s, t, ","))
    t++;
  if (t < s->n && (tis (s, t, "better") || tis (s, t, "also") || tis (s, t, "widely") || tis (s, t, "popularly")))
    t++;
  if (t + 2 < s->n && tis (s, t, "known") && tis (s, t + 1, "as"))
    t += 2;
  else if (t + 1 < s->n && (tis (s, t, "nicknamed") || tis (s, t, "alias") || tis (s, t, "aka")))
    t++;
  else
    return -1;
  if (t + 1 < s->n && (tok (s, t)->flags & TOK_QUOTE))
    t++;
  if (s->alen[t] == 0 || (actor = gaz_actor_at (s, t, &form)) < 0)
    return -1;
  a = g_ptr_array_index (s->ctx->actors, actor);
  if (group)
    return a->type == ENT_ACTOR_GROUP ? actor : -1;
  return a->type == ENT_ACTOR_LEADER || a->type == ENT_ACTOR_PERSON ? actor : -1;
}

/* The actor of gazetteer match at @i: prefers an entry already met. */
static int
gaz_actor_at (Sent *s, guint i, guint8 *form)
{
  const EntLexNode *node = s->anode[i];
  int first = -1;
  guint8 first_form = 0;

  for (guint h = 0; h < node->n_hits; h++)
    {
      const EntLexHit *hit = &node->hits[h];
      int known;
      if (hit->kind != LEX_ACTOR || hit->ntok != s->alen[i] || !hit_caps_ok (s, hit, i))
        continue;
      known = _ent_actor_of_entry (s->ctx, hit->value);
      if (known >= 0 && hit->form == FORM_SURNAME)
        {
          *form = hit->form;
          return known;
        }
      /* a surname two leaders share ("Deby", father and son): the one
       * still in office, when neither is known in this document yet */
      if (first < 0 ||
          (hit->form == FORM_SURNAME && first_form == FORM_SURNAME &&
           _ent_gazetteer_entry (s->ctx->gaz, first)->former &&
           !_ent_gazetteer_entry (s->ctx->gaz, hit->value)->former))
        {
          first = hit->value;
          first_form = hit->form;
        }
    }
  if (first < 0)
    return -1;
  *form = first_form;
  return _ent_actor_for_entry (s->ctx, first);
}

/* A leader or person of the gazetteer named at token @i */
static gboolean
known_person_at (Sent *s, guint i)
{
  const EntLexNode *node = s->anode[i];

  if (s->alen[i] < 2 || node == NULL)
    return FALSE;
  for (guint h = 0; h < node->n_hits; h++)
    if (node->hits[h].kind == LEX_ACTOR && node->hits[h].ntok == s->alen[i] &&
        (_ent_gazetteer_entry (s->ctx->gaz, node->hits[h].value)->type == ENT_ACTOR_LEADER ||
         _ent_gazetteer_entry (s->ctx->gaz, node->hits[h].value)->type == ENT_ACTOR_PERSON))
      return TRUE;
  return FALSE;
}

/* "in Baghdad", "in Kinshasa" at token @t after a body of government
 * ("the Foreign Ministry in Baghdad"): the state named, by its name or
 * its capital, or -1 */
static int
seat_state (Sent *s, guint t)
{
  guint8 form;
  int where;

  if (t + 1 >= s->n || !tis (s, t, "in") || s->alen[t + 1] == 0)
    return -1;
  where = gaz_actor_at (s, t + 1, &form);
  if (where < 0 || !(form == FORM_CAPITAL || form == FORM_NAME || form == FORM_ABBREV) ||
      ((EntXActor *) g_ptr_array_index (s->ctx->actors, where))->type != ENT_ACTOR_STATE)
    return -1;
  return where;
}

static gboolean
is_particle_tok (Sent *s, guint i)
{
  return (word_class (s, i) & WC_PARTICLE) && is_word (s, i);
}

static gboolean title_before (Sent *s, guint i);

/* "Defence Minister Wellington Koo": a capital's name after a title and
 * before another capitalised word is a given name */
static gboolean
capital_as_given_name (Sent *s, guint i)
{
  const EntLexNode *node = s->anode[i];

  if (s->alen[i] != 1 || i + 1 >= s->n || !is_cap (s, i + 1) || s->alen[i + 1] != 0 ||
      has_kind (s, i + 1, LEX_TITLE) || has_kind (s, i + 1, LEX_ORG_HEAD) || !title_before (s, i))
    return FALSE;
  for (guint h = 0; h < node->n_hits; h++)
    if (node->hits[h].kind == LEX_ACTOR && node->hits[h].ntok == 1 && node->hits[h].form != FORM_CAPITAL)
      return FALSE;
  return TRUE;
}

static gboolean
is_name_word (Sent *s, guint i)
{
  if (!is_cap (s, i) || (tok (s, i)->flags & TOK_UPPER && tok (s, i)->end - tok (s, i)->start > 3))
    return FALSE;
  if (has_kind (s, i, LEX_NON_NAME) || has_kind (s, i, LEX_ORG_HEAD) ||
      has_kind (s, i, LEX_OUTLET) || has_kind (s, i, LEX_TITLE) || has_kind (s, i, LEX_SPEECH))
    return FALSE;
  if (s->alen[i] > 0 && !capital_as_given_name (s, i))
    {
      /* a state, capital or demonym is not part of a personal name,
       * but one that is also a surname may end one after a name:
       * "Nouhoum Togo" */
      const EntLexNode *node = s->anode[i];
      for (guint h = 0; h < node->n_hits; h++)
        {
          const EntGazEntry *e;
          if (node->hits[h].kind != LEX_ACTOR)
            continue;
          e = _ent_gazetteer_entry (s->ctx->gaz, node->hits[h].value);
          if (e->type == ENT_ACTOR_STATE && !(e->ambiguous && s->alen[i] == 1 && i > 0 && is_name_word (s, i - 1)))
            return FALSE;
        }
    }
  return TRUE;
}

/* A lower-case syllable after a hyphen in a Korean or Chinese given
 * name: "Seung-min", "Ki-moon", "Suk-yeol"; not "Haftar-led", "Putin-era" */
static gboolean
romanised_syllable (Sent *s, guint t)
{
  static const char *const not[] = { "era", "run", "born", "made", "like", "wide", "free", "long", "type",
                                     "time", "term", "day", "old", "year", "week", "area", "zone", "line",
                                     "side", "rule", "bloc", "on", "up", NULL };
  guint len = tok (s, t)->fold_len;
  const char *f = tfold (s, t);
  char last;

  if (!is_word (s, t) || (tok (s, t)->flags & (TOK_CAP | TOK_DIGIT | TOK_SPACE_BEFORE)) || len < 2 || len > 4 ||
      s->cue[t] || s->cue_v[t] || s->ment_at[t] >= 0)
    return FALSE;
  for (guint k = 0; k < len; k++)
    if (!g_ascii_islower (f[k]))
      return FALSE;
  last = f[len - 1];
  if (!(strchr ("aeiouy", last) || last == 'n' || last == 'g' || last == 'm' || last == 'l' || last == 'k' ||
        last == 'p'))
    return FALSE;
  return !tis_among (s, t, not);
}

/* Length of a personal name starting at @i (0 if none); *words: name words. */
static guint
name_len (Sent *s, guint i, guint *words)
{
  guint j = i;
  guint w = 0;

  while (j < s->n && w < 4)
    {
      if (is_particle_tok (s, j) && j + 1 < s->n)
        {
          guint k = j + 1;
          if (tok (s, k)->flags & TOK_HYPHEN)
            k++;
          if (is_name_word (s, k) && w > 0)
            {
              j = k;
              continue;
            }
          if (is_name_word (s, k) && w == 0 && (tok (s, j)->flags & TOK_CAP))
            {
              j = k;
              continue;
            }
          break;
        }
      /* "the General Gordon Military Base": a place named after him */
      /* ("Karen State", "Kachin State", "Borno State": a region) */
      if (w > 0 && is_name_word (s, j) && (has_kind (s, j, LEX_FACILITY) ||
                                           (j + 1 < s->n && is_name_word (s, j + 1) && has_kind (s, j + 1, LEX_FACILITY)) ||
                                           tis (s, j, "state") || tis (s, j, "province") || tis (s, j, "region") ||
                                           tis (s, j, "district") || tis (s, j, "county") || tis (s, j, "governorate")))
        {
          *words = 0;
          return 0;
        }
      if (is_name_word (s, j))
        {
          w++;
          j++;
          /* double-barrelled: Abdel-Fattah */
          if (j + 1 < s->n && (tok (s, j)->flags & TOK_HYPHEN) && is_name_word (s, j + 1))
            j++;
          /* "Anwaar-ul-Haq", "Shams-ud-Din": a particle between hyphens */
          else if (j + 3 < s->n && (tok (s, j)->flags & TOK_HYPHEN) && !(tok (s, j + 1)->flags & TOK_CAP) &&
                   (is_particle_tok (s, j + 1) || tis (s, j + 1, "ul") || tis (s, j + 1, "ud") ||
                    tis (s, j + 1, "ur")) &&
                   (tok (s, j + 2)->flags & TOK_HYPHEN) && is_name_word (s, j + 3))
            j += 3;
          /* "Lee Seung-min", "Ban Ki-moon": a romanised syllable */
          else if (w >= 2 && j + 1 < s->n && (tok (s, j)->flags & TOK_HYPHEN) && romanised_syllable (s, j + 1))
            j += 2;
          /* a nickname in quotes between the names: Jimmy "Barbecue" Cherizier */
          if (w == 1 && j + 3 < s->n && (tok (s, j)->flags & TOK_QUOTE) && is_name_word (s, j + 1) &&
              (tok (s, j + 2)->flags & TOK_QUOTE) && is_name_word (s, j + 3) &&
              !(tok (s, j + 1)->flags & TOK_SPACE_BEFORE) && !(tok (s, j + 2)->flags & TOK_SPACE_BEFORE))
            j += 3;
          continue;
        }
      break;
    }
  /* do not end on a hyphen */
  while (j > i && (tok (s, j - 1)->flags & TOK_PUNCT))
    j--;
  *words = w;
  return j - i;
}

/* Capitalised adjectives that may open a name: "Northern Rivers
 * Commission", "Islamic State", "African Union". */
static inline gboolean
name_modifier (Sent *s, guint i)
{
  return (word_class (s, i) & WC_NAME_MOD) != 0;
}

/* Org name starting at @i: capitalised words joined by of/the/for/and,
 * with a head-word.  Returns the length or 0. */
static gboolean acronym_spelt (Sent *s, guint i);

/* Whether the capitalised words [@i, @of) read as a person's names and
 * "of the" at @of opens a body's name with its head word: "Omar Yousef of
 * the National Union Party", "Nouhoum Togo of the Union for ..." */
static gboolean
person_of_body (Sent *s, guint i, guint of)
{
  for (guint w = i; w < of; w++)
    {
      if (!is_word (s, w) || (tok (s, w)->flags & TOK_UPPER) || has_kind (s, w, LEX_ORG_HEAD) ||
          has_kind (s, w, LEX_TITLE) || has_kind (s, w, LEX_NON_NAME))
        return FALSE;
      /* (a name known as a state or group is no given name; the last
       * word may be: "Nouhoum Togo") */
      if (w + 1 < of && s->alen[w] > 0)
        {
          const EntLexNode *node = s->anode[w];
          for (guint h = 0; h < node->n_hits; h++)
            if (node->hits[h].kind == LEX_ACTOR &&
                _ent_gazetteer_entry (s->ctx->gaz, node->hits[h].value)->type != ENT_ACTOR_LEADER &&
                _ent_gazetteer_entry (s->ctx->gaz, node->hits[h].value)->type != ENT_ACTOR_PERSON)
              return FALSE;
        }
    }
  for (guint w = of + 2; w < s->n && w < of + 10 && is_cap (s, w); w++)
    if (has_kind (s, w, LEX_ORG_HEAD))
      return TRUE;
  return FALSE;
}

static guint
org_len (Sent *s, guint i, gboolean *outlet)
{
  guint j = i, last = 0;
  gboolean head = FALSE;
  guint words = 0;

  *outlet = FALSE;
  /* "the 777 Brigade", "the 444 Combat Brigade": a number names a unit */
  if ((tok (s, i)->flags & TOK_DIGIT) && i > 0 && tis (s, i - 1, "the") && i + 1 < s->n && is_cap (s, i + 1))
    {
      guint h = i + 1;
      while (h < s->n && h < i + 3 && is_cap (s, h) && !has_kind (s, h, LEX_ORG_HEAD))
        h++;
      if (h < s->n && is_cap (s, h) &&
          (tis (s, h, "brigade") || tis (s, h, "brigades") || tis (s, h, "regiment") || tis (s, h, "battalion") ||
           tis (s, h, "division") || tis (s, h, "corps") || tis (s, h, "battalions")))
        return h + 1 - i;
      return 0;
    }
  /* Below, a name is found only with a head word at @i or after it, or
   * ending before a lower-case head ("Haftar forces") or an acronym in
   * brackets after @i: most calls (three in four) have none of them and
   * would only walk the capitals to find nothing.  The last such token of
   * the sentence is found once, at the first call. */
  if (G_UNLIKELY (s->org_end == G_MAXUINT))
    {
      guint t = s->n;
      gboolean heads = (s->kind_any & (1u << LEX_ORG_HEAD)) != 0;
      gboolean lower = (s->wc_any & WC_LOWER_HEAD) != 0;

      while (t > 0 && !(heads && (s->kmask[t - 1] & (1u << LEX_ORG_HEAD))) &&
             !(lower && (s->wc[t - 1] & WC_LOWER_HEAD)) && s->wid[t - 1] != W_LPAREN)
        t--;
      s->org_end = t;
    }
  if (i >= s->org_end)
    return 0;
  if (!is_cap (s, i) || (has_kind (s, i, LEX_NON_NAME) && !has_kind (s, i, LEX_ORG_HEAD) &&
                         !name_modifier (s, i)))
    return 0;
  /* "the Christian Lebanese Forces party": a creed before a known name
   * describes it */
  if (i + 1 < s->n && s->alen[i + 1] > 0 && s->alen[i] == 0 &&
      (tis (s, i, "christian") || tis (s, i, "muslim") || tis (s, i, "shiite") || tis (s, i, "shia") ||
       tis (s, i, "sunni") || tis (s, i, "islamist") || tis (s, i, "druze") || tis (s, i, "maronite") ||
       tis (s, i, "kurdish") || tis (s, i, "yazidi") || tis (s, i, "jihadist") || tis (s, i, "salafist")))
    return 0;
  /* "Fighters of the X Front", "Members of the Y Council" opening a
   * sentence: a plural noun, capitalised by its place, before the name */
  if ((i == 0 || (tok (s, i - 1)->flags & TOK_QUOTE)) && !has_kind (s, i, LEX_ORG_HEAD) && s->alen[i] == 0 &&
      tok (s, i)->fold_len > 3 && tfold (s, i)[tok (s, i)->fold_len - 1] == 's' && tis (s, i + 1, "of") &&
      tis (s, i + 2, "the"))
    return 0;
  while (j < s->n)
    {
      if (is_cap (s, j) || (tok (s, j)->flags & TOK_DIGIT))
        {
          /* "Air Force Chief of Staff Colonel X", "Foreign Ministry
           * Spokesperson X": the body names an office held by the person
           * after it */
          if (j > i && head && has_kind (s, j, LEX_TITLE) && is_cap (s, j + kind_len (s, j, LEX_TITLE)) &&
              !has_kind (s, j + kind_len (s, j, LEX_TITLE), LEX_ORG_HEAD))
            return 0;
          /* "the Russian Foreign Ministry Maria Zakharova": the body
           * ends at its head word, a person's given name follows */
          if (head && j > i && has_kind (s, j - 1, LEX_ORG_HEAD) && has_kind (s, j, LEX_GIVEN) &&
              !has_kind (s, j, LEX_ORG_HEAD) && j + 1 < s->n && is_cap (s, j + 1))
            break;
          if (has_kind (s, j, LEX_ORG_HEAD))
            head = TRUE;
          if (has_kind (s, j, LEX_OUTLET))
            *outlet = TRUE;
          words++;
          j++;
          last = j;
          continue;
        }
      if (j > i && j + 1 < s->n && has_kind (s, j + 1, LEX_NON_NAME) && !name_modifier (s, j + 1) &&
          (tis (s, j, "on") || tis (s, j, "for")) && !(head && tis (s, j, "for") && tis (s, j + 1, "the")))
        break;   /* "the Oval Office on Tuesday" */
      /* "the Marada Movement of Suleiman Frangieh": the name ends at its
       * head word, the leader follows */
      if (head && j > i && j + 1 < s->n && tis (s, j, "of") && has_kind (s, j - 1, LEX_ORG_HEAD) &&
          (has_kind (s, j + 1, LEX_GIVEN) || known_person_at (s, j + 1)))
        break;
      /* "Omar Yousef of the National Union Party": a person of the
       * party, two or three plain names before "of the" and a body's
       * head after it */
      if (!head && j >= i + 2 && j <= i + 3 && j + 2 < s->n && tis (s, j, "of") && tis (s, j + 1, "the") &&
          person_of_body (s, i, j))
        return 0;
      if (j > i && (tis (s, j, "of") || tis (s, j, "for") || tis (s, j, "on") ||
                    (tis (s, j, "the") && tis (s, j - 1, "of")) ||
                    /* "the Union for the Safeguarding of the Republic",
                     * "the Movement for the Emancipation of ..." */
                    (tis (s, j, "the") && tis (s, j - 1, "for") && head && j + 1 < s->n && is_cap (s, j + 1) &&
                     s->alen[j + 1] == 0 && !has_kind (s, j + 1, LEX_NON_NAME)) ||
                    /* (not "the Indian Army and Air Force": a name ends
                     * at its head word, two bodies follow each other) */
                    (tis (s, j, "and") && is_cap (s, j + 1) && !s->alen[j + 1] &&
                     !(head && has_kind (s, j - 1, LEX_ORG_HEAD))) ||
                    ((tok (s, j)->flags & TOK_HYPHEN)) ||
                    (is_particle_tok (s, j) && (tok (s, j + 1 < s->n ? j + 1 : j)->flags & TOK_HYPHEN))))
        {
          j++;
          continue;
        }
      break;
    }
  if (!head && last > i && last < s->n && words >= 1)
    {
      /* "National Accord government", "Haftar forces" */
      if ((word_class (s, last) & WC_LOWER_HEAD) && !(tok (s, last)->flags & TOK_CAP))
        {
          /* "an Islamist group", "a Shiite militia": a kind, no name */
          if (last == i + 1 && (tis (s, i, "islamist") || tis (s, i, "jihadist") || tis (s, i, "salafist") ||
                                tis (s, i, "salafi") || tis (s, i, "shiite") || tis (s, i, "shia") ||
                                tis (s, i, "sunni") || tis (s, i, "christian") || tis (s, i, "muslim") ||
                                tis (s, i, "islamic") || tis (s, i, "marxist") || tis (s, i, "maoist") ||
                                tis (s, i, "separatist") || tis (s, i, "kurdish") || tis (s, i, "tuareg") ||
                                tis (s, i, "rebel") || tis (s, i, "militant") ||
                                /* "a Yazidi militia", "an Arab tribal force" */
                                (i > 0 && (tis (s, i - 1, "a") || tis (s, i - 1, "an")))))
            return 0;
          /* not states or demonyms: "the Syrian army" is a government
           * form, "Russia Turkey army" no name at all; "Fano militias"
           * is the known group itself */
          if (s->alen[i] == last - i)
            return 0;
          for (guint w = i; w < last; w++)
            if (s->alen[w] > 0)
              {
                const EntLexNode *node = s->anode[w];
                for (guint h = 0; h < node->n_hits; h++)
                  if (node->hits[h].kind == LEX_ACTOR &&
                      _ent_gazetteer_entry (s->ctx->gaz, node->hits[h].value)->type == ENT_ACTOR_STATE)
                    return 0;
              }
          return last + 1 - i;
        }
    }
  /* "Sikhs for Justice (SFJ)": a name with no head word that its
   * acronym spells out */
  /* (but "Multinational Security Support (MSS) mission": a known
   * acronym names the known body) */
  /* (not "the General Security of Military Information Agreement
   * (GSOMIA)", "the Joint Comprehensive Plan of Action (JCPOA)": an
   * instrument, no actor) */
  if (!head && last >= i + 2 && last + 2 < s->n && tis (s, last, "(") && s->alen[i] != last - i &&
      s->alen[last + 1] == 0 && acronym_spelt (s, i))
    {
      static const char *const instruments[] = { "agreement", "agreements", "treaty", "accord", "accords", "pact",
                                                 "convention", "protocol", "memorandum", "declaration", "plan",
                                                 "act", "framework", "initiative", "deal", "charter",
                                                 "understanding", "programme", "program", "strategy", NULL };
      for (guint w = i; w < last; w++)
        if (tis_among (s, w, instruments))
          return 0;
      return last - i;
    }
  if (!head || last - i < 2)
    return 0;
  /* "NORTHERN FRONT", "THE MINISTRY SPEAKS": a heading in capitals,
   * not a body's name */
  {
    gboolean all_upper = TRUE;
    for (guint w = i; w < last && all_upper; w++)
      all_upper = !is_word (s, w) || (tok (s, w)->flags & TOK_UPPER) || !(tok (s, w)->flags & TOK_CAP);
    if (all_upper && (tok (s, i)->flags & TOK_UPPER) && (tok (s, last - 1)->flags & TOK_UPPER))
      return 0;
  }
  return last - i;
}

static gboolean
title_ends_at (Sent *s, guint i, gboolean *leader)
{
  /* most sentences have no title or role at all */
  if (!(s->kind_any & ((1u << LEX_TITLE) | (1u << LEX_ROLE))))
    return FALSE;
  /* "Trinidad and Tobago's prime minister, Kamla Persad-Bissessar": a
   * state's title, then a comma */
  if (i >= 3 && tis (s, i - 1, ","))
    for (guint back = 1; back <= 4 && back + 1 < i; back++)
      {
        guint j = i - 1 - back;
        if (has_kind (s, j, LEX_TITLE) && kind_len (s, j, LEX_TITLE) == back && j > 0 &&
            (tok (s, j - 1)->flags & TOK_POSS))
          {
            *leader = TRUE;
            return TRUE;
          }
      }
  /* titles and roles are at most 4 tokens */
  for (guint back = 1; back <= 4 && back <= i; back++)
    {
      guint j = i - back;
      if (has_kind (s, j, LEX_TITLE) && kind_len (s, j, LEX_TITLE) == back)
        {
          *leader = TRUE;
          return TRUE;
        }
      if (has_kind (s, j, LEX_ROLE) && kind_len (s, j, LEX_ROLE) == back)
        {
          *leader = FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

/* "-", or a General Punctuation character (dashes) */
static inline gboolean
is_dash (Sent *s, guint i)
{
  const char *f = tfold (s, i);
  return (f[0] == '-' && tok (s, i)->fold_len == 1) ||
         ((guchar) f[0] == 0xe2 && (guchar) f[1] == 0x80);
}

/* is_dash() standing alone at @t: not a hyphen joining words ("X-backed")
 * nor a quotation mark */
static gboolean
dash_at (Sent *s, guint t)
{
  return t < s->n && !(tok (s, t)->flags & (TOK_HYPHEN | TOK_QUOTE)) && is_dash (s, t);
}

static gboolean
sentence_is_byline (Sent *s)
{
  gsize len = s->s_end - s->s_start;
  const char *t = s->text + s->s_start;

  guint f = 0;

  if (s->n == 0)
    return FALSE;
  if (tis (s, 0, "by") && len < 80)
    return TRUE;
  /* "By Leila B. in Rabat and Javier O. in Ceuta – Dispatch translated
   * from our French-language service": longer, but a name follows */
  if (tis (s, 0, "by") && len < 200 && s->n > 2 && has_kind (s, 1, LEX_GIVEN) && t[len - 1] != '.')
    return TRUE;
  /* "(Reporting by ...; Editing by ...)", the credits closing wire copy */
  if (s->n > 1 && (tis (s, 0, "(") || tis (s, 0, "[")))
    f = 1;
  if ((tis (s, f, "reporting") || tis (s, f, "editing") || tis (s, f, "writing") ||
       tis (s, f, "additional") || tis (s, f, "compiled")) && g_strstr_len (t, len, " by ") != NULL)
    return TRUE;
  /* "Courtesy: X Facebook page", "Photo: ...": a credit line */
  if (s->n > 2 && tis (s, 1, ":") && (tis (s, 0, "courtesy") || tis (s, 0, "photo") || tis (s, 0, "credit") ||
                                      tis (s, 0, "image") || tis (s, 0, "picture")) && len < 160)
    return TRUE;
  /* "Correspondents Name (City) and Name (City)" */
  if ((tis (s, 0, "correspondent") || tis (s, 0, "correspondents") || tis (s, 0, "reporter") ||
       tis (s, 0, "reporters")) && (tok (s, 0)->flags & TOK_CAP) && len < 120 &&
      (t[len - 1] != '.' || (s->n > 2 && has_kind (s, 1, LEX_GIVEN))))
    return TRUE;
  if (s->sent < 3 && len < 70 && !s->caption && t[len - 1] != '.')
    {
      /* "Name Surname - City"; not a caption naming someone by his office,
       * "Polisario Front leader Brahim Ghali - AP/...": a byline's name is
       * capitalised words and particles (al-, bin, de). */
      for (guint i = 1; i + 1 < s->n; i++)
        {
          if (!(tok (s, i)->flags & TOK_PUNCT) || !(tok (s, i)->flags & TOK_SPACE_BEFORE) ||
              (tok (s, i)->flags & TOK_QUOTE) || !(is_dash (s, i) || tis (s, i, "|")))
            continue;
          if (i > 5)
            return FALSE;
          for (guint j = 0; j < i; j++)
            if ((tok (s, j)->flags & TOK_WORD) && !(tok (s, j)->flags & (TOK_CAP | TOK_HYPHEN)) &&
                tok (s, j)->fold_len > 3)
              return FALSE;
          return TRUE;
        }
    }
  return FALSE;
}

static inline gboolean is_speech (Sent *s, guint i);

/* "Israeli Defence Minister Israel Katz said the army would ...": the
 * state of the official speaking before token @i, or -1. */
static int
speaker_state_before (Sent *s, guint i)
{
  guint v = G_MAXUINT;

  for (guint t = i; t > 0; t--)
    if (is_speech (s, t - 1))
      {
        v = t - 1;
        break;
      }
  if (v == G_MAXUINT || v == 0 || s->ment_at[v - 1] < 0)
    return -1;
  {
    Ment *p = ment (s, s->ment_at[v - 1]);
    EntXActor *a = g_ptr_array_index (s->ctx->actors, p->actor);
    guint t = p->t0;

    if (!(p->flags & M_INDIV))
      return -1;
    /* the state named before the title: "Israeli Defence Minister X" */
    while (t > 0 && s->ment_at[t - 1] < 0 && has_kind (s, t - 1, LEX_TITLE) && p->t0 - t < 4)
      t--;
    if (t > 0 && t < p->t0 && s->ment_at[t - 1] >= 0)
      {
        Ment *q = ment (s, s->ment_at[t - 1]);
        if (((EntXActor *) g_ptr_array_index (s->ctx->actors, q->actor))->type == ENT_ACTOR_STATE)
          return q->actor;
      }
    if (a->gaz >= 0)
      {
        const EntGazEntry *e = _ent_gazetteer_entry (s->ctx->gaz, a->gaz);
        if (e->acts_for_index >= 0 && _ent_gazetteer_entry (s->ctx->gaz, e->acts_for_index)->type == ENT_ACTOR_STATE)
          return _ent_actor_for_entry (s->ctx, e->acts_for_index);
      }
  }
  return -1;
}

static guint government_and_people (Sent *s, guint t);

/* bare_government() at a government form, "government" or "federal" */
static guint
bare_government_at (Sent *s, guint i)
{
  static const char * const forms[] = { "army", "military", "armed forces", "junta", "regime",
                                        "security forces", "government" };
  /* "a government task force" */
  if (tis (s, i, "government") && tis (s, i + 1, "task") && tis (s, i + 2, "force") &&
      (i == 0 || (s->ment_at[i - 1] < 0 && !(tok (s, i - 1)->flags & TOK_POSS) && !is_cap (s, i - 1))))
    return 3;
  if ((tis (s, i, "government") || tis (s, i, "federal")) &&
      (tis (s, i + 1, "forces") || tis (s, i + 1, "troops") ||
       (tis (s, i, "federal") && tis (s, i + 1, "government"))) &&
      (i == 0 ? !(tok (s, i + 1)->flags & TOK_CAP)   /* "Government forces backed by ..." opening */
              : s->ment_at[i - 1] < 0 && !(tok (s, i - 1)->flags & TOK_POSS) &&
                  (!is_cap (s, i - 1) || (i == 1 && tis (s, 0, "the")))))   /* "The federal government" */
    return 2;
  if (i == 0 || !has_kind (s, i, LEX_GOV_FORM))
    return 0;
  /* "the army", "the ruling junta", "the transitional military regime" */
  {
    guint d = i - 1;
    while (d > 0 && i - d <= 2 &&
           (tis (s, d, "ruling") || tis (s, d, "military") || tis (s, d, "transitional") ||
            tis (s, d, "interim") || tis (s, d, "regular") || tis (s, d, "national")))
      d--;
    /* "the Saudi-backed government": the story's, which the state
     * before the compound backs */
    if (d >= 3 && d + 1 == i && (tis (s, d, "backed") || tis (s, d, "supported")) &&
        (tok (s, d - 1)->flags & TOK_HYPHEN) && s->ment_at[d - 2] >= 0 &&
        (tis (s, i, "government") || tis (s, i, "regime")))
      d = ment (s, s->ment_at[d - 2])->t0 - (ment (s, s->ment_at[d - 2])->t0 > 0 ? 1 : 0);
    if (!tis (s, d, "the"))
      return 0;
  }
  for (guint k = 0; k < G_N_ELEMENTS (forms); k++)
    {
      guint n = strchr (forms[k], ' ') ? 2 : 1;
      if (kind_len (s, i, LEX_GOV_FORM) == n &&
          (n == 1 ? tis (s, i, forms[k]) : (tis (s, i, "armed") || tis (s, i, "security"))))
        {
          /* "the army's commander" still names the army */
          if (i + n < s->n && (tok (s, i + n)->flags & TOK_HYPHEN))
            return 0;
          /* "the government of X", "the government in Kabul": X names it */
          /* ("the government and people of Mali") */
          if (tis (s, i, "government") && i + n < s->n &&
              (tis (s, i + n, "of") || government_and_people (s, i) != G_MAXUINT || tis (s, i + n, "in") ||
               tis (s, i + n, "led") || tis (s, i + n, "loyal") ||
               tis (s, i + n, "based") || tis (s, i + n, "headed") || is_cap (s, i + n)))
            return 0;
          /* "X, the army chief,": an office held by a person, not the
           * army acting */
          if (i + n < s->n && (has_kind (s, i + n, LEX_TITLE) || has_kind (s, i + n, LEX_ROLE) ||
                               tis (s, i + n, "chief") || tis (s, i + n, "commander") ||
                               tis (s, i + n, "spokesman") || tis (s, i + n, "spokeswoman")))
            return 0;
          return n;
        }
    }
  return 0;
}

/* Length of a government form standing alone ("the army", "the
 * military", "government forces"), 0 if none.  Asked of most tokens:
 * what none of the forms can start is told inline. */
static inline guint
bare_government (Sent *s, guint i)
{
  if (!has_kind (s, i, LEX_GOV_FORM) && !tis (s, i, "government") && !tis (s, i, "federal"))
    return 0;
  return bare_government_at (s, i);
}

static gboolean
surname_only_hit (Sent *s, guint i)
{
  const EntLexNode *node = s->anode[i];
  for (guint h = 0; h < node->n_hits; h++)
    if (node->hits[h].kind == LEX_ACTOR && node->hits[h].ntok == s->alen[i] && node->hits[h].form != FORM_SURNAME)
      return FALSE;
  return TRUE;
}

/* An apposition naming an office after a name ending before token @j:
 * ", a Rwandan minister", ", Sudan's foreign minister", ", the army
 * chief".  Returns the token of the state or demonym in it (or @j when
 * there is none), G_MAXUINT when there is no such apposition. */
static guint
appos_title (Sent *s, guint j)
{
  guint k, st = G_MAXUINT;

  if (j + 2 >= s->n || !tis (s, j, ","))
    return G_MAXUINT;
  k = j + 1;
  if (tis (s, k, "a") || tis (s, k, "an") || tis (s, k, "the"))
    k++;
  if (k < s->n && s->alen[k] > 0 && is_cap (s, k))
    {
      const EntLexNode *node = s->anode[k];
      for (guint h = 0; h < node->n_hits; h++)
        if (node->hits[h].kind == LEX_ACTOR && node->hits[h].ntok == s->alen[k] &&
            _ent_gazetteer_entry (s->ctx->gaz, node->hits[h].value)->type == ENT_ACTOR_STATE)
          st = k;
      if (st == G_MAXUINT)
        return G_MAXUINT;
      k += s->alen[k];
      if (k < s->n && (tok (s, k)->flags & TOK_POSS))
        k++;
    }
  /* "army chief", "foreign minister", "senior commander" */
  for (guint w = 0; w < 2 && k < s->n && !has_kind (s, k, LEX_TITLE) && is_word (s, k) && !is_cap (s, k) &&
                    !has_kind (s, k, LEX_NON_NAME); w++)
    k++;
  if (k >= s->n || !has_kind (s, k, LEX_TITLE) || has_kind (s, k, LEX_ROLE))
    return G_MAXUINT;
  k += kind_len (s, k, LEX_TITLE);
  /* "a minister of ...", "a minister," or the end: the office itself */
  if (k < s->n && is_word (s, k) && !tis (s, k, "of") && !tis (s, k, "in") && !tis (s, k, "for") &&
      !tis (s, k, "and") && !tis (s, k, "who") && !tis (s, k, "at") && !has_kind (s, k, LEX_SPEECH))
    return G_MAXUINT;
  return st == G_MAXUINT ? j : st;
}

static gboolean title_before (Sent *s, guint i);

/* @w stands in @hay as whole words */
static gboolean
contains_word (const char *hay, const char *w)
{
  gsize n = strlen (w);
  for (const char *p = strstr (hay, w); p != NULL; p = strstr (p + 1, w))
    if ((p == hay || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
      return TRUE;
  return FALSE;
}

/* "the Sudanese Armed Forces", "the Kenya Defence Forces", "the Syrian
 * Arab Army": a state's own army, named after it, is the state (as "the
 * army" is); not "Wagner" or "Africa Corps", which act for a state too */
static gboolean
national_army (const EntGazetteer *gaz, const EntGazEntry *e)
{
  const EntGazEntry *se;
  const char *last;

  if (!kind_is (e->kind, "armed-group") || e->acts_for_index < 0)
    return FALSE;
  last = strrchr (e->name, ' ');
  if (last == NULL || (strcmp (last + 1, "Forces") != 0 && strcmp (last + 1, "Force") != 0 &&
                       strcmp (last + 1, "Army") != 0 && strstr (e->name, "Armed Forces of ") == NULL))
    return FALSE;
  se = _ent_gazetteer_entry (gaz, e->acts_for_index);
  for (guint k = 0; se->names && k < se->names->len; k++)
    if (contains_word (e->name, g_ptr_array_index (se->names, k)))
      return TRUE;
  for (guint k = 0; se->demonyms && k < se->demonyms->len; k++)
    if (contains_word (e->name, g_ptr_array_index (se->demonyms, k)))
      return TRUE;
  return FALSE;
}

/* Whether the capitalised words from @i (with "of", "the", "and", "for"
 * between them) are spelt out by the acronym in brackets after them:
 * "General Security of Military Information Agreement (GSOMIA)" */
static gboolean
acronym_spelt (Sent *s, guint i)
{
  char all[16], caps[16];
  guint na = 0, nc = 0, t;
  const char *acr;
  guint len;

  for (t = i; t < s->n && t < i + 12 && na < sizeof all - 1; t++)
    {
      if (is_cap (s, t))
        caps[nc++] = all[na++] = tfold (s, t)[0];
      else if (tis (s, t, "of") || tis (s, t, "the") || tis (s, t, "and") || tis (s, t, "for"))
        all[na++] = tfold (s, t)[0];
      else
        break;
    }
  if (t + 2 >= s->n || !tis (s, t, "(") || !(tok (s, t + 1)->flags & TOK_UPPER) || !tis (s, t + 2, ")") || nc < 2)
    return FALSE;
  acr = tfold (s, t + 1);
  len = tok (s, t + 1)->fold_len;
  return (len == na && memcmp (acr, all, na) == 0) || (len == nc && memcmp (acr, caps, nc) == 0);
}

/* The state owning the organisation name at [@i, @i + @lo) when the name
 * is a body of its government ("Iran's Supreme National Security
 * Council", "the Egyptian General Intelligence Directorate", "Kenya's
 * Interior Ministry"), or -1: the head-word must be one of government
 * (not Party, Movement, Front, Company ...) and the state must stand
 * before the name as a possessive or open it as a name or demonym. */
static int
state_body_owner (Sent *s, guint i, guint lo, int owner_inside)
{
  guint h = i + lo - 1;
  gboolean gov = FALSE;
  const EntLexNode *node = NULL;
  guint at = 0;

  /* "ministry", "council", "service", "services", "directorate",
   * "department", "command", "agency", "office", "presidency", "cabinet",
   * "government", "administration", "navy", "police", "bureau",
   * "secretariat", "intelligence", "embassy", "parliament" */
  gov = (word_class (s, h) & WC_BODY_HEAD) != 0;
  /* "the Guyana Defence Force", "the Ghanaian Armed Forces" */
  if (!gov && h > i && (tis (s, h, "force") || tis (s, h, "forces")))
    gov = tis (s, h - 1, "defence") || tis (s, h - 1, "defense") || (tis (s, h - 1, "armed") && tis (s, h, "forces"));
  /* "... Ministry of Defence", "Department of State", "the Assembly of
   * Montenegro" */
  guint of = G_MAXUINT;
  for (guint k = i + 1; k < h && !gov; k++)
    if (tis (s, k, "of"))
      {
        gov = (word_class (s, k - 1) & WC_BODY_HEAD) != 0 || tis (s, k - 1, "assembly");
        of = k;
      }
  if (!gov)
    return -1;
  if (owner_inside == 2)
    return 2;   /* the head-word alone */
  if (owner_inside)
    {
      /* a known body whose listed name holds its state's possessive */
      for (guint k = i + 1; k < h; k++)
        if (tok (s, k)->flags & TOK_POSS)
          return owner_inside;
      return -1;
    }
  if (i >= 2 && (tok (s, i - 1)->flags & TOK_POSS) && s->ment_at[i - 2] >= 0)
    {
      Ment *m = ment (s, s->ment_at[i - 2]);
      EntXActor *a = g_ptr_array_index (s->ctx->actors, m->actor);
      return a->type == ENT_ACTOR_STATE ? m->actor : -1;
    }
  if (s->alen[i] > 0 && s->alen[i] < lo)
    {
      node = s->anode[i];
      at = i;
    }
  /* "the Government of Cameroon", "the Government of the Republic of
   * Cameroon": the state that ends the name */
  else if (lo >= 3 && ((tis (s, i + 1, "of") && (word_class (s, i) & WC_BODY_HEAD)) || of != G_MAXUINT))
    for (guint k = (of != G_MAXUINT ? of : i + 1) + 1; k <= h && node == NULL; k++)
      if (s->alen[k] > 0 && k + s->alen[k] == h + 1)
        {
          node = s->anode[k];
          at = k;
        }
  if (node == NULL)
    return -1;
  for (guint k = 0; k < node->n_hits; k++)
    {
      const EntLexHit *hit = &node->hits[k];
      if (hit->kind == LEX_ACTOR && hit->ntok == s->alen[at] && hit_caps_ok (s, hit, at) &&
          (hit->form == FORM_ADJ || hit->form == FORM_NAME || hit->form == FORM_ABBREV) &&
          _ent_gazetteer_entry (s->ctx->gaz, hit->value)->type == ENT_ACTOR_STATE)
        return _ent_actor_for_entry (s->ctx, hit->value);
    }
  return -1;
}

/* A plain capitalised word that means nothing to the lexicon: a
 * surname-like neighbour ("Jordan Bardella", "Michael Jordan"). */
static gboolean
plain_cap_word (Sent *s, guint i)
{
  return i < s->n && is_cap (s, i) && is_word (s, i) && !(tok (s, i)->flags & TOK_UPPER) &&
         s->kmask[i] == 0 && s->alen[i] == 0 && !s->cue[i] && !s->cue_v[i];
}

/* A state or group whose name is also a given name or a surname
 * ("ambiguous" in states.json and groups.json: Chad, Togo, Wagner) used
 * as part of a personal name. */
static gboolean
ambiguous_name_use (Sent *s, guint i, int actor)
{
  EntXActor *a = g_ptr_array_index (s->ctx->actors, actor);
  if (a->gaz < 0 || (a->type != ENT_ACTOR_STATE && a->type != ENT_ACTOR_GROUP) ||
      !_ent_gazetteer_entry (s->ctx->gaz, a->gaz)->ambiguous)
    return FALSE;
  if (plain_cap_word (s, i + 1))
    return TRUE;
  return i >= 2 && (plain_cap_word (s, i - 1) || has_kind (s, i - 1, LEX_GIVEN)) && !title_before (s, i);
}

static gboolean
title_before (Sent *s, guint i)
{
  gboolean leader;
  return title_ends_at (s, i, &leader);
}

/* "the West African nation", "the oil-rich Gulf state": the state noun
 * after the article at @i and at most three modifiers, none of them a
 * name; G_MAXUINT when there is none, or when a name follows ("the Gulf
 * state of Qatar", "the Gulf state Qatar" name it) */
static gboolean state_noun (Sent *s, guint t);

static guint
region_state_head (Sent *s, guint i)
{
  guint t = i + 1, words = 0;

  while (t < s->n && words < 4 && !state_noun (s, t))
    {
      if (s->ment_at[t] >= 0 || s->alen[t] > 0 || !(is_word (s, t) || (tok (s, t)->flags & TOK_HYPHEN)))
        return G_MAXUINT;
      if (is_word (s, t))
        words++;
      t++;
    }
  if (t >= s->n || t == i + 1 || !state_noun (s, t))
    return G_MAXUINT;
  if (t + 1 < s->n && ((tis (s, t + 1, "of") && t + 2 < s->n && is_cap (s, t + 2)) || s->ment_at[t + 1] >= 0 ||
                        s->alen[t + 1] > 0))
    return G_MAXUINT;
  return t;
}

/* The state recently named whose region the modifiers [@t0, @h) name
 * ("west african", "gulf", "post-soviet"), newest first, or -1 */
static int
region_state (Sent *s, guint t0, guint h)
{
  EntXCtx *ctx = s->ctx;
  char mods[96];
  gsize len = 0;

  /* the modifiers in lower case, words apart, hyphens kept: " west
   * african ", " oil-rich gulf " */
  mods[len++] = ' ';
  for (guint t = t0; t < h; t++)
    {
      guint fl = tok (s, t)->fold_len;
      if (len + fl + 2 >= sizeof mods)
        return -1;
      if (t > t0 && !(tok (s, t)->flags & TOK_HYPHEN) && !(tok (s, t - 1)->flags & TOK_HYPHEN))
        mods[len++] = ' ';
      memcpy (mods + len, tfold (s, t), fl);
      len += fl;
    }
  mods[len++] = ' ';
  mods[len] = '\0';
  for (guint k = 0; k < ENT_X_STATES && k < ctx->states_next; k++)
    {
      guint slot = (ctx->states_next - 1 - k) % ENT_X_STATES;
      EntXActor *a = g_ptr_array_index (ctx->actors, ctx->states[slot].actor);
      const EntGazEntry *e;
      if (ctx->states[slot].sent + 2 < s->sent || a->gaz < 0)
        continue;
      e = _ent_gazetteer_entry (ctx->gaz, a->gaz);
      for (guint r = 0; r < e->regions->len; r++)
        {
          const char *region = g_ptr_array_index (e->regions, r);
          gsize rl = strlen (region);
          for (const char *at = strstr (mods, region); at != NULL; at = strstr (at + 1, region))
            if (at[-1] == ' ' && at[rl] == ' ')
              return ctx->states[slot].actor;
        }
    }
  return -1;
}

static void
find_mentions (Sent *s)
{
  EntXCtx *ctx = s->ctx;
  guint i = 0;

  s->org_end = G_MAXUINT;   /* (org_len()) */
  while (i < s->n)
    {
      guint la;

      /* most tokens are lower-case words no phrase starts at, none of
       * the words the rules below look past ("(", "[", "the", "government",
       * "federal") and no government form, not after "X-backed": they
       * start nothing (the tests below, in a tight loop) */
      while (i < s->n && !(tok (s, i)->flags & (TOK_CAP | TOK_QUOTE | TOK_DIGIT)) && s->alen[i] == 0 &&
             !(s->kmask[i] & (1u << LEX_GOV_FORM)) && !(s->wc[i] & WC_OPENS_LOWER) &&
             !(i >= 3 && (tok (s, i - 2)->flags & TOK_HYPHEN)))
        i++;
      if (i >= s->n)
        break;
      la = s->alen[i];
      guint lo = 0, lp = 0, ld = 0, words = 0;
      gboolean outlet = FALSE, titled = FALSE, leader = FALSE;
      int doc_actor = -1;

      /* a photo credit names no actor: "[File: Name/Agency]",
       * "(Photo: Name)" */
      if ((s->wid[i] == W_LBRACKET || s->wid[i] == W_LPAREN) && la == 0 &&
          i + 2 < s->n && tis (s, i + 2, ":") &&
          (tis (s, i + 1, "file") || tis (s, i + 1, "photo") || tis (s, i + 1, "image") ||
           tis (s, i + 1, "picture") || tis (s, i + 1, "credit")))
        {
          while (i < s->n && !tis (s, i, "]") && !tis (s, i, ")"))
            i++;
          continue;
        }

      /* "the Gulf state", "the West African nation": the state named
       * last in this or the two sentences before that lies there */
      if (la == 0 && (s->wx_any & WX_STATE_NOUN) && s->ctx->states_next > 0 && tis (s, i, "the") && i + 2 < s->n)
        {
          guint h = region_state_head (s, i);
          int who = h != G_MAXUINT ? region_state (s, i + 1, h) : -1;
          if (who >= 0)
            {
              add_ment (s, i + 1, h + 1, who, FORM_NAME, 0.5, FALSE);
              i = h + 1;
              continue;
            }
        }
      /* "these countries", "the three Sahel countries", "the breakaway
       * juntas": the states the story listed last */
      if (la == 0 && s->ctx->plural_n >= 2 && s->ctx->plural_sent + 3 >= s->sent && i + 1 < s->n &&
          (tis (s, i, "these") || tis (s, i, "those") || tis (s, i, "the")))
        {
          guint h = plural_head (s, i);
          if (h > 0)
            {
              add_ment (s, h, h + 1, s->ctx->plural[0], FORM_NAME, 0.5, FALSE);
              ment (s, s->ments->len - 1)->flags |= M_PLURAL;
              i = h;
              continue;
            }
        }
      /* "Both cut defence deals with France", "both countries": the two
       * states the story listed last */
      if (la == 0 && s->ctx->plural_n == 2 && s->ctx->plural_sent + 1 >= s->sent && i + 1 < s->n &&
          tis (s, i, "both") && s->ment_at[i + 1] < 0 && s->alen[i + 1] == 0 && is_word (s, i + 1) &&
          !is_cap (s, i + 1))
        {
          guint h = G_MAXUINT;
          if (tis (s, i + 1, "countries") || tis (s, i + 1, "nations") || tis (s, i + 1, "states"))
            h = i + 1;
          else if (i == 0 && (s->cue_v[i + 1] != NULL || has_kind (s, i + 1, LEX_RUPTURE) ||
                              tsuffix (s, i + 1, "ed", 3) || tis (s, i + 1, "have") || tis (s, i + 1, "had") ||
                              tis (s, i + 1, "are") || tis (s, i + 1, "were") || tis (s, i + 1, "accuse") ||
                              tis (s, i + 1, "want") || tis (s, i + 1, "say") || tis (s, i + 1, "said")))
            h = i;
          if (h != G_MAXUINT)
            {
              add_ment (s, h, h + 1, s->ctx->plural[0], FORM_NAME, 0.5, FALSE);
              ment (s, s->ments->len - 1)->flags |= M_PLURAL;
              i = h + 1;
              continue;
            }
        }
      /* "the North's main ally", "the South said": the state of that
       * name this document named ("North Korea", "South Sudan"); not "the
       * North Atlantic", "the South of the country" */
      if (la == 0 && tis (s, i, "the") && i + 2 < s->n && (tis (s, i + 1, "north") || tis (s, i + 1, "south")) &&
          is_cap (s, i + 1) && s->ctx->compass[tis (s, i + 1, "south")] >= 0 && s->alen[i + 1] == 0 &&
          !is_cap (s, i + 2) && !tis (s, i + 2, "of") && !(tok (s, i + 1)->flags & TOK_HYPHEN))
        {
          add_ment (s, i + 1, i + 2, s->ctx->compass[tis (s, i + 1, "south")], FORM_NAME, 0.5, FALSE);
          i += 1;
          continue;
        }
      /* most tokens are lower-case words that start no name; "The" opening
       * a sentence is one too ("The rebels said") */
      if ((!(tok (s, i)->flags & (TOK_CAP | TOK_QUOTE | TOK_DIGIT)) ||
           ((tok (s, i)->flags & TOK_DIGIT) && !(i > 0 && i + 1 < s->n && is_cap (s, i + 1) && tis (s, i - 1, "the"))) ||
           (i == 0 && tis (s, i, "government") && bare_government (s, i) > 0) ||
           ((i == 0 || (tok (s, i - 1)->flags & TOK_QUOTE)) && tis (s, i, "the") && !is_cap (s, i + 1))) &&
          la == 0)
        {
          /* "the army", "government forces": the state the article is about */
          guint bl = bare_government (s, i);
          guint gl = 0;
          /* these phrases open with "the", the compound's head never
           * is it: one test spares most tokens three calls */
          if (bl == 0 && tis (s, i, "the"))
            {
              gl = former_latter (s, i);
              if (gl == 0)
                gl = armed_group_phrase (s, i);
              if (gl == 0)
                gl = alliance_phrase (s, i);
              if (gl == 0)
                gl = putschists_phrase (s, i);
              if (gl == 0)
                gl = group_head_phrase (s, i);
            }
          else if (bl == 0)
            {
              gl = armed_group_after_compound (s, i);
              if (gl == 0)
                gl = own_country_phrase (s, i);
            }
          if (gl > 0)
            {
              i += gl;
              continue;
            }
          int st = bl > 0 ? speaker_state_before (s, i) : -1;
          /* "while in Lebanon the government faced ...": the state just
           * named */
          if (bl == 1 && st < 0 && tis (s, i, "government"))
            for (guint b = i; b > 0 && i - b < 6 && st < 0; b--)
              if (s->ment_at[b - 1] >= 0 && !(tok (s, ment (s, s->ment_at[b - 1])->t1)->flags & TOK_HYPHEN) &&
                  ((EntXActor *) g_ptr_array_index (ctx->actors, ment (s, s->ment_at[b - 1])->actor))->type ==
                    ENT_ACTOR_STATE)
                st = ment (s, s->ment_at[b - 1])->actor;
          /* "the Foreign Ministry in Baghdad", "the government in
           * Kinshasa": the state where it sits */
          if (bl > 0 && st < 0)
            st = seat_state (s, i + bl);
          /* "the military rulers of Burkina Faso, Mali and Niger": the
           * rulers of the ones named after */
          if (bl > 0 && i + bl + 2 < s->n && tis (s, i + bl + 1, "of") && is_cap (s, i + bl + 2) &&
              (tis (s, i + bl, "rulers") || tis (s, i + bl, "leaders") || tis (s, i + bl, "chiefs") ||
               tis (s, i + bl, "juntas") || tis (s, i + bl, "governments") || tis (s, i + bl, "regimes") ||
               tis (s, i + bl, "authorities")))
            {
              i += bl;
              continue;
            }
          /* "the junta of Gen. Abdourahamane Tiani", "the government of
           * President X": named by its leader, not the story's state */
          if (bl > 0 && st < 0 && i + bl + 1 < s->n && tis (s, i + bl, "of"))
            {
              guint j = i + bl + 1;
              while (j < s->n && has_kind (s, j, LEX_TITLE))
                j += kind_len (s, j, LEX_TITLE);
              if (j < s->n && is_cap (s, j) && !has_kind (s, j, LEX_NON_NAME))
                {
                  i += bl;
                  continue;
                }
            }
          if (bl > 0 && st < 0)
            st = home_government (s, i);
          if (bl > 0 && st >= 0)
            {
              add_ment (s, i, i + bl, st, FORM_GOV, 0.6, TRUE);
              i += bl;
              continue;
            }
          i++;
          continue;
        }

      /* "Lake Chad", "Port Sudan", "Northern Ireland": a place that holds
       * a state's name, unless a longer name starts here ("Niger Delta
       * Avengers") */
      if (has_kind (s, i, LEX_PLACE) && kind_len (s, i, LEX_PLACE) >= la)
        {
          /* (nor an organisation named after it: "the Lake Chad Basin
           * Commission") */
          gboolean o;
          guint pl = kind_len (s, i, LEX_PLACE);
          guint ol = i + pl < s->n && has_kind (s, i + pl, LEX_ORG_HEAD) ? org_len (s, i, &o) : 0;
          if (ol <= pl)
            {
              i += pl;
              continue;
            }
        }

      /* "the Gulf of Finland", "the Bay of Bengal", "the Gulf of Riga":
       * a body of water named after a state or city is a place */
      if (la > 0 && i >= 2 && tis (s, i - 1, "of") && (tok (s, i - 2)->flags & TOK_CAP) &&
          (tis (s, i - 2, "gulf") || tis (s, i - 2, "sea") || tis (s, i - 2, "bay") || tis (s, i - 2, "strait") ||
           tis (s, i - 2, "straits")))
        {
          i += la;
          continue;
        }

      /* quoted name + head-word: "Sham Wings" Aviation Company */
      if ((tok (s, i)->flags & TOK_QUOTE) && is_cap (s, i + 1))
        {
          guint q = i + 1;
          while (q < s->n && q < i + 8 && !(tok (s, q)->flags & TOK_QUOTE) &&
                 (is_cap (s, q) || tis (s, q, "of") || tis (s, q, "the") || (tok (s, q)->flags & TOK_HYPHEN)))
            q++;
          if (q < s->n && (tok (s, q)->flags & TOK_QUOTE) && q > i + 1)
            {
              guint h = q + 1;
              gboolean head = FALSE;
              while (h < s->n && is_cap (s, h) && h < q + 5)
                {
                  if (has_kind (s, h, LEX_ORG_HEAD))
                    head = TRUE;
                  h++;
                }
              if (head)
                {
                  int actor;
                  g_autofree char *inner = span_text (s, i + 1, q);
                  g_autofree char *heads = span_text (s, q + 1, h);
                  g_autofree char *name = g_strconcat (inner, " ", heads, NULL);
                  guint8 form = FORM_NAME;
                  if (s->alen[i + 1] == q - (i + 1))
                    actor = gaz_actor_at (s, i + 1, &form);
                  else
                    actor = _ent_actor_for_org (ctx, name);
                  if (actor >= 0)
                    {
                      add_ment (s, i, h, actor, form, 0.8, FALSE);
                      _ent_actor_mention (ctx, actor, tok (s, i + 1)->start, tok (s, h - 1)->end, name, 0.8);
                      _ent_actor_alias (ctx, actor, inner);
                      i = h;
                      continue;
                    }
                }
            }
          i++;
          continue;
        }

      /* "Security Council Secretary Sergei Shoygu": a title of several
       * words before a name, not a body of that name */
      if (has_kind (s, i, LEX_TITLE) && kind_len (s, i, LEX_TITLE) >= la &&
          (kind_len (s, i, LEX_TITLE) >= 3 ||
           (kind_len (s, i, LEX_TITLE) == 2 && has_kind (s, i, LEX_ORG_HEAD))) &&   /* "Parliament Speaker X" */
          is_cap (s, i + kind_len (s, i, LEX_TITLE)) && !has_kind (s, i + kind_len (s, i, LEX_TITLE), LEX_ORG_HEAD))
        {
          i += kind_len (s, i, LEX_TITLE);
          continue;
        }
      lo = org_len (s, i, &outlet);
      {
        gboolean lead = FALSE;
        /* (not "the General Staff", "the General Command": a body) */
        if (title_ends_at (s, i, &lead) && is_name_word (s, i) && !tis (s, i, "staff") && !tis (s, i, "command") &&
            !(has_kind (s, i, LEX_ORG_HEAD) && (i + 1 >= s->n || !is_cap (s, i + 1))))
          {
            titled = TRUE;
            leader = lead;
          }
      }
      if (has_kind (s, i, LEX_GIVEN) || titled)
        {
          lp = name_len (s, i, &words);
          if (!(words >= 2 || (titled && words >= 1)))
            lp = 0;
          /* "the General Security of Military Information Agreement
           * (GSOMIA)": a title word opening a name spelt out */
          if (titled && lp > 0 && i > 0 && is_cap (s, i - 1) && acronym_spelt (s, i - 1))
            lp = 0;
        }
      else if (la == 0 && lo == 0 && (i == 0 || !is_cap (s, i - 1)))
        {
          /* "James Kabarebe, a Rwandan minister,": a name by its office */
          lp = name_len (s, i, &words);
          /* (not "a counter-offensive code-named Operation Haskanite,
           * the Chadian leader said") */
          if (words < 2 || (appos_title (s, i + lp) == G_MAXUINT &&
                             !(tis (s, i + lp, "of") && tis (s, i + lp + 1, "the") && person_of_body (s, i, i + lp))) ||
              tis (s, i, "operation") ||
              (i > 0 && (tis (s, i - 1, "named") || tis (s, i - 1, "dubbed") || tis (s, i - 1, "called") ||
                         tis (s, i - 1, "codenamed"))))
            lp = 0;
        }
      if ((tok (s, i)->flags & TOK_UPPER) && ctx->doc_alias)
        {
          char buf[128];
          g_autofree char *heap = NULL;
          gpointer p = g_hash_table_lookup (ctx->doc_alias, tfold_str (s, i, buf, sizeof buf, &heap));
          if (p)
            {
              ld = 1;
              doc_actor = GPOINTER_TO_INT (p) - 1;
            }
        }

      /* a leader's surname alone must stand alone: not a title ("Sheikh
       * Tamim"), not part of a place or a longer name ("Sharm el-Sheikh",
       * "Khan Younis") */
      if (la == 1 && surname_only_hit (s, i) &&
          (has_kind (s, i, LEX_TITLE) || has_kind (s, i, LEX_NON_NAME) || is_cap (s, i + 1) ||
           /* "the pro-Polisario Shara news agency" */
           has_kind (s, i + 1, LEX_OUTLET) ||
           (i > 0 && (tok (s, i - 1)->flags & TOK_HYPHEN)) ||
           (i > 0 && is_cap (s, i - 1) && !title_before (s, i) && !(tok (s, i - 1)->flags & TOK_UPPER) &&
            s->alen[i - 1] == 0 && !has_kind (s, i - 1, LEX_NON_NAME))))   /* (but "Today Haftar's camp") */
        la = 0;

      if (la == 1 && capital_as_given_name (s, i))
        la = 0;

      /* a surname of a person already met in this document wins over a
       * namesake in the gazetteer */
      if (la == 1 && lp == 0 && lo == 0 && surname_only_hit (s, i))
        {
          char buf[128];
          const char *w = span_buf (s, i, i + 1, buf, sizeof buf);
          int actor = w ? _ent_actor_doc_person (ctx, w) : -1;
          if (actor >= 0)
            {
              add_ment (s, i, i + 1, actor, FORM_SURNAME, 0.9, TRUE);
              i++;
              continue;
            }
        }

      /* an acronym the article itself defined ("the Arakan Army (AA)")
       * wins over a namesake abbreviation in the gazetteer (AA: Anadolu) */
      if (ld > 0 && la == ld)
        {
          const EntLexNode *node = s->anode[i];
          int gaz = ((EntXActor *) g_ptr_array_index (ctx->actors, doc_actor))->gaz;
          gboolean same = FALSE;
          for (guint h = 0; h < node->n_hits; h++)
            same |= node->hits[h].kind == LEX_ACTOR && (int) node->hits[h].value == gaz;
          if (!same)
            la = 0;
        }

      /* "Sheikh Sabah al-Ahmad al-Jaber al-Sabah": a short form whose
       * words run into the full name of the same actor, one mention */
      if (la > 0)
        for (guint j = i + 1; j < i + la; j++)
          if (s->alen[j] > 0 && j + s->alen[j] > i + la)
            {
              guint8 f0, f1;
              int here = gaz_actor_at (s, i, &f0);
              int there = gaz_actor_at (s, j, &f1);
              if (here >= 0 && there == here)
                la = j + s->alen[j] - i;
              /* "Crown Prince Salman bin Abdulaziz": one man's short name
               * ("Prince Salman") running into another's longer one is the
               * other's */
              else if (here >= 0 && there >= 0 && s->alen[j] > la &&
                       ((EntXActor *) g_ptr_array_index (ctx->actors, here))->type == ENT_ACTOR_LEADER &&
                       ((EntXActor *) g_ptr_array_index (ctx->actors, there))->type == ENT_ACTOR_LEADER)
                la = 0;
              break;
            }

      /* "Units of the Korean People's Army": an organisation name that
       * stops inside a known name running past it is no name */
      if (lo > 1)
        for (guint k = i + 1; k < i + lo; k++)
          if (s->alen[k] > 0 && k + s->alen[k] > i + lo)
            {
              lo = 0;
              break;
            }

      /* "Salman bin Abdulaziz al-Saud": a known "X bin Y" with the
       * dynasty's name the gazetteer leaves out */
      if (la >= 3 && lp > la && lp <= la + 3 && (tis (s, i + la, "al") || tprefix (s, i + la, "al-")))
        for (guint k = i + 1; k + 1 < i + la; k++)
          if (tis (s, k, "bin") || tis (s, k, "ibn"))
            {
              lp = 0;
              break;
            }

      /* choose: the longest; ties go to the gazetteer, then aliases,
       * organisations, people */
      if (la > 0 && la >= lo && la >= lp && la >= ld)
        {
          guint8 form = FORM_NAME;
          int actor = gaz_actor_at (s, i, &form);
          if (actor >= 0 && la == 1 && form == FORM_NAME && ambiguous_name_use (s, i, actor))
            {
              i++;
              continue;
            }
          /* "Mocimboa da Praia", "Sao Tome de Praia": a capital's name
           * inside a longer place name */
          if (actor >= 0 && la == 1 && form == FORM_CAPITAL && i >= 2 && is_cap (s, i - 2) && s->ment_at[i - 2] < 0 &&
              (tis (s, i - 1, "da") || tis (s, i - 1, "de") || tis (s, i - 1, "do") || tis (s, i - 1, "dos") ||
               tis (s, i - 1, "das") || tis (s, i - 1, "del") || tis (s, i - 1, "di") || tis (s, i - 1, "du")))
            {
              i++;
              continue;
            }
          if (actor >= 0)
            {
              EntXActor *a = g_ptr_array_index (ctx->actors, actor);
              /* "regime of Bashar al-Assad": the leader's state */
              if ((a->type == ENT_ACTOR_LEADER) && i >= 2 && tis (s, i - 1, "of") &&
                  (tis (s, i - 2, "regime") || tis (s, i - 2, "government")) && a->gaz >= 0)
                {
                  const EntGazEntry *e = _ent_gazetteer_entry (ctx->gaz, a->gaz);
                  if (e->acts_for_index >= 0 &&
                      _ent_gazetteer_entry (ctx->gaz, e->acts_for_index)->type == ENT_ACTOR_STATE)
                    {
                      int st = _ent_actor_for_entry (ctx, e->acts_for_index);
                      add_ment (s, i - 2, i + la, st, FORM_GOV, 0.9, TRUE);
                      record_inner_leader (s, i, i + la, actor);
                      i += la;
                      continue;
                    }
                }
              /* "Burhan's government", "Assad's forces": the leader's state */
              if (a->type == ENT_ACTOR_LEADER && a->gaz >= 0 && i + la + 1 < s->n &&
                  (tok (s, i + la)->flags & TOK_POSS) && has_kind (s, i + la + 1, LEX_GOV_FORM))
                {
                  const EntGazEntry *e = _ent_gazetteer_entry (ctx->gaz, a->gaz);
                  if (e->acts_for_index >= 0 &&
                      _ent_gazetteer_entry (ctx->gaz, e->acts_for_index)->type == ENT_ACTOR_STATE)
                    {
                      int st = _ent_actor_for_entry (ctx, e->acts_for_index);
                      guint end = i + la + 1 + kind_len (s, i + la + 1, LEX_GOV_FORM);
                      add_ment (s, i, end, st, FORM_GOV, 0.9, TRUE);
                      record_inner_leader (s, i, i + la, actor);
                      i = end;
                      continue;
                    }
                }
              /* "Iran's Supreme National Security Council": a known body
               * of that state's government, named as the state's, is the state */
              if (a->type == ENT_ACTOR_GROUP && a->gaz >= 0 &&
                  _ent_gazetteer_entry (ctx->gaz, a->gaz)->acts_for_index >= 0)
                {
                  const EntGazEntry *e = _ent_gazetteer_entry (ctx->gaz, a->gaz);
                  const EntGazEntry *se = _ent_gazetteer_entry (ctx->gaz, e->acts_for_index);
                  gsize sl = strlen (se->name);
                  /* "(U.S.) Central Command" listed as "United States Central
                   * Command": named after its state */
                  gboolean named_after = la >= 3 && strncmp (e->name, se->name, sl) == 0 && e->name[sl] == ' ' &&
                                         state_body_owner (s, i, la, 2) == 2;
                  /* a state's own army is the state by any of its names,
                   * "the SAF" too */
                  if (se->type == ENT_ACTOR_STATE &&
                      (named_after || (la >= 3 && state_body_owner (s, i, la, 1) == 1) || national_army (ctx->gaz, e)))
                    {
                      add_ment (s, i, i + la, _ent_actor_for_entry (ctx, e->acts_for_index), FORM_GOV, 0.9, TRUE);
                      i += la;
                      continue;
                    }
                }
              if (a->type == ENT_ACTOR_GROUP && a->gaz >= 0 && i >= 2 && (tok (s, i - 1)->flags & TOK_POSS))
                {
                  const EntGazEntry *e = _ent_gazetteer_entry (ctx->gaz, a->gaz);
                  int st = state_body_owner (s, i, la, 0);
                  if (st >= 0 && e->acts_for_index >= 0 && _ent_actor_for_entry (ctx, e->acts_for_index) == st)
                    {
                      add_ment (s, i, i + la, st, FORM_GOV, 0.9, TRUE);
                      i += la;
                      continue;
                    }
                }
              if (titled && a->type == ENT_ACTOR_PERSON && a->gaz < 0)
                a->type = ENT_ACTOR_LEADER;
              add_ment (s, i, i + la, actor, form, form == FORM_SURNAME ? 0.9 : 1.0, TRUE);
              /* acronym definition: Name (ABC), not "DAKAR, Senegal (AP)" */
              if (i + la + 2 < s->n && tis (s, i + la, "(") && (tok (s, i + la + 1)->flags & TOK_UPPER) &&
                  tis (s, i + la + 2, ")") && !has_kind (s, i + la + 1, LEX_OUTLET))
                {
                  if (!ctx->doc_alias)
                    ctx->doc_alias = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
                  g_hash_table_insert (ctx->doc_alias, tfold_dup (s, i + la + 1), GINT_TO_POINTER (actor + 1));
                }
              i += la;
              continue;
            }
        }
      if (ld > 0 && ld >= lo && ld >= lp)
        {
          add_ment (s, i, i + 1, doc_actor, FORM_ABBREV, 0.8, TRUE);
          i += 1;
          continue;
        }
      if (lo > 0 && lo >= lp)
        {
          /* an organisation containing a known group of 2+ words: the group */
          guint inner = G_MAXUINT;
          for (guint k = i + 1; k < i + lo; k++)
            if (s->alen[k] >= 2 && k + s->alen[k] <= i + lo)
              {
                const EntLexNode *node = s->anode[k];
                for (guint h = 0; h < node->n_hits; h++)
                  if (node->hits[h].kind == LEX_ACTOR &&
                      _ent_gazetteer_entry (ctx->gaz, node->hits[h].value)->type == ENT_ACTOR_GROUP)
                    inner = k;
                if (inner != G_MAXUINT)
                  break;
              }
          /* a bare "Interior Ministry" names a body of some government,
           * not an actor of its own (with a state it is a government form) */
          if (outlet || (has_kind (s, i, LEX_GOV_FORM) && kind_len (s, i, LEX_GOV_FORM) == lo))
            {
              /* "the Defence Ministry": of the state the article is about,
               * or of the one where it sits ("the Foreign Ministry in
               * Baghdad") */
              int where = outlet ? -1 : seat_state (s, i + lo);
              /* "In Taipei, the Ministry of Foreign Affairs ...": the
               * state of the capital the sentence opens with */
              if (!outlet && where < 0 && i > 3 && tis (s, 0, "in") && s->ment_at[1] >= 0 &&
                  ment (s, s->ment_at[1])->t1 < i && tis (s, ment (s, s->ment_at[1])->t1, ",") &&
                  ((EntXActor *) g_ptr_array_index (ctx->actors, ment (s, s->ment_at[1])->actor))->type ==
                    ENT_ACTOR_STATE)
                where = ment (s, s->ment_at[1])->actor;
              if (!outlet && where < 0 && ctx->home_state >= 0 && i > 0 && tis (s, i - 1, "the"))
                where = ctx->home_state;
              if (where >= 0 && i > 0 && tis (s, i - 1, "the"))
                add_ment (s, i, i + lo, where, FORM_GOV, 0.6, TRUE);
              i += lo;
              continue;
            }
          /* "Iran's Supreme National Security Council", "the Egyptian
           * General Intelligence Directorate": a body of a state's
           * government is the state, also when its name holds a known
           * body's ("Iraq's National Security Council") */
          {
            int st = state_body_owner (s, i, lo, 0);
            if (st >= 0)
              {
                add_ment (s, i, i + lo, st, FORM_GOV, 0.8, TRUE);
                i += lo;
                continue;
              }
          }
          if (inner == G_MAXUINT)
            {
              /* "the Treasury Department", "Africa Command" without a
               * state: a department of some government, no party of its own */
              if (i > 0 && tis (s, i - 1, "the") &&
                  (tis (s, i + lo - 1, "department") || tis (s, i + lo - 1, "directorate") ||
                   tis (s, i + lo - 1, "command")))
                {
                  i += lo;
                  continue;
                }
            }
          if (inner != G_MAXUINT)
            {
              /* "the Security Committee of the Supreme Council of State":
               * a body of the known group, named in full */
              guint8 form = FORM_NAME;
              int actor = gaz_actor_at (s, inner, &form);
              add_ment (s, i, i + lo, actor, form, 0.9, TRUE);
              i += lo;
              continue;
            }
          /* "the FDLR, a Hutu militia founded by ...": a description of
           * the group just named, not an organisation of its own */
          if (i >= 3 && (tis (s, i - 1, "a") || tis (s, i - 1, "an")) && tis (s, i - 2, ",") &&
              s->ment_at[i - 3] >= 0 &&
              ((EntXActor *) g_ptr_array_index (ctx->actors, ment (s, s->ment_at[i - 3])->actor))->type ==
                ENT_ACTOR_GROUP)
            {
              i += lo;
              continue;
            }
          /* "Amhara militias known as Fano": the group the name after
           * it names */
          {
            int known = known_as_actor (s, i + lo, TRUE);
            if (known >= 0)
              {
                add_ment (s, i, i + lo, known, FORM_NAME, 0.8, TRUE);
                i += lo;
                continue;
              }
          }
          {
            char buf[256];
            g_autofree char *heap = NULL;
            int actor = _ent_actor_for_org (ctx, span_str (s, i, i + lo, buf, sizeof buf, &heap));
            if (actor >= 0)
              {
                EntXActor *a = g_ptr_array_index (ctx->actors, actor);
                /* named after a leader: acts for him or his side */
                if (a->affil < 0)
                  for (guint k = i; k < i + lo; k++)
                    if (s->alen[k] == 1)
                      {
                        guint8 f;
                        int la2 = gaz_actor_at (s, k, &f);
                        EntXActor *b = la2 >= 0 ? g_ptr_array_index (ctx->actors, la2) : NULL;
                        if (b && (b->type == ENT_ACTOR_LEADER || b->type == ENT_ACTOR_PERSON))
                          {
                            const EntGazEntry *e = b->gaz >= 0 ? _ent_gazetteer_entry (ctx->gaz, b->gaz) : NULL;
                            a->affil = (e && e->acts_for_index >= 0)
                                       ? _ent_actor_for_entry (ctx, e->acts_for_index) : la2;
                            break;
                          }
                      }
                add_ment (s, i, i + lo, actor, FORM_NAME, 0.7, TRUE);
                if (i + lo + 2 < s->n && tis (s, i + lo, "(") && (tok (s, i + lo + 1)->flags & TOK_UPPER) &&
                    tis (s, i + lo + 2, ")"))
                  {
                    g_autofree char *acr = span_text (s, i + lo + 1, i + lo + 2);
                    if (!ctx->doc_alias)
                      ctx->doc_alias = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
                    g_hash_table_insert (ctx->doc_alias, tfold_dup (s, i + lo + 1), GINT_TO_POINTER (actor + 1));
                    _ent_actor_mention (ctx, actor, tok (s, i + lo + 1)->start, tok (s, i + lo + 1)->end, acr, 0.8);
                    i += lo + 3;
                    continue;
                  }
              }
            i += lo;
            continue;
          }
        }
      if (lp > 0)
        {
          char buf[256];
          g_autofree char *heap = NULL;
          const char *name = span_str (s, i, i + lp, buf, sizeof buf, &heap);
          double conf = 1.0;
          int actor;
          /* "the head of the Security Committee ..., Belkacem Dabars" */
          if (!titled && i >= 2 && tis (s, i - 1, ","))
            for (guint k = i - 1; k > 0 && k + 14 > i; k--)
              {
                if (has_kind (s, k - 1, LEX_TITLE))
                  {
                    titled = TRUE;
                    leader = TRUE;
                    break;
                  }
                if (s->ment_at[k - 1] >= 0 &&
                    (g_array_index (s->ments, Ment, s->ment_at[k - 1]).flags & M_INDIV))
                  break;
              }
          /* "Name, the head of Y" */
          if (!titled && i + lp + 2 < s->n && tis (s, i + lp, ",") &&
              ((tis (s, i + lp + 1, "the") && has_kind (s, i + lp + 2, LEX_TITLE)) ||
               has_kind (s, i + lp + 1, LEX_TITLE) || appos_title (s, i + lp) != G_MAXUINT))
            {
              titled = TRUE;
              leader = TRUE;
            }
          actor = known_as_actor (s, i + lp, FALSE);
          if (actor >= 0)
            conf = 0.9;
          if (actor < 0)
          {
            /* the same spelling again in this document: same person */
            gpointer p = g_hash_table_lookup (ctx->name_cache, name);
            if (p)
              {
                EntXActor *a;
                actor = GPOINTER_TO_INT (p) - 1;
                a = g_ptr_array_index (ctx->actors, actor);
                conf = 1.0;
                if (titled && leader && a->type == ENT_ACTOR_PERSON && a->gaz < 0)
                  a->type = ENT_ACTOR_LEADER;
                _ent_actor_note_person (ctx, actor);
              }
            else
              {
                actor = _ent_actor_for_person (ctx, name, titled && leader, &conf);
                if (actor >= 0)
                  g_hash_table_insert (ctx->name_cache, g_strdup (name), GINT_TO_POINTER (actor + 1));
              }
          }
          if (actor >= 0 && titled)
            {
              /* "Syrian Foreign Minister X", "Egypt's envoy X": acts for the state */
              EntXActor *a = g_ptr_array_index (ctx->actors, actor);
              guint t = i;
              gboolean lead;
              while (t > 0 && !(s->ment_at[t - 1] >= 0) && title_ends_at (s, t, &lead) && i - t < 5)
                {
                  guint b = MIN (4u, t);
                  while (b > 0 && !((has_kind (s, t - b, LEX_TITLE) && kind_len (s, t - b, LEX_TITLE) == b) ||
                                    (has_kind (s, t - b, LEX_ROLE) && kind_len (s, t - b, LEX_ROLE) == b)))
                    b--;
                  if (b == 0)
                    break;
                  t -= b;
                }
              if (t > 0 && (tok (s, t - 1)->flags & TOK_POSS) && t >= 2)
                t--;
              if (t < i && t > 0 && s->ment_at[t - 1] >= 0 && a->affil < 0 && a->gaz < 0)
                {
                  Ment *m = ment (s, s->ment_at[t - 1]);
                  EntXActor *st = g_ptr_array_index (ctx->actors, m->actor);
                  if (st->type == ENT_ACTOR_STATE || st->type == ENT_ACTOR_GROUP)
                    a->affil = m->actor;
                }
            }
          if (actor >= 0)
            {
              add_ment (s, i, i + lp, actor, FORM_NAME, conf, TRUE);
              i += lp;
              continue;
            }
        }
      /* a surname alone, or a known person in another spelling */
      if (is_cap (s, i) && !has_kind (s, i, LEX_NON_NAME) && !has_kind (s, i, LEX_ORG_HEAD) &&
          !has_kind (s, i, LEX_TITLE) && !(tok (s, i)->flags & TOK_UPPER))
        {
          guint t0 = i, ts = i, t1 = i + 1;
          if (is_particle_tok (s, i) && i + 2 < s->n && (tok (s, i + 1)->flags & TOK_HYPHEN) && is_cap (s, i + 2))
            {
              ts = i + 2;
              t1 = i + 3;
            }
          if (tok (s, ts)->end - tok (s, ts)->start >= 4 && !has_kind (s, ts, LEX_NON_NAME) &&
              !has_kind (s, ts, LEX_ORG_HEAD) && !s->alen[ts] &&
              (ctx->doc_people->len > 0 || ts > 0))
            {
              char buf[128];
              const char *w = span_buf (s, ts, ts + 1, buf, sizeof buf);
              double conf = 0;
              int actor = -1;

              /* a miss is noted once: the set already holding @w, adding
               * it again would only copy it and free the copy it holds */
              if (w != NULL && !g_hash_table_contains (ctx->surname_miss, w))
                {
                  actor = _ent_actor_for_surname (ctx, w, &conf);
                  if (actor < 0)
                    g_hash_table_add (ctx->surname_miss, g_strdup (w));
                }
              if (actor >= 0 && !(ts == 0 && conf < 0.9) && !has_kind (s, t1, LEX_FACILITY))
                {
                  add_ment (s, t0, t1, actor, FORM_SURNAME, conf, TRUE);
                  i = t1;
                  continue;
                }
            }
        }
      i++;
    }
}

/* The title phrase (and "of") ending right before token @t: returns the
 * title's first token or G_MAXUINT. */
static guint
title_of_before (Sent *s, guint t)
{
  /* "... the head of (the) X": t is X's first token */
  if (t > 0 && tis (s, t - 1, "the"))
    t--;
  if (t < 2 || !tis (s, t - 1, "of"))
    return G_MAXUINT;
  for (guint b = MIN (4u, t - 1); b >= 1; b--)
    if (has_kind (s, t - 1 - b, LEX_TITLE) && kind_len (s, t - 1 - b, LEX_TITLE) == b)
      return t - 1 - b;
  return G_MAXUINT;
}

/* "X, the head of Y" and "the head of Y, X": X acts for Y. */
static void
link_affiliations (Sent *s)
{
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      EntXActor *a = g_ptr_array_index (s->ctx->actors, m->actor);
      int y = -1;

      if (!(m->flags & M_INDIV))
        continue;
      /* "X, Sudan's foreign minister,": X acts for Sudan, which is no
       * party of its own here */
      if (m->t1 < s->n && tis (s, m->t1, ","))
        {
          guint st = appos_title (s, m->t1);
          if (st != G_MAXUINT && st != m->t1 && s->ment_at[st] >= 0)
            {
              Ment *n = ment (s, s->ment_at[st]);
              n->flags |= M_LOC;
              if (a->gaz < 0 && a->affil < 0 && n->actor != m->actor)
                a->affil = n->actor;
            }
        }
      if (a->gaz >= 0 || a->affil >= 0)
        continue;
      /* after: X, (the) head of (the) Y */
      if (k + 1 < s->ments->len && tis (s, m->t1, ","))
        {
          Ment *n = ment (s, k + 1);
          guint ti = title_of_before (s, n->t0);
          if (ti != G_MAXUINT && (ti == m->t1 + 1 || (ti == m->t1 + 2 && tis (s, m->t1 + 1, "the"))))
            y = n->actor;
        }
      /* before: the head of (the) Y, X */
      if (y < 0 && k > 0 && m->t0 >= 2 && tis (s, m->t0 - 1, ","))
        {
          Ment *p = ment (s, k - 1);
          if (p->t1 == m->t0 - 1 && title_of_before (s, p->t0) != G_MAXUINT)
            y = p->actor;
        }
      if (y >= 0 && y != m->actor)
        {
          EntXActor *ya = g_ptr_array_index (s->ctx->actors, y);
          if (ya->type == ENT_ACTOR_GROUP || ya->type == ENT_ACTOR_STATE)
            a->affil = y;
        }
    }
}

static gboolean
is_place_actor (Sent *s, const Ment *m)
{
  EntXActor *a = g_ptr_array_index (s->ctx->actors, m->actor);
  return a->type == ENT_ACTOR_STATE || m->form == FORM_CAPITAL;
}

/* Token @t is the last word of a cue phrase ("drills around"): a
 * preposition the cue has taken, not one of place */
static gboolean
ends_cue_phrase (Sent *s, guint t)
{
  for (guint b = t + 1; b > 0 && t + 1 - b < 4; b--)
    if ((s->cue[b - 1] != NULL && s->cue[b - 1]->ntok > 1 && b - 1 + s->cue[b - 1]->ntok == t + 1) ||
        (s->cue_v[b - 1] != NULL && s->cue_v[b - 1]->ntok > 1 && b - 1 + s->cue_v[b - 1]->ntok == t + 1))
      return TRUE;   /* "lashed out at", "opened fire on" */
  return FALSE;
}

/* "the Hamas attack on southern Israel", "strikes against eastern
 * Ukraine": a compass word after "on"/"against" an attack names the
 * region of the state attacked, which is the target */
/* "northern", "southeastern": a region of the state named after it */
static inline gboolean
compass_word (Sent *s, guint w)
{
  return tis (s, w, "northern") || tis (s, w, "southern") || tis (s, w, "eastern") || tis (s, w, "western") ||
         tis (s, w, "central") || tis (s, w, "northeastern") || tis (s, w, "northwestern") ||
         tis (s, w, "southeastern") || tis (s, w, "southwestern");
}

static gboolean
attacked_region (Sent *s, guint w)
{
  if (w < 2 || !compass_word (s, w) || !(tis (s, w - 1, "on") || tis (s, w - 1, "against")))
    return FALSE;
  for (guint t = w - 1; t > 0 && w - t < 4; t--)
    if (s->cue[t - 1] != NULL && s->cue[t - 1]->form == CUE_NOUN &&
        hit_cue (s, s->cue[t - 1])->polarity == ENT_POLARITY_HOSTILE)
      return TRUE;
  return FALSE;
}

static gboolean is_determiner (Sent *s, guint t);

/* "group", "movement", "militia", "faction", "organisation": a noun
 * for an armed or political group, set before its name ("the militant
 * group Jaish al-Adl") or after where it is from ("the Lebanese group") */
static gboolean
group_noun (Sent *s, guint t)
{
  return tis (s, t, "group") || tis (s, t, "movement") || tis (s, t, "militia") || tis (s, t, "faction") ||
         tis (s, t, "organisation") || tis (s, t, "organization");
}

/* "a Syrian woman", "two Iranian nationals", "Afghan refugees": the
 * token after the people a nationality adjective @m describes (people
 * of that nationality, not the state), or G_MAXUINT */
static guint
private_people_after (Sent *s, const Ment *m)
{
  static const char *const people[] = { "woman", "women", "man", "men", "national", "nationals", "citizen",
                                        "citizens", "tourist", "tourists", "student", "students", "refugee",
                                        "refugees", "migrant", "migrants", "teenager", "teenagers", "couple", NULL };
  guint j = m->t1;

  /* (every word below starts with one of these letters) */
  if (m->form != FORM_ADJ || j >= s->n || (tok (s, j - 1)->flags & TOK_POSS) || !strchr ("wmnctsrdye", tfold (s, j)[0]))
    return G_MAXUINT;
  if (j + 1 < s->n && s->ment_at[j] < 0 && (tis (s, j, "young") || tis (s, j, "elderly") || tis (s, j, "dual")))
    j++;
  return tis_among (s, j, people) ? j + 1 : G_MAXUINT;
}

static guint titled_person_after (Sent *s, guint u);

/* "summit", "summits", "conference", "forum": a meeting held by a body
 * ("the BRICS summit", "a summit of the SCO") */
static gboolean
venue_noun (Sent *s, guint t)
{
  return tis (s, t, "summit") || tis (s, t, "summits") || tis (s, t, "conference") || tis (s, t, "forum");
}

/* Whether a tie's noun and "with" follow within a few words of @t, no
 * party or punctuation between: "(which) has maintained strong ties with
 * France" (before mark_clauses(): no clause is known yet) */
static gboolean
ties_with_after (Sent *s, guint t)
{
  for (guint u = t; u + 1 < s->n && u < t + 6 && s->ment_at[u] < 0 && is_word (s, u); u++)
    if (s->cue[u] != NULL && s->cue[u]->form == CUE_NOUN && u + s->cuelen[u] < s->n &&
        tis (s, u + s->cuelen[u], "with"))
      return TRUE;
  return FALSE;
}

static void
mark_places (Sent *s)
{
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = &g_array_index (s->ments, Ment, k);
      guint p = m->t0;

      /* "Turkey, a NATO member": the group or state qualifies the noun */
      if (m->t0 > 0 && m->t1 < s->n && (tis (s, m->t0 - 1, "a") || tis (s, m->t0 - 1, "an")) &&
          (tis (s, m->t1, "member") || tis (s, m->t1, "country") || tis (s, m->t1, "state") ||
           tis (s, m->t1, "nation") || tis (s, m->t1, "town") || tis (s, m->t1, "city")))
        {
          m->flags |= M_LOC;
          continue;
        }
      /* "his Armenian counterpart Ararat Mirzoyan": an office held by
       * the person named after it */
      if (m->form == FORM_GOV && m->t1 < s->n && has_kind (s, m->t1 - 1, LEX_TITLE) && s->ment_at[m->t1] >= 0 &&
          (ment (s, s->ment_at[m->t1])->flags & M_INDIV))
        {
          m->flags |= M_LOC;
          continue;
        }
      /* "He travelled to Moscow to deepen ties with Putin": a capital
       * one goes to is where, not who */
      if (m->form == FORM_CAPITAL && m->t0 >= 2 && tis (s, m->t0 - 1, "to") &&
          (tprefix (s, m->t0 - 2, "travel") || tis (s, m->t0 - 2, "flew") || tis (s, m->t0 - 2, "flown") ||
           tis (s, m->t0 - 2, "went") || tis (s, m->t0 - 2, "returned") || tis (s, m->t0 - 2, "headed") ||
           tis (s, m->t0 - 2, "moved") || tis (s, m->t0 - 2, "relocated")))
        {
          m->flags |= M_LOC;
          continue;
        }
      /* "sovereignty over the disputed Western Sahara, where Algeria
       * backs the Polisario": a place things happen in (not "strikes
       * on Ukraine, where ...": the one struck) */
      if (m->t1 + 1 < s->n && tis (s, m->t1, ",") && tis (s, m->t1 + 1, "where") && is_place_actor (s, m) &&
          p > 0)
        {
          guint u = p - 1;
          if (u > 0 && tis (s, u, "the"))
            u--;
          if (tis (s, u, "disputed") || tis (s, u, "occupied") || tis (s, u, "contested") || tis (s, u, "over") ||
              tis (s, u, "across"))
            {
              m->flags |= M_LOC;
              continue;
            }
        }
      /* "a London-based policy centre": where it sits; "a Syria-bound
       * tanker": where it goes */
      if (m->t1 + 1 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN) &&
          (tis (s, m->t1 + 1, "based") || tis (s, m->t1 + 1, "headquartered") || tis (s, m->t1 + 1, "bound")))
        {
          m->flags |= M_LOC;
          continue;
        }
      /* "trade blame at UN", "spoke at the EU summit": an international
       * body named as the venue, unless something was fired at it; "on
       * the sidelines of the BRICS summit": a bloc's summit anywhere */
      if (p >= 1 && (tis (s, p - 1, "at") || (p >= 2 && tis (s, p - 1, "the") && tis (s, p - 2, "at")) ||
                     (tis (s, p - 1, "the") && m->t1 < s->n && venue_noun (s, m->t1)) ||
                     /* ("attend a summit of the SCO") */
                     (p >= 3 && tis (s, p - 1, "the") && tis (s, p - 2, "of") && venue_noun (s, p - 3))))
        {
          EntXActor *a = g_ptr_array_index (s->ctx->actors, m->actor);
          if (a->type == ENT_ACTOR_GROUP && a->gaz >= 0 &&
              (kind_is (_ent_gazetteer_entry (s->ctx->gaz, a->gaz)->kind, "international-organisation") ||
               kind_is (_ent_gazetteer_entry (s->ctx->gaz, a->gaz)->kind, "alliance")))
            {
              gboolean fired = FALSE;
              for (guint t = p; t > 0 && p - t < 6 && !fired; t--)
                fired = (word_class (s, t - 1) & WC_FIRE) != 0;
              if (!fired)
                {
                  m->flags |= M_LOC;
                  continue;
                }
            }
        }
      /* "shook hands at the White House", "talks at the Kremlin": the
       * seat of a government named as a meeting place */
      if ((m->form == FORM_GOV || m->form == FORM_CAPITAL) && p >= 2 && tis (s, p - 1, "the") &&
          tis (s, p - 2, "at") && is_place_actor (s, m) && !(tok (s, m->t1 - 1)->flags & TOK_POSS) &&
          !(m->t1 < s->n && (tok (s, m->t1)->flags & TOK_POSS)))
        {
          m->flags |= M_LOC;
          continue;
        }
      if (!is_place_actor (s, m) || m->form == FORM_GOV || m->form == FORM_PLURAL)
        continue;
      /* "U.S. President Donald Trump", "Syrian Foreign Minister X": the
       * state is the person's, not a party of its own */
      /* ("Bosnian Serb nationalist leader X", "Syrian analyst X") */
      if (m->t1 < s->n && titled_person_after (s, m->t1) != G_MAXUINT)
        {
          m->flags |= M_LOC;
          continue;
        }
      /* "Libyan analysts": people from there, not the state; "Syrian
       * rebels" fight it */
      if (m->t1 < s->n && m->form != FORM_ADJ && m->form != FORM_GOV && insurgent_noun (s, m->t1) > 0 &&
          ((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->type == ENT_ACTOR_STATE)
        {
          m->flags |= M_LOC;   /* "CAR rebels", "Mali separatists" */
          continue;
        }
      /* "detained a Syrian woman", "two Iranian nationals", "Afghan
       * refugees": people of that nationality, not the state */
      if (m->form == FORM_ADJ && private_people_after (s, m) != G_MAXUINT)
        {
          m->flags |= M_LOC;
          continue;
        }
      if (m->form == FORM_ADJ && m->t1 < s->n &&
          (has_kind (s, m->t1, LEX_ROLE) || insurgent_noun (s, m->t1) > 0 ||
           /* "Hezbollah, the Lebanese group": where it is from */
           (m->t0 > 0 && tis (s, m->t0 - 1, "the") && group_noun (s, m->t1))))
        {
          m->flags |= M_LOC;
          continue;
        }
      /* "defends Libya strategy", "his Iran policy": a state named as
       * what a policy is about */
      if (m->form == FORM_NAME && m->t1 < s->n && !(tok (s, m->t1 - 1)->flags & TOK_POSS) &&
          (tis (s, m->t1, "strategy") || tis (s, m->t1, "policy") || tis (s, m->t1, "policies") ||
           tis (s, m->t1, "file") || tis (s, m->t1, "dossier") || tis (s, m->t1, "portfolio")))
        {
          m->flags |= M_LOC;
          continue;
        }
      /* "the Syrian Kurdish YPG", "the Lebanese Hezbollah": where the
       * named group is from, not a party of its own */
      if (m->form == FORM_ADJ && m->t1 + 1 < s->n && !(m->t0 > 0 && (tok (s, m->t0 - 1)->flags & TOK_HYPHEN)))
        {
          guint j = m->t1;
          if (s->ment_at[j] < 0 && is_cap (s, j) && !s->cue[j] && !s->cue_v[j] && !has_kind (s, j, LEX_TITLE) &&
              !has_kind (s, j, LEX_ROLE))
            j++;   /* "Kurdish" */
          if (j < s->n && s->ment_at[j] >= 0 && s->ment_at[j] != (int) k)
            {
              const Ment *g = ment (s, s->ment_at[j]);
              const EntXActor *ga = g_ptr_array_index (s->ctx->actors, g->actor);
              if ((g->form == FORM_NAME || g->form == FORM_ABBREV) && ga->type == ENT_ACTOR_GROUP && g->actor != m->actor &&
                  !(tok (s, m->t1 - 1)->flags & TOK_POSS))
                {
                  m->flags |= M_LOC;
                  continue;
                }
            }
        }
      /* "in (northern) Syria", "across Libya", "in both Syria and Iraq" */
      if (p > 0 && tis (s, p - 1, "the"))
        p--;
      if (p > 1 && tis (s, p - 1, "both") && has_kind (s, p - 2, LEX_LOCATIVE))
        p--;
      /* ("in Syria and Iraq": the second place of the list too) */
      if (k > 0 && p > 1 && (tis (s, p - 1, "and") || tis (s, p - 1, "or")) &&
          s->ment_at[p - 2] == (int) k - 1 && (ment (s, k - 1)->flags & M_LOC))
        {
          guint q = ment (s, k - 1)->t0;
          if (q > 0 && (tis (s, q - 1, "the") || tis (s, q - 1, "both")))
            q--;
          if (q > 0 && has_kind (s, q - 1, LEX_LOCATIVE) && !ends_cue_phrase (s, q - 1) && !attacked_region (s, q - 1))
            p = q;
        }
      if (p > 0 && has_kind (s, p - 1, LEX_LOCATIVE) && !ends_cue_phrase (s, p - 1) && !attacked_region (s, p - 1) &&
          /* (not "at Washington's request": who asks) */
          !(m->t1 + 1 < s->n && (tok (s, m->t1)->flags & TOK_POSS) && (wx (s, m->t1 + 1) & WX_REQUEST)))
        {
          /* but "the government in Mogadishu", "the authorities in
           * Kabul": the seat names who rules there */
          if (m->form == FORM_CAPITAL && p >= 2 && tis (s, p - 1, "in") &&
              (tis (s, p - 2, "government") || tis (s, p - 2, "authorities") || tis (s, p - 2, "regime") ||
               tis (s, p - 2, "leadership") || tis (s, p - 2, "rulers") || tis (s, p - 2, "regimes") ||
               tis (s, p - 2, "governments")))
            continue;
          /* nor "in Cote d'Ivoire, which has maintained strong ties with
           * France": a state the relative clause says acts */
          if (m->form == FORM_NAME && m->t1 + 1 < s->n && tis (s, m->t1, ",") && tis (s, m->t1 + 1, "which") &&
              is_place_actor (s, m) && ties_with_after (s, m->t1 + 2))
            continue;
          m->flags |= M_LOC;
          continue;
        }
      /* "Damascus airport", "Syrian and Libyan media", "Syria's Beni airports";
       * but "attacked a U.S. base", "stormed the Turkish embassy": the
       * owner is the one hit */
      {
        guint j = m->t1, q = m->t0;
        while (q > 0 && is_determiner (s, q - 1))
          q--;
        if (q > 0 && s->cue_v[q - 1] != NULL && s->ment_at[q - 1] < 0 &&
            hit_cue (s, s->cue_v[q - 1])->polarity == ENT_POLARITY_HOSTILE)
          continue;
        for (guint steps = 0; j < s->n && steps < 4; steps++)
          {
            /* (but "Russia's war on Ukraine" is Russia's doing) */
            if (has_kind (s, j, LEX_FACILITY) &&
                !(tis (s, j, "war") && j + 1 < s->n && (tis (s, j + 1, "on") || tis (s, j + 1, "against"))))
              {
                m->flags |= M_LOC;
                break;
              }
            /* (not across a title-case headline: "Iran Warns Israel
             * Against War") */
            if (tis (s, j, "and") || (tok (s, j)->flags & TOK_POSS) ||
                (is_cap (s, j) && !s->cue[j] && !s->cue_v[j]) || (tok (s, j)->flags & TOK_HYPHEN))
              {
                j++;
                continue;
              }
            break;
          }
      }
    }
}


/* is_speech() of a speech verb @i */
static gboolean
speech_verb_reports (Sent *s, guint i)
{
  guint l;

  /* "United States" holds "states": a word of a name is no verb */
  if (s->ment_at[i] >= 0)
    return FALSE;
  l = kind_len (s, i, LEX_SPEECH);
  /* "declared victory over Israel", "announced sanctions on": an act
   * named by its noun, not a report */
  if (i + l < s->n && s->cue[i + l] != NULL && (s->cue[i + l]->form == CUE_NOUN || s->cue[i + l]->form == CUE_PREP))
    return FALSE;
  /* "announces the immediate breaking of diplomatic relations with X",
   * "declared a suspension of ...": an announced act, past the article
   * and an adjective or two */
  /* "announced new measures, hitting Moscow with sanctions": steps
   * taken */
  if ((tprefix (s, i, "announc") || tprefix (s, i, "declare")) && i + l < s->n &&
      (is_determiner (s, i + l) || tis (s, i + l, "new") || tis (s, i + l, "further") || tis (s, i + l, "fresh")))
    for (guint t = i + l + 1; t < s->n && t < i + l + 5 && is_word (s, t) && s->ment_at[t] < 0; t++)
      {
        if (has_kind (s, t, LEX_RUPTURE) || (s->cue[t] != NULL && s->cue[t]->form == CUE_NOUN) ||
            tis (s, t, "measures") || tis (s, t, "steps"))
          return FALSE;
        if (s->cue_v[t] != NULL || has_kind (s, t, LEX_SPEECH))
          break;
      }
  /* "claimed responsibility for the attack", "claimed the bombing": an
   * act owned, not a report */
  if (tprefix (s, i, "claim") && i + l < s->n &&
      (tis (s, i + l, "responsibility") || tis (s, i + l, "credit") ||
       (i + l + 1 < s->n && is_determiner (s, i + l) && s->cue[i + l + 1] != NULL &&
        s->cue[i + l + 1]->form == CUE_NOUN)))
    return FALSE;
  if (!s->cue[i] && !s->cue_v[i])
    return TRUE;
  if (i + l >= s->n || tis (s, i + l, "that") || tis (s, i + l, ",") || tis (s, i + l, ":") ||
      (tok (s, i + l)->flags & TOK_QUOTE))
    return TRUE;
  return i > 0 && (tis (s, i - 1, ",") || (tok (s, i - 1)->flags & TOK_QUOTE));
}

/* A speech verb used as one: "said" always; a verb that is also a cue
 * ("recalled their ambassadors", "warned Israel") only when it reports
 * ("recalled that", "noted:", "..., reported X").  Asked of every token:
 * the test most of them fail is inline. */
static inline gboolean
is_speech (Sent *s, guint i)
{
  return has_kind (s, i, LEX_SPEECH) && speech_verb_reports (s, i);
}

/* A document, a byline or a dateline starts a story: what the last one
 * said about who struck, which sides talked, whose weapons and which
 * alliance were named no longer holds. */
static void
new_story (EntXCtx *ctx)
{
  ctx->striker = -1;
  ctx->couper = -1;
  ctx->bloc = -1;
  ctx->plural_n = 0;
  ctx->sides[0] = ctx->sides[1] = -1;
  ctx->group_n = 0;
  ctx->weapon_owner = -1;
  ctx->alliance = -1;
  memset (ctx->heads, 0, sizeof ctx->heads);
  ctx->states_next = 0;
}

static void
note_striker (EntXCtx *ctx, int actor, guint sent)
{
  ctx->striker = actor;
  ctx->striker_sent = sent;
}

/* The two sides "the two sides", "each side ... the other" mean */
static void
note_sides_pair (EntXCtx *ctx, int a, int b, guint sent)
{
  ctx->sides[0] = a;
  ctx->sides[1] = b;
  ctx->sides_sent = sent;
}

/* "CAIRO/BEIRUT, Oct. 21 (Agency) -": places that open a paragraph in
 * capitals are a dateline. */
static void
mark_dateline (Sent *s)
{
  guint end = 0;

  if (s->n == 0 || !(tok (s, 0)->flags & TOK_UPPER))
    return;
  for (guint i = 0; i < s->n && i < 16; i++)
    if ((tok (s, i)->flags & TOK_SPACE_BEFORE) && is_dash (s, i))
      {
        end = i;
        break;
      }
  if (end == 0)
    return;
  new_story (s->ctx);
  s->body_start = end + 1;
  /* the story starts here: what its first sentence named stays noted */
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      EntXActor *a = g_ptr_array_index (s->ctx->actors, m->actor);
      if (m->t0 > end && a->type == ENT_ACTOR_GROUP && !a->outlet)
        note_story_group (s, m->t0, m->t1, m->actor, TRUE);
    }
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      if (m->t0 < end)
        {
          m->flags |= M_LOC;
          /* the dateline says where the story is */
          if (((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->type == ENT_ACTOR_STATE)
            note_state_weight (s->ctx, m->actor, 5);
        }
    }
}

/* A capital named only as a place ("talks in Amman", "a researcher in
 * Berlin") does not put its state in the network; see
 * _ent_actors_to_network. */
static void
count_place_mentions (Sent *s)
{
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      if ((m->flags & M_LOC) && m->form == FORM_CAPITAL)
        ((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->place_mentions++;
    }
}

/* A mention first marked a place turns out to act ("the capital fired
 * at", "allies in the UAE"): no longer a place, nor counted as one */
static void
mention_acts (Sent *s, Ment *m)
{
  if ((m->flags & M_LOC) && m->form == FORM_CAPITAL)
    {
      EntXActor *a = g_ptr_array_index (s->ctx->actors, m->actor);
      if (a->place_mentions > 0)
        a->place_mentions--;
    }
  m->flags &= ~M_LOC;
}

/* ---------------------------------------------------------------------- */
/* clauses, quotes, speakers                                              */

static guint person_after_title (Sent *s, guint t);

/* ", and Slovakia's prime minister, X, warned ...": after a clause with
 * a verb of its own, ", and" + a party that is followed by a possessive,
 * an apposition or a verb opens a new clause with its own subject (a
 * list "on Iran, Syria, and Russia." is not one). */
static gboolean
and_new_subject (Sent *s, guint i, guint16 cl)
{
  guint j = i + 1, after;
  gboolean verb = FALSE;

  if (i < 2 || !tis (s, i, "and") || !tis (s, i - 1, ",") || j >= s->n)
    return FALSE;
  if (tis (s, j, "the") && j + 1 < s->n)
    j++;
  /* ", and President Donald Trump remarked" */
  if (s->ment_at[j] < 0)
    {
      guint pj = person_after_title (s, j);
      if (pj != G_MAXUINT && pj < s->n)
        j = pj;
    }
  if (s->ment_at[j] < 0 || (ment (s, s->ment_at[j])->flags & (M_LOC | M_SKIP)))
    return FALSE;
  after = ment (s, s->ment_at[j])->t1;
  if (after >= s->n)
    return FALSE;
  /* "operates alongside Mali's army, and Moscow has sent ...": a
   * singular verb, which no list ending in the name takes */
  if (after + 1 < s->n && (tis (s, after, "has") || tis (s, after, "is") || tis (s, after, "was")) &&
      is_word (s, after + 1) && !(tok (s, after + 1)->flags & TOK_CAP) && !(ment (s, s->ment_at[j])->flags & M_PLURAL))
    return TRUE;
  for (guint t = i - 1; t > 0 && s->clause[t - 1] == cl && !verb; t--)
    verb = s->cue_v[t - 1] != NULL || is_speech (s, t - 1);
  if (!verb)
    return FALSE;
  if ((tok (s, after - 1)->flags & TOK_POSS) || (tok (s, after)->flags & TOK_POSS) || tis (s, after, ",") ||
      s->cue_v[after])
    return TRUE;
  /* (literals: most are frequent words, compared by id) */
  if (tis (s, after, "has") || tis (s, after, "have") || tis (s, after, "had") || tis (s, after, "is") ||
      tis (s, after, "was") || tis (s, after, "were") || tis (s, after, "are") || tis (s, after, "will") ||
      tis (s, after, "would") || tis (s, after, "said") || tis (s, after, "says") || tis (s, after, "also"))
    return TRUE;
  /* ", and President Donald Trump remarked that ...", ", and Cairo
   * warned ...": a verb of its own */
  if ((is_speech (s, after) && !s->inq[after]) ||
      (is_word (s, after) && !(tok (s, after)->flags & TOK_CAP) && tsuffix (s, after, "ed", 3) &&
       !tis (s, after, "armed") && !tis (s, after, "backed") && !tis (s, after, "led") &&
       !tis (s, after, "based") && !tis (s, after, "linked") && !tis (s, after, "allied") &&
       !tis (s, after, "aligned") && !tis (s, after, "funded") && !tis (s, after, "trained") &&
       !tis (s, after, "affiliated") && !tis (s, after, "controlled") && !tis (s, after, "owned") &&
       !tis (s, after, "sponsored") && !tis (s, after, "supported") && !tis (s, after, "installed") &&
       !tis (s, after, "appointed") && !tis (s, after, "recognised") && !tis (s, after, "recognized")))
    return TRUE;
  return FALSE;
}

/* The closing quote of a short quoted phrase opening at @i (at most five
 * tokens, no punctuation inside), or G_MAXUINT. */
static guint
scare_quote_end (Sent *s, guint i)
{
  /* a noun phrase's slot: after "the", "its", "X's", or a name inside;
   * "were \"commanding the offensive\"" is a quotation */
  if (!(i > 0 && (is_determiner (s, i - 1) || (tok (s, i - 1)->flags & TOK_POSS))) &&
      !(i + 1 < s->n && s->ment_at[i + 1] >= 0))
    {
      /* "Spain has \"definitively\" recalled its ambassador": an
       * adverb quoted inside a clause that runs on in lower case */
      guint t = i + 2;
      if (i == 0 || t + 1 >= s->n || !is_word (s, i - 1) || (tok (s, i - 1)->flags & TOK_CAP) ||
          has_kind (s, i - 1, LEX_SPEECH) || !tsuffix (s, i + 1, "ly", 5) || !(tok (s, t)->flags & TOK_QUOTE) ||
          s->text[tok (s, t)->start] == '\'' || !is_word (s, t + 1) || (tok (s, t + 1)->flags & TOK_CAP) ||
          s->ment_at[t + 1] >= 0)
        return G_MAXUINT;
      return t;
    }
  for (guint t = i + 1; t < s->n && t <= i + 6; t++)
    {
      EntTok *k = tok (s, t);
      if ((k->flags & TOK_QUOTE) && s->text[k->start] != '\'')
        return t > i + 1 ? t : G_MAXUINT;
      if (!(k->flags & (TOK_WORD | TOK_DIGIT)) && !(k->flags & TOK_HYPHEN) && !tis (s, t, "-"))
        return G_MAXUINT;
    }
  return G_MAXUINT;
}

/* ", where Algeria has long backed the Polisario Front.": a clause of
 * its own to the sentence's end ("Ouagadougou, where Traore seized
 * power, accuses ..." goes back to its subject: not one; nor is ",
 * where he met with ...") */
static gboolean
where_to_end (Sent *s, guint i)
{
  /* (not "..., where he met with X": the pronoun's antecedent is in the
   * clause before) */
  if (i == 0 || !tis (s, i, "where") || !tis (s, i - 1, ",") || i + 1 >= s->n || subject_pronoun (s, i + 1))
    return FALSE;
  for (guint t = i + 1; t < s->n; t++)
    if (tis (s, t, ",") || tis (s, t, ";") || (tok (s, t)->flags & TOK_QUOTE))
      return FALSE;
  return TRUE;
}

static void
mark_clauses (Sent *s)
{
  guint16 cl = 0;
  gboolean inq = s->ctx->in_quote;

  for (guint i = 0; i < s->n; i++)
    {
      EntTok *t;

      /* most tokens are none of the marks tested below: no quote, no
       * clause word or speech verb, no ";", ":" or "and".  A run of them
       * is found first (loads only: the arrays stay in registers), then
       * given the clause and the quote at once */
      {
        const EntTok *tk = s->tk;
        const guint32 *kmask = s->kmask;
        const guint64 *wc = s->wc;
        guint16 *clause = s->clause;
        guint n = s->n, j = i;

        while (j < n && !(tk[j].flags & TOK_QUOTE) &&
               !(kmask[j] & ((1u << LEX_CLAUSE) | (1u << LEX_SPEECH))) && !(wc[j] & WC_CLAUSE_MARK))
          j++;
        if (j > i)
          {
            guint8 *q = s->inq;

            for (guint k = i; k < j; k++)
              {
                clause[k] = cl;
                q[k] = (guint8) inq;
              }
            i = j;
            if (i >= n)
              break;
          }
      }
      t = tok (s, i);
      if ((t->flags & TOK_QUOTE) && s->text[t->start] != '\'' && s->ment_at[i] < 0)
        {
          gboolean open;
          if (t->flags & TOK_OPEN_QUOTE && !(t->flags & TOK_CLOSE_QUOTE) && (s->text[t->start] != '"'))
            open = TRUE;
          else if (t->flags & TOK_CLOSE_QUOTE && s->text[t->start] != '"')
            open = FALSE;
          else
            open = !inq;
          /* scare quotes around a few words ("the \"Kiev regime\"", its
           * \"solidarity\"): no quotation, no new clause */
          guint e = open && !inq ? scare_quote_end (s, i) : G_MAXUINT;
          if (e != G_MAXUINT)
            {
              for (; i <= e; i++)
                {
                  s->clause[i] = cl;
                  s->inq[i] = inq;
                }
              i = e;
              continue;
            }
          if (open != inq)
            {
              inq = open;
              cl++;
            }
          s->clause[i] = cl;
          s->inq[i] = inq;
          continue;
        }
      /* "The United States, meanwhile, has taken ...": an adverb set off
       * by commas inside the clause opens none */
      if (i > 0 && has_kind (s, i, LEX_CLAUSE) && tis (s, i - 1, ",") &&
          tis (s, i + 1, ",") &&
          (tis (s, i, "meanwhile") || tis (s, i, "however") || tis (s, i, "though")))
        {
          s->clause[i] = cl;
          s->inq[i] = inq;
          continue;
        }
      if (tis (s, i, ";") || tis (s, i, ":") ||
          (has_kind (s, i, LEX_CLAUSE) && (i == 0 || tis (s, i - 1, ",") || kind_len (s, i, LEX_CLAUSE) > 1 ||
                                           tis (s, i, "but") || tis (s, i, "while") || tis (s, i, "whereas"))) ||
          (tis (s, i, "and") && and_new_subject (s, i, cl)) || where_to_end (s, i))
        cl++;
      s->clause[i] = cl;
      s->inq[i] = inq;
      if (is_speech (s, i) && !inq)
        {
          guint l = kind_len (s, i, LEX_SPEECH);
          for (guint k = 1; k < l && i + k < s->n; k++)
            {
              s->clause[i + k] = cl;
              s->inq[i + k] = inq;
            }
          i += l - 1;
          cl++;
          if (i + 1 < s->n && tis (s, i + 1, "that"))
            {
              i++;
              s->clause[i] = cl;
              s->inq[i] = inq;
            }
        }
    }
  /* a quote still open at the end carries into the next sentence of the
   * paragraph, but not forever (an unbalanced quote) */
  if (inq)
    {
      s->ctx->quote_age++;
      s->ctx->in_quote = s->ctx->quote_age <= 6;
      if (!s->ctx->in_quote)
        s->ctx->quote_age = 0;
    }
  else
    {
      s->ctx->in_quote = FALSE;
      s->ctx->quote_age = 0;
    }
}

static gboolean
is_party (const Ment *m)
{
  return !(m->flags & (M_LOC | M_SKIP));
}

/* A mention of @actor made for a party the sentence names only by a
 * pronoun, a noun or not at all (no tokens: "condemned the coup", "his
 * main backer"); its index */
static int
virtual_ment (Sent *s, int actor)
{
  Ment m = { 0, 0, actor, 0, FORM_NAME };
  EntActorType type = ((EntXActor *) g_ptr_array_index (s->ctx->actors, actor))->type;

  if (type == ENT_ACTOR_LEADER || type == ENT_ACTOR_PERSON)
    m.flags |= M_INDIV;
  g_array_append_val (s->ments, m);
  return s->ments->len - 1;
}

/* "Qatar's foreign minister said", "the Saudi army chief wrote": an
 * unnamed office-holder speaks for the state or group before the title
 * ending at token @v (the speech verb); its mention, or -1 */
static int
office_speaker (Sent *s, guint v)
{
  for (guint l = 1; l <= 4 && l + 1 <= v; l++)
    {
      guint t = v - l;
      int k = -1;

      if (kind_len (s, t, LEX_TITLE) != l || (tok (s, t)->flags & TOK_CAP) || s->inq[t])
        continue;
      if (t >= 2 && (tok (s, t - 1)->flags & TOK_POSS))
        k = s->ment_at[t - 2];
      else
        k = s->ment_at[t - 1];
      if (k >= 0 && is_party (ment (s, k)) && !(ment (s, k)->flags & M_INDIV))
        return k;
    }
  return -1;
}

static void
find_speaker (Sent *s)
{
  EntXCtx *ctx = s->ctx;

  s->speaker = -1;
  s->speech_pos = G_MAXUINT;
  /* (no speech verb: no token is_speech()) */
  for (guint i = 0; i < s->n && (s->kind_any & (1u << LEX_SPEECH)); i++)
    {
      if (!is_speech (s, i) || s->inq[i])
        continue;
      if (s->speech_pos == G_MAXUINT)
        s->speech_pos = i;
      /* "Qadri said", "Bakush considers", "JNIM also said" */
      guint v = i;
      while (v > 1 && i - v < 2 && s->ment_at[v - 1] < 0 &&
             (tis (s, v - 1, "also") || tis (s, v - 1, "later") || tis (s, v - 1, "has") ||
              tis (s, v - 1, "have") || tis (s, v - 1, "had") || tis (s, v - 1, "earlier") ||
              tis (s, v - 1, "separately") || tis (s, v - 1, "repeatedly") || tis (s, v - 1, "publicly")))
        v--;
      if (v > 0 && s->ment_at[v - 1] >= 0)
        {
          Ment *m = &g_array_index (s->ments, Ment, s->ment_at[v - 1]);
          if (!(m->flags & (M_LOC | M_SKIP)))
            {
              guint l = kind_len (s, i, LEX_SPEECH);
              guint c = m->t0;
              m->flags |= M_SPEAKER;
              s->speaker = m->actor;
              /* a closing tag "..., the Treasury Department said.": the
               * speaker reports, it is no party of the clause before */
              if (c > 0 && tis (s, c - 1, "the"))
                c--;
              if (c > 1 && tis (s, c - 1, ",") && !s->inq[c - 1] &&
                  (i + l >= s->n || (i + l + 1 == s->n && tis (s, i + l, "."))))
                {
                  guint16 last = s->clause[s->n - 1] + 1;
                  for (guint t = c - 1; t < s->n; t++)
                    s->clause[t] = last;
                }
              break;
            }
        }
      {
        int holder = office_speaker (s, v);
        if (holder >= 0)
          {
            ment (s, holder)->flags |= M_SPEAKER;
            s->speaker = ment (s, holder)->actor;
            break;
          }
      }
      if (i > 0 && (tis (s, i - 1, "he") || tis (s, i - 1, "she")) && ctx->last_speaker >= 0)
        {
          s->speaker = ctx->last_speaker;
          break;
        }
      /* "..., said the head of ..., Belkacem Dabars" */
      if (i > 0 && (tis (s, i - 1, ",") || (tok (s, i - 1)->flags & TOK_QUOTE)))
      {
        guint l = kind_len (s, i, LEX_SPEECH);
        int fallback = -1;
        for (guint j = i + l; j < s->n && j < i + l + 24 && !s->inq[j]; j++)
          if (s->ment_at[j] >= 0)
            {
              Ment *m = &g_array_index (s->ments, Ment, s->ment_at[j]);
              if (m->flags & (M_LOC | M_SKIP))
                continue;
              if (m->flags & M_INDIV)
                {
                  m->flags |= M_SPEAKER;
                  s->speaker = m->actor;
                  break;
                }
              if (fallback < 0 && j <= i + l + 1)
                fallback = s->ment_at[j];
            }
        if (s->speaker < 0 && fallback >= 0)
          {
            Ment *m = &g_array_index (s->ments, Ment, fallback);
            m->flags |= M_SPEAKER;
            s->speaker = m->actor;
          }
        if (s->speaker >= 0)
          break;
      }
    }
  if (s->speaker < 0 && s->n > 0 && s->inq[0] && ctx->last_speaker >= 0)
    s->speaker = ctx->last_speaker;   /* inside a quote spanning sentences */
  if (s->speaker >= 0)
    {
      ctx->last_speaker = s->speaker;
      ctx->last_speaker_sent = s->sent;
    }
}

/* ---------------------------------------------------------------------- */
/* relations                                                              */

typedef struct {
  int m[24];
  guint n;
} MSet;

static void
mset_add (MSet *set, int m)
{
  for (guint i = 0; i < set->n; i++)
    if (set->m[i] == m)
      return;
  if (set->n < G_N_ELEMENTS (set->m))
    set->m[set->n++] = m;
}


static gboolean
is_connector (Sent *s, guint t)
{
  return (tok (s, t)->flags & TOK_HYPHEN) || (word_class (s, t) & WC_CONNECTOR);
}

/* After the possessive at @a: "'s army", "'s internationally recognised
 * government", a state's own body standing for it; the token after it,
 * or G_MAXUINT */
static guint
own_government_end (Sent *s, guint a)
{
  guint u = a + 1;

  while (u < s->n && u < a + 3 && is_word (s, u) && !has_kind (s, u, LEX_GOV_FORM) && s->ment_at[u] < 0)
    u++;
  if (u >= s->n || !is_word (s, u) || !has_kind (s, u, LEX_GOV_FORM))
    return G_MAXUINT;
  while (u < s->n && is_word (s, u) && has_kind (s, u, LEX_GOV_FORM))
    u++;
  return u;
}

/* "an al Qaeda affiliate", "a Hezbollah ally", "another Iranian ally":
 * the mention @m, between an indefinite article and an agent noun, says
 * whose ally it is */
static gboolean
article_named_agent (Sent *s, const Ment *m)
{
  return m->t0 > 0 && m->t1 < s->n &&
         (tis (s, m->t0 - 1, "a") || tis (s, m->t0 - 1, "an") || tis (s, m->t0 - 1, "another")) &&
         s->cue[m->t1] != NULL && s->cue[m->t1]->form == CUE_AGENT_NOUN;
}

static gboolean
gap_coordinates (Sent *s, guint a, guint b)
{
  guint other = 0;
  gboolean conj = FALSE;

  /* "the Tarvani Liberation Front (TLF) and ...": past the acronym */
  if (b > a + 3 && tis (s, a, "(") && tis (s, a + 2, ")") && s->ment_at[a + 1] < 0 &&
      (tok (s, a + 1)->flags & TOK_UPPER))
    a += 2;
  /* "Sudan's army and the RSF", "Yemen's internationally recognised
   * government, the Maldives and ...": a state's own army is the state */
  if (b > a + 2 && (tok (s, a)->flags & TOK_POSS) && own_government_end (s, a) != G_MAXUINT)
    a = own_government_end (s, a);
  if (b < a || b - a > 4)
    return FALSE;
  if (b == a)
    return FALSE;
  /* "the Arakan Army (AA)": the name and its acronym, one party */
  if (b == a + 1 && tis (s, a, "("))
    return TRUE;
  /* "al Shabaab, an al Qaeda affiliate", "Hamas, another Iranian ally":
   * an apposition, no list */
  if (s->ment_at[b] >= 0 && article_named_agent (s, ment (s, s->ment_at[b])))
    return FALSE;
  /* "Viv Ansanm and another gang, Gran Grif," */
  if (b == a + 4 && (tis (s, a, "and") || tis (s, a, "or")) &&
      (tis (s, a + 1, "another") || tis (s, a + 1, "a") || tis (s, a + 1, "the")) && is_word (s, a + 2) &&
      !s->cue[a + 2] && !s->cue_v[a + 2] && tis (s, a + 3, ","))
    return TRUE;
  for (guint t = a; t < b; t++)
    {
      if ((s->cue[t] && s->cue[t]->form != CUE_AGENT_NOUN) ||
          (s->cue_v[t] && !(s->cue[t] && s->cue[t]->form == CUE_AGENT_NOUN)) ||
          has_kind (s, t, LEX_SPEECH) || has_kind (s, t, LEX_CLAUSE) || has_kind (s, t, LEX_NEGATION) ||
          (has_kind (s, t, LEX_RELATIVE) && t > a && tis (s, t - 1, ",")))   /* "X, which Y ..." */
        return FALSE;
      if (s->cue[t])
        continue;   /* "Tehran and its ally Hezbollah" */
      /* "targets for the Russian army, should Washington supply": a
       * modal opens a clause */
      if (tis (s, t, "should") || tis (s, t, "would") || tis (s, t, "could") || tis (s, t, "will") ||
          tis (s, t, "must") || tis (s, t, "might") || tis (s, t, "may") || tis (s, t, "can"))
        return FALSE;
      /* "Lashkar-e-Taiba (LeT) and Jaish-e-Mohammed": after an acronym */
      if (t == a && tis (s, t, ")") && (tis (s, t + 1, "and") || tis (s, t + 1, "or")))
        continue;
      /* "Mozambican forces and those from SADC" */
      /* ("... and forces from SADC", "and troops from Burundi") */
      if (t > a &&
          (tis (s, t, "those") || tis (s, t, "forces") || tis (s, t, "troops") || tis (s, t, "soldiers") ||
           tis (s, t, "units") || tis (s, t, "contingents")) &&
          t + 2 == b && (tis (s, t + 1, "of") || tis (s, t + 1, "from")))
        {
          t++;
          continue;
        }
      /* a list of named acronyms: "the MNDAA (MNDAA), the TNLA (TNLA)
       * and ...", not an apposition "(CSTO), the Moscow-led bloc" */
      if (t == a && tis (s, t, ")") && tis (s, t + 1, ",") && s->ment_at[b] >= 0 &&
          tis (s, ment (s, s->ment_at[b])->t1, "("))
        continue;
      /* "the Three Brotherhood Alliance - the MNDAA, the TNLA and the AA -" */
      if (tis (s, t, "and") || tis (s, t, "or") || tis (s, t, ",") || (tok (s, t)->flags & TOK_HYPHEN) ||
          is_dash (s, t))
        conj = TRUE;
      else if (!is_connector (s, t))
        {
          /* "helped the rebels, prompting Mali to ...": a participle
           * opens a clause of its own */
          guint fl = tok (s, t)->fold_len;
          /* ("Algeria and neighbouring Morocco": an adjective) */
          if (fl > 4 && memcmp (tfold (s, t) + fl - 3, "ing", 3) == 0 && !tis (s, t, "including") &&
              !tis (s, t, "neighbouring") && !tis (s, t, "neighboring"))
            return FALSE;
          /* "a break with Algiers, and left Moscow caught between": a
           * verb of its own after ", and" */
          if (t >= a + 2 && tis (s, t - 1, "and") && tis (s, t - 2, ",") &&
              ((fl > 4 && memcmp (tfold (s, t) + fl - 2, "ed", 2) == 0 && !tis (s, t, "allied")) ||
               tis (s, t, "left") || tis (s, t, "sent") || tis (s, t, "made") || tis (s, t, "kept") ||
               tis (s, t, "put") || tis (s, t, "took") || tis (s, t, "gave") || tis (s, t, "told")))
            return FALSE;
          if (!is_word (s, t) || ++other > 1)
            return FALSE;
        }
    }
  return conj;
}

/* The party at @k and the parties coordinated with it (forward). */
static guint person_after_title (Sent *s, guint t);

static void coord_forward_list (Sent *s, int k, MSet *out);
static int party_after (Sent *s, guint from, guint16 cl, guint limit);

/* "these countries" (M_PLURAL) in a set: a virtual mention for each
 * state it stands for, so that the set is the list; TRUE when it did */
static gboolean
plural_expand (Sent *s, int k, MSet *out)
{
  EntXCtx *ctx = s->ctx;

  if (!(ment (s, k)->flags & M_PLURAL))
    return FALSE;
  for (guint i = 0; i < ctx->plural_n; i++)
    mset_add (out, virtual_ment (s, ctx->plural[i]));
  return TRUE;
}

static void
coord_forward (Sent *s, int k, MSet *out)
{
  guint n0 = out->n;

  if (G_UNLIKELY (plural_expand (s, k, out)))
    return;

  mset_add (out, k);
  coord_forward_list (s, k, out);
  /* "condemned both the militia attack in Irbil and the US response" */
  if (out->n == n0 + 1 && (s->wx_any & WX_BOTH))
    {
      Ment *m = ment (s, k);
      guint p = m->t0;
      while (p > 0 && m->t0 - p < 3 && !tis (s, p - 1, "both") &&
             (is_determiner (s, p - 1) || (is_word (s, p - 1) && s->ment_at[p - 1] < 0 && !s->cue[p - 1] &&
                                           !s->cue_v[p - 1])))
        p--;
      if (p > 0 && tis (s, p - 1, "both"))
        for (guint t = m->t1; t + 1 < s->n && t < m->t1 + 8 && s->clause[t] == s->clause[m->t0] && !tis (s, t, ",");
             t++)
          if (tis (s, t, "and"))
            {
              int j = party_after (s, t + 1, s->clause[m->t0], 3);
              if (j >= 0)
                coord_forward_list (s, j, out);
              break;
            }
    }
}

/* The parties coordinated after mention @k ("A, B and C"), @k itself
 * included */
static void
coord_forward_list (Sent *s, int k, MSet *out)
{
  mset_add (out, k);
  for (guint j = k + 1; j < s->ments->len; j++)
    {
      Ment *prev = ment (s, j - 1), *m = ment (s, j);
      if (s->clause[m->t0] != s->clause[prev->t0])
        break;
      /* "X and Azerbaijani President Y": the state names Y's office */
      if ((prev->flags & M_LOC) && person_after_title (s, prev->t1) == m->t0)
        {
          if (is_party (m))
            mset_add (out, j);
          continue;
        }
      /* "X (XA)": the same actor's acronym, no second party */
      if (m->actor == prev->actor && m->t0 == prev->t1 + 1 && tis (s, prev->t1, "(") && tis (s, m->t1, ")"))
        continue;
      /* "X, known as Y, ...": one person, and the list ends with him */
      if (m->actor == prev->actor && m->t0 >= 2 && m->t0 <= prev->t1 + 4 &&
          (tis (s, m->t0 - 1, "as") || tis (s, m->t0 - 1, "nicknamed") ||
           ((tok (s, m->t0 - 1)->flags & TOK_QUOTE) && m->t0 >= 3 &&
            (tis (s, m->t0 - 2, "as") || tis (s, m->t0 - 2, "nicknamed")))))
        break;
      if (!gap_coordinates (s, prev->t1, m->t0))
        break;
      if (is_party (m))
        mset_add (out, j);
    }
}

/* The comma that closes a subordinate clause opening the sentence
 * ("While ..., ", "Although ..., "), or G_MAXUINT */
static guint
opening_clause_end (Sent *s)
{
  /* "while", "although", "though", "as", "when", "if", "because",
   * "since", "after", "before", "whereas", "once", "until", "despite",
   * "amid", "unlike" */
  /* (and "According to the US Pentagon, Moscow has supplied ...": the
   * source is no part of the subject) */
  if (!(word_class (s, 0) & WC_SUBORDINATE) && !(s->n > 3 && tis (s, 0, "according") && tis (s, 1, "to")))
    {
      /* "Defying Ukraine, Putin signed ...", "Citing security concerns,
       * the government ...": an opening participle's phrase, when a
       * subject follows its comma ("Fighting between A and B, which
       * ..." is the subject itself) */
      if (s->n < 5 || !tsuffix (s, 0, "ing", 4) || !is_cap (s, 0))
        return G_MAXUINT;
      for (guint t = 1; t + 1 < s->n && t < 16; t++)
        if (tis (s, t, ","))
          return is_cap (s, t + 1) || subject_pronoun (s, t + 1) || tis (s, t + 1, "we") ? t : G_MAXUINT;
      return G_MAXUINT;
    }
  for (guint t = 1; t < s->n; t++)
    if (tis (s, t, ","))
      return t;
  return G_MAXUINT;
}

static void
coord_backward (Sent *s, int k, MSet *out)
{
  guint n0 = out->n;

  if (G_UNLIKELY (plural_expand (s, k, out)))
    return;

  mset_add (out, k);
  for (int j = k - 1; j >= 0; j--)
    {
      Ment *next = ment (s, j + 1), *m = ment (s, j);
      if (s->clause[m->t0] != s->clause[next->t0])
        break;
      /* "Armenian Prime Minister X and ...": the state names X's office */
      if ((m->flags & M_LOC) && person_after_title (s, m->t1) == next->t0)
        continue;
      /* "India's Modi and China's Xi met": the state's leader, one party */
      if ((next->flags & M_INDIV) && is_party (next) &&
          (((tok (s, m->t1 - 1)->flags & TOK_POSS) && m->t1 == next->t0) ||
           (m->t1 < s->n && (tok (s, m->t1)->flags & TOK_POSS) && !is_word (s, m->t1) && m->t1 + 1 == next->t0)))
        continue;
      if (!gap_coordinates (s, m->t1, next->t0))
        break;
      /* "While Baghdad's attention is fixed on the Americans, Turkey has
       * ...": the comma closing an opening subordinate clause */
      if (s->open_end >= m->t1 && s->open_end < next->t0)
        break;
      if (is_party (m))
        mset_add (out, j);
    }
  /* "clashes between A and B, which control ...", "... with support from
   * X": the two sides of "between" do not act together */
  if (out->n > n0 + 1)
    {
      guint first = ment (s, out->m[out->n - 1])->t0;
      if (first > 0 && is_determiner (s, first - 1))
        first--;
      /* but "an alliance between Mali, Burkina Faso and Niger" acts as one */
      if (first > 0 && tis (s, first - 1, "between") &&
          !(first >= 2 && (tis (s, first - 2, "alliance") || tis (s, first - 2, "pact") ||
                           tis (s, first - 2, "partnership") || tis (s, first - 2, "confederation") ||
                           tis (s, first - 2, "coalition") || tis (s, first - 2, "union"))))
        out->n = n0 + 1;
    }
}

static gboolean
is_determiner (Sent *s, guint t)
{
  return (word_class (s, t) & WC_DETERMINER) != 0;
}

static gboolean
is_object_prep (Sent *s, guint t)
{
  return (word_class (s, t) & WC_OBJECT_PREP) != 0;
}

/* The party that is the object right after token @from: only a
 * preposition, determiners and one modifier may come between ("supports
 * the rival Haftar", "met with Russian officials"), so "to shore up the
 * ceasefire after Israeli strikes" has no object. */
/* The first token of a person named right after the office starting at
 * token @t ("President X", "army chief X"), G_MAXUINT if none. */
static guint
person_after_title (Sent *s, guint t)
{
  guint j = t;

  while (j < s->n && has_kind (s, j, LEX_TITLE))
    j += kind_len (s, j, LEX_TITLE);
  if (j == t || j >= s->n || s->ment_at[j] < 0 || !(ment (s, s->ment_at[j])->flags & M_INDIV))
    return G_MAXUINT;
  return j;
}

/* The token after "government and (the) people of" at @t ("solidarity
 * with the government and people of Mali"), or G_MAXUINT */
static guint
government_and_people (Sent *s, guint t)
{
  guint u;

  if (t + 4 >= s->n || !(tis (s, t, "government") || tis (s, t, "authorities")) || !tis (s, t + 1, "and"))
    return G_MAXUINT;
  u = t + 2 + (tis (s, t + 2, "the") ? 1 : 0);
  return u + 2 < s->n && tis (s, u, "people") && tis (s, u + 1, "of") ? u + 2 : G_MAXUINT;
}

/* The person a title or role names after at most three lower-case
 * modifiers from @u: "self-exiled opposition leader Edmundo Gonzalez",
 * "novelist X"; G_MAXUINT */
static guint
titled_person_after (Sent *s, guint u)
{
  guint w = u, p;

  if (!(s->kind_any & ((1u << LEX_TITLE) | (1u << LEX_ROLE))))
    return G_MAXUINT;
  /* ("Bosnian Serb nationalist leader X": past a second demonym) */
  while (w < s->n && w < u + 4 && !has_kind (s, w, LEX_TITLE) && !has_kind (s, w, LEX_ROLE) &&
         (s->ment_at[w] >= 0 ? ment (s, s->ment_at[w])->form == FORM_ADJ && ment (s, s->ment_at[w])->t0 == w &&
                                 ment (s, s->ment_at[w])->t1 == w + 1
                             : !s->cue[w] && !s->cue_v[w] &&
                                 ((is_word (s, w) && !is_cap (s, w)) || (tok (s, w)->flags & TOK_HYPHEN)) &&
                                 !is_object_prep (s, w) && !has_kind (s, w, LEX_RELATIVE) && !tis (s, w, "and") &&
                                 !tis (s, w, "or") && !tis (s, w, "but") && !tis (s, w, "in")))
    w++;
  if ((p = person_after_title (s, w)) != G_MAXUINT)
    return p;
  if (w < s->n && has_kind (s, w, LEX_ROLE) && (p = w + kind_len (s, w, LEX_ROLE)) < s->n && s->ment_at[p] >= 0 &&
      ment (s, s->ment_at[p])->t0 == p && (ment (s, s->ment_at[p])->flags & M_INDIV))
    return p;
  return G_MAXUINT;
}

static int party_after (Sent *s, guint from, guint16 cl, guint limit);

/* "allies in the UAE" from "in" at @t: the state the allies are, its
 * mention no longer a place; -1 */
static int
allies_in (Sent *s, guint t)
{
  Ment *m;

  if (t + 1 >= s->n || !tis (s, t, "in"))
    return -1;
  t++;
  if (tis (s, t, "the") && t + 1 < s->n)
    t++;
  if (s->ment_at[t] < 0 || ment (s, s->ment_at[t])->t0 != t)
    return -1;
  m = ment (s, s->ment_at[t]);
  if ((m->flags & M_INDIV) || (m->flags & M_SKIP) ||
      ((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->type != ENT_ACTOR_STATE)
    return -1;
  mention_acts (s, m);
  return s->ment_at[t];
}

/* The party an "X-backed" compound qualifies, from token @after: "the
 * Iran-backed Houthis", "Turkish-backed fighters from the X Front"; -1 */
static int
backed_phrase (Sent *s, guint after, guint16 cl)
{
  int k;

  /* "the Armenian-backed, unrecognised republic" */
  if (after + 1 < s->n && tis (s, after, ","))
    after++;
  /* "ousted a Saudi-backed government from Sanaa": the noun is unnamed,
   * what "from" names is somewhere else */
  if (after + 2 < s->n && is_word (s, after) && s->ment_at[after] < 0 && !(tok (s, after)->flags & TOK_CAP) &&
      tis (s, after + 1, "from") && !(word_class (s, after) & WC_PART_OF))
    return -1;
  k = party_after (s, after, cl, 3);
  if (k < 0 && after + 2 < s->n && (word_class (s, after) & WC_PART_OF) &&
      (tis (s, after + 1, "from") || tis (s, after + 1, "of")))
    k = party_after (s, after + 2, cl, 3);
  /* "the al-Qaeda-linked militant group Al-Shabab", "the UN-backed
   * government led by Prime Minister X" */
  /* ("Lebanon's Iran-backed Shiite militant movement Hezbollah": past a
   * capitalised adjective when a group's noun ends the run) */
  if (k < 0)
    {
      guint t = after;
      gboolean cap = FALSE;
      while (t < s->n && t < after + 4 && s->ment_at[t] < 0 && is_word (s, t) && !s->cue[t] && !s->cue_v[t] &&
             (!(tok (s, t)->flags & TOK_CAP) || t == after))
        cap |= (tok (s, t++)->flags & TOK_CAP) != 0;
      if (t > after && t < s->n && s->ment_at[t] >= 0 && ment (s, s->ment_at[t])->t0 == t &&
          is_party (ment (s, s->ment_at[t])) && !(ment (s, s->ment_at[t])->flags & M_INDIV) &&
          (t - after <= 3 || group_noun (s, t - 1)) && (!cap || group_noun (s, t - 1)))
        k = s->ment_at[t];
      else if (t > after && t + 2 < s->n && (tis (s, t - 1, "government") || tis (s, t - 1, "administration")) &&
               (tis (s, t, "led") || tis (s, t, "headed")) && tis (s, t + 1, "by"))
        k = party_after (s, t + 2, cl, 4);
    }
  return k;
}

/* "coalition partner the UAE", "longtime ally Belarus": a noun like
 * "ally" at @t set before a party as its title; the token of the party,
 * or G_MAXUINT */
static guint
appositive_title (Sent *s, guint t)
{
  guint u = t;

  if (u + 1 < s->n && ((s->cue[u] && s->cue[u]->form == CUE_NOUN && !s->cue_v[u]) ||
                       (word_class (s, u) & WC_ALLY_MOD)))
    u++;
  if (!(s->cue[u] && s->cue[u]->form == CUE_AGENT_NOUN) || (tok (s, u)->flags & TOK_POSS))
    return G_MAXUINT;
  u++;
  if (u < s->n && tis (s, u, "the"))
    u++;
  if (u < s->n && s->ment_at[u] >= 0 && is_party (ment (s, s->ment_at[u])))
    return u;
  return G_MAXUINT;
}

/* "its", "their", "his", "her" */
static inline gboolean
possessive_pronoun (Sent *s, guint t)
{
  return tis (s, t, "its") || tis (s, t, "their") || tis (s, t, "his") || tis (s, t, "her");
}

/* a noun for a state set before its name: "country", "emirate" */
static gboolean
state_noun (Sent *s, guint t)
{
  /* "country", "nation", "state", "emirate", "kingdom", "monarchy",
   * "republic", "neighbour", "neighbor" */
  return (wx (s, t) & WX_STATE_NOUN) != 0;
}

/* A monarchy's word for its state: "the kingdom", "the emirate", "the
 * sultanate" (never a person) */
static inline gboolean
realm_noun (Sent *s, guint t)
{
  return tis (s, t, "kingdom") || tis (s, t, "emirate") || tis (s, t, "sultanate");
}

/* "linked to", "tied to", "connected to", "belonging to" at @u */
static inline gboolean
linked_to (Sent *s, guint u)
{
  return u + 1 < s->n && tis (s, u + 1, "to") &&
         (tis (s, u, "linked") || tis (s, u, "tied") || tis (s, u, "connected") || tis (s, u, "belonging"));
}

/* "held by", "occupied by", "controlled by", "run by", "used by",
 * "manned by", "operated by" at @u */
static inline gboolean
held_by (Sent *s, guint u)
{
  return u + 1 < s->n && tis (s, u + 1, "by") &&
         (tis (s, u, "held") || tis (s, u, "occupied") || tis (s, u, "controlled") || tis (s, u, "run") ||
          tis (s, u, "used") || tis (s, u, "manned") || tis (s, u, "operated"));
}

/* "Gulf Arab country Qatar", "neighbouring state Niger": a description
 * of up to three words ending in a noun for a state, set before a name
 * as its title, starting at @t; the token where the name starts, or
 * G_MAXUINT */
static guint
state_described_at (Sent *s, guint t)
{
  guint u = t;

  while (u < s->n && u < t + 3 && is_word (s, u) && !s->cue[u] && !s->cue_v[u] && !state_noun (s, u))
    u++;
  if (u + 1 < s->n && is_word (s, u) && state_noun (s, u) && s->ment_at[u + 1] >= 0 &&
      ment (s, s->ment_at[u + 1])->t0 == u + 1)
    return u + 1;
  return G_MAXUINT;
}

/* Whether mention @m names whose rebels follow: "Burundi's Red Tabara
 * rebels", "Burundian rebels", "Syria's armed opposition" */
static gboolean rebels_of_uncached (Sent *s, const Ment *m);

static gboolean
rebels_of (Sent *s, Ment *m)
{
  /* (asked for every pair emitted: worked out once per mention) */
  if (!(m->flags & M_REBELS_KNOWN))
    m->flags |= M_REBELS_KNOWN | (rebels_of_uncached (s, m) ? M_REBELS : 0);
  return (m->flags & M_REBELS) != 0;
}

static gboolean
rebels_of_uncached (Sent *s, const Ment *m)
{
  guint u = m->t1;

  if (u == 0 || u <= m->t0)
    return FALSE;
  if (u < s->n && (tok (s, u)->flags & TOK_POSS))
    u++;
  if (u >= s->n || !is_word (s, u) ||
      ((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->type != ENT_ACTOR_STATE)
    return FALSE;
  /* (past a name: "Red Tabara") */
  for (guint end = MIN (s->n, u + 4); u < end; u++)
    {
      if (!is_word (s, u))
        return FALSE;
      switch (tfold (s, u)[0])
        {
        case 'r':
          if (tis (s, u, "rebels") || tis (s, u, "rebel") || tis (s, u, "rebellion"))
            return TRUE;
          break;
        case 'i':
          if (tis (s, u, "insurgents") || tis (s, u, "insurgency"))
            return TRUE;
          break;
        case 's':
          if (tis (s, u, "separatists"))
            return TRUE;
          break;
        case 'd':
          if (tis (s, u, "dissidents"))
            return TRUE;
          break;
        case 'g':
          if (tis (s, u, "guerrillas"))
            return TRUE;
          break;
        case 'o':
          if (tis (s, u, "opposition") || tis (s, u, "opponents"))
            return TRUE;
          break;
        default:
          break;
        }
      if (s->ment_at[u] >= 0 || !(tok (s, u)->flags & TOK_CAP))
        return FALSE;
    }
  return FALSE;
}

static guint number_word (Sent *s, guint t);

static int
party_after (Sent *s, guint from, guint16 cl, guint limit)
{
  guint other = 0;
  guint prep = 0;
  guint j;

  for (guint t = from; t < s->n && t < from + limit && s->clause[t] == cl; t++)
    {
      /* "will unite without Russia": left out, no party of the act;
       * "despite EU sanctions", "amid X's objections": a circumstance */
      if (tis (s, t, "without") || tis (s, t, "despite") || tis (s, t, "amid"))
        return -1;
      if (s->ment_at[t] >= 0)
        {
          Ment *m = ment (s, s->ment_at[t]);
          /* "against the Saudi-backed Yemeni army": the party the
           * compound qualifies, and none for "Saudi-backed forces" */
          /* "stop bombing Yemen's Houthis": the possessed */
          if (is_party (m) && m->t1 + 1 < s->n && ((tok (s, m->t1 - 1)->flags & TOK_POSS) || (tok (s, m->t1)->flags & TOK_POSS)))
            {
              guint u = m->t1 + ((tok (s, m->t1)->flags & TOK_POSS) ? 1 : 0);
              guint v = u < s->n && s->ment_at[u] >= 0 ? ment (s, s->ment_at[u])->t1 : u;
              /* but "against Sweden's NATO application": the one
               * applying, the bloc only names the goal */
              if (v > u && v < s->n &&
                  (tprefix (s, v, "application") || tis (s, v, "bid") || tis (s, v, "bids") ||
                   tis (s, v, "membership") || tis (s, v, "accession") || tis (s, v, "candidacy") ||
                   tis (s, v, "aspirations") || tis (s, v, "ambitions")))
                return s->ment_at[m->t0];
              /* ("Lebanon's Iran-backed Shiite militant movement
               * Hezbollah": the movement, not its backer) */
              if (u < s->n && s->ment_at[u] >= 0 && ment (s, s->ment_at[u])->t0 == u &&
                  backer_compound (s, ment (s, s->ment_at[u])->t1))
                {
                  int b = backed_phrase (s, ment (s, s->ment_at[u])->t1 + 2, cl);
                  if (b >= 0)
                    return b;
                }
              if (u < s->n && s->ment_at[u] >= 0 && ment (s, s->ment_at[u])->t0 == u &&
                  is_party (ment (s, s->ment_at[u])) && ment (s, s->ment_at[u])->actor != m->actor)
                return s->ment_at[u];
              /* "met Venezuela's self-exiled opposition leader Edmundo
               * Gonzalez": the one holding the office */
              if ((j = titled_person_after (s, u)) != G_MAXUINT && ment (s, s->ment_at[j])->actor != m->actor)
                return s->ment_at[j];
              /* "to defend Syria's Druze minority": a people of the
               * state, which may be at odds with it */
              {
                static const char *const people[] = { "minority", "minorities", "community", "communities",
                                                      "tribes", "clans", NULL };
                if (u < s->n && (tis_among (s, u, people) ||
                                 (u + 1 < s->n && is_word (s, u) && s->ment_at[u] < 0 && tis_among (s, u + 1, people))))
                  return -1;
              }
              /* "talks with Deby's killers": those who killed him,
               * nobody named */
              if (tis (s, u, "killers") || tis (s, u, "killer") || tis (s, u, "murderers") || tis (s, u, "assassins") ||
                  tis (s, u, "attackers") || tis (s, u, "captors") || tis (s, u, "kidnappers") ||
                  tis (s, u, "abductors"))
                return -1;
            }
          /* "Russian mercenaries from the Kremlin-linked Wagner Group":
           * the group they are from */
          if (m->form == FORM_ADJ && is_party (m) && m->t1 + 2 < s->n &&
              (tis (s, m->t1 + 1, "from") || tis (s, m->t1 + 1, "of")) &&
              (tis (s, m->t1, "mercenaries") || tis (s, m->t1, "fighters") || tis (s, m->t1, "instructors") ||
               tis (s, m->t1, "contractors") || tis (s, m->t1, "militiamen")))
            {
              int k = party_after (s, m->t1 + 2, cl, 5);
              if (k >= 0 && ment (s, k)->actor != m->actor &&
                  ((EntXActor *) g_ptr_array_index (s->ctx->actors, ment (s, k)->actor))->type == ENT_ACTOR_GROUP)
                return k;
            }
          /* "the Russian mercenary group Wagner": the group named */
          if (m->form == FORM_ADJ && is_party (m))
            {
              guint u = m->t1;
              while (u < s->n && u < m->t1 + 3 && s->ment_at[u] < 0 && is_word (s, u) &&
                     !(tok (s, u)->flags & TOK_CAP) && !s->cue[u] && !s->cue_v[u] &&
                     !(word_class (s, u) & WC_SUBORDINATE) && !tis (s, u, "without"))
                u++;
              if (u > m->t1 && u < s->n && s->ment_at[u] >= 0 && ment (s, s->ment_at[u])->t0 == u &&
                  is_party (ment (s, s->ment_at[u])) && !(ment (s, s->ment_at[u])->flags & M_INDIV) &&
                  ((EntXActor *) g_ptr_array_index (s->ctx->actors, ment (s, s->ment_at[u])->actor))->type ==
                    ENT_ACTOR_GROUP)
                return s->ment_at[u];
            }
          /* "stood by its NATO ally": the ally, a member unnamed; "its
           * uneasy NATO ally Greece": the ally named */
          if (is_party (m) && m->t1 < s->n && s->cue[m->t1] && s->cue[m->t1]->form == CUE_AGENT_NOUN &&
              !(tok (s, m->t1 - 1)->flags & TOK_POSS) && m->t0 > 0 &&
              (possessive_pronoun (s, m->t0 - 1) ||
               (m->t0 > 1 && possessive_pronoun (s, m->t0 - 2) && is_word (s, m->t0 - 1) &&
                !(tok (s, m->t0 - 1)->flags & TOK_CAP) && s->ment_at[m->t0 - 1] < 0)))
            {
              guint named = appositive_title (s, m->t1);
              if (named == G_MAXUINT)
                return -1;
              return s->ment_at[named];
            }
          /* "backed by Saudi Arabia's allies in the UAE": the allies
           * (but "strikes on Iran's allies in Iraq" are not on Iraq) */
          if (is_party (m) && m->t1 + 2 < s->n && m->t0 > 0 && tis (s, m->t0 - 1, "by") &&
              ((tok (s, m->t1 - 1)->flags & TOK_POSS) || (tok (s, m->t1)->flags & TOK_POSS)))
            {
              guint u = m->t1 + ((tok (s, m->t1)->flags & TOK_POSS) ? 1 : 0);
              if (u < s->n && is_word (s, u) && !(s->cue[u] && s->cue[u]->form == CUE_AGENT_NOUN))
                u++;
              if (u < s->n && s->cue[u] && s->cue[u]->form == CUE_AGENT_NOUN)
                {
                  int k = allies_in (s, u + 1);
                  if (k >= 0)
                    return k;
                }
            }
          /* "battles Iran ally Hamas": the ally named after the noun */
          if (is_party (m) && m->t1 + 1 < s->n && !(tok (s, m->t1 - 1)->flags & TOK_POSS) &&
              (j = appositive_title (s, m->t1)) != G_MAXUINT && ment (s, s->ment_at[j])->actor != m->actor)
            return s->ment_at[j];
          /* "cut ties with the Russian-led CSTO": the CSTO, when it is
           * named ("the Saudi-led coalition" unnamed stays Saudi); "an
           * affiliate of the Pakistan-based Lashkar-e-Taiba": the group */
          /* "backs the Lebanon-based group Hezbollah": past the noun */
          if ((is_party (m) || (m->flags & M_LOC)) && m->t1 + 2 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN) &&
              (tis (s, m->t1 + 1, "led") || tis (s, m->t1 + 1, "dominated") || tis (s, m->t1 + 1, "based")))
            {
              guint u = m->t1 + 2 + (m->t1 + 3 < s->n && group_noun (s, m->t1 + 2) ? 1 : 0);
              if (s->ment_at[u] >= 0 && ment (s, s->ment_at[u])->t0 == u && is_party (ment (s, s->ment_at[u])) &&
                  ment (s, s->ment_at[u])->actor != m->actor)
                return s->ment_at[u];
            }
          /* "to back the ICJ case": a case heard by the court, which
           * is no side of it (its ruling is its own) */
          if (is_party (m) && m->t1 < s->n &&
              (tis (s, m->t1, "case") || tis (s, m->t1, "proceedings") || tis (s, m->t1, "hearing") ||
               tis (s, m->t1, "hearings") || tis (s, m->t1, "trial")) &&
              strstr (((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->name, "Court") != NULL)
            return -1;
          /* "support for Burundi's Red Tabara rebels", "Burundian
           * rebels": its enemies, not the state */
          if (is_party (m) && rebels_of (s, m))
            return -1;
          if (is_party (m) && backer_compound (s, m->t1))
            {
              int k = party_after (s, m->t1 + 2, cl, 3);
              return k >= 0 && !backer_compound (s, ment (s, k)->t1) ? k : -1;
            }
          /* "against an Islamic State-linked militia known as the ADF":
           * the militia, when it is named */
          if (is_party (m) && m->t1 + 2 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN) &&
              (tis (s, m->t1 + 1, "linked") || tis (s, m->t1 + 1, "affiliated") || tis (s, m->t1 + 1, "inspired")))
            {
              int k = party_after (s, m->t1 + 2, cl, 6);
              if (k >= 0 && ment (s, k)->actor != m->actor)
                return k;
            }
          /* "at war with the Iran-aligned Houthis": the Houthis; but
           * "Islah-aligned units" are Islah's own */
          if (is_party (m) && m->t1 + 2 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN) &&
              (tis (s, m->t1 + 1, "aligned") || tis (s, m->t1 + 1, "allied")) && s->ment_at[m->t1 + 2] >= 0 &&
              is_party (ment (s, s->ment_at[m->t1 + 2])))
            return s->ment_at[m->t1 + 2];
          /* "arrested the French-Algerian novelist X": the person */
          if (m->form == FORM_ADJ && m->t1 + 1 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN) &&
              s->ment_at[m->t1 + 1] >= 0 && ment (s, s->ment_at[m->t1 + 1])->t0 == m->t1 + 1 &&
              ment (s, s->ment_at[m->t1 + 1])->form == FORM_ADJ &&
              (j = titled_person_after (s, ment (s, s->ment_at[m->t1 + 1])->t1)) != G_MAXUINT)
            return s->ment_at[j];
          if (is_party (m))
            return s->ment_at[t];
          if ((m->flags & M_LOC) && (j = titled_person_after (s, m->t1)) != G_MAXUINT)
            {
              /* "met Turkish President X": the state names X's office;
               * "recognised Venezuelan opposition leader X" */
              t = j - 1;
              continue;
            }
          if ((m->flags & M_LOC) && m->form == FORM_GOV && m->t1 < s->n && s->ment_at[m->t1] >= 0 &&
              (ment (s, s->ment_at[m->t1])->flags & M_INDIV))
            {
              t = m->t1 - 1;   /* "met his Armenian counterpart X" */
              continue;
            }
          /* "war against the Palestinian group Hamas", "by Palestinian
           * Hamas militants": the group */
          if ((m->flags & M_LOC) && m->form == FORM_ADJ && m->t1 + 1 < s->n)
            {
              guint u = m->t1 + (group_noun (s, m->t1) ? 1 : 0);
              if (s->ment_at[u] >= 0 && ment (s, s->ment_at[u])->t0 == u && is_party (ment (s, s->ment_at[u])) &&
                  (u > m->t1 || ((EntXActor *) g_ptr_array_index (s->ctx->actors, ment (s, s->ment_at[u])->actor))->type ==
                                  ENT_ACTOR_GROUP))
                return s->ment_at[u];
            }
          /* "arrested a French national, Juan X": the person */
          if ((m->flags & M_LOC) && (j = private_people_after (s, m)) != G_MAXUINT && j + 1 < s->n &&
              (tis (s, j, ",") || tis (s, j, "named") || tis (s, j, "called")) && s->ment_at[j + 1] >= 0 &&
              (ment (s, s->ment_at[j + 1])->flags & M_INDIV))
            return s->ment_at[j + 1];
          if (m->flags & M_LOC)
            return -1;
          t = m->t1 - 1;
          continue;
        }
      if (is_determiner (s, t) || (tok (s, t)->flags & (TOK_POSS | TOK_HYPHEN)))
        continue;
      /* "killed 1,500 White Army fighters": a count */
      if (tok (s, t)->flags & TOK_DIGIT)
        {
          guint u = t + 1;
          while (u + 1 < s->n && tis (s, u, ",") && (tok (s, u + 1)->flags & TOK_DIGIT) &&
                 tok (s, u)->start == tok (s, u - 1)->end && tok (s, u + 1)->start == tok (s, u)->end)
            u += 2;   /* "1,500" */
          if (u < s->n && (is_word (s, u) || s->ment_at[u] >= 0))
            {
              t = u - 1;
              continue;
            }
        }
      /* "defeated the invading Armenian army": an adjective */
      if (t > from && is_determiner (s, t - 1) && s->cue_v[t] && s->cue_v[t]->form == CUE_VERB_ING &&
          t + 1 < s->n && s->ment_at[t + 1] >= 0)
        continue;
      /* "attacked coalition partner the UAE" */
      if ((j = appositive_title (s, t)) != G_MAXUINT)
        {
          t = j - 1;
          continue;
        }
      /* "with Gulf Arab country Qatar", "neighbouring state Niger": a
       * description set before the name as its title */
      if ((j = state_described_at (s, t)) != G_MAXUINT && is_party (ment (s, s->ment_at[j])))
        {
          t = j - 1;
          continue;
        }
      /* scare quotes: "accused the \"Kiev regime\"" */
      if ((tok (s, t)->flags & TOK_QUOTE) && !s->inq[t] && s->text[tok (s, t)->start] != '\'')
        continue;
      /* "against the government in Mogadishu" */
      if (t + 2 < s->n && tis (s, t + 1, "in") && s->ment_at[t + 2] >= 0 &&
          (tis (s, t, "government") || tis (s, t, "authorities") || tis (s, t, "regime") || tis (s, t, "regimes") ||
           tis (s, t, "governments")))
        {
          t++;
          continue;
        }
      /* "with the government and people of Mali" */
      if ((j = government_and_people (s, t)) != G_MAXUINT)
        {
          t = j - 1;
          continue;
        }
      /* "killing senior commanders of the IRGC", "struck three sites of X" */
      if (t + 1 < s->n && tis (s, t + 1, "of") && (word_class (s, t) & WC_PART_OF))
        {
          t++;
          continue;
        }
      /* "allied with the breakaway region of Somaliland" */
      if (t + 1 < s->n && tis (s, t + 1, "of") &&
          (tis (s, t, "region") || tis (s, t, "enclave") || tis (s, t, "republic") || tis (s, t, "province") ||
           tis (s, t, "territory")))
        {
          t++;
          continue;
        }
      /* "a militia known as the ADF", "a group called X" */
      if (t + 1 < s->n && ((tis (s, t, "known") && tis (s, t + 1, "as")) || tis (s, t, "called") ||
                           tis (s, t, "named") || tis (s, t, "dubbed")) && t > from)
        {
          t += tis (s, t, "known") ? 1 : 0;
          continue;
        }
      /* "the militant group Jaish al-Adl", "the Islamist movement
       * Rachad": a description before the name */
      {
        guint u = t;
        if (u + 1 < s->n && is_word (s, u) && !(tok (s, u)->flags & TOK_CAP) && s->ment_at[u + 1] < 0 &&
            !s->cue[u] && !s->cue_v[u])
          u++;
        if (u + 1 < s->n && s->ment_at[u + 1] >= 0 && ment (s, s->ment_at[u + 1])->t0 == u + 1 && group_noun (s, u))
          {
            t = u;
            continue;
          }
      }
      /* "targeted bases in Pakistan belonging to the militant group
       * Jaish al-Adl": the owner, past the place */
      if (t + 4 < s->n && (word_class (s, t) & WC_PART_OF) && tis (s, t + 1, "in") && s->ment_at[t + 2] >= 0)
        {
          guint u = ment (s, s->ment_at[t + 2])->t1;
          if (linked_to (s, u) || held_by (s, u))
            {
              t = u + 1;
              continue;
            }
        }
      /* "sanctioned 13 individuals with links to the Wagner Group" */
      /* "targeted infrastructure linked to Jaish-e-Mohammed", "sites
       * belonging to the Houthis" */
      if (t + 3 < s->n && (tis (s, t, "individuals") || tis (s, t, "people") || tis (s, t, "entities") ||
                           tis (s, t, "companies") || tis (s, t, "firms") || tis (s, t, "officials") ||
                           tis (s, t, "persons") || tis (s, t, "businesses") || (word_class (s, t) & WC_PART_OF)))
        {
          guint u = t + 1;
          if (tis (s, u, "with") && (tis (s, u + 1, "links") || tis (s, u + 1, "ties")) && tis (s, u + 2, "to"))
            u += 3;
          else if (linked_to (s, u))
            u += 2;
          if (u > t + 1)
            {
              t = u - 1;
              continue;
            }
        }
      /* "which Britain supplies along with France": a partner in the
       * act, not its object */
      if ((tis (s, t, "along") || tis (s, t, "together")) && t + 1 < s->n && tis (s, t + 1, "with"))
        return -1;
      /* "bombed positions held by the STC", "camps occupied by X" */
      if ((word_class (s, t) & WC_PART_OF) && held_by (s, t + 1))
        {
          t += 2;
          continue;
        }
      if ((j = person_after_title (s, t)) != G_MAXUINT)
        {
          /* "backed army chief X": the office before the person */
          t = j - 1;
          continue;
        }
      /* [prep] [det] [word] [prep] [det] party: "recalled their ambassadors
       * from Algiers", "struck dozens of Hamas targets" */
      /* "alongside the government against Y": a second cue of its own */
      if (other > 0 && s->cue[t] && s->cue[t]->form == CUE_PREP)
        return -1;
      if (prep < 2 && is_object_prep (s, t) && (prep == 0 ? other == 0 : other == 1))
        {
          prep++;
          continue;
        }
      /* "condemned the visit by the U.S. speaker": the one whose act it
       * is */
      if (other == 0 && t + 2 < s->n && s->cue[t] != NULL && t > from && is_determiner (s, t - 1) &&
          tis (s, t + 1, "by"))
        return party_after (s, t + 2, cl, 3);
      /* "attacked two plants of Saudi Aramco": a count in words */
      if (t + 1 < s->n && is_word (s, t + 1) && number_word (s, t))
        continue;
      /* "the Iranian-backed mainly Shiite Hashd al-Shaabi": an adverb
       * before an adjective is no word of its own */
      if (other <= 1 && t + 1 < s->n && tsuffix (s, t, "ly", 5) && is_word (s, t) && !s->cue[t] && !s->cue_v[t] &&
          is_word (s, t + 1))
        continue;
      /* "to eliminate all terrorist groups, including the Islamic State
       * and the PKK": the groups named */
      if (t + 2 < s->n && (tis (s, t, "groups") || tis (s, t, "organisations") || tis (s, t, "organizations") ||
                           tis (s, t, "militias") || tis (s, t, "factions")))
        {
          guint u = t + 1 + (tis (s, t + 1, ",") ? 1 : 0);
          if (u + 1 < s->n && tis (s, u, "including"))
            {
              t = u;
              continue;
            }
          if (u + 2 < s->n && tis (s, u, "such") && tis (s, u + 1, "as"))
            {
              t = u + 1;
              continue;
            }
        }
      /* "backed the pro-independence Polisario Front": a compound is
       * one word */
      if (other == 1 && t > from && (tok (s, t - 1)->flags & TOK_HYPHEN) && is_word (s, t) && !s->cue[t] &&
          !s->cue_v[t])
        continue;
      /* "expelled 22 diplomats and 23 staff of the Russian Embassy": two
       * counted nouns, one object */
      if (other == 1 && prep <= 1 && tis (s, t, "and") && t + 3 < s->n &&
          ((tok (s, t + 1)->flags & TOK_DIGIT) || number_word (s, t + 1)) && is_word (s, t + 2) &&
          s->ment_at[t + 2] < 0 && !s->cue[t + 2] && !s->cue_v[t + 2] && is_object_prep (s, t + 3))
        {
          t += 2;
          continue;
        }
      if (is_word (s, t) && ++other <= 1 && !s->cue[t] && !s->cue_v[t] && !tis (s, t, "to") &&
          !has_kind (s, t, LEX_SPEECH))
        {
          if (prep == 0)
            prep = 1;   /* a second preposition may follow the noun */
          continue;
        }
      return -1;
    }
  return -1;
}

/* The relative pronoun opening a ", which ... ," clause that holds token
 * @t and closes before @before, or G_MAXUINT. */
static guint
closed_relative_at (Sent *s, guint t, guint before)
{
  guint close = G_MAXUINT;

  for (guint u = t; u < before; u++)
    if (tis (s, u, ","))
      {
        close = u;
        break;
      }
  if (close == G_MAXUINT)
    return G_MAXUINT;
  /* (a relative clause may name its object with an acronym: "which has
   * fought the paramilitary Rapid Support Forces (RSF)") */
  for (guint r = t; r >= 2 && t - r < 12; r--)
    {
      /* (past the commas of a list: "..., listed as a terrorist
       * organisation by Turkey, the United States and the EU,") */
      if (tis (s, r - 1, ",") &&
          !(r < t && (s->ment_at[r] >= 0 || (is_determiner (s, r) && r + 1 < s->n && s->ment_at[r + 1] >= 0))))
        return G_MAXUINT;
      if (has_kind (s, r - 1, LEX_RELATIVE) && tis (s, r - 2, ","))
        return r - 1;
      /* ", listed as a terrorist organisation by X,": a participle
       * phrase whose "by" comes after its complement */
      if (t - r < 10 && r < s->n && tis (s, r, "by"))
        for (guint q = r; q >= 3 && r - q < 6 && s->ment_at[q - 1] < 0 && is_word (s, q - 1); q--)
          if (tsuffix (s, q - 1, "ed", 4) && tis (s, q - 2, ",") && q < r)
            return q - 1;
      /* ", dominated by the Barzani family's KDP,": a participle phrase;
       * ", armed and trained by Iran," */
      if (t - r < 8 && r < s->n && tis (s, r, "by") && is_word (s, r - 1) &&
          tsuffix (s, r - 1, "ed", 4))
        {
          if (tis (s, r - 2, ","))
            return r - 1;
          if (r >= 4 && tis (s, r - 2, "and") && is_word (s, r - 3) && tis (s, r - 4, ","))
            return r - 3;
        }
    }
  return G_MAXUINT;
}

/* "as Israel battles Iran ally Hamas": "ally" at @c is a noun; the verb
 * takes "with" ("to ally with Moscow", "allied themselves with") */
static gboolean
noun_ally (Sent *s, guint c)
{
  guint a = c + 1;
  if (!(tis (s, c, "ally") || tis (s, c, "allies")))
    return FALSE;
  return !(a < s->n && (tis (s, a, "with") || tis (s, a, "themselves") || tis (s, a, "itself") ||
                        tis (s, a, "himself") || tis (s, a, "herself")));
}

/* Drops from @set the alliances and international bodies ("its NATO
 * ally": the body both belong to, not a party to the tie) */
static void
drop_bodies (Sent *s, MSet *set)
{
  guint kept = 0;
  for (guint i = 0; i < set->n; i++)
    {
      EntXActor *a = g_ptr_array_index (s->ctx->actors, ment (s, set->m[i])->actor);
      const char *kind = a->gaz >= 0 ? _ent_gazetteer_entry (s->ctx->gaz, a->gaz)->kind : NULL;
      if (!(kind && (g_str_equal (kind, "alliance") || g_str_equal (kind, "international-organisation"))))
        set->m[kept++] = set->m[i];
    }
  set->n = kept;
}

/* The subject of a verb right after a relative pronoun: "Qatar, which
 * hosts U.S. forces" (a state named as a place is one here too); -1. */
static int
relative_subject (Sent *s, guint c)
{
  guint r = c;
  Ment *m;

  while (r > 0 && c - r < 3 && (tis (s, r - 1, "also") || tis (s, r - 1, "has") || tis (s, r - 1, "have") ||
                                tis (s, r - 1, "still") || tis (s, r - 1, "now") || tis (s, r - 1, "long")))
    r--;
  /* "Burundi, which has sent troops to help the DRC fight": the verb
   * of a purpose inside the relative clause */
  if (r >= 3 && !has_kind (s, r - 1, LEX_RELATIVE) && tis (s, r - 1, "to"))
    for (guint q = r - 1; q >= 3 && r - q < 7; q--)
      {
        if (s->ment_at[q - 1] >= 0 || !is_word (s, q - 1))
          break;
        if (has_kind (s, q - 1, LEX_RELATIVE))
          {
            r = q;
            break;
          }
      }
  if (r < 3 || !has_kind (s, r - 1, LEX_RELATIVE) || !tis (s, r - 2, ",") || s->ment_at[r - 3] < 0)
    return -1;
  m = ment (s, s->ment_at[r - 3]);
  if (is_party (m) || ((m->flags & M_LOC) && !(m->flags & M_SKIP) && is_place_actor (s, m)))
    return s->ment_at[r - 3];
  return -1;
}

/* "Russia, with which Dodik advocates closer ties": the party before
 * ", with which" (or "whom") a few words before the noun at @c, or -1 */
static int
with_which_partner (Sent *s, guint c, guint16 cl)
{
  for (guint t = c; t >= 5 && c - t < 8 && (s->kind_any & (1u << LEX_RELATIVE)); t--)
    {
      guint u = t - 1;
      if (!is_word (s, u) && s->ment_at[u] < 0)
        return -1;
      if (has_kind (s, u, LEX_RELATIVE) && (tis (s, u, "which") || tis (s, u, "whom")) && tis (s, u - 1, "with") &&
          tis (s, u - 2, ","))
        {
          int k = s->ment_at[u - 3];
          return k >= 0 && is_party (ment (s, k)) && s->clause[u] == cl ? k : -1;
        }
    }
  return -1;
}

/* Whether the verb at @c says what a claim, report or allegation says:
 * "Iran's claim that the strikes targeted ..." */
static gboolean
claim_content (Sent *s, guint c)
{
  static const char *const nouns[] = { "claim", "claims", "allegation", "allegations", "assertion", "assertions",
                                       "accusation", "accusations", "report", "reports", "suggestion", "rumours",
                                       "rumors", "insistence", "argument", NULL };
  for (guint t = c; t > 1 && c - t < 8; t--)
    {
      guint u = t - 1;
      if (s->ment_at[u] >= 0 || !is_word (s, u))
        return FALSE;
      if (tis (s, u, "that"))
        return tis_among (s, u - 1, nouns);
    }
  return FALSE;
}

/* "detained a Syrian woman named X, who admitted to taking orders
 * from Y": the one ", who" stands for, a few words before the verb at
 * @c; the mention (a party or a person), -2 when it is nobody the text
 * names as an actor, -1 when no ", who" comes before the verb */
static int
who_antecedent (Sent *s, guint c)
{
  for (guint t = c; t > 2 && c - t < 8; t--)
    {
      guint w = t - 1;
      if (s->ment_at[w] >= 0 || !is_word (s, w))
        return -1;
      if (tis (s, w, "who") && tis (s, w - 1, ","))
        {
          guint a = w - 2;
          int k;
          /* "Idriss Deby, the current president's father, who": the
           * one the apposition describes */
          while (a > 1 && a + 8 > w && s->ment_at[a] < 0 && (is_word (s, a) || (tok (s, a)->flags & TOK_POSS)))
            a--;
          if (a + 2 < w && tis (s, a, ",") && a > 0)
            a--;
          else
            a = w - 2;
          k = s->ment_at[a];
          if (k >= 0 && (is_party (ment (s, k)) || (ment (s, k)->flags & M_INDIV)))
            return k;
          return -2;
        }
    }
  return -1;
}

/* The nearest party before @before that is not the object of a
 * preposition ("... a long war with Israel and warned the US": the warning
 * is not Israel's). */
static int
subject_before (Sent *s, guint before, guint16 cl, guint limit)
{
  for (guint t = before; t > 0 && before - t < limit; t--)
    {
      int k = s->ment_at[t - 1];
      if (s->clause[t - 1] != cl)
        break;
      if (k >= 0 && is_party (ment (s, k)))
        {
          guint p = ment (s, k)->t0;
          guint r;
          /* "X fired at a base in Qatar, which hosts U.S. forces, after
           * warning Doha": not the party inside the relative clause */
          if ((r = closed_relative_at (s, p, before)) != G_MAXUINT)
            {
              t = r + 1;
              continue;
            }
          while (p > 0 && is_determiner (s, p - 1))
            p--;
          if ((p > 0 && is_object_prep (s, p - 1) && !tis (s, p - 1, "of") && !tis (s, p - 1, "by") &&
               !tis (s, p - 1, "from")) ||
              /* "a strike on the outskirts of the Syrian capital of
               * Damascus killed ...": a place, not the striker */
              (p > 1 && tis (s, p - 1, "of") &&
               (tis (s, p - 2, "capital") || tis (s, p - 2, "outskirts") || tis (s, p - 2, "suburbs") ||
                tis (s, p - 2, "city") || tis (s, p - 2, "town") || tis (s, p - 2, "province") ||
                tis (s, p - 2, "region") || tis (s, p - 2, "vicinity") || tis (s, p - 2, "heart") ||
                tis (s, p - 2, "centre") || tis (s, p - 2, "center"))))
            {
              t = ment (s, k)->t0 + 1;
              continue;
            }
          return k;
        }
    }
  return -1;
}

/* Whether tokens @t to @before are the rest of a list of adjectives
 * before a noun ("political, economic and military ties"): plain words,
 * one of them "and" or "or" */
static gboolean
adjective_list_to (Sent *s, guint t, guint before)
{
  gboolean conj = FALSE;

  if (before <= t || before - t > 6 || tis (s, t, "and") || tis (s, t, "or"))
    return FALSE;
  for (; t < before; t++)
    {
      if (tis (s, t, "and") || tis (s, t, "or"))
        conj = TRUE;
      else if (!tis (s, t, ",") &&
               (s->ment_at[t] >= 0 || !is_word (s, t) || is_cap (s, t) || s->cue[t] || s->cue_v[t] ||
                is_determiner (s, t) || has_kind (s, t, LEX_RELATIVE) || has_kind (s, t, LEX_CLAUSE)))
        return FALSE;
    }
  return conj;
}

static int
party_before (Sent *s, guint before, guint16 cl, gboolean stop_at_comma, guint limit)
{
  for (guint t = before; t > 0 && before - t < limit; t--)
    {
      if (s->clause[t - 1] != cl)
        break;
      if (s->ment_at[t - 1] >= 0 && is_party (ment (s, s->ment_at[t - 1])))
        return s->ment_at[t - 1];
      if (stop_at_comma && tis (s, t - 1, ",") &&
          !(tis (s, t, "which") || tis (s, t, "who") || tis (s, t, "whose")) && !adjective_list_to (s, t, before))
        break;
    }
  return -1;
}

/* The subject of clause @cl: a party among its first tokens. */
static int
clause_subject (Sent *s, guint16 cl, guint before)
{
  guint t = 0;
  guint seen = 0;

  while (t < s->n && s->clause[t] != cl)
    t++;
  /* after a dateline: "AMMAN, Feb. 9 (Gulf Desk) - The ministers of ..." */
  if (t < s->body_start && s->body_start < s->n && s->clause[s->body_start] == cl)
    t = s->body_start;
  /* "While condemning Rwanda's incursion, Tshisekedi thanked ...": past
   * the opening subordinate clause */
  if (t <= s->open_end && s->open_end < before && s->clause[s->open_end] == cl)
    t = s->open_end + 1;
  for (; t < before && s->clause[t] == cl && seen < 5; t++)
    {
      if (s->ment_at[t] >= 0)
        {
          Ment *m = ment (s, s->ment_at[t]);
          guint p = m->t0;
          /* "The Iran-aligned Houthis": the head, not the modifier;
           * "Yemen's Houthi movement": the possessed, not the possessor */
          guint head = m->t1 + ((m->t1 < s->n && (tok (s, m->t1)->flags & TOK_POSS)) ? 1 : 0);
          if (m->t1 < s->n && ((tok (s, m->t1)->flags & TOK_HYPHEN) ||
                               (((tok (s, m->t1)->flags & TOK_POSS) || (tok (s, m->t1 - 1)->flags & TOK_POSS)) &&
                                head < s->n && s->ment_at[head] >= 0)))
            {
              t = m->t1;
              continue;
            }
          /* "... with Israel and warned": an object, not a subject */
          while (p > 0 && is_determiner (s, p - 1))
            p--;
          /* but "Fighters from the X Front retook ...": X's own */
          if (p > 0 && is_object_prep (s, p - 1) && !tis (s, p - 1, "of") &&
              !(p >= 2 && tis (s, p - 1, "from") && (word_class (s, p - 2) & WC_PART_OF)))
            return -1;
          return is_party (m) ? s->ment_at[t] : -1;
        }
      /* "it has trained Somali soldiers": a pronoun is the subject */
      if (seen == 0 && t > 0 && (tis (s, t - 1, ":") || tis (s, t - 1, "and") || tis (s, t - 1, "but")) &&
          (subject_pronoun (s, t) || tis (s, t, "we")))
        return -1;
      if (is_word (s, t) || (tok (s, t)->flags & TOK_QUOTE))
        seen++;
    }
  return -1;
}

/* "called on both sides to settle their dispute": "their" at @t stands
 * for the sides named just before it, no party */
static gboolean
sides_before (Sent *s, guint t)
{
  for (guint u = t; u > 0 && t - u < 8 && s->ment_at[u - 1] < 0; u--)
    if (tis (s, u - 1, "sides") || tis (s, u - 1, "parties") || tis (s, u - 1, "factions"))
      return TRUE;
  return FALSE;
}

/* Resolves a possessive before token @t: "X's" or his/its/their. */
static int
possessor_before (Sent *s, guint t)
{
  if (t == 0)
    return -1;
  if ((tok (s, t - 1)->flags & TOK_POSS) && t >= 2 && s->ment_at[t - 2] >= 0)
    return s->ment_at[t - 2];
  if (possessive_pronoun (s, t - 1))
    {
      gboolean indiv = tis (s, t - 1, "his") || tis (s, t - 1, "her");
      int of_object = -1;
      if (tis (s, t - 1, "their") && sides_before (s, t - 1))
        return -1;
      for (guint k = t - 1; k > 0; k--)
        if (s->ment_at[k - 1] >= 0)
          {
            Ment *m = ment (s, s->ment_at[k - 1]);
            guint p = m->t0;
            if (!is_party (m) || (indiv && !(m->flags & M_INDIV)))
              continue;
            /* "Egypt, which has tensions with Ethiopia, voiced its
             * support": the one the relative clause describes */
            {
              guint rel = closed_relative_at (s, m->t0, t - 1);
              if (rel != G_MAXUINT)
                {
                  k = rel;
                  continue;
                }
            }
            /* "The UAE has violated the sovereignty of Sudan through its
             * proxy": not the party inside an "of" phrase, when another
             * party comes before it in the clause */
            if (p > 0 && is_determiner (s, p - 1))
              p--;
            if (of_object < 0 && p > 0 && tis (s, p - 1, "of") && s->clause[p] == s->clause[t - 1])
              {
                of_object = s->ment_at[k - 1];
                k = m->t0 + 1;
                continue;
              }
            if (of_object >= 0 && s->clause[m->t0] != s->clause[t - 1])
              return of_object;
            return s->ment_at[k - 1];
          }
      return of_object;
    }
  return -1;
}

/* Whether the conflict cue's words tell of force used, the kind of act a
 * later "the attack" refers to: "struck", "fired rockets at", "invaded",
 * but not "a campaign against" or "tensions with" */
static gboolean
striking_cue (const char *text)
{
  static const char *const force[] = { "attack", "strike", "struck", "hit", "bomb", "shell", "raid", "pound",
                                       "target", "destroy", "sank", "sink", "invad", "invasion", "offensive",
                                       "incursion", "airstrike", "air strike", "drone", "missile", "fire",
                                       "fired", "firing", "shot", "shoot", "kill", "assault", "ambush", "storm",
                                       "seiz", "captur", "occup", "besieg", "siege", "launch", "rocket",
                                       "assassinat", "massacre", "intercept", "down", NULL };
  for (guint i = 0; force[i]; i++)
    if (g_ascii_strncasecmp (text, force[i], strlen (force[i])) == 0)
      return TRUE;
  return FALSE;
}

typedef struct {
  Sent            *s;
  const EntGazCue *cue;
  const char      *cue_text;
  int              speaker;
  gboolean         any;
  gboolean         reverse;   /* "Mali bought Turkish drones": the object gives */
  gboolean         many;      /* a joint act of three or more: no pair of sides */
} Emit;

static gboolean reciprocal_pair (Emit *e, guint c, guint16 cl);
static gboolean attempt_to_mend (Sent *s, guint c);
static gboolean described_noun (Sent *s, guint c);
static int participle_subject (Sent *s, guint c, guint16 cl);
static int opening_participle_subject (Sent *s, guint c);

/* Whether mention @m is the possessor of something done to it: "Castillo's
 * arrest", "the opposition leader's detention" (but in "Russia's killing
 * of X" the possessor did it) */
static gboolean victim_word (Sent *s, guint u);

static gboolean
suffered_by (Sent *s, const Ment *m)
{
  guint u = m->t1;

  /* (a mention made for an antecedent spans no tokens) */
  if (u == 0 || u <= m->t0 || u >= s->n || !((tok (s, u - 1)->flags & TOK_POSS) || (tok (s, u)->flags & TOK_POSS)))
    return FALSE;
  if (tok (s, u)->flags & TOK_POSS)
    u++;
  if (u >= s->n || (u + 1 < s->n && tis (s, u + 1, "of")))
    return FALSE;
  return victim_word (s, u);
}

/* "the assassination of Ismail Haniyeh ... drew condemnation from
 * Qatar": the one it was done to, after "of" */
static gboolean
victim_of_event (Sent *s, const Ment *m)
{
  return m->t0 >= 2 && m->t1 > m->t0 && tis (s, m->t0 - 1, "of") && victim_word (s, m->t0 - 2);
}

static gboolean
victim_word (Sent *s, guint u)
{
  return tis (s, u, "arrest") || tis (s, u, "detention") || tis (s, u, "jailing") ||
         tis (s, u, "imprisonment") || tis (s, u, "killing") || tis (s, u, "murder") ||
         tis (s, u, "assassination") || tis (s, u, "kidnapping") || tis (s, u, "abduction") ||
         tis (s, u, "removal") || tis (s, u, "ouster") || tis (s, u, "overthrow") || tis (s, u, "impeachment") ||
         tis (s, u, "conviction") || tis (s, u, "sentencing") || tis (s, u, "persecution") ||
         tis (s, u, "execution") || tis (s, u, "death") || tis (s, u, "extradition") || tis (s, u, "prosecution");
}

/* "anti-Houthi", "anti-French": the mention @m is what a stance is
 * against (tokens "anti", "-", the name) */
static gboolean
anti_named (Sent *s, const Ment *m)
{
  return (s->wx_any & WX_ANTI) && m->t0 >= 2 && m->t1 > m->t0 && (tok (s, m->t0 - 1)->flags & TOK_HYPHEN) &&
         tis (s, m->t0 - 2, "anti");
}

static void
emit_pairs (Emit *e, const MSet *src, const MSet *dst, gboolean directed)
{
  gboolean charge = e->cue->polarity == ENT_POLARITY_HOSTILE && kind_is (e->cue->kind, "accusation");

  for (guint i = 0; i < src->n; i++)
    for (guint j = 0; j < dst->n; j++)
      {
        Ment *a = ment (e->s, src->m[i]), *b = ment (e->s, dst->m[j]);
        if (a->actor == b->actor)
          continue;
        /* "criticised Castillo's arrest": a charge about what was done
         * to him, not against him */
        if (charge && (suffered_by (e->s, b) || victim_of_event (e->s, b)))
          continue;
        /* "support for Burundi's Red Tabara rebels": the rebels are
         * no side of the state that owns them */
        if (rebels_of (e->s, a) || rebels_of (e->s, b))
          continue;
        /* "an anti-Houthi alliance": the party it is against is no ally
         * (anti_pro() gives the stance) */
        if (e->cue->polarity == ENT_POLARITY_ALLY && (anti_named (e->s, a) || anti_named (e->s, b)))
          continue;
        /* but "Cairo received Burhan": a host receives a person */
        if (e->reverse && directed && !(b->flags & M_INDIV))
          {
            Ment *swap = a;
            a = b;
            b = swap;
          }
        if (G_UNLIKELY ((a->flags | b->flags) & M_PLURAL))
          {
            /* "these countries": each of the states they stand for */
            EntXCtx *ctx = e->s->ctx;
            guint na = (a->flags & M_PLURAL) ? ctx->plural_n : 1, nb = (b->flags & M_PLURAL) ? ctx->plural_n : 1;
            for (guint x = 0; x < na; x++)
              for (guint y = 0; y < nb; y++)
                {
                  int p = (a->flags & M_PLURAL) ? ctx->plural[x] : a->actor;
                  int q = (b->flags & M_PLURAL) ? ctx->plural[y] : b->actor;
                  if (p != q)
                    _ent_relation_add (ctx, p, q, e->cue->polarity, e->cue->kind, directed && e->cue->directed,
                                       e->s->sent, e->cue_text, e->speaker);
                }
            e->any = TRUE;
            continue;
          }
        _ent_relation_add (e->s->ctx, a->actor, b->actor, e->cue->polarity, e->cue->kind,
                           directed && e->cue->directed, e->s->sent, e->cue_text, e->speaker);
        /* the sentence's first act, for "B and C followed suit" */
        if (e->s->ctx->act_sent != e->s->sent + 1)
          {
            EntXCtx *ctx = e->s->ctx;
            ctx->act_sent = e->s->sent + 1;
            ctx->act_src = a->actor;
            ctx->act_dst = b->actor;
            ctx->act_directed = directed && e->cue->directed;
            ctx->act_cue = e->cue;
            ctx->act_cue_text = e->cue_text;
          }
        /* "X met Y ... The two leaders agreed": the last two who met or
         * agreed are "the two sides" of what follows */
        if (!e->cue->directed && e->cue->polarity == ENT_POLARITY_ALLY && src->n == 1 && dst->n == 1 && !e->many)
          note_sides_pair (e->s->ctx, a->actor, b->actor, e->s->sent);
        if (directed && e->cue->directed && e->cue->polarity == ENT_POLARITY_HOSTILE &&
            kind_is (e->cue->kind, "conflict") && !(a->flags & M_INDIV) && striking_cue (e->cue_text))
          note_striker (e->s->ctx, a->actor, e->s->sent);
        if (e->s->ctx->debug)
          g_printerr ("    %s: %s %s %s\n", e->cue_text,
                      ((EntXActor *) g_ptr_array_index (e->s->ctx->actors, a->actor))->name,
                      ent_polarity_to_string (e->cue->polarity),
                      ((EntXActor *) g_ptr_array_index (e->s->ctx->actors, b->actor))->name);
        e->any = TRUE;
      }
}

static gboolean be_form (Sent *s, guint t);

static void
emit_subject_fallback (Sent *s, MSet *set, guint16 cl, guint c)
{
  /* no actor on the left in the clause: a pronoun or an elided subject
   * ("And was subjected to ...") refers to the topic */
  gboolean pron = FALSE, person = FALSE, they = FALSE, neuter = FALSE, kingdom = FALSE, groupish = FALSE;
  int antecedent = -1, said_by = -1;
  guint pron_at = G_MAXUINT;
  if (set->n > 0)
    return;
  for (guint t = 0; t < c; t++)
    if (s->clause[t] == cl && has_kind (s, t, LEX_PRONOUN) &&
        !(t > 0 && tis (s, t - 1, "of") && tis (s, t, "them")) &&
        /* ("pushing them towards the frontier in revenge for EU
         * sanctions", "to push them into the EU": a verb's object
         * pronoun is no subject) */
        !(t > 0 && (tis (s, t, "them") || tis (s, t, "him")) && is_word (s, t - 1) && s->ment_at[t - 1] < 0 &&
          !is_object_prep (s, t - 1) && !tis (s, t - 1, "and") && !tis (s, t - 1, "but")) &&
        /* "the government of Gen. X" names its own */
        !(tis (s, t + kind_len (s, t, LEX_PRONOUN), "of") && !(tok (s, t)->flags & TOK_POSS) &&
          !possessive_pronoun (s, t)))
      {
        person = tis (s, t, "he") || tis (s, t, "she");
        neuter = tis (s, t, "it") || tis (s, t, "its");
        kingdom = tis (s, t, "kingdom") || (tis (s, t, "the") && realm_noun (s, t + 1));
        neuter = neuter || tis (s, t, "country") || tis (s, t, "government") || tis (s, t, "regime") ||
                 (tis (s, t, "the") && (tis (s, t + 1, "country") || tis (s, t + 1, "authorities")));
        they = tis (s, t, "they");
        /* "the group", "the movement", "the militia": a group */
        {
          guint h = tis (s, t, "the") ? t + 1 : t;
          groupish = h < s->n && (tis (s, h, "group") || tis (s, h, "movement") || tis (s, h, "militia") ||
                                  tis (s, h, "organisation") || tis (s, h, "organization") ||
                                  tis (s, h, "company"));
        }
        /* ("some of them": the noun before, not the topic) */
        pron = TRUE;
        pron_at = t;
        /* "..., while Mauritania said it was backing X": the one saying
         * it, right before the verb of saying */
        {
          guint v = t;
          if (v > 0 && tis (s, v - 1, "that"))
            v--;
          /* "the ministry in Baku said on Friday as it denounced ..." */
          else if (v > 2 && (tis (s, v - 1, "as") || tis (s, v - 1, "while") || tis (s, v - 1, "when")))
            for (guint u = v - 1; u > 1 && v - u < 5; u--)
              {
                if (is_speech (s, u - 1))
                  {
                    v = u;
                    break;
                  }
                if (s->ment_at[u - 1] >= 0 || !is_word (s, u - 1) || s->cue[u - 1] || s->cue_v[u - 1])
                  break;
              }
          if (v >= 2 && is_speech (s, v - 1) && s->ment_at[v - 2] >= 0 && is_party (ment (s, s->ment_at[v - 2])) &&
              ((person && (ment (s, s->ment_at[v - 2])->flags & M_INDIV)) ||
               ((neuter || they) && !(ment (s, s->ment_at[v - 2])->flags & M_INDIV))))
            said_by = ment (s, s->ment_at[v - 2])->actor;   /* ("Egyptian officials said they") */
          /* "The Foreign Ministry in Baghdad said it would ...": the
           * state of the body speaking */
          else if (neuter && v >= 2 && is_speech (s, v - 1) && s->ment_at[v - 2] >= 0)
            {
              Ment *m = ment (s, s->ment_at[v - 2]);
              if ((m->flags & M_LOC) && is_place_actor (s, m) && m->t0 >= 2 && tis (s, m->t0 - 1, "in") &&
                  (word_class (s, m->t0 - 2) & WC_BODY_HEAD))
                {
                  said_by = m->actor;
                  mention_acts (s, m);   /* the capital stands for its state */
                }
            }
        }
        /* "X was founded in 2007, and it is owned by ...": the subject
         * that opens the sentence */
        for (guint u = 0; u < t && u < 4 && antecedent < 0; u++)
          if (s->ment_at[u] >= 0 && is_party (ment (s, s->ment_at[u])) && s->inq[u] == s->inq[t])
            {
              Ment *m = ment (s, s->ment_at[u]);
              /* "The al-Qaeda-linked JNIM": the head, not the modifier */
              if (m->t1 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN))
                {
                  u = m->t1;
                  continue;
                }
              antecedent = m->actor;
            }
        break;
      }
  if (!pron && s->ctx->topic < 0)
    return;
  if (pron && antecedent < 0 && s->ctx->topic < 0 && s->speaker < 0)
    return;
  /* "The confederation's members turned their backs on X": the noun
   * phrase opening the clause is what the pronoun stands for */
  if (pron && antecedent < 0)
    {
      guint t0 = 0;
      while (t0 < c && s->clause[t0] != cl)
        t0++;
      /* (but "The emirate has close ties with X" is the pronoun itself) */
      if (t0 + 2 < c && t0 != pron_at && s->ment_at[t0] < 0 && (tis (s, t0, "the") || tis (s, t0, "a") || tis (s, t0, "an")) &&
          is_word (s, t0 + 1) && !has_kind (s, t0 + 1, LEX_PRONOUN))
        return;
    }
  if (!pron && s->ctx->topic < 0)
    return;
  if (!pron && !(s->clause[0] == cl && (tis (s, 0, "and") || tis (s, 0, "but") ||
                                        (is_word (s, 0) && !(tok (s, 0)->flags & TOK_CAP)))))
    {
      /* first clause starting with a verb: "Was sanctioned ..." */
      if (!(cl == s->clause[0] && c < 4 && (tis (s, 0, "and") || tis (s, 0, "was") || tis (s, 0, "is"))))
        return;
    }
  /* the topic is an actor index: find or add a virtual mention; after
   * "X said (that) it ...", the pronoun is the speaker */
  {
    int who = said_by >= 0 ? said_by
              : (pron && s->speaker >= 0 && s->speech_pos != G_MAXUINT && c > s->speech_pos)
              ? s->speaker : (pron && antecedent >= 0) ? antecedent : s->ctx->topic;
    /* "She has accused ...": the person who spoke last, not the story's
     * topic, unless the topic is a person too ("If arrested, Cherizier
     * will be extradited. He is also under sanctions ...") */
    EntActorType topic_type = s->ctx->topic >= 0
                              ? ((EntXActor *) g_ptr_array_index (s->ctx->actors, s->ctx->topic))->type
                              : ENT_ACTOR_STATE;
    if (person && who == s->ctx->topic && s->ctx->last_speaker >= 0 &&
        topic_type != ENT_ACTOR_LEADER && topic_type != ENT_ACTOR_PERSON &&
        (((EntXActor *) g_ptr_array_index (s->ctx->actors, s->ctx->last_speaker))->type == ENT_ACTOR_LEADER ||
         ((EntXActor *) g_ptr_array_index (s->ctx->actors, s->ctx->last_speaker))->type == ENT_ACTOR_PERSON))
      who = s->ctx->last_speaker;
    /* "The Saudis said ... They also accused X": who just spoke */
    else if (they && who == s->ctx->topic && s->ctx->last_speaker >= 0 &&
             s->ctx->last_speaker_sent + 1 == s->sent && s->speaker < 0)
      who = s->ctx->last_speaker;
    Ment m = { 0, 0, who, 0, FORM_NAME };
    EntXActor *a;

    if (who < 0)
      return;   /* a pronoun before the speech verb, and no topic yet */
    a = g_ptr_array_index (s->ctx->actors, who);
    /* "It has stepped up ... since its invasion of Ukraine" after a story
     * about a minister: the state he acts for, not the man */
    /* "The Kingdom has been at war with ..." is no person, nor the
     * republic he may lead */
    if (kingdom && (a->type == ENT_ACTOR_LEADER || a->type == ENT_ACTOR_PERSON))
      return;
    /* "Sanchez announced nine measures. They include ...": "they" is
     * no one man */
    if (they && (a->type == ENT_ACTOR_LEADER || a->type == ENT_ACTOR_PERSON))
      return;
    /* "The group attacked ships ... in Israel's war" after a story led
     * by the U.S.: "the group" is no state */
    if (groupish && a->type != ENT_ACTOR_GROUP)
      return;
    /* "It would be North Korea's first participation in a foreign war",
     * "It is a development that ...": an "it" that a copula describes is
     * the event, no party */
    if (pron_at != G_MAXUINT && tis (s, pron_at, "it") && pron_at + 3 < s->n)
      {
        guint p = pron_at + 1;
        if (be_form (s, p) || tis (s, p, "'s"))
          p++;
        else if ((tis (s, p, "would") || tis (s, p, "will") || tis (s, p, "could") || tis (s, p, "may") ||
                  tis (s, p, "might")) && tis (s, p + 1, "be"))
          p += 2;
        /* (not "it was bringing in troops to support X") */
        if (p > pron_at + 1 && p < s->n &&
            (tis (s, p, "a") || tis (s, p, "an") || tis (s, p, "the") ||
             (s->ment_at[p] >= 0 && ment (s, s->ment_at[p])->t1 < s->n &&
              (tok (s, ment (s, s->ment_at[p])->t1)->flags & TOK_POSS))))
          return;
      }
    if (neuter && (a->type == ENT_ACTOR_LEADER || a->type == ENT_ACTOR_PERSON))
      {
        const EntGazEntry *ge = a->gaz >= 0 ? _ent_gazetteer_entry (s->ctx->gaz, a->gaz) : NULL;
        if (a->affil >= 0)
          who = a->affil;
        else if (ge && ge->acts_for_index >= 0)
          who = _ent_actor_for_entry (s->ctx, ge->acts_for_index);
        else
          return;
        m.actor = who;
        a = g_ptr_array_index (s->ctx->actors, who);
      }
    if (a->type == ENT_ACTOR_LEADER || a->type == ENT_ACTOR_PERSON)
      m.flags |= M_INDIV;
    /* "DRC and Uganda have confirmed that they have started ...": all
     * the speakers "they" stands for */
    if (pron_at != G_MAXUINT && tis (s, pron_at, "they") && who == s->speaker && said_by < 0)
      for (guint k = 0; k < s->ments->len; k++)
        if ((ment (s, k)->flags & M_SPEAKER) && ment (s, k)->actor == who)
          {
            MSet co = { 0 };
            /* "The three countries said ... that they": all three */
            if (ment (s, k)->flags & M_PLURAL)
              {
                mset_add (set, k);
                return;
              }
            coord_backward (s, (int) k, &co);
            if (co.n >= 2)
              {
                for (guint i = 0; i < co.n; i++)
                  mset_add (set, co.m[i]);
                return;
              }
            break;
          }
    g_array_append_val (s->ments, m);
    mset_add (set, s->ments->len - 1);
  }
}

static gboolean
between_stop (Sent *s, guint t)
{
  if (s->cue[t] && s->ment_at[t] < 0)
    return TRUE;
  return (word_class (s, t) & WC_BETWEEN_STOP) != 0;
}

/* "between A and B", and "between A and B ..., and between C and D" */
static gboolean
between_pairs (Emit *e, guint b, guint16 cl)
{
  Sent *s = e->s;
  MSet g1 = { 0 }, g2 = { 0 }, sa = { 0 }, sb = { 0 };
  guint t = b + 1;
  gboolean after_and = FALSE;

  for (; t < s->n && s->clause[t] == cl && !tis (s, t, ";"); t++)
    {
      if (tis (s, t, ","))
        {
          /* "between the regular army, led by Gen. X, and the RSF": the
           * side's leader set aside, then the other side */
          guint end = t + 3;
          if (after_and || t + 3 >= s->n ||
              !(tis (s, t + 1, "led") || tis (s, t + 1, "commanded") || tis (s, t + 1, "headed")) ||
              !tis (s, t + 2, "by"))
            break;
          while (end < s->n && end < t + 14 && s->clause[end] == cl && !tis (s, end, ","))
            end++;
          if (end + 1 >= s->n || !tis (s, end, ",") || !tis (s, end + 1, "and"))
            break;
          if (sa.n == 0)
            for (guint u = t + 3; u < end; u++)
              if (s->ment_at[u] >= 0 && is_party (ment (s, s->ment_at[u])))
                {
                  mset_add (&g1, s->ment_at[u]);
                  mset_add (&sa, s->ment_at[u]);
                  break;
                }
          t = end;
          continue;
        }
      if (between_stop (s, t))
        break;
      /* the second side ends with its first actor's noun phrase */
      if (sb.n > 0 && s->ment_at[t] < 0 && !is_connector (s, t))
        break;
      if (tis (s, t, "and") && sa.n > 0)
        after_and = TRUE;
      if (s->ment_at[t] >= 0 && is_party (ment (s, s->ment_at[t])))
        {
          mset_add (&g1, s->ment_at[t]);
          mset_add (after_and ? &sb : &sa, s->ment_at[t]);
        }
    }
  /* a second "between": "between A and B on the one hand, and between C and D" */
  while (t < s->n && s->clause[t] == cl && !tis (s, t, ",") && !between_stop (s, t) && s->ment_at[t] < 0)
    t++;
  if (t < s->n && tis (s, t, ","))
    {
      guint u = t + 1;
      if (tis (s, u, "and"))
        u++;
      if (tis (s, u, "between"))
        {
          for (u++; u < s->n && s->clause[u] == cl && !tis (s, u, ",") && !tis (s, u, ";"); u++)
            if (s->ment_at[u] >= 0 && is_party (ment (s, s->ment_at[u])))
              mset_add (&g2, s->ment_at[u]);
          if (g1.n > 0 && g2.n > 0)
            {
              emit_pairs (e, &g1, &g2, FALSE);
              return TRUE;
            }
        }
    }
  if (sa.n > 0 && sb.n > 0)
    {
      emit_pairs (e, &sa, &sb, FALSE);
      return TRUE;
    }
  return FALSE;
}

/* The party an adjective or participle at @c describes: the party right
 * before it (a comma may come between), or the subject of a copula ("X is
 * close to", "X remains loyal to").  -2: a pronoun ("it is owned by"). */
static int
described_party (Sent *s, guint c, guint16 cl)
{
  static const char * const skip[] = { "is", "are", "was", "were", "be", "been", "being", "remains",
                                       "remain", "remained", "became", "become", "becomes", "seen",
                                       "as", "very", "increasingly", "more", "so", "too", "long",
                                       "also", "still", "now", "reportedly", "allegedly", "widely",
                                       "has", "have", "had", "grown", "moved", "moving", "deeply",
                                       "closely", "firmly", "largely", "," };
  guint t = c;
  gboolean copula = FALSE;

  while (t > 0 && s->clause[t - 1] == cl && c - t < 5)
    {
      gboolean skipped = FALSE;
      for (guint k = 0; k < G_N_ELEMENTS (skip); k++)
        if (tis (s, t - 1, skip[k]))
          {
            skipped = TRUE;
            if (k < 11)
              copula = TRUE;
          }
      if (!skipped)
        break;
      t--;
    }
  if (copula)
    {
      /* "Saif, the son of X, remains wanted by ...": the subject */
      int subj = clause_subject (s, cl, c);
      if (subj >= 0)
        return subj;
    }
  if (t == 0 || s->clause[t - 1] != cl)
    return -1;
  if (s->ment_at[t - 1] >= 0 && is_party (ment (s, s->ment_at[t - 1])))
    return s->ment_at[t - 1];
  if (has_kind (s, t - 1, LEX_PRONOUN))
    return -2;
  /* "the 444 Brigade, a unit allied to X": the apposition's party */
  for (guint u = t, words = 0; u > 1 && words < 4 && s->clause[u - 1] == cl; u--, words++)
    {
      if (!is_word (s, u - 1) || s->ment_at[u - 1] >= 0)
        break;
      if ((tis (s, u - 1, "a") || tis (s, u - 1, "an")) && tis (s, u - 2, ",") && u >= 3 &&
          s->ment_at[u - 3] >= 0 && is_party (ment (s, s->ment_at[u - 3])))
        return s->ment_at[u - 3];
    }
  return -1;
}

static guint number_word (Sent *s, guint t);

/* The token after "and several other partners", "and four other
 * countries" at @t, ending a list of parties; @t when there is none */
static guint
others_tail (Sent *s, guint t)
{
  guint u = t;

  if (u + 2 >= s->n || !tis (s, u, "and"))
    return t;
  u++;
  if (tis (s, u, "several") || tis (s, u, "some") || tis (s, u, "many") || tis (s, u, "other") ||
      (tok (s, u)->flags & TOK_DIGIT) || number_word (s, u) > 0)
    u++;
  if (u < s->n && tis (s, u, "other"))
    u++;
  if (u < s->n && (tis (s, u, "partners") || tis (s, u, "countries") || tis (s, u, "allies") ||
                   tis (s, u, "states") || tis (s, u, "nations") || tis (s, u, "governments")))
    return u + 1;
  return t;
}

static void
joint_action (Emit *e, const MSet *set)
{
  MSet a = { 0 }, b = { 0 };

  if (set->n < 2)
    return;
  e->many = set->n > 2;
  for (guint i = 0; i < set->n; i++)
    {
      mset_add (&a, set->m[i]);
      b.n = 0;
      for (guint j = i + 1; j < set->n; j++)
        mset_add (&b, set->m[j]);
      emit_pairs (e, &a, &b, FALSE);
      a.n = 0;
    }
  e->many = FALSE;
}

/* The cue of parties acting together, whatever the act */
static EntGazCue joint_cue = { (char *) "joint action", ENT_POLARITY_ALLY, (char *) "cooperation", FALSE };

/* "Mali, Burkina Faso and Niger recalled ...", "A, B and several other
 * partners condemned ...": a coordinated subject @src whose last party
 * ends at @last, right before the verb at @c, acts together */
static void
subjects_together (const Emit *e, const MSet *src, guint last, guint c)
{
  Emit je = *e;

  if (src->n < 2 || (last + 3 < c && others_tail (e->s, last) != c))
    return;
  je.cue = &joint_cue;
  joint_action (&je, src);
}

/* An Emit for a pass's own cue, its text the tokens @first to @last */
static Emit
span_emit (Sent *s, const EntGazCue *cue, guint first, guint last)
{
  Emit e = { s, cue, NULL, -1, FALSE };

  e.cue_text = _ent_intern (s->ctx, s->text + tok (s, first)->start, tok (s, last)->end - tok (s, first)->start);
  return e;
}

/* The pair @a to @b for @cue over tokens [@first, @last], when both are
 * found (-1 if not) and are two actors */
static void
emit_one (Sent *s, const EntGazCue *cue, guint first, guint last, int a, int b)
{
  MSet x = { 0 }, y = { 0 };
  Emit e;

  if (a < 0 || b < 0 || ment (s, a)->actor == ment (s, b)->actor)
    return;
  e = span_emit (s, cue, first, last);
  mset_add (&x, a);
  mset_add (&y, b);
  emit_pairs (&e, &x, &y, TRUE);
}

/* Who does the verb at @v: the subject of its clause, else the party
 * nearest before it */
static int
verb_subject (Sent *s, guint v)
{
  int k = clause_subject (s, s->clause[v], v);
  return k >= 0 ? k : subject_before (s, v, s->clause[v], 40);
}

/* a break of ties: "cut diplomatic ties with", "halted trade with" */
static EntGazCue rupture_cue = { (char *) "rupture", ENT_POLARITY_HOSTILE, (char *) "sanction", TRUE };
/* sanctions lifted or asked to be: support for the sanctioned */
static EntGazCue lifting_cue = { (char *) "lifting of sanctions", ENT_POLARITY_ALLY, (char *) "support", TRUE };

/* Whether the noun at @c is the object of a hostile verb just before it:
 * "condemned the visit", "denounced the new defence pact" */
static gboolean
condemned_noun (Sent *s, guint c)
{
  for (guint t = c; t > 0 && c - t < 4; t--)
    {
      guint u = t - 1;
      const EntLexHit *v = s->cue_v[u];
      if (v != NULL && (v->form == CUE_VERB || v->form == CUE_VERB_PART))
        return hit_hostile (s, v);
      if (s->ment_at[u] >= 0 || !is_word (s, u) || (!is_determiner (s, u) && is_cap (s, u)))
        return FALSE;
    }
  return FALSE;
}

/* Whether what is denied after @after is a clause ("denied Eritreans
 * were involved", "denied that ...") rather than somebody or their
 * claim */
static gboolean
denied_clause (Sent *s, guint after)
{
  guint t = after;

  if (t < s->n && tis (s, t, "that"))
    return TRUE;
  while (t < s->n && is_determiner (s, t))
    t++;
  if (t >= s->n || s->ment_at[t] < 0)
    return FALSE;
  t = ment (s, s->ment_at[t])->t1;
  for (guint words = 0; t < s->n && words < 2; words++, t++)
    {
      if (be_form (s, t) || tis (s, t, "had") || tis (s, t, "has") || tis (s, t, "have") || tis (s, t, "did") ||
          tis (s, t, "would") || tis (s, t, "could") || tis (s, t, "will"))
        return TRUE;
      /* ("Iranian drones were") */
      if (!is_word (s, t) || is_cap (s, t) || s->ment_at[t] >= 0 || s->cue[t] || s->cue_v[t])
        return FALSE;
    }
  return FALSE;
}

/* Whether the sanctions at @c are blocked, vetoed or evaded: "vetoed
 * new sanctions on Russia", "blocking a sixth package of sanctions",
 * "to circumvent our sanctions against Russia" */
static gboolean
sanctions_blocked (Sent *s, guint c)
{
  for (guint t = c; t > 0 && c - t < 5; t--)
    {
      guint u = t - 1;
      if (tprefix (s, u, "block") || tprefix (s, u, "veto") || tprefix (s, u, "circumvent") ||
          tprefix (s, u, "evad") || tprefix (s, u, "evasion") || tprefix (s, u, "bypass") || tprefix (s, u, "dodg") ||
          tprefix (s, u, "skirt"))
        return TRUE;
      if (s->ment_at[u] >= 0 || !is_word (s, u) || s->cue[u] != NULL || s->cue_v[u] != NULL)
        return FALSE;
    }
  return FALSE;
}

/* Whether the sanctions, embargo or ban at @c are being lifted: "called
 * for the lifting of sanctions on Zimbabwe", "eased sanctions on X",
 * "to unconditionally scrap sanctions against X" */
static gboolean
sanction_lifted (Sent *s, guint c)
{
  for (guint t = c; t > 0 && c - t < 4; t--)
    {
      guint u = t - 1;
      if (tprefix (s, u, "lift") || tprefix (s, u, "scrap") || tis (s, u, "ease") || tis (s, u, "eased") ||
          tis (s, u, "eases") || tis (s, u, "easing") || tprefix (s, u, "remov") ||
          tprefix (s, u, "waiv") || tprefix (s, u, "relax") || tis (s, u, "end") || tis (s, u, "ended") ||
          tis (s, u, "ending") || tis (s, u, "drop") || tis (s, u, "dropped") || tis (s, u, "dropping") ||
          tprefix (s, u, "unfreez"))
        return TRUE;
      if (!is_word (s, u) || s->ment_at[u] >= 0)
        return FALSE;
    }
  return FALSE;
}

/* Whether a word that breaks ties ("cancelled", "suspended") governs
 * the phrase of plain words before the preposition at @c: "cancelled
 * all planned cultural events hosted alongside" */
static gboolean
rupture_reaches (Sent *s, guint c, guint16 cl)
{
  for (guint t = c; t > 1 && c - t < 8; t--)
    {
      guint u = t - 1;
      if (s->clause[u] != cl || s->ment_at[u] >= 0 || !is_word (s, u))
        return FALSE;
      if (has_kind (s, u, LEX_RUPTURE))
        return u + 1 < c && !tis (s, u + 1, "of") && !tis (s, u + 1, "in");
      /* (past a participle: "hosted", "held") */
      if ((s->cue[u] != NULL && s->cue[u] != s->cue_v[u]) ||
          (s->cue_v[u] != NULL && !tsuffix (s, u, "ed", 4)))
        return FALSE;
    }
  return FALSE;
}

/* "halted all trade with Turkey", "ended its cooperation with": the
 * word that negates a tie is a break of it; TRUE when the only negation
 * before @c is such a verb */
static gboolean
negated_by_rupture (Sent *s, guint c, guint16 cl)
{
  gboolean found = FALSE;

  for (guint t = c; t > 0 && c - t < 4; t--)
    {
      if (s->clause[t - 1] != cl)
        break;
      if (has_kind (s, t - 1, LEX_NEGATION))
        {
          if (!has_kind (s, t - 1, LEX_RUPTURE) || found)
            return FALSE;
          found = TRUE;
        }
    }
  return found;
}

/* "The deal ended two years of war between A and B", "an end to the
 * fighting": a war that ended was fought all the same; the only negating
 * word before the conflict noun at @c is a form of "end" */
static gboolean
ended_conflict (Sent *s, guint c, guint16 cl, const EntGazCue *cue, const EntLexHit *hit)
{
  gboolean ended = FALSE;

  if (cue->polarity != ENT_POLARITY_HOSTILE || hit->form != CUE_NOUN || !kind_is (cue->kind, "conflict"))
    return FALSE;
  for (guint t = c; t > 0 && c - t < 4; t--)
    {
      if (s->clause[t - 1] != cl)
        break;
      if (has_kind (s, t - 1, LEX_NEGATION))
        {
          if (ended || !(tis (s, t - 1, "end") || tis (s, t - 1, "ended") || tis (s, t - 1, "ends") ||
                         tis (s, t - 1, "ending")))
            return FALSE;
          ended = TRUE;
        }
    }
  return ended;
}

static gboolean
negated (Sent *s, guint c, guint16 cl)
{
  /* (no negation in the sentence: no token has_kind() one) */
  for (guint t = c; t > 0 && c - t < 4 && (s->kind_any & (1u << LEX_NEGATION)); t--)
    {
      if (s->clause[t - 1] != cl)
        break;
      if (has_kind (s, t - 1, LEX_NEGATION))
        return TRUE;
    }
  /* "it was unlikely (that) President X would send troops to Libya" */
  for (guint t = c; t > 1 && c - t < 12 && (s->kind_any & (1u << LEX_NEGATION)); t--)
    {
      if (!is_word (s, t - 1) && s->ment_at[t - 1] < 0)
        break;
      if (has_kind (s, t - 1, LEX_NEGATION) && (tis (s, t - 1, "unlikely") || tis (s, t - 1, "doubtful")) &&
          t + 1 < c && (tis (s, t, "that") || is_cap (s, t) || is_determiner (s, t)))
        return TRUE;
    }
  /* "normalisation with Israel remained off the table", "... is out of
   * the question" */
  if (!(s->wc_any & WC_OFF_OUT))
    return FALSE;
  for (guint t = c + 1; t + 2 < s->n && t < c + 10 && s->clause[t] == cl; t++)
    if ((tis (s, t, "off") && tis (s, t + 1, "the") && tis (s, t + 2, "table")) ||
        (t + 3 < s->n && tis (s, t, "out") && tis (s, t + 1, "of") && tis (s, t + 2, "the") &&
         tis (s, t + 3, "question")))
      return TRUE;
  return FALSE;
}

/* A noun inside an adverbial phrase ("under a deal", "during the
 * talks", "after the agreement"): whoever came before is not its party. */
static gboolean
in_adjunct (Sent *s, guint c)
{
  guint t = c;

  while (t > 0 && (is_determiner (s, t - 1) || (is_word (s, t - 1) && !s->cue[t - 1] && !s->cue_v[t - 1] &&
                                                s->ment_at[t - 1] < 0 && !is_object_prep (s, t - 1) &&
                                                c - t < 2 && !has_kind (s, t - 1, LEX_LOCATIVE))))
    t--;
  if (t == 0)
    return FALSE;
  /* "stood in full solidarity with Poland", "fired in support of Hamas":
   * a stance, not a circumstance; the subject takes it */
  if (tis (s, t - 1, "in") && s->cue[c] != NULL &&
      hit_cue (s, s->cue[c])->polarity == ENT_POLARITY_ALLY &&
      (tis (s, c + 1, "with") || tis (s, c + 1, "of")))
    return FALSE;
  /* "played a prominent role in mobilising support for Ukraine": the
   * subject's own act, a gerund governing the noun */
  if (tis (s, t - 1, "in") && t < c && tsuffix (s, t, "ing", 4) && !(tok (s, t)->flags & TOK_CAP) &&
      !tis (s, t, "including") && !tis (s, t, "during") && s->cue[c] != NULL &&
      hit_cue (s, s->cue[c])->polarity == ENT_POLARITY_ALLY)
    return FALSE;
  /* "Egypt, in dispute with Addis Ababa, ...": a standing with the party
   * named after it */
  if (tis (s, t - 1, "in") && t == c && s->cue[c] != NULL && tis (s, c + 1, "with"))
    return FALSE;
  /* "suspended $100 million in aid to X": the amount's noun */
  if (tis (s, t - 1, "in") && t >= 2 &&
      (tis (s, t - 2, "million") || tis (s, t - 2, "billion") || tis (s, t - 2, "bn") ||
       (tok (s, t - 2)->flags & TOK_DIGIT)))
    return FALSE;
  /* "which is locked in a long quarrel with Addis Ababa" */
  if (tis (s, t - 1, "in") && t >= 2 && s->cue[c] != NULL && tis (s, c + 1, "with") &&
      (tis (s, t - 2, "locked") || tis (s, t - 2, "embroiled") || tis (s, t - 2, "engaged") ||
       tis (s, t - 2, "mired") || tis (s, t - 2, "entangled") || tis (s, t - 2, "involved")))
    return FALSE;
  return (word_class (s, t - 1) & WC_ADJUNCT) != 0;
}

/* Parties right before a noun: "Russian and regional support",
 * "Turkish-Libyan Economic Security Agreement", "US sanctions". */
static void
noun_modifiers (Sent *s, guint c, MSet *out)
{
  guint t = c;
  guint skipped = 0;

  while (t > 0 && skipped <= 3)
    {
      guint p = t - 1;
      if (s->ment_at[p] >= 0)
        {
          int k = s->ment_at[p];
          Ment *m = ment (s, k);
          /* only adjectives and abbreviations modify a noun: "Russian
           * support", "US sanctions", not "offers the Houthis support" */
          gboolean modifier = m->form == FORM_ADJ || m->form == FORM_ABBREV ||
                              (tok (s, m->t1 - 1)->flags & TOK_UPPER) ||
                              (m->t1 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN)) ||
                              (m->t1 == c && article_named_agent (s, m)) ||
                              /* "battles Iran ally Hamas" */
                              (m->t1 == c && s->cue[c] && s->cue[c]->form == CUE_AGENT_NOUN &&
                               appositive_title (s, c) != G_MAXUINT);
          if ((!is_party (m) && !(m->flags & M_LOC)) || !modifier)
            break;
          if (is_party (m))
            mset_add (out, k);
          t = m->t0;
          skipped = 0;
          continue;
        }
      if (tok (s, p)->flags & TOK_POSS)
        break;
      /* "the oldest U.S. treaty ally", "a key defence partner" */
      if (skipped == 0 && t == c && s->cue[p] && s->cue[p]->form == CUE_NOUN && s->cue[c] &&
          s->cue[c]->form == CUE_AGENT_NOUN)
        {
          t = p;
          skipped++;
          continue;
        }
      if (tis (s, p, "and") || (tok (s, p)->flags & TOK_HYPHEN) ||
          (is_word (s, p) && !has_kind (s, p, LEX_NON_NAME) && !s->cue[p] && !s->cue_v[p] &&
           !has_kind (s, p, LEX_LOCATIVE) && !has_kind (s, p, LEX_SPEECH) && !has_kind (s, p, LEX_PRONOUN)))
        {
          t = p;
          skipped++;
          continue;
        }
      break;
    }
}

/* Whether the verb cue starting at @v is an accusation ("accuses"). */
static gboolean
accusation_verb_at (Sent *s, guint v)
{
  const EntGazCue *cue;

  if (v >= s->n || s->cue_v[v] == NULL)
    return FALSE;
  cue = hit_cue (s, s->cue_v[v]);
  return kind_is (cue->kind, "accusation");
}

/* "Hungary criticised the new sanctions on Moscow": between the party
 * at mention @k and the noun cue at @c, an accusation verb makes the noun
 * what is criticised; the critic is not its agent. */
static gboolean
criticised_noun (Sent *s, int k, guint c)
{
  for (guint t = ment (s, k)->t1; t < c; t++)
    if (s->cue_v[t] && !is_determiner (s, t - 1) && !tis (s, t - 1, "in") &&
        tok (s, t)->fold_len > 3 &&
        (memcmp (tfold (s, t) + tok (s, t)->fold_len - 2, "ed", 2) == 0 ||
         tfold (s, t)[tok (s, t)->fold_len - 1] == 's') && accusation_verb_at (s, t))
      return TRUE;
  return FALSE;
}

/* After "X-made": the party that uses or receives the weapons named
 * next, "drones[,] used by Y" or "drones supplied to Y", or the subject
 * of a verb of use right before ("Y fired X-made drones"); -1 for none. */
static int
weapon_user (Sent *s, guint after)
{
  static const char *const by_verbs[] = {
    "used", "bought", "purchased", "acquired", "operated", "flown", "fielded", "deployed",
    "fired", "launched", "obtained", "received", NULL
  };
  static const char *const to_verbs[] = {
    "supplied", "sold", "delivered", "shipped", "given", "transferred", "sent", NULL
  };
  static const char *const use_verbs[] = {
    "fired", "launched", "used", "uses", "deployed", "flew", "flies", "bought", "buys",
    "acquired", "operates", "operated", "fields", "fielded", "receives", "received", NULL
  };
  guint hyphen_start = after >= 3 ? after - 3 : 0;

  for (guint t = after; t + 2 < s->n && t < after + 5; t++)
    {
      if (s->ment_at[t] >= 0 || (tis (s, t, ",") && t != after + 1 && t != after + 2))
        break;
      for (guint v = 0; by_verbs[v]; v++)
        if (tis (s, t, by_verbs[v]) && tis (s, t + 1, "by"))
          return party_after (s, t + 2, s->clause[t + 2], 3);
      for (guint v = 0; to_verbs[v]; v++)
        if (tis (s, t, to_verbs[v]) && tis (s, t + 1, "to"))
          return party_after (s, t + 2, s->clause[t + 2], 3);
    }
  /* "Y fired Iranian-made drones": the verb is right before the maker */
  if (hyphen_start > 0)
    for (guint v = 0; use_verbs[v]; v++)
      if (tis (s, hyphen_start - 1, use_verbs[v]))
        {
          guint16 cl = s->clause[hyphen_start - 1];
          int k = party_before (s, hyphen_start - 1, cl, TRUE, 4);
          if (k >= 0 && ment (s, k)->t1 == hyphen_start - 1)
            return k;
          return -1;
        }
  return -1;
}

/* Whether a verb opens the object that starts at @p: "expelled French
 * troops", "accused Israel", "visited Egypt"; not a speech verb (its
 * complement has a subject of its own) nor a "-backed" compound */
/* Whether the lower-case word at @v reads as a finite verb: a verb cue
 * or a past form ("expelled", "visited") */
static inline gboolean
verb_word (Sent *s, guint v)
{
  return !(tok (s, v)->flags & TOK_CAP) &&
         ((s->cue_v[v] != NULL && s->cue_v[v]->form == CUE_VERB) || tsuffix (s, v, "ed", 3));
}

static gboolean
verb_before_object (Sent *s, guint p)
{
  guint v = p - 1;

  if (p == 0 || s->ment_at[v] >= 0 || !is_word (s, v) || is_speech (s, v) ||
      (v > 0 && ((tok (s, v - 1)->flags & TOK_HYPHEN) || tis (s, v - 1, "-"))))
    return FALSE;
  return verb_word (s, v);
}

/* "Mali expelled the French ambassador and turned to Russia": the verb
 * after "and" shares the clause's subject, not the object of the verb
 * before it.  The subject mention, or -1 when the verb is not such a
 * second verb ("Mali and Niger turned to ..." is the usual case). */
static int
coordinated_vp_subject (Sent *s, guint c, guint16 cl)
{
  guint t = c;
  int subj;
  gboolean offer = FALSE;

  /* "... and offered to train Polish crews" */
  if (t >= 2 && tis (s, t - 1, "to") &&
      (tis (s, t - 2, "offered") || tis (s, t - 2, "pledged") || tis (s, t - 2, "promised") ||
       tis (s, t - 2, "vowed") || tis (s, t - 2, "agreed") || tis (s, t - 2, "offers") || tis (s, t - 2, "pledges")))
    {
      t -= 2;
      offer = TRUE;
    }
  /* past "has", "have", "had", "also", "then", "later", "was", "were",
   * "is", "are", "quickly", "swiftly", "since", "instead", "now", "still",
   * "already", "again" */
  while (t > 0 && (word_class (s, t - 1) & WC_AUX_VP))
    t--;
  if (t < 3 || !tis (s, t - 1, "and") || s->clause[t - 1] != cl)
    return -1;
  /* "Zelensky said the drones showed that Russia was testing NATO and
   * offered to train Polish crews": the offer is the speaker's */
  if (offer)
    {
      guint t0 = t - 1;
      while (t0 > 0 && s->clause[t0 - 1] == cl)
        t0--;
      if (t0 > 0 && s->clause[t0 - 1] != cl)
        {
          guint v = t0 - 1;
          while (v > 0 && !is_speech (s, v) && s->clause[v - 1] == s->clause[v])
            v--;
          if (is_speech (s, v))
            for (int k = (int) s->ments->len - 1; k >= 0; k--)
              if ((ment (s, k)->flags & M_SPEAKER) && ment (s, k)->t1 <= v && is_party (ment (s, k)))
                return k;
        }
    }
  if (s->ment_at[t - 2] >= 0)
    {
      /* "bought radar from France and India and hosts ...": the parties
       * before "and" are a preposition's objects, not a subject */
      guint p = ment (s, s->ment_at[t - 2])->t0;
      while (p >= 2 && (tis (s, p - 1, "and") || tis (s, p - 1, ",")) && s->ment_at[p - 2] >= 0)
        p = ment (s, s->ment_at[p - 2])->t0;
      while (p > 0 && is_determiner (s, p - 1))
        p--;
      /* "Mali's junta expelled French troops and invited Russian
       * mercenaries": the first verb's object, no subject either */
      if (p == 0 || (!is_object_prep (s, p - 1) && !verb_before_object (s, p)))
        return -1;
    }
  else if (!is_word (s, t - 2))
    return -1;
  /* the first party of the clause, among its first words and not the
   * object of a preposition (a dateline place before it is skipped) */
  {
    guint u = t - 2, words = 0;
    while (u > 0 && s->clause[u - 1] == cl)
      u--;
    for (subj = -1; u < t - 2 && words < 7; u++)
      {
        if (s->ment_at[u] >= 0)
          {
            Ment *m = ment (s, s->ment_at[u]);
            guint p = m->t0;
            if (!is_party (m) || (m->t1 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN)))
              {
                u = m->t1 - 1;
                continue;
              }
            while (p > 0 && is_determiner (s, p - 1))
              p--;
            if (p > 0 && is_object_prep (s, p - 1) && !tis (s, p - 1, "of"))
              return -1;
            subj = s->ment_at[u];
            break;
          }
        if (is_word (s, u))
          words++;
      }
  }
  return subj;
}

/* "Sudan accused X of stealing gold with the backing of Y": the one
 * accused is who acts in the "of VERBing" complement before @c, so the
 * help goes to X, not to the accuser.  The mention of X, or -1. */
static int
accused_agent (Sent *s, guint c, guint16 cl)
{
  for (guint t = c; t > 2 && c - t < 12 && s->clause[t - 1] == cl; t--)
    {
      guint of = t - 1, v;
      const Ment *m;
      if (!(tis (s, of, "of") || tis (s, of, "for")) || of + 1 >= c || s->ment_at[of - 1] < 0)
        continue;
      {
        guint fl = tok (s, of + 1)->fold_len;
        if (fl < 5 || memcmp (tfold (s, of + 1) + fl - 3, "ing", 3) != 0)
          continue;
      }
      m = ment (s, s->ment_at[of - 1]);
      v = m->t0;
      while (v > 0 && is_determiner (s, v - 1))
        v--;
      if (!is_party (m) || v == 0 || !accusation_verb_at (s, v - 1))
        return -1;
      return s->ment_at[of - 1];
    }
  return -1;
}

/* The antecedent of a relative clause holding token @v: "the UAE, which
 * the army accuses": the party right before ", which" (or "who"), a few
 * tokens back in the clause; -1 if none. */
static int
relative_antecedent (Sent *s, guint v, guint16 cl, guint *rel)
{
  for (guint t = v; t >= 2 && v - t < 8 && s->clause[t - 1] == cl; t--)
    {
      guint r = t - 1;
      if (tis (s, r, ",") || has_kind (s, r, LEX_SPEECH))
        break;
      if (has_kind (s, r, LEX_RELATIVE) && r >= 2 && tis (s, r - 1, ",") && s->ment_at[r - 2] >= 0 &&
          is_party (ment (s, s->ment_at[r - 2])))
        {
          if (rel)
            *rel = r;
          return s->ment_at[r - 2];
        }
    }
  return -1;
}

/* The one accused by the accusation verb at @v when it is not named after
 * it ("X, which Y accuses of arming Z", "X was accused of arming Z"):
 * the relative's antecedent or the passive's subject, never the accuser;
 * -1 if neither. */
static int
accused_before (Sent *s, guint v, guint16 cl)
{
  int k = relative_antecedent (s, v, cl, NULL);

  if (k >= 0)
    return k;
  /* "the rebels blamed for killing X", "militias accused of ...": the
   * party the participle follows */
  if (v >= 2 && s->ment_at[v - 1] < 0 && s->ment_at[v - 2] >= 0 &&
      (tis (s, v - 1, "rebels") || tis (s, v - 1, "fighters") || tis (s, v - 1, "militants") ||
       tis (s, v - 1, "militia") || tis (s, v - 1, "militias") || tis (s, v - 1, "forces") ||
       tis (s, v - 1, "troops") || tis (s, v - 1, "soldiers") || tis (s, v - 1, "gunmen")))
    {
      /* "the FACT rebels blamed for" */
      if (is_party (ment (s, s->ment_at[v - 2])) && tsuffix (s, v, "ed", 4))
        return s->ment_at[v - 2];
    }
  else if (v >= 1 && s->ment_at[v - 1] >= 0 && is_party (ment (s, s->ment_at[v - 1])) && tsuffix (s, v, "ed", 4) &&
           !(v >= 2 && (tok (s, v - 1)->flags & TOK_POSS)))
    return s->ment_at[v - 1];
  if (v >= 1 && (tis (s, v - 1, "was") || tis (s, v - 1, "were") || tis (s, v - 1, "is") ||
                 tis (s, v - 1, "are") || tis (s, v - 1, "been") || tis (s, v - 1, "being")))
    return clause_subject (s, cl, v);
  return -1;
}

/* The state whose ground a strike hit when its object names no party:
 * "jets struck a residential compound in Doha", "shelled villages on the
 * outskirts of Kharkiv".  Only verbs of striking (not "fought in",
 * "killed ... in"), and no place the strike came from ("from", "near").
 * The place mention, or -1. */
/* The state a target phrase from @after places its target in: "positions
 * in Syria", "nine sites in Pakistan", "the port of Hodeidah"; -1. */
static int
place_in_phrase (Sent *s, guint after, guint16 cl)
{
  guint words = 0;

  for (guint t = after; t < s->n && t < after + 8 && s->clause[t] == cl; t++)
    {
      if (s->ment_at[t] >= 0)
        {
          Ment *m = ment (s, s->ment_at[t]);
          guint p = t;
          if (p > 0 && tis (s, p - 1, "the"))
            p--;
          /* (not "the hideout of Somali Islamists": people from there) */
          if ((m->flags & M_LOC) && is_place_actor (s, m) && words > 0 && p > 0 &&
              (tis (s, p - 1, "in") || tis (s, p - 1, "of") || tis (s, p - 1, "on")) &&
              !(m->form == FORM_ADJ && insurgent_noun (s, m->t1) > 0))
            return s->ment_at[t];
          return -1;
        }
      if (tis (s, t, "in") || tis (s, t, "of") || tis (s, t, "on") || is_determiner (s, t) ||
          (tok (s, t)->flags & TOK_DIGIT))
        continue;
      if (!is_word (s, t) || s->cue[t] || s->cue_v[t] || tis (s, t, "from") || tis (s, t, "near") ||
          tis (s, t, "and") || has_kind (s, t, LEX_SPEECH) || ++words > 4)
        return -1;
    }
  return -1;
}

/* "the attacks by X", "what it called indiscriminate air strikes by X":
 * the party whose hostile act is the object at @after; -1 */
/* The "by" that names the doer of a deed named just before @v, past a
 * participle of doing ("the coup led by X", "the massacre carried out by
 * Y", "the sanctions imposed by Japan"); G_MAXUINT if none */
static guint
doer_by (Sent *s, guint v)
{
  if (v + 2 < s->n && (tis (s, v, "led") || tis (s, v, "staged") || tis (s, v, "mounted") ||
                       tis (s, v, "orchestrated") || tis (s, v, "perpetrated") || tis (s, v, "committed") ||
                       tis (s, v, "imposed") || tis (s, v, "launched") || tis (s, v, "conducted") ||
                       tis (s, v, "engineered")))
    v++;
  else if (v + 3 < s->n && tis (s, v, "carried") && tis (s, v + 1, "out"))
    v += 2;
  return v + 1 < s->n && tis (s, v, "by") ? v : G_MAXUINT;
}

/* Whether the verb at @c condemns a deed: "condemned", "denounced",
 * "criticised", "slammed" (not "warned" or "denied") */
static gboolean
condemning_verb (Sent *s, guint c)
{
  static const char *const stems[] = { "condemn", "denounc", "critici", "slam", "decr", "censur", "rebuk",
                                       "lambast", "castigat", "deplor", NULL };
  for (guint i = 0; stems[i] != NULL; i++)
    if (tprefix (s, c, stems[i]))
      return TRUE;
  return FALSE;
}

/* Whether the verb at @c moves to stop a deed: "prevent", "deter",
 * "counter", "thwart", "foil" */
static gboolean
deterring_verb (Sent *s, guint c)
{
  return tprefix (s, c, "prevent") || tprefix (s, c, "deter") || tprefix (s, c, "counter") ||
         tprefix (s, c, "thwart") || tprefix (s, c, "foil");
}

static int
act_by (Sent *s, guint c, guint after)
{
  guint u = after, v;

  /* "what he called", "what Ankara termed" */
  if (u + 2 < s->n && tis (s, u, "what") &&
      (tis (s, u + 2, "called") || tis (s, u + 2, "termed") || tis (s, u + 2, "described")))
    u += 3;
  for (guint words = 0; u < s->n && words < 3 && s->ment_at[u] < 0 && !s->cue[u] && !s->cue_v[u] &&
                        (is_determiner (s, u) || is_word (s, u)) && !tis (s, u, "by"); words++)
    u++;
  /* "condemned the missile launches by North Korea", "denounced the
   * provocative acts by Pyongyang": any deed a condemning verb names
   * is the doer's */
  if (u > after && u + 1 < s->n && !is_determiner (s, u - 1) && tis (s, u, "by") &&
      (condemning_verb (s, c) || deterring_verb (s, c)))
    return party_after (s, u + 1, s->clause[u], 3);
  if (u >= s->n || s->ment_at[u] >= 0 || s->cue[u] == NULL || s->cue[u]->form != CUE_NOUN ||
      hit_cue (s, s->cue[u])->polarity != ENT_POLARITY_HOSTILE)
    return -1;
  if ((v = doer_by (s, u + s->cuelen[u])) == G_MAXUINT)
    return -1;
  return party_after (s, v + 1, s->clause[v], 3);
}


/* The copula ("is", "remains", "became") before the noun phrase that
 * ends at @before, past an article and up to three adjectives: "is the
 * main foreign backer of"; its token, or G_MAXUINT */
static guint
copula_before (Sent *s, guint before)
{
  for (guint q = before; q > 0 && before - q < 5; q--)
    {
      guint t = q - 1;
      if (tis (s, t, "is") || tis (s, t, "was") || tis (s, t, "are") || tis (s, t, "were") ||
          tis (s, t, "remains") || tis (s, t, "remained") || tis (s, t, "been") || tis (s, t, "became") ||
          tis (s, t, "becomes"))
        return t;
      if (!(is_determiner (s, t) || (is_word (s, t) && s->ment_at[t] < 0 && !s->cue[t] && !s->cue_v[t])))
        break;
    }
  return G_MAXUINT;
}

/* "hosts a large U.S. base", "hosted Russian warplanes at its airfield":
 * the state whose base or forces the object names, or -1 */
static int
hosted_base_owner (Sent *s, guint after, guint16 cl)
{
  for (guint t = after; t < s->n && t < after + 4 && s->clause[t] == cl; t++)
    {
      int k = s->ment_at[t];
      if (k < 0)
        {
          if (!is_determiner (s, t) && !(is_word (s, t) && !s->cue[t] && !s->cue_v[t]))
            return -1;
          continue;
        }
      {
        Ment *m = ment (s, k);
        guint h = m->t1;
        if (!is_place_actor (s, m) || h >= s->n)
          return -1;
        if (tis (s, h, "base") || tis (s, h, "bases") || tis (s, h, "airbase") || tis (s, h, "troops") ||
            tis (s, h, "soldiers") || tis (s, h, "personnel") || tis (s, h, "warplanes") ||
            tis (s, h, "warships") || tis (s, h, "military"))
          return k;
        return -1;
      }
    }
  return -1;
}

/* "called on Iran to (stop) arm(ing)", "urged X to", "asked X to",
 * "pressed X to": the party asked to do the verb at @c, or -1; @stop is
 * set when the request is to stop doing it */
static int
urged_party (Sent *s, guint c, gboolean *stop)
{
  guint t = c;
  int k;
  guint v;

  *stop = FALSE;
  /* "stop", "halt", "cease", "quit", "end" */
  if (t >= 1 && (wx (s, t - 1) & WX_STOP))
    {
      *stop = TRUE;
      t--;
    }
  if (t < 3 || !tis (s, t - 1, "to") || (k = s->ment_at[t - 2]) < 0 || !is_party (ment (s, k)))
    return -1;
  v = ment (s, k)->t0;
  while (v > 0 && is_determiner (s, v - 1))
    v--;
  if (v >= 2 && tis (s, v - 1, "on") && tprefix (s, v - 2, "call"))
    return k;
  if (v >= 1 && (tprefix (s, v - 1, "urg") || tis (s, v - 1, "asked") || tis (s, v - 1, "asks") ||
                 tis (s, v - 1, "ask") || tprefix (s, v - 1, "press") || tprefix (s, v - 1, "encourag") ||
                 tprefix (s, v - 1, "implor") || tprefix (s, v - 1, "persuad")))
    return k;
  return -1;
}

/* A verb of striking at @c: struck, hits, bombed, shelling, raided ... */
static gboolean
strike_verb (Sent *s, guint c)
{
  static const char *const strike[] = { "struck", "strike", "hit", "bomb", "shell", "raid", "pound",
                                        "attack", "target", "destroy", "sank", "sink", NULL };
  for (guint v = 0; strike[v]; v++)
    if (tprefix (s, c, strike[v]))
      return TRUE;
  return FALSE;
}

static int
struck_place (Sent *s, const EntGazCue *cue, guint c, guint after, guint16 cl)
{
  if (cue->polarity != ENT_POLARITY_HOSTILE || !kind_is (cue->kind, "conflict") || !strike_verb (s, c))
    return -1;
  return place_in_phrase (s, after, cl);
}

static gboolean noun_context (Sent *s, guint c);

/* The subject a "their" before token @first stands for: its clause's,
 * or after "A, B and C ... affirmed their support", the speakers'. */
static int
their_owner (Sent *s, guint16 cl, guint first)
{
  int k;
  guint t0 = 0;

  if (sides_before (s, first - 1))
    return -1;
  k = clause_subject (s, cl, first);

  if (k >= 0)
    return ment (s, k)->t1 < first ? k : -1;
  while (t0 < s->n && s->clause[t0] != cl)
    t0++;
  if (t0 == 0 || t0 >= s->n || !has_kind (s, t0 - 1, LEX_SPEECH))
    return -1;
  return clause_subject (s, s->clause[t0 - 1], t0 - 1);
}
static int coordinated_vp_subject (Sent *s, guint c, guint16 cl);

/* The party after "from" in the few plain words after a verb ("bought
 * artillery and radar from France"), or -1. */
static int
from_party (Sent *s, guint after, guint16 cl)
{
  for (guint t = after; t + 1 < s->n && t < after + 7 && s->clause[t] == cl; t++)
    {
      if (tis (s, t, "from"))
        {
          guint u = t + 1;
          while (u < s->n && is_determiner (s, u))
            u++;
          return u < s->n && s->ment_at[u] >= 0 && is_party (ment (s, s->ment_at[u])) ? s->ment_at[u] : -1;
        }
      if (s->ment_at[t] >= 0 || !is_word (s, t) || s->cue[t] || s->cue_v[t])
        return -1;
    }
  return -1;
}

/* "X and Y, two groups that New Delhi says are sheltered by Z", "the RSF,
 * which the army says is backed by the UAE": the clause @cl opens after
 * a speech verb inside a relative clause; its subject is the party the
 * relative clause hangs on.  Adds it (and those coordinated with it). */
static void
reported_relative_head (Sent *s, guint16 cl, MSet *out)
{
  guint t = 0, words = 0;

  while (t < s->n && s->clause[t] != cl)
    t++;
  if (t == 0 || t >= s->n)
    return;
  /* back over the speech verb and its speaker */
  while (t > 0 && has_kind (s, t - 1, LEX_SPEECH))
    t--;
  if (t == 0 || s->ment_at[t - 1] < 0)
    return;
  t = ment (s, s->ment_at[t - 1])->t0;
  while (t > 0 && is_determiner (s, t - 1))
    t--;
  if (t == 0 || !has_kind (s, t - 1, LEX_RELATIVE))
    return;
  t--;
  /* ", a group that", ", two militant groups which" */
  while (t > 0 && words < 4 && s->ment_at[t - 1] < 0 && is_word (s, t - 1) && !tis (s, t - 1, ","))
    {
      t--;
      words++;
    }
  if (t < 2 || !tis (s, t - 1, ",") || s->ment_at[t - 2] < 0 || !is_party (ment (s, s->ment_at[t - 2])))
    return;
  coord_backward (s, s->ment_at[t - 2], out);
}

static gboolean is_event_noun (Sent *s, guint t);
static gboolean is_weapon_noun (Sent *s, guint t);

/* "The strikes targeted camps of X", "the raids hit ...": an attack
 * named as the subject of a hostile verb is the last striker's, within
 * three sentences; the actor, or -1. */
static int
event_subject (Sent *s, guint c, guint16 cl)
{
  EntXCtx *ctx = s->ctx;
  guint t = c;

  /* [the] NOUN [also|have|had|been] VERB */
  while (t > 0 && c - t < 3 && (tis (s, t - 1, "also") || tis (s, t - 1, "have") || tis (s, t - 1, "had") ||
                                tis (s, t - 1, "been")))
    t--;
  if (t == 0 || s->clause[t - 1] != cl)
    return -1;
  if (t < 2 || !tis (s, t - 2, "the"))
    return -1;
  /* "Russian drones crossed ... the drones had been attacking X": the
   * weapons' owner */
  if (is_weapon_noun (s, t - 1))
    return ctx->weapon_owner >= 0 && ctx->weapon_sent + 4 >= s->sent ? ctx->weapon_owner : -1;
  if (!is_event_noun (s, t - 1) || ctx->striker < 0 ||
      ctx->striker_sent + 3 < s->sent)
    return -1;
  return ctx->striker;
}

static gboolean
is_weapon_noun (Sent *s, guint t)
{
  return (word_class (s, t) & WC_WEAPON) != 0;
}

/* "Russian drones", "Iranian missiles": the weapons' owner, for a later
 * "the drones" */
static void
note_weapons (Sent *s)
{
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      if (m->t1 > m->t0 + 1 && m->form == FORM_GOV && is_weapon_noun (s, m->t1 - 1))
        {
          s->ctx->weapon_owner = m->actor;
          s->ctx->weapon_sent = s->sent;
        }
    }
}

/* "they destroyed Chinese drones supplied by the UAE", "Turkish drones
 * operated by the army": weapons a named other supplies or uses say where
 * they were made, no party */
static void
weapon_origin (Sent *s)
{
  if (!(s->wc_any & WC_WEAPON))
    return;
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      guint t = m->t1;

      if (m->form != FORM_GOV || m->t1 < m->t0 + 2 || !is_weapon_noun (s, t - 1) || t + 3 >= s->n ||
          !tis (s, t + 1, "by") || s->ment_at[t + (tis (s, t + 2, "the") ? 3 : 2)] < 0)
        continue;
      if (tis (s, t, "supplied") || tis (s, t, "provided") || tis (s, t, "sold") || tis (s, t, "delivered") ||
          tis (s, t, "given") || tis (s, t, "sent") || tis (s, t, "operated") || tis (s, t, "flown") ||
          tis (s, t, "used") || tis (s, t, "fired") || tis (s, t, "launched") || tis (s, t, "deployed"))
        m->flags |= M_LOC;
    }
}

/* An attack named as a noun: "strikes", "raids", "the offensive" */
static gboolean
is_event_noun (Sent *s, guint t)
{
  return (word_class (s, t) & WC_EVENT) != 0;
}

/* "Cabello called the strikes ...": the story still speaks of the last
 * striker's attack, which keeps it current. */
static void
refresh_striker (Sent *s)
{
  EntXCtx *ctx = s->ctx;

  if (ctx->striker < 0 || !(s->wc_any & WC_EVENT))
    return;
  for (guint t = 0; t + 1 < s->n; t++)
    if (tok (s, t)->fold_len == 3 && tis (s, t, "the") && is_event_noun (s, t + 1))
      {
        ctx->striker_sent = s->sent;
        return;
      }
}

/* "condemned the strikes", "denounced the raids": the attack named as a
 * hostile verb's object is the last striker's, within eight sentences
 * of the story; the actor, or -1. */
static int
event_object (Sent *s, guint after)
{
  EntXCtx *ctx = s->ctx;

  if (ctx->striker < 0 || ctx->striker_sent + 8 < s->sent ||
      !tis (s, after, "the") || after + 1 >= s->n || s->ment_at[after + 1] >= 0)
    return -1;
  /* "the strikes on X", "the attack by Y" name their own parties */
  if (!is_event_noun (s, after + 1) || (after + 2 < s->n && (tis (s, after + 2, "on") || tis (s, after + 2, "by") ||
                                      tis (s, after + 2, "against") || tis (s, after + 2, "of") ||
                                      tis (s, after + 2, "in"))))
    return -1;
  return ctx->striker;
}

/* A seizure of power named as a noun: "coup", "putsch", "takeover" */
static gboolean
coup_noun (Sent *s, guint t)
{
  return tis (s, t, "coup") || tis (s, t, "putsch") || tis (s, t, "takeover") || tis (s, t, "coups");
}

/* The state of the leader at mention @k whom the coup verb at @v ousted
 * with no doer named: as a mention of its own, hostile to him; -1 when
 * he acts for no state */
static int
ousted_leader_state (Sent *s, guint v, int k)
{
  int st = state_of_person (s->ctx, ment (s, k)->actor);

  if (st < 0 || s->cue_v[v] == NULL)
    return -1;
  st = virtual_ment (s, st);
  emit_one (s, hit_cue (s, s->cue_v[v]), v, v, st, k);
  return st;
}

/* Whether the verb at @v follows a relative pronoun whose noun names no
 * party: "soldiers who seized power", "the officers who overthrew X" */
static gboolean
relative_unnamed (Sent *s, guint v)
{
  guint p = v;
  guint r;

  while (p > 0 && (tis (s, p - 1, "had") || tis (s, p - 1, "have") || tis (s, p - 1, "has") ||
                   tis (s, p - 1, "also") || tis (s, p - 1, "then")))
    p--;
  if (p == 0 || !has_kind (s, p - 1, LEX_RELATIVE))
    return FALSE;
  if (p < 2)
    return TRUE;
  r = p - 2;
  /* "Hayat Tahrir al-Sham (HTS) that toppled X" */
  if (tis (s, r, ")"))
    while (r > 0 && p - r < 6 && !tis (s, r, "("))
      r--;
  if (tis (s, r, "(") && r > 0)
    r--;
  return s->ment_at[r] < 0;
}

/* The doer of the coup verb at @v: its subject, none after a relative
 * pronoun that follows no party */
static int
coup_verb_subject (Sent *s, guint v)
{
  if (relative_unnamed (s, v))
    return -1;
  return verb_subject (s, v);
}

/* Who made the coup the sentence tells of, as a party mention, or -1:
 * "soldiers loyal to X seized power", "X, who toppled President Y",
 * "X staged a coup", "took power in a coup", "coup leader X", "the putsch
 * led by X".  A story's later "condemned the coup" is aimed at them. */
static int
coup_maker (Sent *s)
{
  for (guint t = s->cue_lo; t < s->cue_hi; t++)
    {
      if (s->cue_v[t] != NULL)
        {
          /* "seized power", "seized control of the presidency" */
          if (tprefix (s, t, "seiz") && t + 1 < s->n &&
              (tis (s, t + 1, "power") || (tis (s, t + 1, "control") && t + 4 < s->n && tis (s, t + 2, "of") &&
                                            tis (s, t + 3, "the") && (tis (s, t + 4, "presidency") ||
                                                                      tis (s, t + 4, "government")))))
            return coup_verb_subject (s, t);
          /* "toppled President Y", "ousted the elected government" */
          if (tprefix (s, t, "toppl") || tprefix (s, t, "oust") || tprefix (s, t, "overthr") ||
              tprefix (s, t, "depos"))
            for (guint u = t + 1; u < s->n && u < t + 4; u++)
              if (tis (s, u, "president") || tis (s, u, "government") ||
                  (s->ment_at[u] >= 0 && (ment (s, s->ment_at[u])->flags & M_INDIV)))
                {
                  int k = coup_verb_subject (s, t);
                  if (k >= 0 && k != s->ment_at[u])
                    return k;
                  /* "the officers who overthrew President Bazoum": a
                   * junta unnamed holds his state, against him */
                  if (k < 0 && tis (s, u, "president") && u + 1 < s->n && s->ment_at[u + 1] >= 0)
                    u++;
                  if (k < 0 && s->ment_at[u] >= 0 && (ment (s, s->ment_at[u])->flags & M_INDIV) &&
                      relative_unnamed (s, t) && !tsuffix (s, t, "ing", 4))
                    return ousted_leader_state (s, t, s->ment_at[u]);
                  break;
                }
        }
      if (s->cue[t] == NULL || !coup_noun (s, t))
        continue;
      /* "coup leader Gen. X", "putsch leaders" */
      if (t + 2 < s->n && (tis (s, t + 1, "leader") || tis (s, t + 1, "leaders")) && s->ment_at[t + 2] >= 0)
        return s->ment_at[t + 2];
      /* "the coup led by X", "the putsch carried out by X" */
      {
        guint u = doer_by (s, t + 1);
        if (u != G_MAXUINT && u > t + 1)
          return party_after (s, u + 1, s->clause[u], 4);
      }
      /* "X staged a coup", "X took power in a coup" */
      if (t >= 2 && (tis (s, t - 1, "a") || tis (s, t - 1, "the")) &&
          (tis (s, t - 2, "staged") || tis (s, t - 2, "led") || tis (s, t - 2, "mounted") ||
           tis (s, t - 2, "launched") || tis (s, t - 2, "carried")))
        return coup_verb_subject (s, t - 2);
      if (t >= 4 && tis (s, t - 1, "a") && tis (s, t - 2, "in") && tis (s, t - 3, "power") &&
          (tis (s, t - 4, "took") || tis (s, t - 4, "seized") || tis (s, t - 4, "grabbed") || tis (s, t - 4, "came")))
        return coup_verb_subject (s, t - 4);
    }
  return -1;
}

static void
note_coup (Sent *s)
{
  int k;

  if (!(s->wx_any & WX_COUP) || s->cue_lo >= s->cue_hi || (k = coup_maker (s)) < 0 || !is_party (ment (s, k)))
    return;
  s->ctx->couper = ment (s, k)->actor;
  s->ctx->couper_sent = s->sent;
}

/* "ECOWAS condemned the coup", "backed the military takeover": a coup
 * named as a verb's object is its makers', within twelve sentences of
 * the story; the actor, or -1 */
static int
coup_object (Sent *s, guint after)
{
  guint t = after;

  if (s->ctx->couper < 0 || s->ctx->couper_sent + 12 < s->sent || !tis (s, t, "the"))
    return -1;
  t++;
  if (tis (s, t, "military") || tis (s, t, "army") || tis (s, t, "recent") || tis (s, t, "latest"))
    t++;
  if (t >= s->n || s->ment_at[t] >= 0 || !coup_noun (s, t))
    return -1;
  /* "the coup in Niger", "the coup by X": its own parties */
  if (t + 1 < s->n && (tis (s, t + 1, "in") || tis (s, t + 1, "by") || tis (s, t + 1, "of") ||
                       tis (s, t + 1, "against") || tis (s, t + 1, "led")))
    return -1;
  return s->ctx->couper;
}

/* The "its" of a verb's object that names no party: "struck its
 * headquarters", "hit three of its nuclear sites"; G_MAXUINT if none. */
static guint
object_pronoun (Sent *s, guint after, guint16 cl)
{
  guint t = after;

  if (t + 2 < s->n && s->clause[t + 2] == cl && tis (s, t + 1, "of") && s->ment_at[t] < 0 &&
      ((tok (s, t)->flags & TOK_DIGIT) || tis (s, t, "two") || tis (s, t, "three") || tis (s, t, "four") ||
       tis (s, t, "several") || tis (s, t, "dozens") || tis (s, t, "some") || tis (s, t, "one") ||
       tis (s, t, "most") || tis (s, t, "many") || tis (s, t, "all") || tis (s, t, "hundreds")))
    t += 2;
  if (t < s->n && s->clause[t] == cl && tis (s, t, "its"))
    return t;
  /* "accusing it of failing to defend Armenia" */
  if (t == after && t < s->n && s->clause[t] == cl && tis (s, t, "it"))
    return t;
  return G_MAXUINT;
}

static int object_pronoun_referent (Sent *s, guint pron, const MSet *not);
static gboolean agent_and_target (Sent *s, guint c, guint after, guint16 cl, MSet *src, MSet *dst);

/* What "its" at @pron stands for when it cannot be the subject: the
 * nearest state or group before it that is none of @not; -1. */
static int
pronoun_referent (Sent *s, guint pron, const MSet *not)
{
  for (guint t = pron; t > 0; t--)
    {
      int k = s->ment_at[t - 1];
      Ment *m;
      gboolean excluded = FALSE;
      if (k < 0)
        continue;
      m = ment (s, k);
      /* not a modifier: "the Moscow-led bloc" */
      if (!is_party (m) || (m->flags & M_INDIV) || (m->t1 < s->n && (tok (s, m->t1)->flags & TOK_HYPHEN)))
        {
          t = m->t0 + 1;
          continue;
        }
      for (guint i = 0; i < not->n; i++)
        excluded |= ment (s, not->m[i])->actor == m->actor;
      if (!excluded)
        return k;
      t = m->t0 + 1;
    }
  return -1;
}

/* The object pronoun at @pron of a clause whose source is @not.  "The
 * military has lost ground since the alliance - A, B and C - launched an
 * offensive against it": a bare "it" in a later clause is the sentence's
 * subject when that is not the source; otherwise the nearest party. */
static int
object_pronoun_referent (Sent *s, guint pron, const MSet *not)
{
  /* "Iran said an Israeli strike killed one of its generals": the
   * state or group that speaks, when it is not the striker */
  if (tis (s, pron, "its") && s->speaker >= 0 && s->speech_pos != G_MAXUINT && s->speech_pos < pron &&
      !s->inq[pron])
    for (guint k = 0; k < s->ments->len; k++)
      {
        Ment *m = ment (s, k);
        gboolean excluded = FALSE;
        if (m->actor != s->speaker || !(m->flags & M_SPEAKER) || (m->flags & M_INDIV))
          continue;
        for (guint i = 0; i < not->n; i++)
          excluded |= ment (s, not->m[i])->actor == m->actor;
        if (!excluded)
          return (int) k;
      }
  if (tis (s, pron, "it"))
    {
      int subj = -1;
      gboolean excluded = FALSE;
      for (guint t = 0; t < 3 && t < pron && subj < 0; t++)
        if (s->ment_at[t] >= 0 && is_party (ment (s, s->ment_at[t])) &&
            !(ment (s, s->ment_at[t])->flags & M_INDIV))
          subj = s->ment_at[t];
      for (guint i = 0; subj >= 0 && i < not->n; i++)
        excluded |= ment (s, not->m[i])->actor == ment (s, subj)->actor ||
                    ment (s, not->m[i])->t0 <= ment (s, subj)->t0;
      /* "While the United States, Russia and the UAE welcomed the plan,
       * Turkey dismissed it": a list is "they", never "it" */
      if (subj >= 0 && !excluded)
        {
          MSet list = { 0 };
          coord_forward (s, subj, &list);
          if (list.n >= 2)
            return -1;
          return subj;
        }
    }
  return pronoun_referent (s, pron, not);
}

/* The token after "in Yemen" at @t ("the Houthis in Yemen, Iran's
 * allies"), or @t when no place phrase starts there. */
static guint place_after (Sent *s, guint t);

/* Past what may follow a subject before its apposition's comma: its
 * acronym and its seat ("The Kurdistan Regional Government (KRG) in
 * Erbil, ...") */
static guint
subject_tail (Sent *s, guint t)
{
  guint u;

  if (t + 2 < s->n && tis (s, t, "(") && tis (s, t + 2, ")"))
    t += 3;
  u = place_after (s, t);
  if (u == t && t + 1 < s->n && tis (s, t, "in") && is_cap (s, t + 1) && s->ment_at[t + 1] < 0)
    {
      u = t + 1;
      while (u < s->n && u < t + 4 && is_cap (s, u) && s->ment_at[u] < 0)
        u++;
    }
  return u;
}

static guint
place_after (Sent *s, guint t)
{
  guint u = t + 1;
  Ment *m;

  if (t >= s->n || !has_kind (s, t, LEX_LOCATIVE))
    return t;
  if (tis (s, u, "the"))
    u++;
  if (u >= s->n || s->ment_at[u] < 0)
    return t;
  m = ment (s, s->ment_at[u]);
  return (m->flags & M_LOC) ? m->t1 : t;
}

/* "talks between A and B", "A and B signed": the two sides a later "the
 * two sides" or "each side ... the other" refers to */
/* "The foreign ministers of Egypt, Jordan and Qatar ... rejected": the
 * parties acting together, for a later "the three countries". */
/* The distinct actors of the parties acting together among the mentions
 * that end before token @before, into @actors (room for @room); their
 * number, or 0 when fewer than two */
/* FALSE when coord_forward (@s, @k) into an empty set certainly gives
 * @k alone: the next mention lies in another clause, where
 * coord_forward_list() stops at once, and no "both" is among the four
 * tokens before @k, the only other way it adds a party.  sentence_group()
 * asks it of every party of a sentence: most stand alone. */
static gboolean
coord_may_grow (Sent *s, int k)
{
  Ment *m = ment (s, k);

  if ((guint) k + 1 < s->ments->len && s->clause[ment (s, k + 1)->t0] == s->clause[m->t0])
    return TRUE;
  for (guint p = m->t0; (s->wx_any & WX_BOTH) && p > 0 && m->t0 - p < 4; p--)
    if (tis (s, p - 1, "both"))
      return TRUE;
  return FALSE;
}

static guint
sentence_group (Sent *s, guint before, int *actors, guint room)
{
  /* (a set is read only up to its count: no need to clear the rest) */
  MSet set, subj, more;
  int k = clause_subject (s, s->clause[0], before);
  guint n = 0;

  set.n = 0;
  if (k >= 0)
    {
      subj.n = 0;
      coord_forward (s, k, &subj);
      /* one mention per actor ("Hassan Sheikh Mohamed" may come in two) */
      for (guint i = 0; i < subj.n; i++)
        {
          gboolean dup = FALSE;
          for (guint j = 0; j < set.n; j++)
            dup |= ment (s, set.m[j])->actor == ment (s, subj.m[i])->actor;
          if (!dup)
            mset_add (&set, subj.m[i]);
        }
    }
  /* "supporters of Hezbollah and the Amal Movement marched ...": else
   * the first parties named together; "Sisi hosted Afwerki and
   * Mohamud", "X travelled to Asmara for a summit with A and B": the
   * host and his guests */
  for (guint j = 0; set.n < 2 && j < s->ments->len && ment (s, j)->t1 <= before; j++)
    if (is_party (ment (s, j)) && !(ment (s, j)->flags & M_SPEAKER) && (k < 0 || (int) j != k))
      {
        guint p = ment (s, j)->t0;
        if (!coord_may_grow (s, (int) j))
          continue;
        more.n = 0;
        coord_forward (s, (int) j, &more);
        if (more.n < 2)
          continue;
        /* (past "with", "the", and an office: "Egyptian President X") */
        while (p > 0 && (tis (s, p - 1, "with") || is_determiner (s, p - 1) || has_kind (s, p - 1, LEX_TITLE) ||
                         (s->ment_at[p - 1] >= 0 && (ment (s, s->ment_at[p - 1])->flags & M_LOC))))
          p--;
        if (!(set.n == 1 && p > 0 &&
              (tis (s, p - 1, "met") || tis (s, p - 1, "hosted") || tis (s, p - 1, "received") ||
               tis (s, p - 1, "welcomed") || tis (s, p - 1, "summit") || tis (s, p - 1, "talks") ||
               tis (s, p - 1, "meeting"))))
          set.n = 0;
        for (guint i = 0; i < more.n; i++)
          mset_add (&set, more.m[i]);
      }
  for (guint i = 0; i < set.n && n < room; i++)
    {
      int actor = ment (s, set.m[i])->actor;
      gboolean dup = FALSE;
      if (ment (s, set.m[i])->t1 > before)
        continue;
      for (guint j = 0; j < n; j++)
        dup |= actors[j] == actor;
      if (!dup)
        actors[n++] = actor;
    }
  return n >= 2 ? n : 0;
}

/* "The foreign ministers of Egypt, Jordan and Qatar ... rejected": the
 * parties acting together, for a later "the three countries". */
static void
note_group (Sent *s)
{
  int actors[G_N_ELEMENTS (s->ctx->group)];
  guint n, k;

  /* sentence_group() gives its mentions' distinct actors, 0 when fewer
   * than two: a sentence naming one actor or none (most) has no group,
   * and what it would work out on the way only caches (rebels_of()) */
  for (k = 1; k < s->ments->len; k++)
    if (ment (s, k)->actor != ment (s, 0)->actor)
      break;
  if (k >= s->ments->len)
    return;
  n = sentence_group (s, s->n, actors, G_N_ELEMENTS (actors));

  if (n == 0)
    return;
  memcpy (s->ctx->group, actors, n * sizeof (int));
  s->ctx->group_n = n;
  s->ctx->group_sent = s->sent;
}

/* "two" ... "eight" at @t: the number, or 0 */
static guint
number_word (Sent *s, guint t)
{
  static const char * const numbers[] = { "two", "three", "four", "five", "six", "seven", "eight" };

  for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
    if (tis (s, t, numbers[k]))
      return k + 2;
  return 0;
}

/* "In a statement read by X, the five countries condemned ...": the
 * subject right before the verb at @c names the last group; adds a
 * virtual mention per member to @out.  TRUE when it did. */
static gboolean
group_subject (Sent *s, guint c, MSet *out)
{
  EntXCtx *ctx = s->ctx;
  guint t = c, want = 0;

  while (t > 0 && c - t < 2 && (tis (s, t - 1, "have") || tis (s, t - 1, "had") || tis (s, t - 1, "also")))
    t--;
  if (t < 3 || !(tis (s, t - 1, "countries") || tis (s, t - 1, "states") || tis (s, t - 1, "nations") ||
                 tis (s, t - 1, "governments") || tis (s, t - 1, "ministers") || tis (s, t - 1, "allies") ||
                 tis (s, t - 1, "leaders") || tis (s, t - 1, "parties") || tis (s, t - 1, "groups") ||
                 tis (s, t - 1, "movements") || tis (s, t - 1, "powers") || tis (s, t - 1, "presidents")))
    return FALSE;
  /* "the two Shiite parties", "the three Gulf states": a word or two
   * between the number and the noun */
  t--;
  for (guint skip = 0; skip < 2 && t >= 3 && s->ment_at[t - 1] < 0 && is_word (s, t - 1) &&
                       !tis (s, t - 1, "the") && number_word (s, t - 1) == 0; skip++)
    t--;
  want = number_word (s, t - 1);
  if (want == 0 || t < 2 || !tis (s, t - 2, "the"))
    return FALSE;
  /* "X travelled to Asmara for a summit with A and B, where the three
   * leaders agreed": a group named earlier in this sentence first */
  {
    int here[G_N_ELEMENTS (ctx->group)];
    guint n = sentence_group (s, t - 2, here, G_N_ELEMENTS (here));
    const int *group = n == want ? here : ctx->group;

    /* "Algeria recalled its envoys to Mali and Niger and delayed one to
     * Burkina Faso after the three countries recalled theirs": else the
     * parties named before, besides the subject, if they are as many */
    if (n != want)
      {
        int subj = clause_subject (s, s->clause[0], t - 2);
        guint m = 0;
        for (guint j = 0; j < s->ments->len && ment (s, j)->t1 <= t - 2; j++)
          {
            const Ment *mj = ment (s, j);
            gboolean dup = subj >= 0 && mj->actor == ment (s, subj)->actor;
            if (!is_party (mj) || (mj->flags & M_SPEAKER))
              continue;
            for (guint i = 0; i < m && !dup; i++)
              dup = here[i] == mj->actor;
            if (dup)
              continue;
            if (m == G_N_ELEMENTS (here))
              {
                m = 0;
                break;
              }
            here[m++] = mj->actor;
          }
        if (m == want)
          n = m, group = here;
      }

    if (n != want && (want != ctx->group_n || ctx->group_sent + 2 < s->sent))
      return FALSE;
    for (guint i = 0; i < want && out->n < G_N_ELEMENTS (out->m); i++)
      {
        Ment m = { 0, 0, group[i], 0, FORM_NAME };
        g_array_append_val (s->ments, m);
        mset_add (out, s->ments->len - 1);
      }
  }
  return TRUE;
}

static void
note_sides (Sent *s)
{
  /* without "between" only a pair opening the sentence is asked for */
  guint end = (s->wc_any & WC_BETWEEN) ? s->n : MIN (s->n, 1u + 3);

  for (guint t = 0; t + 3 < end; t++)
    {
      int a, b;
      guint u;
      if (!(tis (s, t, "between") || (t == 0 && s->ment_at[0] >= 0)) || s->inq[t])
        continue;
      u = tis (s, t, "between") ? t + 1 : t;
      if (tis (s, u, "the") || tis (s, u, "a"))
        u++;
      /* "the government of President X", "the X government" */
      if (u + 1 < s->n && s->ment_at[u] < 0 && tis (s, u + 1, "of"))
        u += 2;
      while (u < s->n && tis (s, u, "president"))
        u++;
      if (u >= s->n || (a = s->ment_at[u]) < 0 || !is_party (ment (s, a)))
        continue;
      u = ment (s, a)->t1;
      if (u < s->n && s->ment_at[u] < 0 && is_word (s, u) && !tis (s, u, "and"))
        u++;   /* "the X government and" */
      if (!tis (s, u, "and"))
        continue;
      u++;
      if (tis (s, u, "the"))
        u++;
      if (u >= s->n || (b = s->ment_at[u]) < 0 || !is_party (ment (s, b)) ||
          ment (s, a)->actor == ment (s, b)->actor)
        continue;
      /* a third party coordinated with them is no pair */
      u = ment (s, b)->t1;
      if (u < s->n && (tis (s, u, "and") || (tis (s, u, ",") && s->ment_at[MIN (u + 1, s->n - 1)] >= 0)))
        continue;
      note_sides_pair (s->ctx, ment (s, a)->actor, ment (s, b)->actor, s->sent);
      return;
    }
}

/* "The two sides signed a declaration", "each side accuses the other of
 * violating the ceasefire", "both sides blamed each other": the cue at @c
 * joins the two sides named just before; TRUE when it did. */
static gboolean
reciprocal_sides (Emit *e, guint c, guint16 cl)
{
  Sent *s = e->s;
  EntXCtx *ctx = s->ctx;
  guint t = 0, after = c + s->cuelen[c];
  gboolean each = FALSE, other = FALSE;

  if (ctx->sides[0] < 0 || ctx->sides_sent + 2 < s->sent)
    return FALSE;
  while (t < c && s->clause[t] != cl)
    t++;
  for (guint u = t; u < c; u++)
    if (s->ment_at[u] >= 0 && is_party (ment (s, s->ment_at[u])))
      return FALSE;   /* the clause has a subject of its own */
  for (; t + 1 < c; t++)
    {
      if ((tis (s, t, "each") && (tis (s, t + 1, "side") || tis (s, t + 1, "party"))) ||
          (tis (s, t, "both") && (tis (s, t + 1, "sides") || tis (s, t + 1, "parties"))) ||
          (tis (s, t, "two") && (tis (s, t + 1, "sides") || tis (s, t + 1, "parties") ||
                                 tis (s, t + 1, "countries") || tis (s, t + 1, "governments") ||
                                 tis (s, t + 1, "rivals") || tis (s, t + 1, "neighbours") ||
                                 tis (s, t + 1, "neighbors") || tis (s, t + 1, "leaders") ||
                                 tis (s, t + 1, "presidents") || tis (s, t + 1, "ministers"))))
        each = TRUE;
    }
  if (!each)
    return FALSE;
  for (guint u = after; u + 1 < s->n && u < after + 3 && s->clause[u] == cl; u++)
    if ((tis (s, u, "each") && tis (s, u + 1, "other")) || (tis (s, u, "one") && tis (s, u + 1, "another")) ||
        (tis (s, u, "the") && tis (s, u + 1, "other")))
      other = TRUE;
  /* "the two sides signed" needs no object; "each side accuses" names the
   * other side as its object */
  if (e->cue->directed && !other)
    return FALSE;
  if (ctx->sides[0] < 0 || ctx->sides[1] < 0 || ctx->sides[0] == ctx->sides[1])
    return FALSE;
  _ent_relation_add (ctx, ctx->sides[0], ctx->sides[1], e->cue->polarity, e->cue->kind, FALSE, s->sent,
                     e->cue_text, e->speaker);
  if (ctx->debug)
    g_printerr ("    %s: the two sides %s\n", e->cue_text, ent_polarity_to_string (e->cue->polarity));
  e->any = TRUE;
  return TRUE;
}

/* "sold tanks and a submarine to Bangkok", "supplied drones and spare
 * parts to the RSF": the party after "to" past the goods named after the
 * verb at @c; -1 when the clause names none or the goods are words */
static int
recipient_after (Sent *s, guint c, guint after, guint16 cl)
{
  if (!(tprefix (s, c, "sel") || tis (s, c, "sold") || tprefix (s, c, "supp") || tprefix (s, c, "deliver") ||
        tprefix (s, c, "provid")))
    return -1;
  for (guint t = after; t < s->n && t < after + 10 && s->clause[t] == cl; t++)
    {
      if (s->ment_at[t] >= 0 || s->cue[t] || s->cue_v[t] || tis (s, t, ",") || has_kind (s, t, LEX_SPEECH) ||
          tis (s, t, "information") || tis (s, t, "details") || tis (s, t, "evidence") ||
          tis (s, t, "assurances") || tis (s, t, "guarantees") || tis (s, t, "statement") ||
          tis (s, t, "briefing") || tis (s, t, "update") || tis (s, t, "services"))
        return -1;
      if (tis (s, t, "to") && t > after)
        {
          int k = party_after (s, t + 1, cl, 3);
          return k >= 0 && ment (s, k)->t0 <= t + 3 ? k : -1;
        }
    }
  return -1;
}

/* Whether the clause from @first has "it" for its subject, before any
 * party and within a few words ("said on Aug. 22 it will ...") */
static gboolean
clause_opens_with_it (Sent *s, guint first, guint before)
{
  for (guint t = first; t < before && t < first + 6; t++)
    {
      if (s->ment_at[t] >= 0)
        return FALSE;
      if (tis (s, t, "it"))
        return TRUE;
    }
  return FALSE;
}

/* "expelled Argentine diplomats, along with those of Chile, Peru and
 * four other countries": the others named after the object */
static void
those_of (Sent *s, MSet *dst)
{
  guint u = ment (s, dst->m[dst->n - 1])->t1;
  int k;

  for (guint w = 0; w < 2 && u < s->n && is_word (s, u) && s->ment_at[u] < 0 && !tis (s, u, "along"); w++)
    u++;
  if (u < s->n && tis (s, u, ","))
    u++;
  if (u + 4 < s->n && tis (s, u, "along") && tis (s, u + 1, "with") && tis (s, u + 2, "those") &&
      tis (s, u + 3, "of") && (k = party_after (s, u + 4, s->clause[u + 4], 2)) >= 0)
    coord_forward (s, k, dst);
}

/* "was", "were", "is", "are", "been", "be" at @t: a passive or a
 * progressive follows */
static inline gboolean
be_form (Sent *s, guint t)
{
  return tis (s, t, "was") || tis (s, t, "were") || tis (s, t, "is") || tis (s, t, "are") || tis (s, t, "been") ||
         tis (s, t, "be");
}


/* "India and Pakistan have fought three wars", "the army and the RSF
 * clashed in Omdurman", "have been fighting since April": a verb whose
 * coordinated subject fought itself when it has no object.  "Russia and
 * Iran fought in Syria" says no such thing, so "fight" needs a war, a
 * time or a prize after it. */
static gboolean
reciprocal_fight (Sent *s, guint c, guint after, guint16 cl)
{
  if (tprefix (s, c, "clash") || tprefix (s, c, "skirmish") ||
      (s->cuelen[c] >= 2 && (tprefix (s, c, "exchang") || tprefix (s, c, "trad"))))
    return TRUE;
  if (!fight_verb (s, c))
    return FALSE;
  for (guint t = after; t < s->n && t < after + 6 && s->clause[t] == cl; t++)
    {
      if (tis (s, t, "since") || tis (s, t, "over") || tis (s, t, "intermittently") || tis (s, t, "repeatedly"))
        return TRUE;
      if (t == after && tis (s, t, "for") && t + 1 < s->n &&
          (tis (s, t + 1, "control") || tis (s, t + 1, "years") || tis (s, t + 1, "months") ||
           tis (s, t + 1, "decades") || tis (s, t + 1, "weeks") || tis (s, t + 1, "days") ||
           tis (s, t + 1, "power") || tis (s, t + 1, "supremacy") || tis (s, t + 1, "dominance")))
        return TRUE;
      if (tis (s, t, "war") || tis (s, t, "wars") || tis (s, t, "battles") || tis (s, t, "skirmishes") ||
          tis (s, t, "conflicts"))
        return !(t + 1 < s->n && (tis (s, t + 1, "in") || tis (s, t + 1, "against") || tis (s, t + 1, "on") ||
                                  tis (s, t + 1, "alongside") || tis (s, t + 1, "together") ||
                                  tis (s, t + 1, "for")));
      /* ("a 44-day war") */
      if (!is_word (s, t) && !(tok (s, t)->flags & TOK_DIGIT) && !tis (s, t, "-"))
        return FALSE;
      if (s->ment_at[t] >= 0)
        return FALSE;
    }
  return FALSE;
}

/* Whether the act at @c is what someone was asked to do: "urged X to
 * cooperate", "called on X to normalise relations", "pressed X to back";
 * the asking verb's token, or G_MAXUINT */
static guint
requested (Sent *s, guint c)
{
  guint to = G_MAXUINT;

  for (guint t = c; t > 0 && c - t < 4; t--)
    {
      if (tis (s, t - 1, "to"))
        {
          to = t - 1;
          break;
        }
      if (!is_word (s, t - 1) || s->ment_at[t - 1] >= 0)
        return G_MAXUINT;
    }
  if (to == G_MAXUINT || to < 2)
    return G_MAXUINT;
  /* "called on Iran to stop arming the Houthis": it does now */
  for (guint t = to + 1; t < c; t++)
    if (tis (s, t, "stop") || tis (s, t, "cease") || tis (s, t, "end") || tis (s, t, "halt") || tis (s, t, "quit"))
      return G_MAXUINT;
  for (guint t = to; t > 0 && to - t < 12; t--)
    {
      guint v = t - 1;
      if (!is_word (s, v))
        {
          if (tis (s, v, ".") || tis (s, v, ";"))
            return G_MAXUINT;
          continue;
        }
      if (!strchr ("uapechl", tfold (s, v)[0]))
        continue;
      if (tprefix (s, v, "urg") || tis (s, v, "asked") || tis (s, v, "asks") || tis (s, v, "ask") ||
          tis (s, v, "pressed") || tis (s, v, "presses") || tis (s, v, "press") || tis (s, v, "pressing") ||
          tis (s, v, "pushed") || tis (s, v, "pushing") || tprefix (s, v, "encourag") || tis (s, v, "exhorted") ||
          tprefix (s, v, "hound") || tprefix (s, v, "pressur") || tprefix (s, v, "lobb") ||
          (v + 1 < to && tis (s, v + 1, "on") &&
           (tis (s, v, "called") || tis (s, v, "calls") || tis (s, v, "call") || tis (s, v, "calling"))))
        {
          /* someone asked, between the verb and "to" ("urged India",
           * "hound the remaining countries") */
          return v + 1 < to ? v : G_MAXUINT;
        }
    }
  return G_MAXUINT;
}

/* The party at mention @k and those coordinated before it, each with
 * each ("A, B and C are at odds", "... forged an alliance"); FALSE when
 * it stands alone */
static gboolean
emit_among (Emit *e, int k)
{
  Sent *s = e->s;
  MSet set = { 0 };

  coord_backward (s, k, &set);
  if (set.n < 2)
    return FALSE;
  for (guint i = 0; i < set.n; i++)
    for (guint j = i + 1; j < set.n; j++)
      {
        MSet a = { 0 }, b = { 0 };
        mset_add (&a, set.m[i]);
        mset_add (&b, set.m[j]);
        emit_pairs (e, &a, &b, FALSE);
      }
  return TRUE;
}

/* "Ethiopia and Egypt are also at loggerheads over the dam", "A and B
 * remain locked in a bitter feud", "have been in a standoff since May": a
 * state of conflict the coordinated subject is in with itself, pair by
 * pair (the noun cue at @c names no other party after it) */
static gboolean
reciprocal_state (Emit *e, guint c, guint16 cl)
{
  Sent *s = e->s;
  guint after = c + s->cuelen[c], t = c;
  int k;

  if (after < s->n && (tis (s, after, "with") || tis (s, after, "against") || tis (s, after, "on") ||
                       tis (s, after, "of") || tis (s, after, "between")))
    return FALSE;
  /* back over "in a bitter", "locked in", "also", "still" */
  static const char *const between[] = { "in", "a", "an", "also", "still", "locked", "increasingly", "long",
                                         "now", "bitter", "deep", "deepening", "protracted", "fierce", "open",
                                         "ongoing", "escalating", "diplomatic", "bitterly", "embroiled", "mired",
                                         "new", "long-running", "years-long", "decades-long", "again", NULL };
  while (t > 0 && c - t < 6 && s->clause[t - 1] == cl && s->ment_at[t - 1] < 0 && tis_among (s, t - 1, between))
    t--;
  if (t < 2 || !(be_form (s, t - 1) || tprefix (s, t - 1, "remain")))
    return FALSE;
  t--;
  /* "have been", "had been" */
  if (tis (s, t, "been") && t > 0 && (tis (s, t - 1, "have") || tis (s, t - 1, "has") || tis (s, t - 1, "had")))
    t--;
  if (t == 0 || (k = s->ment_at[t - 1]) < 0 || !is_party (ment (s, k)))
    return FALSE;
  return emit_among (e, k);
}

/* "break", "broke", "broken" ... at @t: the verb that breaks a tie
 * ("will break diplomatic relations"; not a rupture word everywhere:
 * "announced the break" is a noun) */
static gboolean
break_verb (Sent *s, guint t)
{
  return tis (s, t, "break") || tis (s, t, "breaks") || tis (s, t, "broke") || tis (s, t, "breaking") ||
         tis (s, t, "broken");
}

/* A verb that makes a tie between its coordinated subjects ("signed",
 * "restored") or, for @rupture, breaks it ("severed", "broke off") */
static gboolean
pact_verb (Sent *s, guint t, gboolean rupture)
{
  if (rupture)
    return has_kind (s, t, LEX_RUPTURE) || break_verb (s, t) ||
           (tis (s, t, "off") && t > 0 && (has_kind (s, t - 1, LEX_RUPTURE) || break_verb (s, t - 1)));
  return (wx (s, t) & WX_FORM) || tis (s, t, "restored") || tis (s, t, "restore") || tis (s, t, "restoring") ||
         tis (s, t, "resumed") || tis (s, t, "resume") || tis (s, t, "resuming") || tis (s, t, "normalised") ||
         tis (s, t, "normalized") || tis (s, t, "normalise") || tis (s, t, "normalize") || tis (s, t, "upgraded") ||
         tis (s, t, "renewed");
}

/* "Burkina Faso, Mali and Niger have forged a new alliance", "A and B
 * signed a defence pact": a bond the coordinated subject forms among
 * itself, pair by pair (the noun cue at @c names no other party) */
static gboolean
reciprocal_pact (Emit *e, guint c, guint16 cl)
{
  Sent *s = e->s;
  guint after = c + s->cuelen[c], t = c, v;
  int k;

  gboolean rupture = e->cue == &rupture_cue;

  if (after < s->n && (tis (s, after, "with") || tis (s, after, "to") || tis (s, after, "of") ||
                       tis (s, after, "between") || tis (s, after, "against")))
    return FALSE;
  /* back over "a new defence", "an" to the verb: one that makes a tie
   * ("signed a pact", "restored diplomatic relations") or, for a tie
   * broken, the one that breaks it ("broke off diplomatic relations",
   * "severed ties") */
  while (t > 0 && c - t < 4 && s->clause[t - 1] == cl && s->ment_at[t - 1] < 0 && is_word (s, t - 1) &&
         !(tok (s, t - 1)->flags & TOK_CAP) && s->cue_v[t - 1] == NULL && !pact_verb (s, t - 1, rupture))
    t--;
  if (t < 2 || !pact_verb (s, t - 1, rupture) || negated (s, t - 1, cl))
    return FALSE;
  v = t - 1;
  /* "broke off" */
  if (rupture && tis (s, v, "off") && v > 0)
    v--;
  /* "A and B have long disputed the territory and broke diplomatic
   * relations in 2021": the subject of the first verb */
  if (v > 0 && s->ment_at[v - 1] < 0 && (k = coordinated_vp_subject (s, v, cl)) >= 0 && is_party (ment (s, k)))
    {
      MSet subj = { 0 };
      coord_forward (s, k, &subj);
      return emit_among (e, subj.m[subj.n - 1]);
    }
  /* "have forged", "had signed" */
  if (v > 0 && (tis (s, v - 1, "have") || tis (s, v - 1, "has") || tis (s, v - 1, "had")))
    v--;
  /* "seek to boost ties", "agreed to restore relations": the subject of
   * the verb before "to" */
  else if (v > 2 && tis (s, v - 1, "to") && is_word (s, v - 2) && !(tok (s, v - 2)->flags & TOK_CAP) &&
           s->ment_at[v - 2] < 0 && !has_kind (s, v - 2, LEX_NEGATION) && s->clause[v - 2] == cl)
    v -= 2;
  if (v == 0 || (k = s->ment_at[v - 1]) < 0 || !is_party (ment (s, k)))
    return FALSE;
  return emit_among (e, k);
}

/* Whether the noun at @c is the means of a help named before it:
 * "with help from Russian air strikes", "backed by Turkish drone
 * strikes", "under the cover of Russian air power" */
static gboolean
helping_blows (Sent *s, guint c)
{
  guint t = c;

  while (t > 0 && c - t < 4 && (s->ment_at[t - 1] >= 0 || (is_word (s, t - 1) && !s->cue_v[t - 1] &&
                                                           !tis (s, t - 1, "from") && !tis (s, t - 1, "by") &&
                                                           !tis (s, t - 1, "of"))))
    t = s->ment_at[t - 1] >= 0 ? ment (s, s->ment_at[t - 1])->t0 : t - 1;
  if (t < 2 || !(tis (s, t - 1, "from") || tis (s, t - 1, "by") || tis (s, t - 1, "of")))
    return FALSE;
  t--;
  if (t >= 2 && is_determiner (s, t - 1) && !tis (s, t, "by"))
    t--;
  return tis (s, t - 1, "help") || tis (s, t - 1, "support") || tis (s, t - 1, "backing") || tis (s, t - 1, "cover") ||
         tis (s, t - 1, "assistance") || tis (s, t - 1, "aid") || tis (s, t - 1, "backed") ||
         tis (s, t - 1, "supported") || tis (s, t - 1, "aided") || tis (s, t - 1, "helped") ||
         tis (s, t - 1, "assisted");
}

/* "a rebel force led by arch-rival Riek Machar", "forces loyal to X",
 * "militias commanded by X" from token @from: the party who leads them,
 * or -1 */
static int
led_force_after (Sent *s, guint from, guint16 cl)
{
  static const char *const forces[] = { "force", "forces", "troops", "fighters", "militia", "militias", "army",
                                        "armies", "group", "groups", "units", "gunmen", "rebels", "soldiers",
                                        "men", "faction", "factions", NULL };
  guint t = from;

  while (t < s->n && t < from + 4 && s->clause[t] == cl && s->ment_at[t] < 0 && is_word (s, t) &&
         !(tok (s, t)->flags & TOK_CAP) && !tis_among (s, t, forces))
    t++;
  if (t + 3 >= s->n || !tis_among (s, t, forces) || s->ment_at[t] >= 0)
    return -1;
  t++;
  if (!((tis (s, t, "led") || tis (s, t, "commanded") || tis (s, t, "headed")) && tis (s, t + 1, "by")) &&
      !(tis (s, t, "loyal") && tis (s, t + 1, "to")))
    return -1;
  for (guint u = t + 2; u < s->n && u < t + 8; u++)
    {
      if (s->ment_at[u] >= 0)
        return is_party (ment (s, s->ment_at[u])) ? s->ment_at[u] : -1;
      if (!is_word (s, u) && !(tok (s, u)->flags & TOK_HYPHEN) && !tis (s, u, "-"))
        return -1;
    }
  return -1;
}

/* "were killed in an attack (claimed) by JNIM", "died in a strike
 * carried out by X": the party after "by", behind the event after the
 * passive at @c; or -1 */
static int
agent_of_event (Sent *s, guint c, guint after, guint16 cl)
{
  static const char *const events[] = { "ambush", "raid", "raids", "bombing", "bombings", "blast", "explosion",
                                        "assault", "offensive", "shelling", "ambushes", "incursion", NULL };
  guint t = after;

  if (c == 0 || !tsuffix (s, c, "ed", 3) || !be_form (s, c - 1) || t + 3 >= s->n || !tis (s, t, "in"))
    return -1;
  t++;
  while (t < s->n && t < after + 5 &&
         (is_determiner (s, t) || (is_word (s, t) && !(word_class (s, t) & WC_EVENT) && !tis_among (s, t, events) &&
                                   !s->cue[t] && !s->cue_v[t] && s->ment_at[t] < 0)))
    t++;
  if (t >= s->n || !((word_class (s, t) & WC_EVENT) || tis_among (s, t, events)))
    return -1;
  t++;
  if (t < s->n && (tis (s, t, "claimed") || tis (s, t, "launched") || tis (s, t, "staged") ||
                   tis (s, t, "mounted") || tis (s, t, "conducted")))
    t++;
  else if (t + 1 < s->n && tis (s, t, "carried") && tis (s, t + 1, "out"))
    t += 2;
  if (t + 1 >= s->n || !tis (s, t, "by"))
    return -1;
  return party_after (s, t + 1, s->clause[t + 1], 3);   /* ("claimed" may open a clause) */
}

/* "intercepted a missile fired by the Houthis", "shot down drones
 * launched by Russia": the one who fired them; or -1 */
static int
weapon_firer (Sent *s, guint after, guint16 cl)
{
  static const char *const one[] = { "missile", "drone", "rocket", "jet", "warplane", "warship", "projectile",
                                     "shell", "aircraft", "plane", "boat", NULL };
  guint by = after, w;

  /* (most objects have no "by" after them: none looked at) */
  while (by < s->n && by < after + 7 && !tis (s, by, "by"))
    by++;
  if (by >= s->n || by >= after + 7 || by < after + 2 ||
      !(tis (s, by - 1, "fired") || tis (s, by - 1, "launched") || tis (s, by - 1, "sent") ||
        tis (s, by - 1, "flown") || tis (s, by - 1, "operated")))
    return -1;
  /* the weapon right before the verb, past articles and plain words */
  w = by - 2;
  if (w >= after + 4 || !(is_weapon_noun (s, w) || tis_among (s, w, one)) || s->clause[w] != cl)
    return -1;
  for (guint t = after; t < w; t++)
    if (!(is_determiner (s, t) || (is_word (s, t) && !is_weapon_noun (s, t) && !tis_among (s, t, one) &&
                                   s->ment_at[t] < 0 && !s->cue[t] && !s->cue_v[t])))
      return -1;
  return party_after (s, by + 1, cl, 3);
}

/* "recaptured Khartoum from the RSF", "seized the town from the
 * army": the one a place is taken from, when the capture verb at @c
 * names a place first; or -1 */
static int
taken_from (Sent *s, guint c, guint after, guint16 cl)
{
  if (!(tprefix (s, c, "captur") || tprefix (s, c, "recaptur") || tprefix (s, c, "seiz") || tprefix (s, c, "retak") ||
        tis (s, c, "retook") || tprefix (s, c, "wrest")))
    return -1;
  for (guint t = after; t + 1 < s->n && t < after + 8 && s->clause[t] == cl; t++)
    {
      if (tis (s, t, ",") || tis (s, t, ";") || s->cue[t] || s->cue_v[t] ||
          (!tis (s, t, "from") && (is_object_prep (s, t) || (word_class (s, t) & WC_ADJUNCT))))
        return -1;   /* (not "retook Saraqeb with cover from X") */
      /* (past the place: a capital, a region, a town) */
      if (s->ment_at[t] >= 0 && !(ment (s, s->ment_at[t])->flags & M_LOC) &&
          ment (s, s->ment_at[t])->form != FORM_CAPITAL)
        return -1;
      if (tis (s, t, "from") && t > after)
        return party_after (s, t + 1, cl, 3);
    }
  return -1;
}

/* Whether the cue at @c stands in a claim its subject rejects:
 * "rejected accusations that his country supports the M23", "denied
 * reports that it had armed X" */
static gboolean
denied_claim (Sent *s, guint c)
{
  static const char *const claims[] = { "accusations", "allegations", "claims", "charges", "reports",
                                        "suggestions", "assertions", "accusation", "allegation", "claim",
                                        "charge", "report", NULL };
  if (!(s->kind_any & (1u << LEX_RELATIVE)))
    return FALSE;
  for (guint t = c; t > 2 && c - t < 14; t--)
    {
      guint u = t - 1;
      /* (not "rejects the charge that it abandoned Armenia and blames
       * Pashinyan": its own act again) */
      if ((word_class (s, u) & WC_CLAUSE_MARK) || has_kind (s, u, LEX_CLAUSE))
        return FALSE;
      if (!has_kind (s, u, LEX_RELATIVE) || !tis (s, u, "that"))
        continue;
      if (!tis_among (s, u - 1, claims))
        return FALSE;
      for (guint v = u - 1; v > 0 && u - v < 4; v--)
        if (tprefix (s, v - 1, "reject") || tprefix (s, v - 1, "deni") || tprefix (s, v - 1, "deny") ||
            tprefix (s, v - 1, "dismiss") || tprefix (s, v - 1, "refut") || tprefix (s, v - 1, "rebuff"))
          return TRUE;
      return FALSE;
    }
  return FALSE;
}

/* Whether the cue at @c is the act of a resolution or draft named in a
 * relative clause before it: "vetoed a resolution that would have
 * imposed sanctions on Mali" */
static gboolean
in_resolution_clause (Sent *s, guint c)
{
  if (!(s->kind_any & (1u << LEX_RELATIVE)))
    return FALSE;
  for (guint t = c; t > 2 && c - t < 6; t--)
    {
      guint u = t - 1;
      if (s->ment_at[u] >= 0 || !is_word (s, u))
        return FALSE;
      if (has_kind (s, u, LEX_RELATIVE) && (tis (s, u, "that") || tis (s, u, "which")))
        {
          guint r = u - 1;
          if (tis (s, r, ",") && r > 0)
            r--;
          return tis (s, r, "resolution") || tis (s, r, "draft") || tis (s, r, "motion") || tis (s, r, "bill") ||
                 tis (s, r, "text") || tis (s, r, "proposal");
        }
    }
  return FALSE;
}

/* Whether the party at token @t is where a complaint, a case or a
 * protest is lodged: "a complaint with the UN Security Council", "a
 * case at the International Court of Justice" */
static gboolean
complaint_body (Sent *s, guint t)
{
  while (t > 0 && is_determiner (s, t - 1))
    t--;
  if (t < 3 || !(tis (s, t - 1, "with") || tis (s, t - 1, "to") || tis (s, t - 1, "at") || tis (s, t - 1, "before")))
    return FALSE;
  return tprefix (s, t - 2, "complaint") || tis (s, t - 2, "case") || tis (s, t - 2, "lawsuit") ||
         tis (s, t - 2, "petition") || tprefix (s, t - 2, "protest") || tis (s, t - 2, "appeal") ||
         tis (s, t - 2, "letter");
}

static int recall_destination (Sent *s, guint v);

static void
apply_cue (Sent *s, guint c, guint cl_len)
{
  const EntLexHit *hit = s->cue[c];
  const EntGazCue *cue = hit_cue (s, hit);
  guint16 cl = s->clause[c];
  guint after = c + cl_len;
  Emit e = { s, cue, NULL, -1, FALSE };
  MSet src, dst;   /* (a set is read only up to its count) */
  int k;

  src.n = dst.n = 0;
  if (negated (s, c, cl) && !ended_conflict (s, c, cl, cue, hit))
    {
      if (cue->polarity != ENT_POLARITY_ALLY || hit->form == CUE_NOUN || hit->form == CUE_AGENT_NOUN ||
          !(g_str_equal (cue->kind, "cooperation") || g_str_equal (cue->kind, "support")) ||
          !negated_by_rupture (s, c, cl))
        return;
      e.cue = &rupture_cue;
    }
  /* "The PKK took up arms against the Turkish state": a fight, no arms
   * given ("against" says it) */
  if (cue->polarity == ENT_POLARITY_ALLY && c >= 2 && (tis (s, c, "arms") || tis (s, c, "weapons")) &&
      tis (s, c - 1, "up") &&
      (tis (s, c - 2, "took") || tis (s, c - 2, "take") || tis (s, c - 2, "taken") || tis (s, c - 2, "taking") ||
       tis (s, c - 2, "takes")))
    return;
  /* "BRICS is comprised of Brazil, Russia, India, China and South
   * Africa along with newcomers Iran and Egypt": members listed, no tie
   * among them */
  /* ("to attend a summit of the SCO alongside Putin": guests of the
   * same meeting, no tie either) */
  if (hit->form == CUE_PREP && (tis (s, c, "along") || tis (s, c, "together") || tis (s, c, "alongside")))
    {
      if (!tis (s, c, "alongside") && c > 0 && (k = party_before (s, c, cl, FALSE, 4)) >= 0)
        {
          MSet list = { 0 };
          guint first;
          coord_backward (s, k, &list);
          first = ment (s, list.m[list.n - 1])->t0;
          for (guint t = first; t > 0 && first - t < 4; t--)
            if (tis (s, t - 1, "member") || tis (s, t - 1, "members") || tis (s, t - 1, "comprised") ||
                tis (s, t - 1, "composed") || tis (s, t - 1, "consists") || tis (s, t - 1, "comprises") ||
                tis (s, t - 1, "comprising"))
              return;
        }
      for (guint t = c; t > 0 && c - t < 14 && s->clause[t - 1] == cl; t--)
        if (tprefix (s, t - 1, "attend"))
          return;
    }
  /* "violated U.N. resolutions", "breached EU rules": the body's text,
   * not the body */
  if (cue->polarity == ENT_POLARITY_HOSTILE && hit->form != CUE_NOUN && (tprefix (s, c, "violat") || tprefix (s, c, "breach")))
    {
      static const char *const texts[] = { "resolution", "resolutions", "charter", "rules", "law", "laws", "norms",
                                           "mandate", "sanctions", "regulations", "conventions", "convention", NULL };
      int o = party_after (s, after, cl, 3);
      if (o >= 0 && ment (s, o)->t1 < s->n && tis_among (s, ment (s, o)->t1, texts))
        return;
    }
  /* "Petro recalled Colombia's ambassador to Israel": a break with
   * Israel (recalled_envoy()), not with the envoy's own state */
  if (hit->form != CUE_NOUN && hit->form != CUE_AGENT_NOUN && (wx (s, c) & WX_RECALL) && c + 3 < s->n &&
      s->ment_at[c + 1] >= 0 && ment (s, s->ment_at[c + 1])->t1 + 1 < s->n &&
      (tok (s, ment (s, s->ment_at[c + 1])->t1)->flags & TOK_POSS) && recall_destination (s, c) >= 0)
    return;
  /* "suspended work with the IAEA", "cut cooperating with": a tie's
   * verb right after the word that breaks it */
  /* ("suspended all trade with Israel": past a determiner) */
  if (e.cue == cue && cue->polarity == ENT_POLARITY_ALLY && hit->form != CUE_NOUN && hit->form != CUE_AGENT_NOUN && c > 0 &&
      (has_kind (s, c - 1, LEX_RUPTURE) || (c > 1 && (is_determiner (s, c - 1) || tis (s, c - 1, "all")) &&
                                            has_kind (s, c - 2, LEX_RUPTURE))) &&
      (g_str_equal (cue->kind, "cooperation") || g_str_equal (cue->kind, "support")))
    e.cue = &rupture_cue;
  /* "praised by Russia, with which Dodik advocates closer ties": the
   * tie of the one after "which" with the one before it */
  if (cue->polarity == ENT_POLARITY_ALLY && hit->form == CUE_NOUN && c >= 5)
    {
      int with = with_which_partner (s, c, cl);
      if (with >= 0 && (k = party_before (s, c, cl, TRUE, 5)) >= 0 && ment (s, k)->t0 > ment (s, with)->t1 + 2 &&
          ment (s, k)->actor != ment (s, with)->actor)
        {
          emit_one (s, cue, c, after - 1, k, with);
          return;
        }
    }
  /* "UN aid chief Mark Lowcock", "French Cooperation Minister X": a word
   * of the title, no tie */
  if (cue->polarity == ENT_POLARITY_ALLY && hit->form == CUE_NOUN && after < s->n && has_kind (s, after, LEX_TITLE))
    return;
  /* "cancelled all planned cultural events hosted alongside Russian
   * organisations": a tie in the object of the word that breaks it */
  if (e.cue == cue && cue->polarity == ENT_POLARITY_ALLY && hit->form == CUE_PREP && (s->kind_any & (1u << LEX_RUPTURE)) &&
      rupture_reaches (s, c, cl))
    e.cue = &rupture_cue;
  /* "called for the lifting of sanctions on Zimbabwe": support for the
   * sanctioned; the "on"/"against" after the noun is no charge either */
  if (cue->polarity == ENT_POLARITY_HOSTILE && hit->form == CUE_NOUN && kind_is (cue->kind, "sanction") &&
      sanction_lifted (s, c))
    e.cue = &lifting_cue;
  /* "Israel and Hamas reached a deal on a truce", "a deal for a prisoner
   * swap": a deal between foes on what stops or is traded */
  if (cue->polarity == ENT_POLARITY_ALLY && (kind_is (cue->kind, "agreement") || kind_is (cue->kind, "cooperation")) &&
      after + 2 < s->n)
    {
      static const char *const foes[] = { "ceasefire", "truce", "armistice", "prisoner", "prisoners", "hostage",
                                          "hostages", "captives", "swap", "exchange", "cessation", NULL };
      guint on = after;
      /* (past the deal a verb names: "signed a deal on a prisoner
       * exchange") */
      if (on + 1 < s->n && is_determiner (s, on) && s->cue[on + 1] != NULL && s->cue[on + 1]->form == CUE_NOUN)
        on += 2;
      if (on + 1 < s->n && (tis (s, on, "on") || tis (s, on, "for") || tis (s, on, "over")))
        for (guint u = on + 1; u < s->n && u < on + 5 && s->ment_at[u] < 0; u++)
          if (tis_among (s, u, foes))
            return;
    }
  /* "China condemned the visit by the U.S. speaker to Taiwan": the tie
   * the verb condemns is the visitor's, not the one condemning it */
  if (cue->polarity == ENT_POLARITY_ALLY && c >= 2 && (hit->form == CUE_NOUN || is_determiner (s, c - 1)) &&
      after + 1 < s->n && tis (s, after, "by") && condemned_noun (s, c))
    {
      int by = party_after (s, after + 1, cl, 4), to;
      if (by >= 0)
        {
          guint u = ment (s, by)->t1;
          while (u < s->n && u < ment (s, by)->t1 + 3 && s->ment_at[u] < 0 && is_word (s, u) &&
                 !tis (s, u, "to") && !tis (s, u, "with"))
            u++;
          if (u + 1 < s->n && (tis (s, u, "to") || tis (s, u, "with")) && (to = party_after (s, u + 1, cl, 3)) >= 0)
            emit_one (s, cue, c, c, by, to);
          else if (!cue->directed)
            {
              /* "dismissed a joint statement by Kiev and Washington" */
              MSet set = { 0 };
              coord_forward (s, by, &set);
              if (set.n >= 2)
                {
                  Emit je = span_emit (s, cue, c, c + cl_len - 1);
                  joint_action (&je, &set);
                }
            }
        }
      return;
    }
  /* "denied Eritreans were involved", "denied that Iranian drones were
   * used": a statement denied, nobody charged */
  if (hit->form != CUE_NOUN && has_kind (s, c, LEX_NEGATION) && (tprefix (s, c, "deni") || tprefix (s, c, "deny")) &&
      denied_clause (s, after))
    return;
  /* "Hungary vetoed new sanctions on Russia": none imposed, and the one
   * blocking them is no party to them */
  if (cue->polarity == ENT_POLARITY_HOSTILE && hit->form == CUE_NOUN && kind_is (cue->kind, "sanction") &&
      sanctions_blocked (s, c))
    return;
  if (hit->form == CUE_PREP && cue->polarity == ENT_POLARITY_HOSTILE && c > 0 && s->cue[c - 1] != NULL &&
      s->cue[c - 1]->form == CUE_NOUN &&
      kind_is (hit_cue (s, s->cue[c - 1])->kind, "sanction") &&
      (sanction_lifted (s, c - 1) || sanctions_blocked (s, c - 1)))
    return;
  /* "the northern part of the country close to Syria", "a town close
   * to the border": nearness in space */
  if (cue->polarity == ENT_POLARITY_ALLY && c > 0 && tis (s, c, "close") && after < s->n && tis (s, c + 1, "to"))
    {
      static const char *const places[] = { "country", "border", "frontier", "city", "cities", "town", "towns",
                                            "village", "villages", "area", "areas", "region", "part", "province",
                                            "located", "lies", "lie", "base", "camp", "waters", "coast", NULL };
      if (tis_among (s, c - 1, places))
        return;
    }
  /* "a regional proxy war between Saudi Arabia and Iran": a war, whose
   * sides fight each other through others */
  if (cue->polarity == ENT_POLARITY_ALLY && after < s->n && tis (s, c, "proxy") &&
      (tis (s, after, "war") || tis (s, after, "wars") || tis (s, after, "conflict") || tis (s, after, "battle") ||
       tis (s, after, "conflicts") || tis (s, after, "battles")))
    return;
  /* "an alleged armed individual", "the heavily armed men": an adjective,
   * no arming */
  if (hit->form != CUE_NOUN && tis (s, c, "armed") && c > 0 &&
      (is_determiner (s, c - 1) || tis (s, c - 1, "alleged") || tis (s, c - 1, "heavily") ||
       tis (s, c - 1, "lightly")))
    return;
  /* "to help fight militant Islamist groups trying to overthrow the
   * government": the act of a noun no party names ("Hifter's forces
   * trying to take Tripoli" is Hifter's) */
  if (hit->form == CUE_VERB && c >= 4 && tis (s, c - 1, "to") &&
      (tis (s, c - 2, "trying") || tis (s, c - 2, "seeking") || tis (s, c - 2, "attempting") ||
       tis (s, c - 2, "aiming") || tis (s, c - 2, "plotting") || tis (s, c - 2, "looking")) &&
      s->ment_at[c - 3] < 0 && is_word (s, c - 3) && !has_kind (s, c - 3, LEX_PRONOUN) &&
      tsuffix (s, c - 3, "s", 3))
    {
      guint t = c - 3;
      while (t > 0 && c - t < 7 && s->ment_at[t - 1] < 0 && is_word (s, t - 1) && !is_determiner (s, t - 1) &&
             s->cue[t - 1] == NULL && s->cue_v[t - 1] == NULL && !tis (s, t - 1, "'s"))
        t--;
      if (t == 0 || s->ment_at[t - 1] < 0 || is_determiner (s, t - 1) || s->cue[t - 1] || s->cue_v[t - 1])
        return;
    }
  /* "Kuwait handed Iraq a protest note", "handed the Iraqi ambassador a
   * letter of protest", "gave Kyiv a pledge of support": to the one
   * between the verb and the noun */
  if (hit->form == CUE_NOUN && c >= 3 &&
      (is_determiner (s, c - 1) ||
       (c >= 5 && tis (s, c - 1, "of") && is_word (s, c - 2) && is_determiner (s, c - 3))))
    {
      guint r = is_determiner (s, c - 1) ? c - 1 : c - 3;   /* the recipient ends before r */
      int who = -1;
      guint v;
      if (r >= 2 && (tis (s, r - 1, "ambassador") || tis (s, r - 1, "envoy") || tis (s, r - 1, "charge")) &&
          s->ment_at[r - 2] >= 0)
        who = s->ment_at[r - 2], r = ment (s, who)->t0;
      else if (s->ment_at[r - 1] >= 0)
        who = s->ment_at[r - 1], r = ment (s, who)->t0;
      if (who >= 0 && is_determiner (s, r - 1) && r >= 2)
        r--;   /* "the Iraqi ambassador" */
      v = r - 1;
      if (who >= 0 && r >= 1 && v < s->n &&
          (tis (s, v, "handed") || tis (s, v, "hands") || tis (s, v, "hand") || tis (s, v, "handing") ||
           tis (s, v, "gave") || tis (s, v, "give") || tis (s, v, "gives") || tis (s, v, "giving") ||
           tis (s, v, "delivered") || tis (s, v, "presented") ||
           /* ("sent Dodik a message of support" is sent_forces()') */
           (tis (s, v, "sent") && cue->polarity == ENT_POLARITY_HOSTILE)))
        {
          emit_one (s, cue, c, after - 1, verb_subject (s, v), who);
          return;
        }
    }
  /* "demanded Conde's immediate release", "called for the reinstatement
   * of Mohamed Bazoum": on the side of the one to be freed; a release
   * that nobody demands is no tie ("the release of the report") */
  if (hit->form == CUE_NOUN && (tis (s, c, "release") || tis (s, c, "reinstatement")))
    {
      guint v = G_MAXUINT;
      int who = -1;
      for (guint t = c; t > 0 && c - t < 14 && v == G_MAXUINT && !tis (s, t - 1, ";"); t--)
        if (tprefix (s, t - 1, "demand") || tprefix (s, t - 1, "urg") || tis (s, t - 1, "sought") ||
            tprefix (s, t - 1, "seek") ||
            ((tprefix (s, t - 1, "call") || tprefix (s, t - 1, "press")) && t < c && tis (s, t, "for")))
          v = t - 1;
      if (v == G_MAXUINT)
        return;
      if (after + 1 < s->n && tis (s, after, "of"))
        {
          guint j = person_after_title (s, after + 1);
          who = j != G_MAXUINT ? s->ment_at[j] : party_after (s, after + 1, cl, 3);
        }
      else
        {
          guint t = c;
          while (t > v + 1 && is_word (s, t - 1) && s->ment_at[t - 1] < 0 && !(tok (s, t - 1)->flags & TOK_POSS))
            t--;   /* "immediate", "unconditional" */
          who = possessor_before (s, t);
        }
      if (who >= 0 && (ment (s, who)->flags & M_INDIV))
        emit_one (s, cue, c, after - 1, verb_subject (s, v), who);
      return;
    }
  /* "Mali's decision to ally with Russian mercenaries": the possessor
   * acts, not the clause's subject */
  if ((hit->form == CUE_VERB || hit->form == CUE_PREP) && c >= 3 && tis (s, c - 1, "to") &&
      (tis (s, c - 2, "decision") || tis (s, c - 2, "move") || tis (s, c - 2, "plan") || tis (s, c - 2, "bid") ||
       tis (s, c - 2, "attempt") || tis (s, c - 2, "efforts") || tis (s, c - 2, "effort") ||
       tis (s, c - 2, "readiness") || tis (s, c - 2, "willingness") || tis (s, c - 2, "intention") ||
       tis (s, c - 2, "pledge") || tis (s, c - 2, "promise") || tis (s, c - 2, "commitment")) &&
      (k = possessor_before (s, c - 2)) >= 0 && is_party (ment (s, k)))
    {
      guint from = after;
      int d;
      if (from < s->n && (tis (s, from, "with") || tis (s, from, "to") || tis (s, from, "against") ||
                          tis (s, from, "on")))
        from++;
      if ((d = party_after (s, from, cl, 4)) >= 0 && ment (s, d)->actor != ment (s, k)->actor)
        {
          Emit de = span_emit (s, cue, c, after - 1);
          mset_add (&src, k);
          coord_forward (s, d, &dst);
          emit_pairs (&de, &src, &dst, TRUE);
        }
      return;
    }
  /* "we expect India's full collaboration", "hoped for closer
   * cooperation with X": a tie wished for, not made */
  if (cue->polarity == ENT_POLARITY_ALLY && hit->form == CUE_NOUN)
    for (guint t = c; t > 0 && c - t < 5 && s->clause[t - 1] == cl; t--)
      {
        guint u = t - 1;
        if (tprefix (s, u, "expect") || tprefix (s, u, "hope") || (tis (s, u, "for") && u > 0 && (tprefix (s, u - 1, "call") ||
                                                                        tprefix (s, u - 1, "press") ||
                                                                        tprefix (s, u - 1, "hope"))))
          return;
        if (s->ment_at[u] >= 0 && !(tok (s, ment (s, s->ment_at[u])->t1 - 1)->flags & TOK_POSS) &&
            !(ment (s, s->ment_at[u])->t1 < s->n && (tok (s, ment (s, s->ment_at[u])->t1)->flags & TOK_POSS)))
          break;   /* (past a possessor only: "India's") */
        if (s->ment_at[u] >= 0)
          t = ment (s, s->ment_at[u])->t0 + 1;
      }
  /* "Venezuela opposition leader Juan Guaido": a title, no opposing */
  static const char *const opposition_of[] = { "leader", "leaders", "figure", "figures", "lawmaker", "lawmakers",
                                               "politician", "politicians", "candidate", "party", "parties",
                                               "coalition", "activist", "activists", "bloc", "mps", "member",
                                               "members", NULL };
  if (tis (s, c, "opposition") && after < s->n && tis_among (s, after, opposition_of))
    return;
  /* "vetoed a resolution that would have imposed sanctions on X": the
   * text's act, not its opponents' */
  if (in_resolution_clause (s, c) || denied_claim (s, c))
    return;
  /* "Israel and Hamas agreed to a ceasefire": foes who stop, no allies */
  if (tprefix (s, c, "agree") && after + 2 < s->n && (tis (s, after, "to") || tis (s, after, "on")))
    {
      static const char *const kinds[] = { "new", "temporary", "permanent", "lasting", "humanitarian",
                                           "immediate", NULL };
      static const char *const truces[] = { "ceasefire", "truce", "cease", "armistice", "pause", "cessation",
                                            NULL };
      guint u = after + 1;
      while (u < s->n && u < after + 4 && (is_determiner (s, u) || tis_among (s, u, kinds)))
        u++;
      if (u < s->n && tis_among (s, u, truces))
        return;
    }
  /* "the coup that ousted President X": a deed whose doer the relative
   * clause does not name */
  /* (", which overthrew": past the comma) */
  if (c >= 2 && (tis (s, c - 1, "that") || tis (s, c - 1, "which")))
    {
      guint n = c - 2;
      if (n >= 1 && tis (s, n, ","))
        n--;
      if (s->ment_at[n] < 0 && (tis (s, n, "coup") || tis (s, n, "putsch") || tis (s, n, "uprising") ||
                                tis (s, n, "revolution") || tis (s, n, "mutiny")))
        return;
    }
  /* "detained by military forces led by X": forces that are no actor */
  if (tis (s, c, "led") && after < s->n && tis (s, after, "by") && c > 1 && s->ment_at[c - 1] < 0 &&
      s->ment_at[c - 2] < 0 &&
      (tis (s, c - 1, "forces") || tis (s, c - 1, "troops") || tis (s, c - 1, "soldiers") ||
       tis (s, c - 1, "fighters") || tis (s, c - 1, "militias") || tis (s, c - 1, "units") ||
       tis (s, c - 1, "officers") || tis (s, c - 1, "gunmen") || tis (s, c - 1, "mutineers")))
    return;
  /* "urged India to cooperate with Canada", "called on Serbia to
   * normalise relations with Kosovo": a tie asked for, not made */
  guint asked_by;
  if (cue->polarity == ENT_POLARITY_ALLY && (asked_by = requested (s, c)) != G_MAXUINT)
    {
      /* but "urged allies to help Ukraine": the one asking is on the
       * side of the one to be helped */
      if (kind_is (cue->kind, "support") &&
          (tprefix (s, c, "help") || tprefix (s, c, "aid") || tprefix (s, c, "assist") || tprefix (s, c, "support") ||
           tprefix (s, c, "back") || tprefix (s, c, "defend") || tprefix (s, c, "protect") || tprefix (s, c, "arm") ||
           tprefix (s, c, "fund") || tprefix (s, c, "suppl") || tprefix (s, c, "equip")) &&
          (k = party_after (s, after, cl, 3)) >= 0)
        emit_one (s, cue, c, after - 1, verb_subject (s, asked_by), k);
      return;
    }
  /* "Nigeria and Chad launched a joint operation against Boko Haram":
   * the coordinated subject acts together; the target is no partner
   * (the "against" is a cue of its own) */
  if (cue->polarity == ENT_POLARITY_ALLY && hit->form == CUE_NOUN && g_str_equal (cue->kind, "cooperation") &&
      after < s->n && s->clause[after] == cl && (tis (s, after, "against") || tis (s, after, "targeting")))
    {
      if ((k = subject_before (s, c, cl, 20)) >= 0)
        {
          Emit je = span_emit (s, cue, c, after - 1);
          if (s->speaker >= 0 && (s->inq[c] || (s->speech_pos != G_MAXUINT && c > s->speech_pos)))
            je.speaker = s->speaker;
          coord_backward (s, k, &src);
          joint_action (&je, &src);
        }
      return;
    }
  /* "to degrade their ability to conduct future attacks against X": the
   * attacks of whoever "their" is, not of the subject */
  if (cue->polarity == ENT_POLARITY_HOSTILE)
    for (guint t = c; t > 2 && c - t < 5 && is_word (s, t - 1) && s->ment_at[t - 1] < 0; t--)
      if (tis (s, t - 1, "to") &&
          (tis (s, t - 2, "ability") || tis (s, t - 2, "capacity") || tis (s, t - 2, "capability") ||
           tis (s, t - 2, "capabilities")) &&
          possessive_pronoun (s, t - 3))
        return;
  /* "The countries backing South Africa include Saudi Arabia, Iran and
   * Pakistan", "States opposing the plan included ...": the ones listed
   * act on the object */
  if ((hit->form == CUE_VERB_ING || (hit->form == CUE_NOUN && tsuffix (s, c, "ing", 4))) && c > 0 &&
      (tis (s, c - 1, "countries") || tis (s, c - 1, "states") || tis (s, c - 1, "nations") ||
       tis (s, c - 1, "governments")) &&
      (k = party_after (s, after, cl, 3)) >= 0)
    {
      guint t = ment (s, k)->t1;
      int first = -1;
      for (guint end = MIN (s->n, t + 20); t < end && first < 0; t++)
        if (tis (s, t, "include") || tis (s, t, "includes") || tis (s, t, "included") ||
            (tis (s, t, "such") && t + 1 < s->n && tis (s, t + 1, "as")))
          {
            guint u = t + (tis (s, t, "such") ? 2 : 1);
            /* "include members of the OIC, such as A, B": the members */
            for (guint v = u; v + 1 < s->n && v < u + 12; v++)
              if (tis (s, v, "such") && tis (s, v + 1, "as"))
                {
                  u = v + 2;
                  break;
                }
            first = party_after (s, u, s->clause[u < s->n ? u : t], 3);
          }
      if (first >= 0)
        {
          Emit le = span_emit (s, cue, c, c + cl_len - 1);
          mset_add (&dst, k);
          coord_forward (s, first, &src);
          emit_pairs (&le, &src, &dst, TRUE);
          return;
        }
    }
  /* "Sikhs for Justice, a U.S.-based group banned in India since 2019":
   * the state where it is banned bans it */
  /* ("designated as a terrorist organization in Egypt": past what it
   * is designated as) */
  guint in_at = after;
  if (hit->form == CUE_VERB_PART && in_at < s->n && tis (s, in_at, "as"))
    for (in_at = after + 1; in_at < s->n && in_at < after + 6 && is_word (s, in_at) && s->ment_at[in_at] < 0 &&
                            !tis (s, in_at, "in"); in_at++)
      ;
  if (hit->form == CUE_VERB_PART && kind_is (cue->kind, "sanction") && in_at + 1 < s->n && tis (s, in_at, "in") &&
      s->ment_at[in_at + 1] >= 0 && ment (s, s->ment_at[in_at + 1])->t0 == in_at + 1 &&
      ((EntXActor *) g_ptr_array_index (s->ctx->actors, ment (s, s->ment_at[in_at + 1])->actor))->type ==
        ENT_ACTOR_STATE)
    {
      /* the group described, before its description ("a U.S.-based
       * group"), or the subject of "is banned in" */
      guint t = c;
      while (t > 0 && c - t < 8 && s->ment_at[t - 1] < 0 && !tis (s, t - 1, ","))
        t--;
      while (t > 0 && c - t < 8 && s->ment_at[t - 1] >= 0 && !tis (s, t - 1, ","))
        t = ment (s, s->ment_at[t - 1])->t0;   /* past "U.S.-based" */
      while (t > 0 && c - t < 10 && s->ment_at[t - 1] < 0 && !tis (s, t - 1, ","))
        t--;
      if (((t > 1 && tis (s, t - 1, ",") && (k = party_before (s, t - 1, cl, TRUE, 4)) >= 0) ||
           /* "The Muslim Brotherhood is banned in Egypt" */
           (c > 0 && be_form (s, c - 1) && (k = party_before (s, c - 1, cl, TRUE, 3)) >= 0)) &&
          ment (s, k)->actor != ment (s, s->ment_at[in_at + 1])->actor)
        {
          emit_one (s, cue, c, in_at, s->ment_at[in_at + 1], k);
          return;
        }
    }
  /* "declared the Mexican ambassador persona non grata": the one whose
   * envoy it is, between the verb and the phrase */
  if (hit->form == CUE_NOUN && tis (s, c, "persona"))
    {
      /* ("declared" also opens reported speech: its subject is then
       * the speaker, in the clause before) */
      for (guint v = c; v > 0 && c - v < 8; v--)
        if (tprefix (s, v - 1, "declar"))
          {
            int subj = verb_subject (s, v - 1);
            for (guint t = v; subj >= 0 && t < c; t++)
              if (s->ment_at[t] >= 0 && ment (s, s->ment_at[t])->actor != ment (s, subj)->actor &&
                  (is_party (ment (s, s->ment_at[t])) || ment (s, s->ment_at[t])->form == FORM_ADJ))
                {
                  emit_one (s, cue, c, after - 1, subj, s->ment_at[t]);
                  break;
                }
            break;
          }
      return;
    }
  /* "was put back on the list", "hit back at": a particle, no backing */
  if (tis (s, c, "back") && c > 0 &&
      (tprefix (s, c - 1, "put") || tprefix (s, c - 1, "came") || tprefix (s, c - 1, "come") ||
       tprefix (s, c - 1, "went") || tprefix (s, c - 1, "go") || tprefix (s, c - 1, "brought") ||
       tprefix (s, c - 1, "bring") || tprefix (s, c - 1, "fight") || tprefix (s, c - 1, "fought") ||
       tprefix (s, c - 1, "hit") || tprefix (s, c - 1, "strik") || tprefix (s, c - 1, "struck") ||
       tprefix (s, c - 1, "push") || tprefix (s, c - 1, "pull") || tprefix (s, c - 1, "sent") ||
       tprefix (s, c - 1, "send") || tprefix (s, c - 1, "turn") || tprefix (s, c - 1, "roll") ||
       tprefix (s, c - 1, "scal") || tprefix (s, c - 1, "cut") || tprefix (s, c - 1, "held") ||
       tprefix (s, c - 1, "hold") || tprefix (s, c - 1, "step") || tprefix (s, c - 1, "mov") ||
       tprefix (s, c - 1, "set") || tprefix (s, c - 1, "got") || tprefix (s, c - 1, "get") ||
       tprefix (s, c - 1, "flew") || tprefix (s, c - 1, "fly") || tprefix (s, c - 1, "claw")))
    return;
  /* "its own charm offensive"; "opposing approaches to the Libya
   * conflict"; "a document containing recommendations"; "as part of the
   * fund": words of a noun phrase, no act */
  if ((tis (s, c, "offensive") && c > 0 && tis (s, c - 1, "charm")) ||
      (tis (s, c, "opposing") && c + 1 < s->n && is_word (s, c + 1) && s->ment_at[c + 1] < 0 &&
       !is_determiner (s, c + 1) && !(tok (s, c + 1)->flags & TOK_CAP)) ||
      (tprefix (s, c, "contain") && party_after (s, after, cl, 3) < 0) ||
      (tis (s, c, "part") && c > 0 && tis (s, c - 1, "as")))
    return;
  /* "X's diplomats, along with those of Y": the same act's other
   * objects (those_of), no partners */
  if (tis (s, c, "along") && after < s->n && tis (s, after, "those"))
    return;
  /* "those who threaten Turkey's ship", "anyone who attacks": nobody
   * named does it */
  if (c >= 2 && (tis (s, c - 1, "who") || tis (s, c - 1, "that")) &&
      (tis (s, c - 2, "those") || tis (s, c - 2, "anyone") || tis (s, c - 2, "anybody") || tis (s, c - 2, "whoever")))
    return;
  /* "nuclear-armed Pakistan", "state-sponsored hackers", "the
   * Western-backed government": a compound adjective whose first word
   * is no party */
  if (c >= 2 && (tok (s, c - 1)->flags & TOK_HYPHEN) && s->ment_at[c - 2] < 0 && is_word (s, c - 2) &&
      !(tok (s, c - 2)->flags & TOK_DIGIT) && !tis (s, c - 2, "co") && !tis (s, c - 2, "re") &&
      (hit->form == CUE_VERB_PART || hit->form == CUE_ADJ))
    return;
  /* "Lula warned of Venezuela-Guyana tensions": a danger named, nobody
   * threatened */
  if (tprefix (s, c, "warn") && after < s->n && tis (s, after, "of"))
    return;
  /* "Belarus had warned Warsaw about drones": a notice, no threat */
  if (tprefix (s, c, "warn") && after + 1 < s->n && s->ment_at[after] >= 0 &&
      tis (s, ment (s, s->ment_at[after])->t1, "about"))
    return;
  /* "fighting on President Salva Kiir's side", "fought on the side of
   * the government": with the one whose side it is (the foe after
   * "against" is that word's) */
  if (after + 2 < s->n && tis (s, after, "on") && fight_verb (s, c) && !negated (s, c, cl))
    {
      static EntGazCue side_cue = { (char *) "on the side of", ENT_POLARITY_ALLY, (char *) "support", TRUE };
      int side = -1;
      guint u = after + 1, j;
      if (tis (s, u, "the") && tis (s, u + 1, "side") && u + 3 < s->n && tis (s, u + 2, "of"))
        {
          u += 3;
          while (u < s->n && is_determiner (s, u))
            u++;
          side = (j = person_after_title (s, u)) != G_MAXUINT ? s->ment_at[j] : (u < s->n ? s->ment_at[u] : -1);
        }
      else
        {
          while (u < s->n && u < after + 5 && s->ment_at[u] < 0 && is_word (s, u))
            u++;   /* "President", "Salva" */
          if (u < s->n && s->ment_at[u] >= 0)
            {
              guint v = ment (s, s->ment_at[u])->t1;
              if (tis (s, v - 1, "side"))
                side = s->ment_at[u];   /* (a mention of its own: "Kiir's side") */
              else if ((tok (s, v - 1)->flags & TOK_POSS) || (v < s->n && (tok (s, v)->flags & TOK_POSS)))
                {
                  v += (v < s->n && (tok (s, v)->flags & TOK_POSS)) ? 1 : 0;
                  if (v < s->n && tis (s, v, "side"))
                    side = s->ment_at[u];
                }
            }
        }
      if (side >= 0 && is_party (ment (s, side)))
        {
          int subj = -1;
          if (hit->form == CUE_VERB_ING && c > 0 && tis (s, c - 1, ","))
            subj = participle_subject (s, c, cl);
          if (subj < 0)
            subj = verb_subject (s, c);
          if (subj >= 0 && is_party (ment (s, subj)))
            emit_one (s, &side_cue, c, after, subj, side);
          return;
        }
    }
  /* "soldiers were fighting with the rebels" is alongside them, "the army
   * has been fighting with the RSF" against: the verb says neither */
  if (after < s->n && tis (s, after, "with") &&
      fight_verb (s, c))
    {
      /* but "its own fight with X" and "heavy fighting with X" are nouns,
       * against X */
      gboolean progressive = c > 0 && be_form (s, c - 1);
      gboolean verb = hit->form == CUE_VERB || hit->form == CUE_VERB_PART || hit->form == CUE_VERB_ING;
      if (progressive || (verb && !noun_context (s, c)))
        return;
    }
  {
    gsize a = tok (s, c)->start, b = tok (s, c + cl_len - 1)->end;
    e.cue_text = _ent_intern (s->ctx, s->text + a, b - a);
  }
  /* "warned Israel against waging war on Lebanon", "to deter Iran from
   * attacking Israel": the one warned is the one who would act */
  if (c >= 2 && (tis (s, c - 1, "against") || tis (s, c - 1, "from")) && tsuffix (s, c, "ing", 4) &&
      s->ment_at[c - 2] >= 0 &&
      is_party (ment (s, s->ment_at[c - 2])))
    {
      k = party_after (s, after, cl, 6);
      if (k >= 0)
        {
          mset_add (&src, s->ment_at[c - 2]);
          coord_forward (s, k, &dst);
          emit_pairs (&e, &src, &dst, TRUE);
        }
      goto done;
    }
  /* "in charge of": an office, no accusation */
  if (c > 0 && tis (s, c, "charge") && tis (s, c - 1, "in"))
    goto done;
  /* "the invading Armenian army": the party after the participle is
   * the one acting, named with no target */
  if (hit->form == CUE_VERB_ING && c > 0 && is_determiner (s, c - 1) && after < s->n &&
      s->ment_at[after] >= 0)
    goto done;
  /* "the family of recently ousted President Pedro Castillo", "the
   * jailed opposition leader": a participle describing the one named,
   * whose doer is not said */
  if (hit->form == CUE_VERB_PART && cue->polarity == ENT_POLARITY_HOSTILE && c > 0 && after < s->n &&
      ((s->ment_at[after] >= 0 && (ment (s, s->ment_at[after])->flags & M_INDIV)) ||
       person_after_title (s, after) != G_MAXUINT) &&
      (is_determiner (s, c - 1) || (tok (s, c - 1)->flags & TOK_POSS) || tis (s, c - 1, "of") ||
       tis (s, c - 1, "recently") || tis (s, c - 1, "newly")))
    goto done;
  /* "cutting supply routes for Russian units": a road, no support */
  if (cue->polarity == ENT_POLARITY_ALLY && after < s->n &&
      (tis (s, after, "routes") || tis (s, after, "route") || tis (s, after, "lines") || tis (s, after, "line") ||
       tis (s, after, "chain") || tis (s, after, "chains") || tis (s, after, "depot") || tis (s, after, "depots") ||
       tis (s, after, "hub") || tis (s, after, "corridor")))
    goto done;
  /* "turned their backs on X": a break with X */
  if (cue->polarity == ENT_POLARITY_ALLY && c >= 2 && (tis (s, c, "backs") || tis (s, c, "back")) &&
      possessive_pronoun (s, c - 1) &&
      tprefix (s, c - 2, "turn"))
    {
      static EntGazCue turned_back = { (char *) "turned their backs on", ENT_POLARITY_HOSTILE, (char *) "sanction",
                                       TRUE };
      e.cue = &turned_back;
    }
  /* "The TPLF and Eritrean forces fought together against Mengistu":
   * the two on one side */
  if (cue->polarity == ENT_POLARITY_HOSTILE && hit->form != CUE_NOUN && after < s->n &&
      (tis (s, after, "together") || (tis (s, after, "side") && tis (s, after + 1, "by"))) &&
      fight_verb (s, c) &&
      (k = subject_before (s, c, cl, 20)) >= 0)
    {
      static EntGazCue together = { (char *) "fought together", ENT_POLARITY_ALLY, (char *) "cooperation", FALSE };
      MSet side = { 0 };
      coord_backward (s, k, &side);
      if (side.n >= 2)
        {
          Emit je = e;
          je.cue = &together;
          joint_action (&je, &side);
        }
    }
  /* "the Lebanese group that fights for Damascus": on its side */
  if (cue->polarity == ENT_POLARITY_HOSTILE && hit->form != CUE_NOUN && after + 1 < s->n &&
      tis (s, after, "for") && (tprefix (s, c, "fight") || tprefix (s, c, "fought")) &&
      party_after (s, after + 1, cl, 2) >= 0)
    {
      static EntGazCue fights_for = { (char *) "fights for", ENT_POLARITY_ALLY, (char *) "support", TRUE };
      e.cue = &fights_for;
    }
  /* "cut diplomatic ties with", "suspended cooperation": a break;
   * "suspended work with X", "halted cooperating with": a tie's verb
   * right after the word that breaks it */
  if (cue->polarity == ENT_POLARITY_ALLY && (hit->form == CUE_NOUN || hit->form == CUE_AGENT_NOUN))
    {
      guint reach = 3;
      for (guint t = c; t > 0 && c - t < reach; t--)
        {
          if (has_kind (s, t - 1, LEX_RUPTURE) ||
              break_verb (s, t - 1) ||
              /* "a blow to relations between A and B", "the strain on
               * ties", "damage to their partnership" */
              (t >= 2 && (tis (s, t - 1, "to") || tis (s, t - 1, "on")) &&
               (tis (s, t - 2, "blow") || tis (s, t - 2, "strain") || tis (s, t - 2, "damage") ||
                tis (s, t - 2, "setback"))))
            {
              e.cue = &rupture_cue;
              break;
            }
          /* ("ended a year-long row over Ethiopia's deal with X": the
           * break governs another noun) */
          if (tis (s, t - 1, "over") || tis (s, t - 1, "about") || tis (s, t - 1, "with") ||
              tis (s, t - 1, "against") || tis (s, t - 1, "amid") || tis (s, t - 1, "after"))
            break;
          /* "suspended around $100 million in aid to X": past the amount */
          /* ("million", "billion", "$", "around", "about", "some", "of",
           * "in", "worth", "bn", "m", ",", ".") */
          if (reach < 9 && ((tok (s, t - 1)->flags & TOK_DIGIT) || (word_class (s, t - 1) & WC_AMOUNT)))
            reach++;
          /* "scrap its military intel-sharing pact": a compound is a word */
          if (reach < 9 && (tok (s, t - 1)->flags & TOK_HYPHEN))
            reach += 2;
          /* "breaking off its military cooperation agreement": past the
           * article or possessive, to a break of two words */
          if (reach < 9 && (is_determiner (s, t - 1) || possessive_pronoun (s, t - 1)))
            reach++;
          if (reach < 9 && t >= 2 && tis (s, t - 1, "off"))
            reach++;
          /* "suspended a decades-old cooperation treaty": a tie's noun
           * before the head is a word of the compound */
          if (reach < 9 && s->cue[t - 1] != NULL && s->cue[t - 1]->form == CUE_NOUN &&
              hit_cue (s, s->cue[t - 1])->polarity == ENT_POLARITY_ALLY)
            reach++;
          /* "Suspension of the Islamic Republic's Cooperation with": past
           * the possessor and its article */
          if (reach < 9 && t >= 2 && (tok (s, t - 1)->flags & TOK_POSS) && s->ment_at[t - 2] >= 0)
            {
              const Ment *owner = ment (s, s->ment_at[t - 2]);
              reach = MIN (9u, reach + 1 + (owner->t1 - owner->t0) + (owner->t0 > 0 && is_determiner (s, owner->t0 - 1)));
            }
        }
      /* "relations between Baku and Moscow have soured", "came under
       * strain": ties said to worsen are no alliance */
      /* ("Armenia's membership in the CSTO was \"frozen\"": broken) */
      for (guint t = after; ((s->wx_any & WX_SOURED) || (s->kind_any & (1u << LEX_RUPTURE))) &&
                            e.cue != &rupture_cue && t < s->n && t < after + 16 &&
                            (s->clause[t] == cl || ((tok (s, t)->flags | tok (s, t - 1)->flags) & TOK_QUOTE)); t++)
        {
          if (has_kind (s, t, LEX_RUPTURE))
            {
              guint b = t - 1;
              if (b > after && (tok (s, b)->flags & TOK_QUOTE))
                b--;
              if (b > after && be_form (s, b))
                e.cue = &rupture_cue;
              break;
            }
          if (s->cue[t] || s->cue_v[t])
            break;
          if (wx (s, t) & WX_SOURED)
            e.cue = &rupture_cue;
        }
    }
  /* "ending its 1991 ceasefire with Morocco" is a break; a ceasefire
   * or truce kept or agreed is a deal between enemies, no tie */
  if ((tis (s, c, "ceasefire") || tis (s, c, "truce")) && s->cuelen[c] == 1 && e.cue == cue)
    return;
  if (s->speaker >= 0 && (s->inq[c] || (s->speech_pos != G_MAXUINT && c > s->speech_pos)))
    e.speaker = s->speaker;

  /* "Russian efforts to normalise relations between Ankara and
   * Damascus": a go-between's attempt, no tie yet */
  if (cue->polarity == ENT_POLARITY_ALLY && (attempt_to_mend (s, c) || (c > 0 && attempt_to_mend (s, c - 1))))
    goto done;
  /* between X and Y (not "between 2022 and 2023"); (no "between" in
   * the sentence: none to find) */
  for (guint t = after; (s->wc_any & WC_BETWEEN) && t < s->n && t < after + 6 && s->clause[t] == cl; t++)
    if (tis (s, t, "between") && !(t + 1 < s->n && (tok (s, t + 1)->flags & TOK_DIGIT)))
      {
        /* (an adverb is no distance: "tensions are already running
         * high between Athens and Ankara") */
        guint adverbs = 0;
        for (guint u = after; u < t; u++)
          adverbs += tis (s, u, "already") || tis (s, u, "still") || tis (s, u, "now") || tis (s, u, "again");
        gboolean far = t >= after + 4 + adverbs;   /* only for a tie condemned */
        /* "hosted talks between Riyadh and the Houthis": a venue or a
         * mediator, and talks are no alliance */
        for (guint u = after; u < t && !far; u++)
          if (tis (s, u, "talks") || tis (s, u, "negotiations") || tis (s, u, "dialogue") ||
              tis (s, u, "contacts") || tis (s, u, "meetings"))
            goto done;
        /* "Japan condemned the military cooperation between Moscow and
         * Pyongyang": against both sides of the tie it condemns */
        if (cue->polarity == ENT_POLARITY_HOSTILE &&
            (hit->form == CUE_VERB || hit->form == CUE_VERB_ING || hit->form == CUE_VERB_PART) &&
            !(c > 0 && be_form (s, c - 1)))
          {
            gboolean tie = FALSE;
            for (guint u = after; u < t && !tie; u++)
              tie = s->cue[u] != NULL && s->cue[u]->form == CUE_NOUN &&
                    hit_cue (s, s->cue[u])->polarity == ENT_POLARITY_ALLY;
            /* ("The foreign ministers of A, B, C and several other
             * partners condemned ...") */
            gboolean first = FALSE;
            if (tie && !(first = (k = clause_subject (s, cl, c)) >= 0) && (k = party_before (s, c, cl, TRUE, 8)) >= 0 &&
                others_tail (s, ment (s, k)->t1) != c && ment (s, k)->t1 != c)
              k = -1;
            if (tie && k < 0)
              goto done;
            if (far && !tie)
              break;
            if (tie)
              {
                MSet sides = { 0 };
                guint last = 0;
                if (first)
                  coord_forward (s, k, &src);
                else
                  coord_backward (s, k, &src);
                for (guint i = 0; i < src.n; i++)
                  last = MAX (last, ment (s, src.m[i])->t1);
                subjects_together (&e, &src, last, c);   /* the condemning parties */
                for (guint u = t + 1; u < s->n && s->clause[u] == cl && !tis (s, u, ",") && !between_stop (s, u); u++)
                  if (s->ment_at[u] >= 0)
                    {
                      Ment *m = ment (s, s->ment_at[u]);
                      gboolean own = FALSE;
                      for (guint i = 0; i < src.n; i++)
                        own |= ment (s, src.m[i])->actor == m->actor;
                      if (is_party (m) && !own)
                        mset_add (&sides, s->ment_at[u]);
                      u = m->t1 - 1;
                    }
                emit_pairs (&e, &src, &sides, TRUE);
                goto done;
              }
          }
        if (far)
          break;
        /* "conflict between Mali's government and Tuareg rebels": the
         * cue is about its two sides, found or not */
        between_pairs (&e, t, cl);
        goto done;
      }

  /* "Algeria, which mediated a peace deal between Bamako and ...", "a
   * truce brokered by Qatar with Hamas": the mediator is no party of the
   * deal (only "between X and Y" above names the parties) */
  for (guint t = c; (s->wx_any & WX_MEDIATE) && t > 0 && c - t < 6 && s->clause[t - 1] == cl && !tis (s, t - 1, ",");
       t--)
    {
      const char *f = tfold (s, t - 1);
      guint fl = tok (s, t - 1)->fold_len;
      /* (memcmp: the lengths are checked, and a fold holds no NUL) */
      if ((fl >= 6 && memcmp (f, "mediat", 6) == 0) || (fl >= 6 && memcmp (f, "broker", 6) == 0))
        goto done;
    }
  if (s->wx_any & WX_MEDIATE)
    {
      guint t = after;
      if (t < s->n && tis (s, t, "mediated"))
        goto done;
      if (t + 1 < s->n && (tis (s, t, "brokered") || tis (s, t, "mediated")) && tis (s, t + 1, "by"))
        goto done;
    }

  if ((hit->form == CUE_VERB || hit->form == CUE_VERB_PART) && reciprocal_sides (&e, c, cl))
    goto done;
  if (hit->form == CUE_NOUN && cue->polarity == ENT_POLARITY_HOSTILE && reciprocal_state (&e, c, cl))
    goto done;
  if (hit->form == CUE_NOUN && cue->polarity == ENT_POLARITY_ALLY && reciprocal_pact (&e, c, cl))
    goto done;
  if ((hit->form == CUE_VERB || hit->form == CUE_VERB_ING || hit->form == CUE_VERB_PART) &&
      reciprocal_pair (&e, c, cl))
    goto done;
  /* "the internationally recognised government": a standing, no act */
  if (c > 0 && (tprefix (s, c, "recogni")) &&
      (tis (s, c - 1, "internationally") || (c > 1 && (tok (s, c - 1)->flags & TOK_HYPHEN) &&
                                             tis (s, c - 2, "internationally"))))
    goto done;
  /* "a charge Turkish officials reject": an accusation denied */
  if (kind_is (cue->kind, "accusation") && (hit->form == CUE_NOUN || (c > 0 && is_determiner (s, c - 1))))
    for (guint t = after; t < s->n && t < after + 5 && !tis (s, t, ",") && !tis (s, t, "."); t++)
      if (tprefix (s, t, "reject") || tprefix (s, t, "denie") || tprefix (s, t, "deny") ||
          tprefix (s, t, "dismiss"))
        goto done;
  /* "until its contract ended", "the deal expired": a tie that lapsed */
  if (hit->form == CUE_NOUN && cue->polarity == ENT_POLARITY_ALLY && after < s->n &&
      (tis (s, after, "ended") || tis (s, after, "expired") || tis (s, after, "lapsed") ||
       tis (s, after, "ends") || tis (s, after, "expires")))
    goto done;
  /* "the accord, which ended a year-long row over X": a quarrel ended */
  if (hit->form == CUE_NOUN && cue->polarity == ENT_POLARITY_HOSTILE)
    for (guint t = c; t > 0 && c - t < 6 && s->ment_at[t - 1] < 0 && !tis (s, t - 1, ","); t--)
      if (tis (s, t - 1, "ended") || tis (s, t - 1, "resolved") || tis (s, t - 1, "settled") ||
          tis (s, t - 1, "defused"))
        goto done;

  switch (hit->form)
    {
    case CUE_AGENT_NOUN:
      {
        MSet mods = { 0 }, owners = { 0 };
        int poss;
        gboolean appos = FALSE;
        guint at, cop;
        /* "Iranian proxy militias", "allied forces": the noun qualifies
         * another, unnamed */
        if (after < s->n && s->ment_at[after] < 0 &&
            (tis (s, after, "militias") || tis (s, after, "militia") || tis (s, after, "forces") ||
             tis (s, after, "groups") || tis (s, after, "fighters") || tis (s, after, "troops")))
          break;
        /* "Ethiopia and Eritrea are close allies", "A and B were once
         * bitter rivals": each the other's (not "allies of X") */
        if (tsuffix (s, c, "s", 3) && !(after < s->n && (tis (s, after, "of") || tis (s, after, "to") ||
                                                         tis (s, after, "in") || (tok (s, after)->flags & TOK_HYPHEN))))
          {
            guint v = c;
            static const char *const become[] = { "remain", "remained", "remains", "became", "become", NULL };
            while (v > 0 && c - v < 4 && is_word (s, v - 1) && s->ment_at[v - 1] < 0 && !be_form (s, v - 1) &&
                   !tis_among (s, v - 1, become) && !s->cue[v - 1] && !s->cue_v[v - 1] &&
                   !possessive_pronoun (s, v - 1) && !is_determiner (s, v - 1))
              v--;   /* "once close", "long-standing" */
            if (v >= 4 && (be_form (s, v - 1) || tis_among (s, v - 1, become)) &&
                (k = party_before (s, v - 1, cl, TRUE, 4)) >= 0)
              {
                coord_backward (s, k, &src);
                if (src.n >= 2)
                  {
                    joint_action (&e, &src);
                    break;
                  }
                src.n = 0;
              }
          }
        noun_modifiers (s, c, &mods);
        {
          /* the possessor precedes the modifiers: "his Emirati and Saudi allies" */
          guint first = c;
          for (guint i = 0; i < mods.n; i++)
            first = MIN (first, ment (s, mods.m[i])->t0);
          /* ("its long-standing rival": past the hyphen) */
          while (first > 0 && (is_word (s, first - 1) || (tok (s, first - 1)->flags & TOK_HYPHEN)) &&
                 !has_kind (s, first - 1, LEX_PRONOUN) &&
                 !(tok (s, first - 1)->flags & TOK_POSS) && s->ment_at[first - 1] < 0 && c - first < 4 &&
                 !tis (s, first - 1, "the"))
            first--;
          poss = possessor_before (s, first);
        }
        /* "the intelligence services of Israel, its sworn enemy, ...": the
         * party set before the comma is the enemy of the one "its" stands
         * for, the clause's subject */
        if (mods.n == 0 && c >= 3)
          {
            guint p = c;
            while (p > 0 && c - p < 3 && is_word (s, p - 1) && s->ment_at[p - 1] < 0 && !s->cue[p - 1] &&
                   !s->cue_v[p - 1] && !possessive_pronoun (s, p - 1))
              p--;
            if (p >= 3 && possessive_pronoun (s, p - 1) && tis (s, p - 2, ",") && s->ment_at[p - 3] >= 0 &&
                is_party (ment (s, s->ment_at[p - 3])))
              {
                int who = clause_subject (s, s->clause[p - 3], p - 3);
                if (who >= 0 && ment (s, who)->actor != ment (s, s->ment_at[p - 3])->actor)
                  {
                    mset_add (&mods, s->ment_at[p - 3]);
                    mset_add (&owners, who);
                    emit_pairs (&e, &mods, &owners, TRUE);
                  }
                break;
              }
          }
        /* "the Yemeni branch of the Brotherhood": where it is, not a party */
        if (tis (s, c, "branch") || tis (s, c, "affiliate") || tis (s, c, "offshoot") || tis (s, c, "franchise") ||
            tis (s, c, "wing"))
          {
            guint kept = 0;
            for (guint i = 0; i < mods.n; i++)
              if (ment (s, mods.m[i])->form != FORM_ADJ)
                mods.m[kept++] = mods.m[i];
            mods.n = kept;
          }
        if (poss >= 0)
          {
            /* "its NATO ally": the body both belong to, not the ally */
            mset_add (&owners, poss);
            drop_bodies (s, &mods);
          }
        if (after + 1 < s->n && tis (s, after, "of") && (k = party_after (s, after + 1, cl, 3)) >= 0)
          coord_forward (s, k, &owners);
        if (tis (s, after, ",") && (k = party_after (s, after + 1, cl, 3)) >= 0)
          coord_forward (s, k, &mods);   /* "Haftar's allies, the Emiratis" */
        else if (poss >= 0 && ment (s, poss)->t0 > 0 &&
                 !tis (s, ment (s, poss)->t0 - 1, "of") && !tis (s, ment (s, poss)->t0 - 1, ",") &&
                 (k = allies_in (s, after)) >= 0)
          mset_add (&mods, k);   /* "Saudi Arabia's allies in the UAE", not "the strongest of Iran's allies in Iraq" */
        else if ((at = appositive_title (s, c)) != G_MAXUINT && at <= after + 1)
          {
            /* "its ally Hezbollah", "coalition partner the UAE": the
             * party so titled, whose partner is only the possessor; in
             * "Iran ally Hamas" the modifier is (not "NATO ally Turkey",
             * a member) */
            if (poss < 0 && owners.n == 0 && mods.n > 0)
              {
                drop_bodies (s, &mods);
                owners = mods;
                mods.n = 0;
              }
            coord_forward (s, s->ment_at[at], &mods);
            appos = TRUE;
          }
        /* "with our Congolese allies": the allies of whoever speaks,
         * nobody else in the sentence */
        if (poss < 0 && owners.n == 0 && mods.n > 0 && !appos)
          {
            guint f = c;
            for (guint i = 0; i < mods.n; i++)
              f = MIN (f, ment (s, mods.m[i])->t0);
            if (f > 0 && tis (s, f - 1, "our"))
              {
                int who = s->speaker >= 0 ? s->speaker
                          : (s->inq[c] && s->ctx->last_speaker >= 0 && s->ctx->last_speaker_sent + 2 >= s->sent)
                          ? s->ctx->last_speaker : -1;
                if (who < 0)
                  break;
                mset_add (&owners, virtual_ment (s, who));
              }
          }
        /* "Greece and Turkey, NATO allies but regional rivals": members of
         * the body, not its allies */
        if (owners.n == 0 && !appos)
          drop_bodies (s, &mods);
        if (mods.n > 0 && owners.n > 0)
          emit_pairs (&e, &mods, &owners, TRUE);
        else if (mods.n > 0 && !appos)
          {
            /* "between X and Y is the Russian supporter": of the actors
             * before it in the clause; but in "a militia that Ankara
             * describes as a PKK affiliate" the one describing is none */
            int describer = -1;
            guint first = c;
            for (guint i = 0; i < mods.n; i++)
              first = MIN (first, ment (s, mods.m[i])->t0);
            /* ("Hamas, another Iranian ally") */
            while (first > 0 && c - first < 5 && (is_determiner (s, first - 1) || (wx (s, first - 1) & WX_OTHER)))
              first--;
            if (first >= 3 && tis (s, first - 1, "as") && regard_verb (s, first - 2))
              describer = party_before (s, first - 2, cl, TRUE, 3);
            /* "Zeljka Cvijanovic, the Serb member and a Dodik ally": the
             * second of two appositions */
            if (first >= 4 && tis (s, first - 1, "and"))
              {
                guint q = first - 2;
                while (q > 1 && first - q < 7 && !tis (s, q, ",") &&
                       (is_word (s, q) || (s->ment_at[q] >= 0 && ment (s, s->ment_at[q])->form == FORM_ADJ)))
                  q--;
                if (tis (s, q, ",") && q + 2 < first)
                  first = q + 1;
              }
            /* "fighting militants from al Shabaab, an al Qaeda affiliate",
             * "the Allied Democratic Forces (ADF), an Islamic State
             * affiliate": an apposition names its one owner */
            if (first >= 3 && tis (s, first - 1, ","))
              {
                guint q = first - 1;
                int k2 = s->ment_at[q - 1] >= 0 ? s->ment_at[q - 1]
                         : (tis (s, q - 1, ")") && tis (s, q - 3, "(") && s->ment_at[q - 2] >= 0) ? s->ment_at[q - 2]
                         : -1;
                if (k2 >= 0 && is_party (ment (s, k2)))
                  {
                    mset_add (&owners, k2);
                    emit_pairs (&e, &mods, &owners, TRUE);
                    break;
                  }
              }
            for (guint m = 0; m < s->ments->len; m++)
              if (s->clause[ment (s, m)->t0] == cl && is_party (ment (s, m)) && ment (s, m)->t1 <= c &&
                  (describer < 0 || ment (s, m)->actor != ment (s, describer)->actor))
                mset_add (&owners, m);
            emit_pairs (&e, &mods, &owners, TRUE);
          }
        else if (owners.n > 0)
          {
            /* "Russia, an ally of Haftar", "Iran, Hezbollah's main backer" */
            guint before = c;
            guint pron_at = G_MAXUINT;
            /* "is his main military backer": the pronoun's place, wherever
             * the party it stands for is */
            for (guint q = c; q > 0 && c - q < 5; q--)
              {
                if (possessive_pronoun (s, q - 1))
                  {
                    pron_at = q - 1;
                    break;
                  }
                if (!is_word (s, q - 1) || s->ment_at[q - 1] >= 0)
                  break;
              }
            if (pron_at != G_MAXUINT)
              before = pron_at;
            else if (poss >= 0)
              before = MIN (before, ment (s, poss)->t0);
            guint p = before;
            while (p > 0 && before - p < 4 && (is_determiner (s, p - 1) || (s->ment_at[p - 1] >= 0 &&
                                                                     ment (s, s->ment_at[p - 1])->form == FORM_ADJ) ||
                                         (is_word (s, p - 1) && !s->cue[p - 1] && !s->cue_v[p - 1] &&
                                          !tis (s, p - 1, "as") && s->ment_at[p - 1] < 0)))
              p--;
            /* (or a dash: "Hungary – Russia's closest ally in the EU –";
             * or after an acronym: "The Resistance Front (TRF), an
             * affiliate of ...") */
            if ((k = party_before (s, before, cl, FALSE, 5)) >= 0 &&
                (tis (s, place_after (s, ment (s, k)->t1), ",") || dash_at (s, place_after (s, ment (s, k)->t1)) ||
                 (tis (s, ment (s, k)->t1, ")") && ment (s, k)->t0 > 0 && tis (s, ment (s, k)->t0 - 1, "(") &&
                  tis (s, ment (s, k)->t1 + 1, ","))))
              {
                mset_add (&mods, k);
                emit_pairs (&e, &mods, &owners, TRUE);
              }
            /* "regards Islah as the Yemeni branch of the Brotherhood" */
            else if (p >= 2 && tis (s, p - 1, "as") && s->ment_at[p - 2] >= 0 && is_party (ment (s, s->ment_at[p - 2])) &&
                     ment (s, s->ment_at[p - 2])->t0 > 0 && regard_verb (s, ment (s, s->ment_at[p - 2])->t0 - 1))
              {
                mset_add (&mods, s->ment_at[p - 2]);
                emit_pairs (&e, &mods, &owners, TRUE);
              }
            /* "The SDF ... emerged as a key ally of the US", "served as
             * Moscow's main partner": the subject */
            else if (p >= 2 && tis (s, p - 1, "as") &&
                     (tprefix (s, p - 2, "emerg") || tprefix (s, p - 2, "serv") || tis (s, p - 2, "acted") ||
                      tis (s, p - 2, "acts") || tis (s, p - 2, "act") || tis (s, p - 2, "remained") ||
                      tis (s, p - 2, "remains")) &&
                     !negated (s, p - 2, cl) && (k = clause_subject (s, cl, p - 2)) >= 0)
              {
                mset_add (&mods, k);
                emit_pairs (&e, &mods, &owners, TRUE);
              }
            /* "Amal is Hezbollah's closest ally", "Iran remains the
             * Houthis' main backer": the copula's subject */
            /* ("UAE is the main foreign backer of the RSF": past the
             * article and adjectives) */
            else if ((cop = copula_before (s, before)) != G_MAXUINT && !negated (s, cop, cl) &&
                     (k = party_before (s, cop, cl, FALSE, 6)) >= 0)
              {
                /* "Berri, whose Amal movement is ...": Amal alone */
                if (ment (s, k)->t0 > 0 && has_kind (s, ment (s, k)->t0 - 1, LEX_RELATIVE))
                  mset_add (&mods, k);
                else
                  coord_backward (s, k, &mods);
                /* "Today Haftar's camp is his main military backer": "his"
                 * is not the subject's own but the story's topic */
                if (owners.n == 1 && ment (s, owners.m[0])->actor == ment (s, k)->actor && pron_at != G_MAXUINT &&
                    s->ctx->topic >= 0 && s->ctx->topic != ment (s, k)->actor)
                  {
                    owners.n = 0;
                    mset_add (&owners, virtual_ment (s, s->ctx->topic));
                  }
                emit_pairs (&e, &mods, &owners, TRUE);
              }
          }
        break;
      }

    case CUE_NOUN:
      {
        int poss;
        gboolean from = FALSE;
        /* "the sanctions imposed by Washington on Caracas": the agent
         * after "by", the target after it */
        guint by = cue->directed ? doer_by (s, after) : G_MAXUINT;
        if (by != G_MAXUINT && by > after)
          {
            int agent = party_after (s, by + 1, cl, 3), target = -1;
            if (agent >= 0)
              for (guint t = ment (s, agent)->t1; t + 1 < s->n && t < ment (s, agent)->t1 + 2; t++)
                if (tis (s, t, "on") || tis (s, t, "against"))
                  target = party_after (s, t + 1, cl, 3);
            if (agent >= 0 && target >= 0)
              {
                coord_forward (s, agent, &src);
                coord_forward (s, target, &dst);
                emit_pairs (&e, &src, &dst, TRUE);
                break;
              }
          }
        /* "a joint operation involving the Iraqi army, the Kurdistan
         * Region's Peshmerga forces and coalition air power": the
         * parties of a shared act it names */
        if (!cue->directed && after + 1 < s->n && (tis (s, after, "involving") || tis (s, after, "including")) &&
            (k = party_after (s, after + 1, cl, 3)) >= 0)
          {
            coord_forward (s, k, &src);
            if (src.n >= 2)
              {
                joint_action (&e, &src);
                break;
              }
            src.n = 0;
          }
        /* "a joint statement by Kiev and Washington": the parties of a
         * shared act named after "by" */
        if (!cue->directed && tis (s, after, "by") && (k = party_after (s, after + 1, cl, 3)) >= 0)
          {
            coord_forward (s, k, &src);
            if (src.n >= 2)
              {
                joint_action (&e, &src);
                break;
              }
            src.n = 0;
          }
        if (agent_and_target (s, c, after, cl, &src, &dst))
          {
            emit_pairs (&e, &src, &dst, TRUE);
            break;
          }
        /* "Venezuela-Guyana tensions", "Cambodia–Thailand clashes": the
         * pair joined by the hyphen, each the other's side, and nobody
         * else */
        /* (past the rest of a name: "the U.S.-Philippines Mutual Defense
         * Treaty") */
        guint named = c;
        if (tok (s, c)->flags & TOK_CAP)
          while (named > 0 && c - named < 3 && s->ment_at[named - 1] < 0 && is_cap (s, named - 1))
            named--;
        /* (and past plain modifiers: "Turkish-Libyan recently-signed
         * maritime deals") */
        {
          guint m0 = named;
          while (m0 > 0 && named - m0 < 4 && s->ment_at[m0 - 1] < 0 &&
                 ((is_word (s, m0 - 1) && !is_cap (s, m0 - 1) && !is_determiner (s, m0 - 1) &&
                   !tis (s, m0 - 1, "and") && !tis (s, m0 - 1, "or") &&
                   ((!s->cue[m0 - 1] && !s->cue_v[m0 - 1]) || (m0 >= 2 && (tok (s, m0 - 2)->flags & TOK_HYPHEN)))) ||
                  (tok (s, m0 - 1)->flags & TOK_HYPHEN)))
            m0--;
          if (m0 < named && m0 >= 3 && s->ment_at[m0 - 1] >= 0 && ment (s, s->ment_at[m0 - 1])->t1 == m0 &&
              ment (s, s->ment_at[m0 - 1])->t0 > 0 &&
              (tok (s, ment (s, s->ment_at[m0 - 1])->t0 - 1)->flags & TOK_HYPHEN))
            named = m0;
        }
        if (named >= 3 && s->ment_at[named - 1] >= 0 && ment (s, s->ment_at[named - 1])->t1 == named &&
            is_party (ment (s, s->ment_at[named - 1])))
          {
            int k0 = s->ment_at[named - 1];
            guint h = ment (s, k0)->t0;
            int k1 = h >= 2 ? s->ment_at[h - 2] : -1;
            if (k1 >= 0 && ((tok (s, h - 1)->flags & TOK_HYPHEN) || is_dash (s, h - 1)) &&
                ment (s, k1)->t1 == h - 1 && is_party (ment (s, k1)) && ment (s, k1)->actor != ment (s, k0)->actor)
              {
                MSet a = { 0 }, b = { 0 };
                mset_add (&a, k1);
                mset_add (&b, k0);
                emit_pairs (&e, &a, &b, FALSE);
                break;
              }
          }
        noun_modifiers (s, c, &src);
        /* "Hungary blocks EU aid for Ukraine": the one blocking breaks
         * the tie, not the one whose aid it is */
        if (src.n > 0 && e.cue == &rupture_cue && c > 0)
          for (guint t = c; t > 0 && c - t < 8 && s->clause[t - 1] == cl; t--)
            if (tprefix (s, t - 1, "block") || tprefix (s, t - 1, "veto"))
              {
                int subj = clause_subject (s, cl, t - 1);
                if (subj >= 0 && ment (s, subj)->t1 <= t - 1)
                  {
                    src.n = 0;
                    mset_add (&src, subj);
                  }
                break;
              }
        if (src.n == 0)
          {
            /* "its 1951 mutual defence treaty with Manila": the possessor
             * comes before a few plain modifiers */
            guint first = c;
            /* ("its full-scale invasion": a hyphenated modifier too) */
            while (first > 0 && c - first < 4 && s->ment_at[first - 1] < 0 &&
                   (is_word (s, first - 1) || (tok (s, first - 1)->flags & (TOK_DIGIT | TOK_HYPHEN))) &&
                   !has_kind (s, first - 1, LEX_PRONOUN) && !(tok (s, first - 1)->flags & TOK_POSS) &&
                   !is_determiner (s, first - 1) && !s->cue[first - 1] && !s->cue_v[first - 1] &&
                   !tis (s, first - 1, "and") && !tis (s, first - 1, "or"))
              first--;
            if (first > 0 && tis (s, first - 1, "their") && (k = their_owner (s, cl, first)) >= 0)
              {
                /* "the ministers of A, B and C ... affirmed their support":
                 * the subject, all of it */
                coord_forward (s, k, &src);
                if (src.n < 2)
                  src.n = 0;
              }
            if (src.n == 0 && ((poss = possessor_before (s, first)) >= 0 ||
                               (first != c && (poss = possessor_before (s, c)) >= 0)))
              mset_add (&src, poss);
            /* "It also reaffirmed its Mutual Defense Treaty with X": "its"
             * with no party before it in the sentence is the subject
             * pronoun's, the story's topic */
            if (src.n == 0 && first > 0 && (tis (s, first - 1, "its") || tis (s, first - 1, "their")) &&
                party_before (s, first - 1, cl, FALSE, first) < 0)
              emit_subject_fallback (s, &src, cl, c);
            /* "last year he broke off diplomatic relations with Israel":
             * a break by the one the pronoun stands for */
            if (src.n == 0 && e.cue == &rupture_cue)
              for (guint t = c; t > 0 && c - t < 8 && s->clause[t - 1] == cl; t--)
                if (tis (s, t - 1, "he") || tis (s, t - 1, "she") || tis (s, t - 1, "it") || tis (s, t - 1, "they"))
                  {
                    emit_subject_fallback (s, &src, cl, c);
                    break;
                  }
          }
        /* target: after a preposition */
        {
          guint t = after;
          guint skipped = 0;
          while (t < s->n && s->clause[t] == cl && skipped < 4)
            {
              if (s->ment_at[t] >= 0)
                {
                  Ment *m = ment (s, s->ment_at[t]);
                  if (is_party (m) && backer_compound (s, m->t1))
                    {
                      /* "an offensive against the Saudi-backed army" */
                      if ((k = party_after (s, t, cl, 6)) >= 0)
                        coord_forward (s, k, &dst);
                      break;
                    }
                  /* "support for Burundi's Red Tabara rebels": the group
                   * possessed, and the state's rebels are none of its */
                  if (is_party (m) && m->t1 + 1 < s->n && (tok (s, m->t1)->flags & TOK_POSS) &&
                      s->ment_at[m->t1 + 1] >= 0 && ment (s, s->ment_at[m->t1 + 1])->t0 == m->t1 + 1 &&
                      is_party (ment (s, s->ment_at[m->t1 + 1])) &&
                      ment (s, s->ment_at[m->t1 + 1])->actor != m->actor &&
                      ((EntXActor *) g_ptr_array_index (s->ctx->actors, ment (s, s->ment_at[m->t1 + 1])->actor))->type ==
                        ENT_ACTOR_GROUP)
                    {
                      coord_forward (s, s->ment_at[m->t1 + 1], &dst);
                      break;
                    }
                  if (is_party (m) && rebels_of (s, m))
                    break;
                  if (is_party (m))
                    {
                      coord_forward (s, s->ment_at[t], &dst);
                      break;
                    }
                  t = m->t1;
                  skipped++;
                  continue;
                }
              if (tis (s, t, "from"))
                from = TRUE;
              /* "backing Lt. Gen. X": the person after the titles;
               * "sanctions on Bosnian Serb nationalist leader X" */
              {
                guint j = titled_person_after (s, t);
                if (j != G_MAXUINT)
                  {
                    t = j;
                    continue;
                  }
              }
              /* "the Moscow-led bloc warned Armenia": a verb of its own
               * ends the noun phrase; what follows is that verb's object */
              if ((s->cue[t] == NULL && s->cue_v[t] != NULL) ||
                  (s->cue[t] != NULL && (s->cue[t]->form == CUE_VERB || s->cue[t]->form == CUE_VERB_PART)))
                break;
              /* "cut diplomatic relations and all land, sea and air
               * contacts with Qatar": ties broken off together, the
               * other side named once */
              if (t == after && tis (s, t, "and") && e.cue->polarity != cue->polarity)
                {
                  guint w = t + 1;
                  while (w < s->n && w < t + 12 && s->clause[w] == cl && s->ment_at[w] < 0 &&
                         !tis (s, w, "with") && !s->cue_v[w])
                    w++;
                  if (w + 1 < s->n && tis (s, w, "with") && s->clause[w] == cl)
                    {
                      t = w + 1;
                      continue;
                    }
                }
              /* "Saudi coalition strikes Houthis": a blow is the end of a
               * tie's noun phrase, never a way to its partner */
              if (cue->polarity == ENT_POLARITY_ALLY && (hit_hostile (s, s->cue[t]) || hit_hostile (s, s->cue_v[t])))
                break;
              /* "reached an agreement to counter a Turkish offensive": a
               * purpose of its own, whose object is no side of the noun */
              if (tis (s, t, "to") && t + 1 < s->n &&
                  (s->cue_v[t + 1] != NULL ||
                   (s->cue[t + 1] != NULL && s->cue[t + 1]->form == CUE_VERB)))
                break;
              /* "the NATO treaty and Moscow denied ...": a party joined by
               * "and" right after the noun is no object of it */
              if (t == after && (tis (s, t, "and") || tis (s, t, "or")))
                break;
              /* "a strike on the outskirts of the Syrian capital": a place */
              if (tis (s, t, "outskirts") || tis (s, t, "suburbs") || tis (s, t, "vicinity"))
                break;
              /* "turned to France for weapons after Russia failed to
               * help": a subordinate clause names no object of the noun */
              if ((word_class (s, t) & WC_SUBORDINATE) && !tis (s, t, "as"))
                break;
              /* "strikes ordered by X": X gave the order, not the target;
               * "a pact in response to X's actions": X is the cause */
              if (tis (s, t, ",") || tis (s, t, "that") || tis (s, t, "which") || tis (s, t, "by") ||
                  (tis (s, t, "in") && t + 1 < s->n &&
                   (tis (s, t + 1, "response") || tis (s, t + 1, "retaliation") || tis (s, t + 1, "reaction"))))
                break;
              /* "with Gulf Arab country Qatar": the description before
               * the name costs nothing */
              {
                guint u = state_described_at (s, t);
                if (u != G_MAXUINT)
                  {
                    t = u;
                    continue;
                  }
              }
              /* "lodge a complaint with the U.N. Security Council": the
               * body it goes to, not its target */
              if (t == after && tis (s, t, "with") && (tprefix (s, c, "complaint") || tprefix (s, c, "protest")))
                break;
              {
                guint j = government_and_people (s, t);
                if (j != G_MAXUINT)
                  {
                    t = j;
                    continue;
                  }
              }
              /* "with the breakaway region of Somaliland": "of" and
               * articles cost nothing */
              if (!tis (s, t, "of") && !is_determiner (s, t))
                skipped++;
              t++;
            }
        }
        /* "Ethiopia and Eritrea were at war from 1998": each with the
         * other */
        if (dst.n == 0 && src.n == 0 && cue->polarity == ENT_POLARITY_HOSTILE && c > 0 && tis (s, c - 1, "at") &&
            tis (s, c, "war") && (k = party_before (s, c, cl, TRUE, 5)) >= 0)
          {
            coord_backward (s, k, &src);
            if (src.n >= 2)
              {
                joint_action (&e, &src);
                break;
              }
            src.n = 0;
          }
        /* "support from Moscow", "the support of Haftar": the giver; but
         * "the invasion of Ukraine", "a boycott of Turkish goods": the one
         * it is aimed at */
        if (from || (src.n == 0 && dst.n > 0 && tis (s, after, "of") && cue->polarity == ENT_POLARITY_ALLY))
          {
            MSet tmp = src;
            src = dst;
            dst = tmp;
            /* "backing from the RDF has enabled M23 to ...": whom it
             * enabled */
            if (dst.n == 0 && src.n > 0)
              for (guint v = ment (s, src.m[src.n - 1])->t1; v < s->n && v < ment (s, src.m[src.n - 1])->t1 + 6; v++)
                if (tis (s, v, "enabled") || tis (s, v, "allowed") || tis (s, v, "helped") ||
                    tis (s, v, "emboldened") || tis (s, v, "sustained") || tis (s, v, "kept"))
                  {
                    if ((k = party_after (s, v + 1, s->clause[v], 3)) >= 0)
                      {
                        mset_add (&dst, k);
                        emit_pairs (&e, &src, &dst, TRUE);
                        goto done;
                      }
                    break;
                  }
            if (dst.n == 0)
              {
                int subj = clause_subject (s, cl, c);
                /* "X allowed American warships to dock, drawing protests
                 * from Caracas": aimed at the subject, not the party
                 * nearest */
                guint first = 0;
                while (first < c && s->clause[first] != cl)
                  first++;
                if (subj >= 0 && cue->polarity == ENT_POLARITY_HOSTILE)
                  coord_forward (s, subj, &dst);
                /* "South Korea said it will end its pact with Japan,
                 * sparking protest from Tokyo": the pronoun's, not Japan */
                else if (subj < 0 && cue->polarity == ENT_POLARITY_HOSTILE && first > 0 && first < c &&
                         is_speech (s, first - 1) && clause_opens_with_it (s, first, c))
                  ;
                else
                  {
                    /* "broke away from Azerbaijan with support from
                     * Armenia": the help goes to who broke away, not to
                     * the object of a preposition */
                    gboolean with = c > 0 && tis (s, c - 1, "with");
                    if ((k = party_before (s, c, cl, FALSE, 25)) >= 0 &&
                        !(with && ment (s, k)->t0 > 0 && is_object_prep (s, ment (s, k)->t0 - 1)))
                      coord_backward (s, k, &dst);
                    if (subj >= 0 && !(with && ment (s, subj)->t0 > 0 && is_object_prep (s, ment (s, subj)->t0 - 1)))
                      mset_add (&dst, subj);
                  }
                emit_subject_fallback (s, &dst, cl, c);
              }
          }
        else if (src.n == 0)
          {
            /* "revoked Petro's visa and cut aid to Bogota": the possessor
             * of another object is not the one cutting */
            k = in_adjunct (s, c) ? -1 : party_before (s, c, cl, TRUE, 15);
            /* "Nasrallah called the killing of Soleimani a crime": a
             * deed judged, not done, by the subject */
            if (k >= 0 && cue->polarity == ENT_POLARITY_HOSTILE && c >= 2 && is_determiner (s, c - 1) &&
                (tis (s, c - 2, "called") || tis (s, c - 2, "termed") || tis (s, c - 2, "described") ||
                 tis (s, c - 2, "branded") || tis (s, c - 2, "labelled") || tis (s, c - 2, "labeled")))
              break;
            /* "suspended French broadcasters and signed a security deal
             * with Moscow": the subject of the verb after "and" */
            if (k >= 0)
              for (guint t = c; t > ment (s, k)->t1 + 1 && c - t < 4 && s->ment_at[t - 1] < 0 && is_word (s, t - 1); t--)
                /* ("expelled Cuban officials and broke ties with X") */
                if (verb_word (s, t - 1) || break_verb (s, t - 1) || has_kind (s, t - 1, LEX_RUPTURE))
                  {
                    int vp = coordinated_vp_subject (s, t - 1, cl);
                    if (vp >= 0)
                      k = vp;
                    break;
                  }
            /* "broke with France by forming partnerships with X", "by
             * signing a deal with": the means of the clause's subject */
            if (k >= 0)
              for (guint t = c; t > ment (s, k)->t1 + 1 && c - t < 4 && s->ment_at[t - 1] < 0 && is_word (s, t - 1); t--)
                if (tsuffix (s, t - 1, "ing", 4) && tis (s, t - 2, "by"))
                  {
                    int subj = clause_subject (s, cl, t - 2);
                    if (subj >= 0 && ment (s, subj)->t1 <= ment (s, k)->t0)
                      k = subj;
                    break;
                  }
            /* "the U.S.-Philippines Mutual Defense Treaty extends to armed
             * attacks on X": a party naming another noun is not this one's
             * agent */
            if (k >= 0)
              {
                guint u = ment (s, k)->t1;
                for (guint hops = 0; u < c && hops < 5; hops++)
                  {
                    if (s->ment_at[u] >= 0)
                      u = ment (s, s->ment_at[u])->t1;
                    else if ((tok (s, u)->flags & TOK_HYPHEN) || (is_cap (s, u) && !s->cue[u]) ||
                             (tok (s, u)->flags & TOK_DIGIT))
                      u++;
                    else
                      break;
                  }
                if (u < c && u > ment (s, k)->t1 && s->cue[u] && s->cue[u]->form == CUE_NOUN && (tok (s, u)->flags & TOK_CAP))
                  k = -1;
              }
            if (k >= 0 && ((tok (s, ment (s, k)->t1 - 1)->flags & TOK_POSS) ||
                           (ment (s, k)->t1 < s->n && (tok (s, ment (s, k)->t1)->flags & TOK_POSS))) &&
                !(ment (s, k)->t1 + 1 < c && (tok (s, ment (s, k)->t1)->flags & TOK_POSS) &&
                  own_government_end (s, ment (s, k)->t1) != G_MAXUINT &&
                  own_government_end (s, ment (s, k)->t1) + 4 > c))
              k = clause_subject (s, cl, c);
            /* "Somalia expelled Ethiopia's ambassador over the port deal
             * with Somaliland": a tie named as the cause is the
             * subject's only when nobody else is named before it */
            if (k >= 0 && cue->polarity == ENT_POLARITY_ALLY)
              for (guint t = c; t > 1 && c - t < 4 && s->ment_at[t - 1] < 0 && is_word (s, t - 1); t--)
                if (tis (s, t - 1, "over"))
                  {
                    int near = party_before (s, t - 1, cl, TRUE, 4);
                    int subj = clause_subject (s, cl, t - 1);
                    k = near >= 0 && (subj < 0 || ment (s, near)->actor != ment (s, subj)->actor) ? near : -1;
                    break;
                  }
            /* "the three countries recalled their envoys to Algeria in
             * solidarity with Mali": a stance the verb's subject takes,
             * not the party its preposition names */
            if (k >= 0 && cue->polarity == ENT_POLARITY_ALLY && c >= 2 && tis (s, c - 1, "in") &&
                ment (s, k)->t1 == c - 1 && ment (s, k)->t0 > 0 && is_object_prep (s, ment (s, k)->t0 - 1))
              {
                guint v = ment (s, k)->t0 - 1;
                while (v > 0 && s->clause[v - 1] == cl && s->ment_at[v - 1] < 0 && !verb_word (s, v - 1) &&
                       ment (s, k)->t0 - v < 6)
                  v--;
                k = -1;
                if (v > 0 && verb_word (s, v - 1) && !group_subject (s, v - 1, &src))
                  k = verb_subject (s, v - 1);
              }
            if (k >= 0 && !criticised_noun (s, k, c))
              coord_backward (s, k, &src);
            /* "US prosecutors announced criminal charges against X",
             * "the EU announced new sanctions on Russia": the one who
             * announces its own act (a speech verb opens a clause) */
            if (k < 0 && dst.n > 0)
              {
                guint p = c;
                while (p > 0 && c - p < 3 && s->ment_at[p - 1] < 0 && is_word (s, p - 1) && !is_speech (s, p - 1) &&
                       !s->cue[p - 1] && !s->cue_v[p - 1])
                  p--;
                if (p >= 2 && is_speech (s, p - 1) &&
                    (tprefix (s, p - 1, "announc") || tis (s, p - 1, "unveiled") || tis (s, p - 1, "unveils") ||
                     tis (s, p - 1, "declared") || tis (s, p - 1, "declares")) &&
                    (k = party_before (s, p - 1, s->clause[p - 2], TRUE, 2)) >= 0)
                  coord_backward (s, k, &src);
              }
            /* "Egypt, in dispute with X, has deepened ties with Y", "The
             * KRG in Erbil, dominated by the KDP, has close ties with Y" */
            /* ("Burkina Faso, Mali and Niger have forged an alliance,
             * severing ties with X": the comma is a list's, all of it) */
            if (src.n == 0 && (k = clause_subject (s, cl, c)) >= 0 && tis (s, subject_tail (s, ment (s, k)->t1), ",") &&
                !in_adjunct (s, c) && !criticised_noun (s, k, c))
              {
                coord_forward (s, k, &src);
                if (src.n < 3)
                  {
                    src.n = 0;
                    mset_add (&src, k);
                  }
              }
            /* "Ankara deployed troops into Iraq, triggering a diplomatic
             * crisis with Baghdad": the object of a participle after a
             * comma is the main clause subject's */
            if (src.n == 0 && dst.n > 0)
              for (guint p = c; p > 1 && c - p < 3; p--)
                {
                  if (tsuffix (s, p - 1, "ing", 5) && tis (s, p - 2, ",") && s->ment_at[p - 1] < 0)
                    {
                      if ((k = participle_subject (s, p - 1, cl)) < 0)
                        {
                          /* "A, B and C have forged a new alliance,
                           * effectively severing ties with X": all of
                           * the clause's coordinated subject */
                          if ((k = clause_subject (s, cl, p - 2)) >= 0)
                            {
                              coord_forward (s, k, &src);
                              k = -1;
                            }
                        }
                      if (k >= 0)
                        coord_backward (s, k, &src);
                      break;
                    }
                  if (!is_determiner (s, p - 1) && !(is_word (s, p - 1) && !s->cue[p - 1] && !s->cue_v[p - 1]))
                    break;
                }
            /* "Egypt said it was severing ties with Qatar": the subject
             * pronoun of the verb governing the noun ("it": "they" is
             * as often a group's fighters as a state) */
            if (src.n == 0 && dst.n > 0 && !in_adjunct (s, c))
              for (guint p = c; p > 0 && c - p < 5 && s->clause[p - 1] == cl && s->ment_at[p - 1] < 0 &&
                                is_word (s, p - 1); p--)
                if (tis (s, p - 1, "it") ||
                    /* "The emirate has close ties with X" */
                    (p >= 2 && tis (s, p - 2, "the") && realm_noun (s, p - 1)))
                  {
                    emit_subject_fallback (s, &src, cl, c);
                    break;
                  }
          }
        else if (dst.n == 0)
          {
            /* "retook Aleppo with help from Russian air strikes", "backed
             * by Turkish drone strikes": the helper's blows, not aimed at
             * the one helped */
            if (cue->polarity == ENT_POLARITY_HOSTILE && helping_blows (s, c))
              break;
            /* "Burhan was placed under U.S. sanctions", "who was already
             * under U.N. and U.S. sanctions": aimed at the subject */
            if (cue->polarity == ENT_POLARITY_HOSTILE)
              {
                guint first = c;
                for (guint i = 0; i < src.n; i++)
                  first = MIN (first, ment (s, src.m[i])->t0);
                if (first > 0 && is_determiner (s, first - 1))
                  first--;
                if (first > 1 && tis (s, first - 1, "under") &&
                    (k = party_before (s, first - 1, cl, FALSE, 8)) >= 0)
                  {
                    coord_backward (s, k, &dst);
                    emit_pairs (&e, &src, &dst, TRUE);
                    break;
                  }
              }
            /* "thanked Israel for its intervention": the reason for the
             * thanks names no second party; the subject is not it */
            if (c >= 2 && tis (s, c - 2, "for") && has_kind (s, c - 1, LEX_PRONOUN) &&
                (tok (s, c - 1)->flags & TOK_WORD) && src.n == 1)
              break;
            /* "severing ties over Qatar's support for terrorist groups":
             * the possessor's act names its own object, no party */
            /* ("North Korea's first major participation in a foreign
             * war") */
            if (c > 0 && ((tok (s, c - 1)->flags & TOK_POSS) || possessive_pronoun (s, c - 1) ||
                          (c > 3 && (tok (s, c - 3)->flags & TOK_POSS) && is_word (s, c - 2) && is_word (s, c - 1) &&
                           s->ment_at[c - 4] >= 0)) &&
                after + 1 < s->n &&
                (tis (s, after, "for") || tis (s, after, "to") || tis (s, after, "against") ||
                 tis (s, after, "on") || tis (s, after, "in")) &&
                !has_kind (s, after + 1, LEX_PRONOUN) && s->ment_at[after + 1] < 0 &&
                (is_word (s, after + 1) || is_determiner (s, after + 1)))
              break;
            /* "the resolve of the Turkish leadership and the Turkish nation
             * to continue their march towards reconciliation": "their"
             * after the agent is the agent's own, no other party ("its"
             * is as often the clause subject's: "Moscow has never
             * recognised Kosovo's independence, and its veto threat") */
            {
              gboolean own = FALSE;
              for (guint t = c; t > 0 && c - t < 6 && s->clause[t - 1] == cl && s->ment_at[t - 1] < 0 && !own; t--)
                own = tis (s, t - 1, "their") && src.n > 0 && ment (s, src.m[0])->t1 < t - 1;
              if (own)
                break;
            }
            emit_subject_fallback (s, &dst, cl, c);
            /* but "U.N. and U.S. sanctions": two sources of one act */
            if (dst.n == 0 && src.n >= 2 && !cue->directed)
              {
                /* "the Turkish-Libyan agreement" */
                MSet a = { 0 }, b = { 0 };
                mset_add (&a, src.m[0]);
                for (guint i = 1; i < src.n; i++)
                  mset_add (&b, src.m[i]);
                emit_pairs (&e, &a, &b, FALSE);
              }
          }
        /* "Nigeria and Chad carried out joint operations", "Nigerian and
         * Chadian troops conducted joint patrols": a shared act of the
         * coordinated subject */
        if (dst.n == 0 && src.n >= 2 && !cue->directed &&
            (g_ascii_strncasecmp (e.cue_text, "joint ", 6) == 0 ||
             g_ascii_strncasecmp (e.cue_text, "coordinated ", 12) == 0))
          {
            joint_action (&e, &src);
            break;
          }
        emit_pairs (&e, &src, &dst, TRUE);
        break;
      }

    case CUE_ADJ:
      {
        gboolean prep = strchr (e.cue_text, ' ') != NULL || tis (s, after, "to") || tis (s, after, "with");
        /* "the administration supported by Haftar": what is supported
         * is no party */
        if (tis (s, after, "by") && described_noun (s, c))
          break;
        /* "Iranian-made drones used by the Houthis", "Turkish-made drones,
         * bought by Mali": the maker and the user of the weapon */
        if (c >= 2 && (tok (s, c - 1)->flags & TOK_HYPHEN) && s->ment_at[c - 2] >= 0 &&
            tis (s, c, "made") && (k = weapon_user (s, after)) >= 0)
          {
            mset_add (&src, s->ment_at[c - 2]);
            coord_forward (s, k, &dst);
            emit_pairs (&e, &src, &dst, TRUE);
            break;
          }
        /* "X-backed Y": only the noun phrase it qualifies */
        if (c >= 2 && (tok (s, c - 1)->flags & TOK_HYPHEN) && s->ment_at[c - 2] >= 0 &&
            (k = backed_phrase (s, after, cl)) >= 0)
          {
            mset_add (&src, s->ment_at[c - 2]);
            mset_add (&dst, k);
            emit_pairs (&e, &src, &dst, TRUE);
            break;
          }
        /* "the CSTO, the Moscow-led military bloc": the phrase describes
         * the party before the comma */
        if (c >= 2 && (tok (s, c - 1)->flags & TOK_HYPHEN) && s->ment_at[c - 2] >= 0)
          {
            guint p = ment (s, s->ment_at[c - 2])->t0;
            if (p > 0 && (tis (s, p - 1, "the") || tis (s, p - 1, "a") || tis (s, p - 1, "an")))
              p--;
            /* "the Collective Security Treaty Organization (CSTO), the ..." */
            if (p >= 3 && tis (s, p - 1, ",") && tis (s, p - 2, ")"))
              p--;
            if (p >= 2 && tis (s, p - 1, ",") && s->ment_at[p - 2] >= 0 && is_party (ment (s, s->ment_at[p - 2])))
              {
                mset_add (&src, s->ment_at[c - 2]);
                mset_add (&dst, s->ment_at[p - 2]);
                emit_pairs (&e, &src, &dst, TRUE);
              }
            break;
          }
        if (!prep)
          {
            /* "the hostile Turkish position": the modified party */
            if ((k = party_after (s, after, cl, 2)) >= 0)
              {
                mset_add (&src, k);
                if ((k = party_before (s, c, cl, FALSE, 30)) >= 0)
                  coord_backward (s, k, &dst);
                else if (tis (s, after, "by"))
                  reported_relative_head (s, cl, &dst);   /* "X, which Y says is backed by Z" */
                emit_pairs (&e, &src, &dst, TRUE);
              }
            break;
          }
        if ((k = party_after (s, after, cl, 6)) < 0)
          break;
        coord_forward (s, k, &dst);
        /* "the businessman close to X, Name" */
        if (c > 0 && (has_kind (s, c - 1, LEX_ROLE) || has_kind (s, c - 1, LEX_TITLE)))
          {
            Ment *last = ment (s, dst.m[dst.n - 1]);
            if (dst.n >= 2 && (last->flags & M_INDIV) && tis (s, last->t0 - 1, ","))
              {
                dst.n--;
                mset_add (&src, dst.m[dst.n]);
                emit_pairs (&e, &src, &dst, TRUE);
                break;
              }
          }
        /* the party the adjective describes: right before it ("Moscow,
         * close to Damascus") or the subject of a copula ("X is loyal to") */
        k = described_party (s, c, cl);
        if (k >= 0)
          mset_add (&src, k);
        else if (k == -2)
          emit_subject_fallback (s, &src, cl, c);
        emit_pairs (&e, &src, &dst, TRUE);
        break;
      }

    case CUE_PREP:
      {
        gboolean reversed = g_str_has_suffix (e.cue_text, " by") || g_str_has_prefix (e.cue_text, "subjected") ||
                            g_str_has_prefix (e.cue_text, "under ") || g_str_has_prefix (e.cue_text, "with the ");
        /* "warned Brussels against cutting Russian gas": advice about an
         * act, not a side taken against its object */
        if (strcmp (e.cue_text, "against") == 0 && after < s->n && is_word (s, after) &&
            s->ment_at[after] < 0 && tsuffix (s, after, "ing", 5))
          break;
        /* "X imposed sanctions on Y, in coordination with A and B": the
         * partners of the clause's subject, not of the party before the
         * comma */
        if (cue->polarity == ENT_POLARITY_ALLY && c >= 2 && tis (s, c - 1, ",") &&
            (g_str_has_prefix (e.cue_text, "in coordination") || g_str_has_prefix (e.cue_text, "in cooperation") ||
             g_str_has_prefix (e.cue_text, "jointly") || g_str_has_prefix (e.cue_text, "in tandem") ||
             g_str_has_prefix (e.cue_text, "in partnership")) &&
            (k = clause_subject (s, s->clause[c - 2], c - 1)) >= 0)
          {
            int first = party_after (s, after, cl, 3);
            if (first >= 0)
              {
                mset_add (&src, k);
                coord_forward (s, first, &dst);
                emit_pairs (&e, &src, &dst, TRUE);
              }
            break;
          }
        /* "the Kenyan police, along with Haitian personnel, ...": a
         * partner named beside the subject; but "which Britain supplies
         * along with France" says only who else supplies */
        if (strcmp (e.cue_text, "along with") == 0 && c > 0 && !tis (s, c - 1, ",") && s->ment_at[c - 1] < 0)
          break;
        /* "comes against the backdrop of X": a setting, no side taken */
        if (strcmp (e.cue_text, "against") == 0 && after + 1 < s->n && tis (s, after, "the") &&
            (tis (s, after + 1, "backdrop") || tis (s, after + 1, "background")))
          break;
        guint pron = G_MAXUINT;
        /* "against a rebel force led by arch-rival Riek Machar" */
        if ((k = led_force_after (s, after, cl)) >= 0)
          mset_add (&dst, k);
        else if ((k = party_after (s, after, cl, 6)) >= 0)
          coord_forward (s, k, &dst);
        /* "air strikes against its fighters": whom "its" stands for is
         * known once the source is */
        else if (!reversed && (pron = object_pronoun (s, after, cl)) == G_MAXUINT)
          break;
        if (dst.n == 0 && pron == G_MAXUINT)
          break;
        if (g_str_has_suffix (e.cue_text, " by") || g_str_has_suffix (e.cue_text, " to"))
          {
            /* "a deal mediated by Oman": the deal, not an actor */
            k = described_party (s, c, cl);
            if (k >= 0)
              coord_backward (s, k, &src);
            else if (k == -2)
              emit_subject_fallback (s, &src, cl, c);
          }
        else if (g_str_has_prefix (e.cue_text, "with the ") && (k = accused_agent (s, c, cl)) >= 0)
          coord_backward (s, k, &src);  /* "accused X of stealing gold with the backing of Y" */
        else if (g_str_has_prefix (e.cue_text, "with the ") && (k = clause_subject (s, cl, c)) >= 0)
          coord_forward (s, k, &src);   /* "X took the city with the help of Y" */
        else if (c > 0 && tis (s, c - 1, ",") && tsuffix (s, c, "ing", 4) &&
                 (k = clause_subject (s, cl, c)) >= 0)
          coord_forward (s, k, &src);   /* "X retook the town ..., fighting alongside Y" */
        /* "Washington armed the YPG in the campaign against Islamic State
         * and keeps troops alongside the SDF": the foe named after
         * "against" is nobody's partner; the subject is */
        else if (cue->polarity == ENT_POLARITY_ALLY && (k = party_before (s, c, cl, FALSE, 30)) >= 0 &&
                 ment (s, k)->t0 > 0 &&
                 (tis (s, ment (s, k)->t0 - 1, "against") ||
                  (ment (s, k)->t0 > 1 && is_determiner (s, ment (s, k)->t0 - 1) &&
                   tis (s, ment (s, k)->t0 - 2, "against"))))
          {
            if ((k = clause_subject (s, cl, c)) < 0)
              break;
            coord_backward (s, k, &src);
          }
        else if ((k = party_before (s, c, cl, FALSE, 30)) >= 0)
          {
            int filer;
            guint r;
            /* "The PKK, listed as a terrorist organization by Turkey, the
             * United States and the EU, has rebelled against ...": the
             * one the closed phrase describes, not a party inside it */
            if ((r = closed_relative_at (s, ment (s, k)->t0, c)) != G_MAXUINT && r >= 2 &&
                (filer = party_before (s, r - 1, cl, FALSE, 3)) >= 0)
              k = filer;
            /* "Lebanon filed a complaint with the UN Security Council
             * against Israel": the body it goes to is no party of it */
            if (complaint_body (s, ment (s, k)->t0) && (filer = clause_subject (s, cl, c)) >= 0)
              k = filer;
            coord_backward (s, k, &src);
            /* "Eritrean troops fought alongside Ethiopian troops against
             * Tigrayan forces": both sides of "alongside" */
            guint f = ment (s, src.m[src.n - 1])->t0;
            while (f > 0 && is_determiner (s, f - 1))
              f--;
            if (f > 0 && s->cue[f - 1] && s->cue[f - 1]->form == CUE_PREP &&
                (tis (s, f - 1, "alongside") || tis (s, f - 1, "beside")) &&
                (k = party_before (s, f - 1, cl, TRUE, 6)) >= 0)
              coord_backward (s, k, &src);
            /* "the KDP has cooperated with Ankara against the PKK": the
             * partners both */
            else if (f > 1 && tis (s, f - 1, "with") && s->cue[f - 2] && s->cue[f - 2]->form != CUE_NOUN &&
                     s->cue[f - 2]->form != CUE_PREP &&
                     hit_cue (s, s->cue[f - 2])->polarity == ENT_POLARITY_ALLY &&
                     (k = party_before (s, f - 2, cl, TRUE, 6)) >= 0)
              coord_backward (s, k, &src);
          }
        if (src.n == 0 && !reversed)
          {
            int poss = possessor_before (s, c);
            if (poss < 0 && c > 0)
              {
                /* "his war against Tripoli" */
                for (guint t = c; t > 0 && c - t < 3; t--)
                  if ((poss = possessor_before (s, t - 1)) >= 0)
                    break;
              }
            if (poss >= 0)
              mset_add (&src, poss);
          }
        emit_subject_fallback (s, &src, cl, c);
        if (pron != G_MAXUINT)
          {
            if (src.n == 0 || (k = object_pronoun_referent (s, pron, &src)) < 0)
              break;
            mset_add (&dst, k);
          }
        if (reversed)
          emit_pairs (&e, &dst, &src, TRUE);
        else
          emit_pairs (&e, &src, &dst, TRUE);
        break;
      }

    default: /* verbs */
      {
        gboolean passive = hit->form == CUE_VERB_PART && tis (s, after, "by");
        /* "approvals from the AU and money pledged from Britain": a
         * participle after a plain noun describes it; its giver acts for
         * nobody named before */
        if (tsuffix (s, c, "ed", 3) && after + 1 < s->n && tis (s, after, "from") && c > 1 &&
            s->ment_at[c - 1] < 0 && is_word (s, c - 1) && !(tok (s, c - 1)->flags & TOK_CAP) &&
            !s->cue[c - 1] && !s->cue_v[c - 1] && !has_kind (s, c - 1, LEX_PRONOUN) &&
            !(word_class (s, c - 1) & WC_AUX_VP) && !is_determiner (s, c - 1) && !tis (s, c - 1, "and") &&
            !tis (s, c - 1, "or") && !tis (s, c - 1, "been") && !tis (s, c - 1, "being"))
          break;
        /* "a visit to Morocco in August by Israel's foreign minister":
         * a verb used as a noun after an article, with its own agent
         * after "by", not the clause's subject */
        if (hit->form == CUE_VERB && c > 0 && !tsuffix (s, c, "ed", 3) && !tsuffix (s, c, "ing", 4) &&
            (tis (s, c - 1, "a") || tis (s, c - 1, "an") || tis (s, c - 1, "the")))
          {
            if (agent_and_target (s, c, after, cl, &src, &dst))
              {
                emit_pairs (&e, &src, &dst, TRUE);
                break;
              }
            src.n = dst.n = 0;
          }
        /* "Russia vetoed a U.S.-drafted resolution condemning North
         * Korea": the text condemns, and the one rejecting it does not
         * (its drafter does: "U.S.-drafted") */
        if (tsuffix (s, c, "ing", 4) && c >= 3 && is_word (s, c - 1) &&
            (tis (s, c - 1, "resolution") || tis (s, c - 1, "statement") || tis (s, c - 1, "motion") ||
             tis (s, c - 1, "text") || tis (s, c - 1, "draft") || tis (s, c - 1, "declaration") ||
             tis (s, c - 1, "bill")))
          {
            guint v = c - 1;
            int drafter = -1;
            /* (back over "a", "the", "U.S.-drafted") */
            while (v > 0 && c - v < 6 &&
                   (is_determiner (s, v - 1) || (tok (s, v - 1)->flags & TOK_HYPHEN) ||
                    (v >= 2 && is_word (s, v - 1) && (tok (s, v - 2)->flags & TOK_HYPHEN)) ||
                    (s->ment_at[v - 1] >= 0 && (tok (s, v)->flags & TOK_HYPHEN))))
              {
                if (s->ment_at[v - 1] >= 0 && (tok (s, v)->flags & TOK_HYPHEN))
                  drafter = s->ment_at[v - 1];
                v--;
              }
            if (v > 0 && (tprefix (s, v - 1, "veto") || tprefix (s, v - 1, "reject") || tprefix (s, v - 1, "block") ||
                          tprefix (s, v - 1, "oppos") || (tis (s, v - 1, "against") && v >= 2 && tprefix (s, v - 2, "vot"))))
              {
                if (drafter >= 0 && (k = party_after (s, after, cl, 4)) >= 0)
                  {
                    mset_add (&src, drafter);
                    coord_forward (s, k, &dst);
                    emit_pairs (&e, &src, &dst, TRUE);
                  }
                break;
              }
          }
        /* "Saudi Arabia says Qatar is funding terrorism": a charge the
         * speaker makes against the one said to do it */
        if (cue->polarity == ENT_POLARITY_ALLY && after < s->n &&
            (tprefix (s, after, "terror") || tprefix (s, after, "extremis")) && s->speaker >= 0 &&
            s->speech_pos != G_MAXUINT && c > s->speech_pos && (k = subject_before (s, c, cl, 12)) >= 0 &&
            ment (s, k)->actor != s->speaker && !(ment (s, k)->flags & M_SPEAKER))
          {
            static EntGazCue charge = { (char *) "accusation", ENT_POLARITY_HOSTILE, (char *) "accusation", TRUE };
            Emit ce = e;
            MSet a = { 0 }, b = { 0 };
            Ment m = { 0, 0, s->speaker, 0, FORM_NAME };
            ce.cue = &charge;
            g_array_append_val (s->ments, m);
            mset_add (&a, s->ments->len - 1);
            mset_add (&b, k);
            emit_pairs (&ce, &a, &b, TRUE);
            break;
          }
        /* "called on Iran to stop arming the Houthis": Iran arms them (a
         * fact the call takes for granted), the caller does not; "asked
         * Serbia to recognise Kosovo": a request, no act yet */
        {
          gboolean stop = FALSE;
          int urged = urged_party (s, c, &stop);
          if (urged >= 0)
            {
              if (stop && (k = party_after (s, after, cl, 6)) >= 0)
                {
                  mset_add (&src, urged);
                  coord_forward (s, k, &dst);
                  emit_pairs (&e, &src, &dst, TRUE);
                }
              break;
            }
        }
        /* "Mali bought Turkish drones", "drones bought by Mali": the
         * support flows from the one sold from to the buyer */
        e.reverse = tprefix (s, c, "bought") || tprefix (s, c, "buy") || tprefix (s, c, "purchas") ||
                    tprefix (s, c, "acquir") || tprefix (s, c, "receiv");
        gboolean place_target = FALSE;
        guint pron = G_MAXUINT;
        /* "warned of an invasion coordinated with the United States": the
         * participle describes the act named before it, whose agent is
         * not the clause's subject */
        if (hit->form == CUE_VERB_PART && !passive && c >= 3 && s->cue[c - 1] && s->cue[c - 1]->form == CUE_NOUN &&
            s->cuelen[c - 1] == 1 && is_determiner (s, c - 2) && (is_object_prep (s, c - 3) || tis (s, c - 3, "of")))
          break;
        /* "struck camps occupied by STC forces": what the participle
         * describes is no party */
        if (passive && c > 0 &&
            ((s->ment_at[c - 1] < 0 && is_word (s, c - 1) &&
              ((word_class (s, c - 1) & WC_PART_OF) || tis (s, c - 1, "areas") || tis (s, c - 1, "territory") ||
               tis (s, c - 1, "towns") || tis (s, c - 1, "villages") || tis (s, c - 1, "districts"))) ||
             described_noun (s, c)))
          break;
        if (passive)
          {
            int subj = clause_subject (s, cl, c);
            gboolean relative = FALSE;
            guint r = c;
            if ((k = party_after (s, after + 1, cl, 4)) >= 0)
              coord_forward (s, k, &src);
            /* "the RSF, which is supported by the UAE": the relative's
             * antecedent is the one supported */
            while (r > 0 && c - r < 4 && (be_form (s, r - 1) || (word_class (s, r - 1) & WC_AUX_VP)))
              r--;
            if (src.n > 0 && r < c && r >= 2 &&
                (tis (s, r - 1, "which") || tis (s, r - 1, "who") || tis (s, r - 1, "that")) &&
                (k = party_before (s, r - 1, s->clause[r - 2], FALSE, 3)) >= 0)
              {
                coord_backward (s, k, &dst);
                emit_pairs (&e, &src, &dst, TRUE);
                break;
              }
            /* "X, which fights against Y, is backed by Z": the subject,
             * not the actor inside the relative clause */
            if (subj >= 0)
              for (guint t = ment (s, subj)->t1; t < c && !relative; t++)
                relative = has_kind (s, t, LEX_RELATIVE) && tis (s, t - 1, ",");
            if (relative)
              coord_forward (s, subj, &dst);
            else if ((k = party_before (s, c, cl, FALSE, 30)) >= 0)
              coord_backward (s, k, &dst);
            else
              reported_relative_head (s, cl, &dst);
            if ((k = subj) >= 0)
              mset_add (&dst, k);
            emit_subject_fallback (s, &dst, cl, c);
            emit_pairs (&e, &src, &dst, TRUE);
            break;
          }
        /* "Yerevan bought artillery and radar from France and India",
         * "received arms from Iran": the one it came from gives */
        if (e.reverse && (k = from_party (s, after, cl)) >= 0)
          {
            int subj = coordinated_vp_subject (s, c, cl);
            if (subj < 0)
              subj = subject_before (s, c, cl, 40);
            if (subj >= 0)
              {
                coord_forward (s, k, &src);
                mset_add (&dst, subj);
                e.reverse = FALSE;
                emit_pairs (&e, &src, &dst, TRUE);
              }
            break;
          }
        /* "ECOWAS, which they accuse of serving French interests", "was
         * accused of": the accused is not named after the verb, and the
         * party after the gerund is not accused */
        if (kind_is (e.cue->kind, "accusation") && after + 1 < s->n &&
            (tis (s, after, "of") || tis (s, after, "for")) && s->ment_at[after + 1] < 0)
          {
            /* "the UAE, which the army accuses of ...": the party between
             * the relative and the verb accuses the antecedent */
            guint rel = 0;
            int accused = relative_antecedent (s, c, cl, &rel);
            if (accused >= 0 && c > rel + 1 && (k = party_before (s, c, cl, FALSE, c - rel - 1)) >= 0 &&
                ment (s, k)->t0 > rel)
              {
                mset_add (&src, k);
                mset_add (&dst, accused);
                emit_pairs (&e, &src, &dst, TRUE);
              }
            break;
          }
        /* "X-backed Y": only the noun phrase it qualifies */
        if (c >= 2 && (tok (s, c - 1)->flags & TOK_HYPHEN) && s->ment_at[c - 2] >= 0)
          {
            guint first = ment (s, s->ment_at[c - 2])->t0;
            mset_add (&src, s->ment_at[c - 2]);
            /* "a US- and UN-sanctioned entity": both */
            if (first >= 3 && (tis (s, first - 1, "and") || tis (s, first - 1, "or")) &&
                ((tok (s, first - 2)->flags & TOK_HYPHEN) || tis (s, first - 2, "-")) && s->ment_at[first - 3] >= 0 &&
                ment (s, s->ment_at[first - 3])->t1 == first - 2)
              {
                mset_add (&src, s->ment_at[first - 3]);
                first = ment (s, s->ment_at[first - 3])->t0;
              }
            if ((k = backed_phrase (s, after, cl)) >= 0)
              mset_add (&dst, k);
            /* "M23, a US-sanctioned entity,": the party the apposition
             * describes */
            else if (first >= 3 && (tis (s, first - 1, "a") || tis (s, first - 1, "an") || tis (s, first - 1, "the")) &&
                     tis (s, first - 2, ",") && s->ment_at[first - 3] >= 0 &&
                     is_party (ment (s, s->ment_at[first - 3])) &&
                     ment (s, s->ment_at[first - 3])->t1 == first - 2 && after < s->n && is_word (s, after) &&
                     s->ment_at[after] < 0)
              mset_add (&dst, s->ment_at[first - 3]);
            emit_pairs (&e, &src, &dst, TRUE);
            break;
          }
        /* "Five Malian soldiers were killed in an attack by JNIM" */
        if (cue->polarity == ENT_POLARITY_HOSTILE && (k = agent_of_event (s, c, after, cl)) >= 0)
          {
            int victim = party_before (s, c, cl, TRUE, 8);
            if (victim >= 0)
              {
                coord_forward (s, k, &src);
                coord_backward (s, victim, &dst);
                emit_pairs (&e, &src, &dst, TRUE);
              }
            break;
          }
        if ((k = taken_from (s, c, after, cl)) >= 0)
          coord_forward (s, k, &dst);   /* "recaptured Khartoum from the RSF" */
        else if (cue->polarity == ENT_POLARITY_HOSTILE && (k = weapon_firer (s, after, cl)) >= 0)
          coord_forward (s, k, &dst);   /* "intercepted a missile fired by the Houthis" */
        else if ((k = party_after (s, after, cl, 10)) >= 0)
          {
            coord_forward (s, k, &dst);
            those_of (s, &dst);
          }
        else if (cue->polarity == ENT_POLARITY_ALLY && (k = recipient_after (s, c, after, cl)) >= 0)
          coord_forward (s, k, &dst);
        else if (tprefix (s, c, "host") && (k = hosted_base_owner (s, after, cl)) >= 0)
          {
            mention_acts (s, ment (s, k));   /* "hosts a large U.S. base": the base's state */
            mset_add (&dst, k);
          }
        else if (hit->form != CUE_VERB_ING &&
                 (after >= s->n || !is_word (s, after) || is_object_prep (s, after) ||
                  (word_class (s, after) & WC_ADJUNCT) || has_kind (s, after, LEX_LOCATIVE)))
          {
            /* "the Muslim Brotherhood, which Abu Dhabi has opposed": the
             * relative's antecedent is the object, the party after the
             * pronoun the subject */
            guint rel = 0;
            int ante = relative_antecedent (s, c, cl, &rel);
            int subj = ante >= 0 && c > rel + 1 ? party_before (s, c, cl, FALSE, c - rel - 1) : -1;
            if (subj >= 0 && ment (s, subj)->t0 > rel && ment (s, subj)->t0 <= rel + 2 &&
                !tprefix (s, c, "accus") && !tprefix (s, c, "reject") &&
                !tprefix (s, c, "deni") && !tprefix (s, c, "deny") && !tprefix (s, c, "dismiss"))
              {
                mset_add (&src, subj);
                mset_add (&dst, ante);
                emit_pairs (&e, &src, &dst, TRUE);
                break;
              }
          }
        /* "accuses Colombia of preparing to attack Venezuela": the act
         * of the gerund before "to" */
        guint cv = c;
        if (hit->form != CUE_VERB_ING && c >= 4 && tis (s, c - 1, "to") && tsuffix (s, c - 2, "ing", 5) &&
            s->ment_at[c - 2] < 0 && (tis (s, c - 3, "of") || tis (s, c - 3, "for")))
          cv = c - 2;
        /* "accused Turkey of harboring extremists and providing the
         * Brotherhood with ...": the second gerund is the accused's too */
        if (hit->form == CUE_VERB_ING && c >= 4 && tis (s, c - 1, "and"))
          for (guint g = c - 2; g >= 2 && c - g < 8 && s->clause[g] == cl; g--)
            {
              if (s->ment_at[g] < 0 && tsuffix (s, g, "ing", 4) && (tis (s, g - 1, "of") || tis (s, g - 1, "for")))
                {
                  cv = g;
                  break;
                }
              if (tis (s, g, ",") || tis (s, g, ";"))
                break;
            }
        if (dst.n > 0 && (hit->form == CUE_VERB_ING || cv != c) && cv >= 2)
          {
            /* "accused Chad of arming the RSF": the one accused acts,
             * not the accuser; "X ... for his role in backing Y": the
             * person last named */
            int agent = -1;
            guint q = cv - 2;
            /* "accused Eritrea on Wednesday of arming ...": past the time */
            if (q >= 3 && s->ment_at[q] < 0 && !accusation_verb_at (s, q) && is_word (s, q) &&
                (tis (s, q - 1, "on") || tis (s, q - 1, "last") || tis (s, q - 1, "this") || tis (s, q - 1, "in")))
              q -= 2;
            if ((tis (s, cv - 1, "of") || tis (s, cv - 1, "for")) && s->ment_at[q] >= 0 &&
                is_party (ment (s, s->ment_at[q])))
              agent = s->ment_at[q];
            else if ((tis (s, cv - 1, "of") || tis (s, cv - 1, "for")) && accusation_verb_at (s, q))
              {
                /* "X, which Y accuses of arming Z", "X was accused of
                 * arming Z": the accused arms, not the accuser; when the
                 * accused is not found, nobody */
                agent = accused_before (s, q, cl);
                if (agent < 0)
                  break;
              }
            /* "accusing the trio of helping Wagner": the accused, named
             * by no party here, not the accuser */
            else if ((tis (s, cv - 1, "of") || tis (s, cv - 1, "for")) && q >= 2 &&
                     (accusation_verb_at (s, q - 1) || accusation_verb_at (s, q - 2) ||
                      (q >= 3 && accusation_verb_at (s, q - 3))))
              break;
            else if (cv >= 3 && tis (s, cv - 1, "in") && tis (s, cv - 2, "role") &&
                     (tis (s, cv - 3, "his") || tis (s, cv - 3, "her")))
              for (guint m = 0; m < s->ments->len; m++)
                if (ment (s, m)->t1 <= cv - 3 && (ment (s, m)->flags & M_INDIV) && is_party (ment (s, m)))
                  agent = m;
            if (agent >= 0)
              {
                coord_backward (s, agent, &src);
                emit_pairs (&e, &src, &dst, TRUE);
                break;
              }
          }
        if (dst.n == 0 && cue->polarity == ENT_POLARITY_HOSTILE && reciprocal_fight (s, c, after, cl) &&
            (k = party_before (s, c, cl, TRUE, 4)) >= 0)
          {
            coord_backward (s, k, &src);
            if (src.n >= 2)
              {
                joint_action (&e, &src);
                break;
              }
            src.n = 0;
          }
        if (dst.n == 0 && (k = struck_place (s, e.cue, c, after, cl)) >= 0)
          {
            mset_add (&dst, k);
            place_target = TRUE;
          }
        /* "condemned the attacks by Russia", "denounced what it called
         * indiscriminate air strikes by the regime": aimed at the one
         * whose act it was */
        /* ("to prevent provocative actions by North Korea", "deter
         * aggression by China": a deed stopped is the doer's too) */
        if (dst.n == 0 && cue->polarity == ENT_POLARITY_HOSTILE &&
            (g_strcmp0 (cue->kind, "accusation") == 0 || deterring_verb (s, c) || tprefix (s, c, "confront") ||
             tprefix (s, c, "resist") || tprefix (s, c, "repel")) &&
            (k = act_by (s, c, after)) >= 0)
          coord_forward (s, k, &dst);
        if (dst.n == 0 && cue->polarity == ENT_POLARITY_HOSTILE)
          pron = object_pronoun (s, after, cl);
        /* "Russia condemned the strikes": aimed at whoever struck;
         * "ECOWAS condemned the coup": at whoever made it */
        if (dst.n == 0 && pron == G_MAXUINT &&
            ((k = coup_object (s, after)) >= 0 ||
             (cue->polarity == ENT_POLARITY_HOSTILE && (k = event_object (s, after)) >= 0)))
          mset_add (&dst, virtual_ment (s, k));
        if (dst.n == 0 && pron == G_MAXUINT)
          {
            /* "The U.S. military destroyed a boat": a striker all the same */
            /* (but "after deadly armed attack" is a noun: nobody's) */
            if (cue->directed && kind_is (cue->kind, "conflict") && strike_verb (s, c) &&
                !(c > 0 && (is_determiner (s, c - 1) || tis (s, c - 1, "armed") || tis (s, c - 1, "deadly") ||
                            tis (s, c - 1, "terrorist"))) &&
                (k = subject_before (s, c, cl, 40)) >= 0 && !(ment (s, k)->flags & M_INDIV))
              note_striker (s->ctx, ment (s, k)->actor, s->sent);
            /* "Eritrea and Somalia signed a pact": joint action; "the
             * three leaders agreed to ...": of the group named before */
            if (!cue->directed && (k = party_before (s, c, cl, TRUE, 3)) >= 0)
              {
                coord_backward (s, k, &src);
                joint_action (&e, &src);
              }
            else if (!cue->directed && group_subject (s, c, &src))
              joint_action (&e, &src);
            break;
          }
        {
          /* "Turkey, Dbeibah's backer, has courted Haftar": the subject,
           * not the actor inside the apposition */
          int subj = clause_subject (s, cl, c);
          gboolean comma = FALSE;
          /* SUBJ [in PLACE] , apposition , [has also] VERB */
          guint subj_end = subj >= 0 ? place_after (s, ment (s, subj)->t1) : 0;
          if (subj >= 0 && tis (s, subj_end, ","))
            for (guint t = c; t > subj_end + 1 && c - t < 4; t--)
              {
                if (has_kind (s, t - 1, LEX_RELATIVE))
                  break;
                if (tis (s, t - 1, ","))
                  {
                    comma = TRUE;
                    break;
                  }
              }
          /* "the five countries condemned ..." */
          gboolean participle = hit->form == CUE_VERB_ING && c > 0 && tis (s, c - 1, ",");
          if (group_subject (s, c, &src))
            ;
          else if (participle && subj < 0 && (k = participle_subject (s, c, cl)) >= 0)
            coord_backward (s, k, &src);   /* "X ambushed Y and Z, killing ..." */
          else if (participle && subj < 0 && c >= 3 && is_speech (s, c - 2) && s->ment_at[c - 3] >= 0 &&
                   is_party (ment (s, s->ment_at[c - 3])) && ment (s, s->ment_at[c - 3])->t0 >= 1 &&
                   ((tok (s, ment (s, s->ment_at[c - 3])->t0 - 1)->flags & TOK_QUOTE) ||
                    (ment (s, s->ment_at[c - 3])->t0 >= 2 && tis (s, ment (s, s->ment_at[c - 3])->t0 - 1, ",") &&
                     (tok (s, ment (s, s->ment_at[c - 3])->t0 - 2)->flags & TOK_QUOTE))))
            mset_add (&src, s->ment_at[c - 3]);   /* "'...,' Putin added, condemning Poland" */
          else if (subj >= 0 && comma && !participle)
            {
              /* "Iran, Hezbollah's main backer, condemned": not the
               * possessor inside the apposition */
              MSet all = { 0 };
              coord_forward (s, subj, &all);
              for (guint m = 0; m < all.n; m++)
                if (all.m[m] == subj || ment (s, all.m[m])->t1 >= s->n ||
                    !(tok (s, ment (s, all.m[m])->t1)->flags & TOK_POSS))
                  mset_add (&src, all.m[m]);
            }
          else if ((k = relative_subject (s, c)) >= 0)
            coord_backward (s, k, &src);   /* "Guatemala and El Salvador, which sent ..." */
          /* "X froze its part in Y, the Z-led bloc, accusing it of ...":
           * a participle after a comma is the clause subject's */
          else if (subj >= 0 && hit->form == CUE_VERB_ING && c > 0 && tis (s, c - 1, ","))
            mset_add (&src, subj);
          else if (hit->form == CUE_VERB_ING && (k = opening_participle_subject (s, c)) >= 0)
            coord_forward (s, k, &src);
          else if (who_antecedent (s, c) == -2)
            break;   /* somebody unnamed did it */
          else
            {
              int vp_subj = coordinated_vp_subject (s, c, cl);
              if (vp_subj >= 0)
                k = vp_subj;
              else
                k = subject_before (s, c, cl, 40);
              /* "Ethiopian troops entered Somalia to fight al-Shabaab":
               * the purpose is the subject's, the place entered no doer
               * (but "helped Somalia to fight", "urged X to" are the
               * object's: requested() and the help verbs) */
              if (k >= 0 && k != subj && subj >= 0 && c >= 3 && tis (s, c - 1, "to") && ment (s, k)->t1 == c - 1)
                {
                  guint p = ment (s, k)->t0;
                  while (p > 0 && is_determiner (s, p - 1))
                    p--;
                  if (p > 0 && verb_before_object (s, p) &&
                      (tprefix (s, p - 1, "enter") || tprefix (s, p - 1, "invad") || tprefix (s, p - 1, "visit") ||
                       tis (s, p - 1, "returned") || tprefix (s, p - 1, "reach") ||
                       tprefix (s, p - 1, "cross") || tprefix (s, p - 1, "deploy") || tprefix (s, p - 1, "attack")))
                    k = subj;
                }
              /* "it has trained Somali soldiers, and it sells drones to X":
               * the pronoun is the subject, not the party before it */
              if (k >= 0)
                for (guint t = ment (s, k)->t1; t < c; t++)
                  if (t > 0 && subject_pronoun (s, t) &&
                      (tis (s, t - 1, "and") || tis (s, t - 1, "but") || tis (s, t - 1, ",")))
                    {
                      k = -1;
                      vp_subj = -1;
                      break;
                    }
              if (k >= 0)
                {
                  coord_backward (s, k, &src);
                  subjects_together (&e, &src, ment (s, k)->t1, c);
                }
              /* the clause's own subject, unless the verb was the
               * speaker's ("X said Y ... and offered to") or has its own
               * after ", and" ("X cut ties with Y in 2021, and Z has
               * courted ...") */
              gboolean own = FALSE;
              if (k >= 0 && k != subj)
                {
                  guint first = ment (s, k)->t0;
                  for (guint i = 0; i < src.n; i++)
                    first = MIN (first, ment (s, src.m[i])->t0);
                  own = (first >= 2 && (tis (s, first - 1, "and") || tis (s, first - 1, "but")) &&
                         tis (s, first - 2, ",")) ||
                        /* "an air raid which the GNA blamed on X" */
                        (first >= 2 && is_determiner (s, first - 1) &&
                         (tis (s, first - 2, "which") || tis (s, first - 2, "that") || tis (s, first - 2, "whom")) &&
                         first + 3 >= c) ||
                        (first >= 1 && (tis (s, first - 1, "which") || tis (s, first - 1, "that") ||
                                        tis (s, first - 1, "whom")) && first + 3 >= c);
                  /* "..., should Washington supply them to Kiev": an
                   * inverted condition has its own subject */
                  if (!own && first >= 1 && (tis (s, first - 1, "should") || tis (s, first - 1, "were") ||
                                             tis (s, first - 1, "had")) &&
                      first >= 2 && tis (s, first - 2, ","))
                    own = TRUE;
                  /* "accused Eritrea of sending troops to support X": the
                   * one accused does it */
                  if (!own && first >= 2 && accusation_verb_at (s, first - 1))
                    own = TRUE;
                  /* "China held drills as the US planned to sell arms to
                   * Taiwan": a subordinate clause's own subject */
                  if (!own && first >= 2 && is_determiner (s, first - 1))
                    first--;
                  if (!own && first >= 2 && (word_class (s, first - 1) & WC_SUBORDINATE) &&
                      !tis (s, first - 1, "despite") && !tis (s, first - 1, "amid") && !tis (s, first - 1, "unlike") &&
                      !(tis (s, first - 1, "as") && (tis (s, first - 2, "such") || tis (s, first - 2, "well") ||
                                                     tis (s, first - 2, "same"))))
                    own = TRUE;
                }
              /* "Iraq challenged Iran's claim that the strikes targeted
               * X": what the claim says is not the challenger's act */
              if (subj >= 0 && !own && claim_content (s, c))
                own = TRUE;
              if (subj >= 0 && !own && (vp_subj < 0 || s->clause[ment (s, vp_subj)->t0] == cl))
                mset_add (&src, subj);
            }
        }
        /* "the strikes targeted camps of X": the one who struck last */
        if (src.n == 0 && cue->polarity == ENT_POLARITY_HOSTILE && (k = event_subject (s, c, cl)) >= 0)
          {
            Ment m = { 0, 0, k, 0, FORM_NAME };
            g_array_append_val (s->ments, m);
            mset_add (&src, s->ments->len - 1);
          }
        /* "struck three of its nuclear sites": the "its" is somebody the
         * striker is not */
        if (pron != G_MAXUINT)
          {
            if (src.n == 0 || (k = object_pronoun_referent (s, pron, &src)) < 0)
              break;
            mset_add (&dst, k);
          }
        /* a place struck by an unnamed hand is no one's enemy */
        if (place_target && src.n == 0)
          break;
        if (place_target)
          {
            /* the struck capital stands for its state now, not a place */
            mention_acts (s, ment (s, dst.m[0]));
          }
        /* "Burundi, which has sent troops to help the DRC fight the M23":
         * the one helping fights too */
        if (cue->polarity == ENT_POLARITY_HOSTILE && dst.n > 0)
          for (guint i = 0; i < src.n; i++)
            {
              guint h = ment (s, src.m[i])->t0;
              if (h >= 2 && is_determiner (s, h - 1))
                h--;
              if (h >= 4 && tprefix (s, h - 1, "help") && (k = relative_subject (s, h - 1)) >= 0 &&
                  ment (s, k)->actor != ment (s, src.m[i])->actor)
                {
                  mset_add (&src, k);
                  break;
                }
            }
        emit_subject_fallback (s, &src, cl, c);
        emit_pairs (&e, &src, &dst, TRUE);
        break;
      }
    }

done:
  /* drop virtual topic mentions */
  while (s->ments->len > 0 && g_array_index (s->ments, Ment, s->ments->len - 1).t1 == 0)
    g_array_set_size (s->ments, s->ments->len - 1);
}

/* "Russia launched a barrage of missiles at Kyiv", "the Houthis fired
 * drones towards Israel": whoever fires at a party or at a state's
 * capital is hostile to it.  The weapon phrase between is a few plain
 * words; the shooter is the subject of the verb. */
static gboolean
cue_not_hostile (Sent *s, const EntLexHit *hit)
{
  return hit && hit_cue (s, hit)->polarity != ENT_POLARITY_HOSTILE;
}

static void
fired_at (Sent *s)
{
  static EntGazCue fire = { (char *) "fired at", ENT_POLARITY_HOSTILE, (char *) "conflict", TRUE };

  if (!(s->wc_any & WC_FIRE))
    return;
  for (guint c = 0; c + 2 < s->n; c++)
    {
      guint16 cl = s->clause[c];
      guint t, words = 0;
      int k, src;

      if (!(word_class (s, c) & WC_FIRE) || s->ment_at[c] >= 0 || negated (s, c, cl))
        continue;
      /* the weapon phrase: plain words, determiners, "of", modifiers */
      for (t = c + 1; t < s->n && t < c + 10 && s->clause[t] == cl; t++)
        {
          if (tis (s, t, "at") || tis (s, t, "towards") || tis (s, t, "toward") || tis (s, t, "into"))
            break;
          if (s->ment_at[t] >= 0)
            {
              /* "fired Iranian missiles": a modifier, not the target */
              Ment *m = ment (s, s->ment_at[t]);
              if (m->form != FORM_ADJ || m->t1 >= s->n || !is_word (s, m->t1))
                {
                  t = s->n;
                  break;
                }
              t = m->t1 - 1;
              continue;
            }
          if ((tok (s, t)->flags & TOK_DIGIT) || (tis (s, t, "and") && words > 0))
            continue;   /* "450 drones and 30 missiles" */
          /* "a \"large number\" of drones" */
          if ((tok (s, t)->flags & TOK_QUOTE) || tis (s, t, "of") || tis (s, t, "a"))
            continue;
          if (!is_word (s, t) || cue_not_hostile (s, s->cue[t]) || cue_not_hostile (s, s->cue_v[t]) ||
              has_kind (s, t, LEX_SPEECH) ||
              tis (s, t, "and") || tis (s, t, "from") || ++words > 5)
            {
              t = s->n;
              break;
            }
        }
      if (t + 1 >= s->n || s->clause[t] != cl)
        continue;
      t++;
      /* "at the Israeli positions", "at a Philippine government ship" */
      if (t < s->n && (tis (s, t, "the") || tis (s, t, "a") || tis (s, t, "an")))
        t++;
      /* "at northern Israel": the region of the state fired at */
      if (t + 1 < s->n && s->ment_at[t] < 0 && s->ment_at[t + 1] >= 0 && compass_word (s, t))
        t++;
      /* "at nine sites in Pakistan": the state the targets are in */
      if (t < s->n && s->ment_at[t] < 0 && (k = place_in_phrase (s, t, cl)) >= 0)
        t = ment (s, k)->t0;
      if (t >= s->n || (k = s->ment_at[t]) < 0)
        continue;
      {
        Ment *m = ment (s, k);
        if (!is_party (m) && !((m->flags & M_LOC) && is_place_actor (s, m)))
          continue;
        {
          Emit e = { s, &fire, NULL, -1, FALSE };
          MSet a = { 0 }, b = { 0 };
          gsize start = tok (s, c)->start, end = tok (s, t - 1)->end;
          if ((src = subject_before (s, c, cl, 40)) >= 0)
            coord_backward (s, src, &a);
          else if (c > 0 && (tis (s, c - 1, "it") || tis (s, c - 1, "they")))
            emit_subject_fallback (s, &a, cl, c);   /* "X said it launched ..." */
          if (a.n == 0)
            continue;
          e.cue_text = _ent_intern (s->ctx, s->text + start, end - start);
          if (s->speaker >= 0 && (s->inq[c] || (s->speech_pos != G_MAXUINT && c > s->speech_pos)))
            e.speaker = s->speaker;
          mset_add (&b, k);
          emit_pairs (&e, &a, &b, TRUE);
          /* the capital fired at stands for its state */
          if (e.any)
            mention_acts (s, m);
        }
      }
    }
}

/* "the Trump administration has designated X a foreign terrorist
 * organisation", "X, which it also lists as a terrorist group", "a gang
 * the Trump administration has designated a terrorist organisation": a
 * terrorist designation is a sanction by the designating party. */
static void
designated_terrorist (Sent *s)
{
  static const char *const verbs[] = { "designate", "designates", "designated", "designating", "list",
                                       "lists", "listed", "listing", "label", "labels", "labelled",
                                       "labeled", "brand", "brands", "branded", "declare", "declares",
                                       "declared", "classify", "classifies", "classified", "consider",
                                       "considers", "considered", "regard", "regards", "regarded", "deem",
                                       "deems", "deemed", "accepted", "recognised", "recognized", "seen",
                                       "viewed", "treated", NULL };
  static EntGazCue designation = { (char *) "terrorist designation", ENT_POLARITY_HOSTILE,
                                   (char *) "sanction", TRUE };
  gboolean any = FALSE;

  /* most sentences name no terror at all */
  if (!(s->wc_any & WC_TERROR))
    return;
  for (guint t = 2; t < s->n && !any; t++)
    any = tfold (s, t)[0] == 't' && tprefix (s, t, "terror");
  if (!any || s->ments->len < 2)
    return;
  for (guint v = 0; v + 2 < s->n; v++)
    {
      gboolean verb = FALSE;
      guint16 cl = s->clause[v];
      guint t, terror = G_MAXUINT;
      int obj = -1, subj = -1;
      gboolean relative = FALSE;

      verb = tis_among (s, v, verbs);
      if (!verb || s->ment_at[v] >= 0 || s->inq[v] || negated (s, v, cl))
        continue;
      /* ("considered" is also a verb of saying, which opens a clause) */
      for (t = v + 1; t < s->n && t < v + 10 &&
                      s->clause[t] == (has_kind (s, v, LEX_SPEECH) ? s->clause[v + 1] : cl); t++)
        if (tprefix (s, t, "terror"))
          {
            terror = t;
            break;
          }
      if (terror == G_MAXUINT)
        continue;
      /* the designated: after the verb, the relative's antecedent, or the
       * head of "X, a gang [that] Y has designated" */
      for (t = v + 1; t < terror && obj < 0; t++)
        if (s->ment_at[t] >= 0 && is_party (ment (s, s->ment_at[t])))
          obj = s->ment_at[t];
      /* "the PKK - considered a terrorist group in Turkey, the EU and the
       * United States", "Hamas, listed as a terrorist group by the EU":
       * a participle after the group, its designators after "in" or "by" */
      /* ("The PKK is listed as a terrorist organisation by Turkey, the
       * EU and the US": the subject of the passive) */
      int listed = -1;
      if (obj < 0 && v >= 2 && (tis (s, v - 1, ",") || is_dash (s, v - 1)) && tsuffix (s, v, "ed", 3) &&
          s->ment_at[v - 2] >= 0 && is_party (ment (s, s->ment_at[v - 2])))
        listed = s->ment_at[v - 2];
      else if (obj < 0 && v >= 2 && be_form (s, v - 1) && tsuffix (s, v, "ed", 3))
        listed = clause_subject (s, cl, v - 1);
      if (listed >= 0)
        {
          MSet a = { 0 }, b = { 0 };
          for (t = terror + 1; t < s->n && t < terror + 3 && is_word (s, t) && s->ment_at[t] < 0 &&
                               !tis (s, t, "by") && !tis (s, t, "in"); t++)
            ;
          if (t < s->n && (tis (s, t, "by") || tis (s, t, "in")))
            for (t++; t < s->n; t++)
              {
                int k = s->ment_at[t];
                if (k >= 0 && !(ment (s, k)->flags & (M_SKIP | M_INDIV)) &&
                    ment (s, k)->actor != ment (s, listed)->actor)
                  {
                    mset_add (&a, k);
                    t = ment (s, k)->t1 - 1;
                  }
                else if (!tis (s, t, ",") && !tis (s, t, "and") && !tis (s, t, "the"))
                  break;
              }
          if (a.n > 0)
            {
              Emit e = span_emit (s, &designation, v, terror);
              mset_add (&b, listed);
              emit_pairs (&e, &a, &b, TRUE);
              v = terror;
              continue;
            }
        }
      if (obj < 0)
        {
          guint rel = 0;
          if ((obj = relative_antecedent (s, v, cl, &rel)) < 0)
            {
              /* "the Kurdistan Workers' Party (PKK) which Ankara
               * designates as a terrorist organisation": no comma */
              for (guint r = v; r > 1 && v - r < 6 && obj < 0; r--)
                if (tis (s, r - 1, "which") || tis (s, r - 1, "whom"))
                  {
                    /* (and "the Movement for ... Kabylie (MAK), which") */
                    guint a = r >= 2 && tis (s, r - 2, ",") ? r - 3 : r - 2;
                    if (a < s->n && a >= 3 && tis (s, a, ")") && tis (s, a - 2, "("))
                      a -= 3;
                    else if (a < s->n && a >= 1 && tis (s, a, ")"))
                      a -= 1;
                    if (s->ment_at[a] >= 0 && is_party (ment (s, s->ment_at[a])))
                      {
                        obj = s->ment_at[a];
                        rel = r - 1;
                      }
                    break;
                  }
            }
          if (obj >= 0)
            {
              relative = TRUE;
              if ((subj = party_before (s, v, cl, FALSE, v - rel)) >= 0 && ment (s, subj)->t0 <= rel)
                subj = -1;
            }
        }
      if (obj < 0)
        {
          guint u = v;
          while (u > 0 && (tis (s, u - 1, "has") || tis (s, u - 1, "have") || tis (s, u - 1, "had") ||
                           tis (s, u - 1, "also")))
            u--;
          if (u > 0 && s->ment_at[u - 1] >= 0 && is_party (ment (s, s->ment_at[u - 1])))
            {
              guint w = ment (s, s->ment_at[u - 1])->t0, words = 0;
              subj = s->ment_at[u - 1];
              if (w > 0 && tis (s, w - 1, "the"))
                w--;
              while (w > 0 && words < 5 && !tis (s, w - 1, ",") &&
                     (is_word (s, w - 1) || s->ment_at[w - 1] >= 0))
                {
                  w--;
                  words++;
                }
              if (words > 0 && w >= 2 && tis (s, w - 1, ",") && s->ment_at[w - 2] >= 0 &&
                  is_party (ment (s, s->ment_at[w - 2])))
                obj = s->ment_at[w - 2];
              else
                subj = -1;
            }
        }
      if (obj < 0)
        continue;
      if (subj < 0 && !relative)
        subj = subject_before (s, v, cl, 40);
      if (subj == obj || (subj >= 0 && ment (s, subj)->actor == ment (s, obj)->actor))
        continue;
      {
        Emit e = span_emit (s, &designation, v, terror);
        MSet a = { 0 }, b = { 0 };
        if (subj >= 0)
          mset_add (&a, subj);
        else
          emit_subject_fallback (s, &a, cl, v);   /* "which it also lists" */
        mset_add (&b, obj);
        /* "... listed as a terrorist organisation in May along with the
         * Islamist movement Rachad" */
        for (guint w = terror + 1; w + 2 < s->n && w < terror + 8 && s->clause[w] == s->clause[terror]; w++)
          if (tis (s, w, "along") && tis (s, w + 1, "with"))
            {
              for (guint u = w + 2; u < s->n && u < w + 7 && is_word (s, u); u++)
                if (s->ment_at[u] >= 0)
                  {
                    int k = s->ment_at[u];
                    if (is_party (ment (s, k)) && ment (s, k)->actor != ment (s, obj)->actor)
                      mset_add (&b, k);
                    break;
                  }
              break;
            }
        emit_pairs (&e, &a, &b, TRUE);
        v = terror;
      }
    }
}

/* "The list, drawn up by Saudi Arabia, the UAE, Bahrain and Egypt,", "a
 * resolution drafted by France and Britain": the authors of one text act
 * together. */
static void
co_authors (Sent *s)
{
  static EntGazCue together = { (char *) "joint text", ENT_POLARITY_ALLY, (char *) "cooperation", FALSE };

  if (!(s->wc_any & WC_AUTHORED))
    return;
  for (guint v = 1; v + 2 < s->n; v++)
    {
      guint u = v + 1;
      int k;

      if (!(word_class (s, v) & WC_AUTHORED) || s->ment_at[v] >= 0 || s->cue_v[v] || s->inq[v])
        continue;
      if (tis (s, v, "drawn") || tis (s, v, "put"))
        {
          if (!tis (s, u, tis (s, v, "put") ? "forward" : "up"))
            continue;
          u++;
        }
      if (!tis (s, u, "by") || (k = party_after (s, u + 1, s->clause[u], 3)) < 0)
        continue;
      {
        Emit e;
        MSet set = { 0 };
        coord_forward (s, k, &set);
        if (set.n < 2)
          continue;
        e = span_emit (s, &together, v, u);
        joint_action (&e, &set);
      }
    }
}

/* "Mali has withdrawn from ECOWAS, with Burkina Faso and Niger following
 * suit", "Niger followed suit": those following do the act the sentence,
 * or the one before, told first, to the same party */
static void
followed_suit (Sent *s)
{
  EntXCtx *ctx = s->ctx;
  MSet who = { 0 };
  guint v = 0;
  int k;

  /* (act_sent is its sentence + 1: this sentence's act or the last one's) */
  if (!(s->kind_any & (1u << LEX_ECHO)) || ctx->act_sent == 0 || ctx->act_sent < s->sent || s->ments->len == 0)
    return;
  for (guint t = 1; t < s->n && v == 0; t++)
    if (has_kind (s, t, LEX_ECHO))
      v = t;
  if (v == 0 || s->inq[v] || negated (s, v, s->clause[v]))
    return;
  /* the parties just before ("with Burkina Faso and Niger following
   * suit", "Niger is following suit", "Niger soon followed suit"), or
   * the clause's subject */
  if (s->ment_at[v - 1] >= 0 && is_party (ment (s, s->ment_at[v - 1])))
    coord_backward (s, s->ment_at[v - 1], &who);
  else if (v >= 2 && (be_form (s, v - 1) || tis (s, v - 1, "soon") || tis (s, v - 1, "quickly") ||
                      tis (s, v - 1, "later") || tis (s, v - 1, "also") || tis (s, v - 1, "then")) &&
           s->ment_at[v - 2] >= 0 && is_party (ment (s, s->ment_at[v - 2])))
    coord_backward (s, s->ment_at[v - 2], &who);
  else if ((k = clause_subject (s, s->clause[v], v)) >= 0 && ment (s, k)->t1 <= v)
    coord_forward (s, k, &who);
  for (guint i = 0; i < who.n; i++)
    {
      Ment *m = ment (s, who.m[i]);
      if (m->t1 > v || (m->flags & M_PLURAL) || m->actor == ctx->act_dst || m->actor == ctx->act_src)
        continue;
      _ent_relation_add (ctx, m->actor, ctx->act_dst, ctx->act_cue->polarity, ctx->act_cue->kind,
                         ctx->act_directed, s->sent, ctx->act_cue_text, -1);
      if (ctx->debug)
        g_printerr ("    followed suit: %s %s %s\n", ((EntXActor *) g_ptr_array_index (ctx->actors, m->actor))->name,
                    ent_polarity_to_string (ctx->act_cue->polarity),
                    ((EntXActor *) g_ptr_array_index (ctx->actors, ctx->act_dst))->name);
    }
}

/* "approved sending up to 200 soldiers to Chad", "sent some 1,500
 * troops to Kinshasa", "shipped drones to Russia": the lexicon's "sent
 * troops to" with the number or words between, or other arms sent or
 * shipped, a support of the one receiving them */
static void
sent_forces (Sent *s)
{
  static EntGazCue sent = { (char *) "sent troops to", ENT_POLARITY_ALLY, (char *) "support", TRUE };
  /* men and materiel: "sent tanks and artillery to Ukraine", "shipped
   * drones to Russia", "transferred ballistic missiles to" */
  static const char *const sent_goods[] = {
    "troops", "soldiers", "instructors", "advisers", "advisors", "weapons", "arms", "reinforcements",
    "tanks", "artillery", "ammunition", "munitions", "shells", "missiles", "drones", "rockets", "jets",
    "warplanes", "helicopters", "mercenaries", "fighters", "equipment", "systems", "police", "officers",
    "personnel", "peacekeepers", NULL
  };

  if (!(s->wc_any & WC_SEND_JOINT))
    return;
  for (guint v = 1; v + 3 < s->n; v++)
    {
      guint t, end;
      int k, subj;

      /* (the class's "joint", "jointly", "combined" are joint_adjective()'s) */
      if (!(word_class (s, v) & WC_SEND_JOINT) || tis (s, v, "joint") || tis (s, v, "jointly") ||
          tis (s, v, "combined") || tis (s, v, "together") || s->inq[v] || s->cue_v[v] || s->cue[v] || negated (s, v, s->clause[v]))
        continue;
      /* ("accused Pyongyang of preparing to send soldiers to Russia":
       * the one accused) */
      if ((subj = accused_agent (s, v, s->clause[v])) < 0)
        subj = verb_subject (s, v);
      /* "sent Dodik a message of support", "sent Kyiv only
       * humanitarian aid": the one it goes to, then what */
      if (s->ment_at[v + 1] >= 0 && ment (s, s->ment_at[v + 1])->t0 == v + 1 &&
          is_party (ment (s, s->ment_at[v + 1])))
        {
          int r = s->ment_at[v + 1];
          for (t = ment (s, r)->t1; t < s->n && t < ment (s, r)->t1 + 6 && s->ment_at[t] < 0 && is_word (s, t); t++)
            if (s->cue[t] != NULL && s->cue[t]->form == CUE_NOUN &&
                hit_cue (s, s->cue[t])->polarity == ENT_POLARITY_ALLY)
              {
                emit_one (s, &sent, t, t, subj, r);
                break;
              }
          continue;
        }
      for (t = v + 1, end = MIN (s->n, v + 8);
           t < end && s->ment_at[t] < 0 &&
           (is_word (s, t) || (tok (s, t)->flags & TOK_DIGIT) ||
            (tis (s, t, ",") && t > v + 1 && (tok (s, t - 1)->flags & TOK_DIGIT))) &&
           !tis_among (s, t, sent_goods);
           t++)
        ;
      /* "police officers", "troops and police" */
      if (t + 2 < s->n && tis_among (s, t, sent_goods) && tis_among (s, t + 1, sent_goods))
        t++;
      /* "sent instructors or troops to" */
      if (t + 3 < s->n && (tis (s, t + 1, "or") || tis (s, t + 1, "and")) && is_word (s, t + 2) &&
          s->ment_at[t + 2] < 0 && tis (s, t + 3, "to"))
        t += 2;
      if (t + 2 >= s->n || s->ment_at[t] >= 0 || !is_word (s, t) || !tis (s, t + 1, "to") ||
          (k = party_after (s, t + 2, s->clause[t], 2)) < 0)
        continue;
      if (subj < 0 || ment (s, subj)->actor == ment (s, k)->actor)
        continue;
      {
        Emit e = span_emit (s, &sent, v, t + 1);
        MSet a = { 0 }, b = { 0 };
        /* "Germany and France will send tanks to Ukraine": each of them */
        if (ment (s, subj)->t1 <= v)
          {
            MSet all = { 0 };
            coord_forward (s, subj, &all);
            for (guint i = 0; i < all.n; i++)
              if (ment (s, all.m[i])->t1 <= v)
                mset_add (&a, all.m[i]);
          }
        else
          mset_add (&a, subj);
        coord_forward (s, k, &b);
        emit_pairs (&e, &a, &b, TRUE);
      }
    }
}

/* "Uganda and DR Congo launched joint air and artillery strikes": a
 * joint act of the coordinated subject, whatever it is called (the
 * lexicon's own "joint operation" phrases are cues of their own) */
static void
joint_adjective (Sent *s)
{
  if (!(s->wc_any & WC_SEND_JOINT))
    return;
  /* "Together, Pakistan and Turkey remain committed to ...": the list
   * after it acts as one */
  if (s->n > 4 && tis (s, 0, "together") && tis (s, 1, ",") && !s->inq[0])
    {
      int k = party_after (s, 2, s->clause[2], 2);
      MSet src = { 0 };
      if (k >= 0)
        coord_forward (s, k, &src);
      if (src.n >= 2)
        {
          Emit e = span_emit (s, &joint_cue, 0, 0);
          joint_action (&e, &src);
          return;
        }
    }
  for (guint t = 2; t + 1 < s->n; t++)
    {
      int k;
      /* "France and the US together pushed for", not "together with" */
      gboolean together = tis (s, t, "together") && !tis (s, t + 1, "with") && s->ment_at[t - 1] >= 0;

      /* "have conducted a combined operation against the Houthis", but
       * not "the combined GDP of" */
      gboolean combined = tfold (s, t)[0] == 'c' &&
                          (tis (s, t + 1, "operation") || tis (s, t + 1, "operations") ||
                           tis (s, t + 1, "strikes") || tis (s, t + 1, "strike") || tis (s, t + 1, "patrols") ||
                           tis (s, t + 1, "exercises") || tis (s, t + 1, "exercise") ||
                           tis (s, t + 1, "assault") || tis (s, t + 1, "offensive") || tis (s, t + 1, "raids") ||
                           tis (s, t + 1, "raid") || tis (s, t + 1, "air"));

      if (!(word_class (s, t) & WC_SEND_JOINT) || (tfold (s, t)[0] != 'j' && !combined && !together) || s->inq[t] ||
          s->cue[t] || negated (s, t, s->clause[t]) ||
          (k = party_before (s, t, s->clause[t], TRUE, combined ? 6 : 4)) < 0)
        continue;
      MSet src = { 0 };
      coord_backward (s, k, &src);
      if (src.n >= 2)
        {
          Emit e = span_emit (s, &joint_cue, t, t);
          joint_action (&e, &src);
          return;
        }
    }
}

/* "ambassador", "ambassadors", "envoy", "envoys", "diplomats" at @t */
static gboolean
envoy_noun (Sent *s, guint t)
{
  return tis (s, t, "ambassador") || tis (s, t, "ambassadors") || tis (s, t, "envoy") || tis (s, t, "envoys") ||
         tis (s, t, "diplomats");
}

/* "Niger ordered French troops to leave the country", "told the U.N.
 * mission to withdraw": an expulsion, hostile to the ones sent away. */
static void
ordered_out (Sent *s)
{
  static EntGazCue expel = { (char *) "ordered out", ENT_POLARITY_HOSTILE, (char *) "sanction", TRUE };

  if (!(s->wc_any & WC_ORDER))
    return;
  for (guint v = 1; v + 3 < s->n; v++)
    {
      guint16 cl = s->clause[v];
      guint t;
      int obj = -1, subj;

      if (!(word_class (s, v) & WC_ORDER) || s->ment_at[v] >= 0 || s->inq[v] || negated (s, v, cl))
        continue;
      /* the ones sent away: "French troops", "the U.N. mission", "Wagner" */
      for (t = v + 1; t < s->n && t < v + 5 && !tis (s, t, "to"); t++)
        if (obj < 0 && s->ment_at[t] >= 0 && (is_party (ment (s, s->ment_at[t])) ||
                                               ment (s, s->ment_at[t])->form == FORM_ADJ))
          obj = s->ment_at[t];
      /* "sent the Ethiopian ambassador in Mogadishu back home": an
       * envoy sent away */
      if (obj >= 0 && (tis (s, v, "sent") || tis (s, v, "send") || tis (s, v, "sends")))
        {
          guint e = ment (s, obj)->t1;
          if (e + 1 < s->n && (tok (s, e)->flags & TOK_POSS) && !is_word (s, e))
            e++;   /* "Chad's envoy" */
          if (e >= s->n || !envoy_noun (s, e))
            continue;
          for (t = e + 1; t < s->n && t < e + 6 && !tis (s, t, "home") && !tis (s, t, "packing"); t++)
            ;
          if (t >= s->n || t >= e + 6)
            continue;
          t--;
        }
      else if (obj < 0 || t + 1 >= s->n || !tis (s, t, "to") ||
          !(tis (s, t + 1, "leave") || tis (s, t + 1, "withdraw") || tis (s, t + 1, "quit") ||
            tis (s, t + 1, "depart") || (tis (s, t + 1, "pull") && t + 2 < s->n && tis (s, t + 2, "out"))))
        continue;
      /* ("The KRG, dominated by the KDP, has close ties with Ankara and
       * has long asked the PKK to leave": the clause's subject) */
      if (tis (s, v, "asked") || tis (s, v, "asks"))
        subj = clause_subject (s, cl, v);
      else
        subj = subject_before (s, v, cl, 20);
      if (subj < 0 || ment (s, subj)->actor == ment (s, obj)->actor)
        continue;
      {
        Emit e = span_emit (s, &expel, v, t + 1);
        MSet src = { 0 }, dst = { 0 };
        coord_backward (s, subj, &src);
        mset_add (&dst, obj);
        mention_acts (s, ment (s, obj));
        emit_pairs (&e, &src, &dst, TRUE);
      }
    }
}

/* "whose fighters drove Hadi's government out of Aden", "pushed the
 * army out of the city", "drove the KRG's peshmerga from Kirkuk":
 * forcing a party out is a blow against it */
static void
drove_out (Sent *s)
{
  static EntGazCue rout = { (char *) "drove out", ENT_POLARITY_HOSTILE, (char *) "conflict", TRUE };

  if (!(s->wx_any & WX_DRIVE))
    return;
  for (guint v = 1; v + 3 < s->n; v++)
    {
      guint16 cl = s->clause[v];
      guint t;
      int obj = -1, subj;

      if (!(wx (s, v) & WX_DRIVE) || s->ment_at[v] >= 0 || s->inq[v] || negated (s, v, cl))
        continue;
      /* the object, then "out" right after it */
      for (t = v + 1; t < s->n && t < v + 5 && s->clause[t] == cl && obj < 0; t++)
        if (s->ment_at[t] >= 0 && is_party (ment (s, s->ment_at[t])))
          obj = s->ment_at[t];
      if (obj < 0 || (t = ment (s, obj)->t1) + 1 >= s->n)
        continue;
      /* "drove the KRG's peshmerga from Kirkuk": the party's own men */
      if ((tok (s, t - 1)->flags & TOK_POSS) && t + 1 < s->n && is_word (s, t) && s->ment_at[t] < 0)
        t++;
      else if ((tok (s, t)->flags & TOK_POSS) && t + 2 < s->n && is_word (s, t + 1) && s->ment_at[t + 1] < 0)
        t += 2;
      /* "drove Houthi fighters from the port" */
      else if (t + 1 < s->n && is_word (s, t) && s->ment_at[t] < 0 && !(tok (s, t)->flags & TOK_CAP) &&
               !s->cue[t] && !s->cue_v[t] && (tis (s, t + 1, "from") || tis (s, t + 1, "out")))
        t++;
      if (!(tis (s, t, "out") && tis (s, t + 1, "of")) && !tis (s, t, "from"))
        continue;
      /* (the doer named close before: "The STC, whose fighters drove";
       * not the main clause's subject past "after the group drove") */
      if ((subj = verb_subject (s, v)) < 0 || ment (s, subj)->actor == ment (s, obj)->actor ||
          ment (s, subj)->t1 + 4 < v)
        continue;
      emit_one (s, &rout, v, t, subj, obj);
    }
}

/* "announced the recall of their ambassadors from Algeria", "decided to
 * recall the ambassadors of member states accredited to Algiers",
 * "recalled its ambassador in Khartoum": a break with the state the envoys
 * leave, by all who recall them */
/* The state the envoys recalled by the verb at @v served in ("from",
 * "to", "in", "accredited to" after "ambassador"), or -1 */
static int
recall_destination (Sent *s, guint v)
{
  guint e = 0, t;

  for (t = v + 1; t < s->n && t < v + 8 && e == 0; t++)
    if (envoy_noun (s, t))
      e = t;
  if (e == 0)
    return -1;
  for (t = e + 1; t + 1 < s->n && t < e + 9; t++)
    if (tis (s, t, "from") || tis (s, t, "to") || tis (s, t, "in"))
      {
        /* (a capital after "in" is the state, not a place) */
        guint w = tis (s, t + 1, "the") ? t + 2 : t + 1;
        if (w < s->n && s->ment_at[w] >= 0 && !(ment (s, s->ment_at[w])->flags & M_SKIP))
          return s->ment_at[w];
        break;
      }
  return -1;
}

static void
recalled_envoy (Sent *s)
{
  if (!(s->wx_any & WX_RECALL) || s->ments->len < 2)
    return;
  for (guint v = 1; v + 3 < s->n; v++)
    {
      guint16 cl = s->clause[v];
      int dst, subj;

      /* (not "he recalled that the ambassador ...", "recalled how") */
      if (!(wx (s, v) & WX_RECALL) || s->ment_at[v] >= 0 || negated (s, v, cl) || tis (s, v + 1, "that") ||
          tis (s, v + 1, "how") || tis (s, v + 1, "when"))
        continue;
      if ((dst = recall_destination (s, v)) < 0)
        continue;
      /* "X, Y and Z announced the recall of": the ones who announced */
      if ((subj = verb_subject (s, v)) < 0)
        for (guint k = 0; k < s->ments->len && subj < 0; k++)
          if ((ment (s, k)->flags & M_SPEAKER) && ment (s, k)->t1 <= v && is_party (ment (s, k)))
            subj = k;
      if (subj < 0 || ment (s, subj)->actor == ment (s, dst)->actor)
        continue;
      {
        Emit e2 = span_emit (s, &rupture_cue, v, ment (s, dst)->t1 - 1);
        MSet src = { 0 }, to = { 0 };
        coord_backward (s, subj, &src);
        mset_add (&to, dst);
        mention_acts (s, ment (s, dst));
        emit_pairs (&e2, &src, &to, TRUE);
      }
    }
}

/* "an anti-French campaign orchestrated by Russia", "Russia's
 * anti-Western rhetoric", "Moscow backed a pro-Russian resolution": the
 * holder of a stance "anti-" or "pro-" a party, named by "by", as the
 * possessor or as the verb's subject.  People so described ("pro-Russian
 * separatists") hold it themselves: no party is theirs. */
static void
anti_pro (Sent *s)
{
  static EntGazCue anti = { (char *) "anti-", ENT_POLARITY_HOSTILE, (char *) "accusation", TRUE };
  static EntGazCue pro = { (char *) "pro-", ENT_POLARITY_ALLY, (char *) "support", TRUE };
  static const char *const heads[] = { "campaign", "rhetoric", "sentiment", "policy", "policies",
                                       "propaganda", "stance", "agenda", "disinformation", "narrative",
                                       "resolution", "coalition", "bloc", "alliance", "moves", "measures",
                                       "line", "course", "drive", "messaging", NULL };

  if (!(s->wx_any & WX_ANTI))
    return;
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      guint t0 = m->t0, h = m->t1, b;
      gboolean is_anti;
      int holder = -1;

      /* ("anti", the hyphen, the name) */
      if (t0 < 3 || !(tok (s, t0 - 1)->flags & TOK_HYPHEN) || !(tis (s, t0 - 2, "anti") || tis (s, t0 - 2, "pro")) ||
          !is_party (m) || s->inq[t0])
        continue;
      t0 -= 1;
      is_anti = tis (s, t0 - 1, "anti");
      if (h >= s->n)
        continue;
      /* "its pro-Russian breakaway region of South Ossetia", "the
       * pro-Iranian Houthis": the party so described holds the stance */
      if (!tis_among (s, h, heads))
        {
          guint u = h;
          while (u < s->n && u < h + 4 && s->ment_at[u] < 0 && is_word (s, u) && !(tok (s, u)->flags & TOK_CAP) &&
                 !s->cue[u] && !s->cue_v[u] && !tis (s, u, "of") && !tis (s, u, "and") && !tis (s, u, "or"))
            u++;
          if (u > h && u + 1 < s->n && tis (s, u, "of"))
            u++;
          while (u + 1 < s->n && u > h && is_determiner (s, u))
            u++;
          if (u < s->n && s->ment_at[u] >= 0 && ment (s, s->ment_at[u])->t0 == u &&
              is_party (ment (s, s->ment_at[u])) && ment (s, s->ment_at[u])->actor != m->actor &&
              !(ment (s, s->ment_at[u])->flags & M_PLURAL))
            emit_one (s, is_anti ? &anti : &pro, t0 - 1, h - 1, s->ment_at[u], k);
          continue;
        }
      /* "orchestrated by Russia", "led by X" */
      if ((b = doer_by (s, h + 1)) != G_MAXUINT && tis (s, b + 1, "the"))
        b++;
      if (b != G_MAXUINT && s->ment_at[b + 1] >= 0)
        holder = s->ment_at[b + 1];
      /* "Russia's anti-Western rhetoric" */
      else if (t0 >= 3 && tis (s, t0 - 2, "'s") && s->ment_at[t0 - 3] >= 0)
        holder = s->ment_at[t0 - 3];
      /* "Russia orchestrated an anti-French campaign" */
      else if (t0 >= 3 && (tis (s, t0 - 2, "an") || tis (s, t0 - 2, "a") || tis (s, t0 - 2, "its") ||
                           tis (s, t0 - 2, "their")) &&
               is_word (s, t0 - 3) && s->ment_at[t0 - 3] < 0 && !negated (s, t0 - 3, s->clause[t0 - 3]))
        holder = verb_subject (s, t0 - 3);
      if (holder < 0 || !is_party (ment (s, holder)) || ment (s, holder)->actor == m->actor)
        continue;
      emit_one (s, is_anti ? &anti : &pro, t0 - 1, h, holder, k);
    }
}

/* What "as" (or, after "considers" and "deems", nothing) calls the
 * object at token @t: hostile for "a threat", "its main rival", "an
 * extension of the PKK", "expired"; ally for "a partner", "an ally";
 * neutral for anything else.  @end: the token of the word. */
static EntPolarity
regarded_role (Sent *s, guint t, int subj, guint *end)
{
  static const char *const foes[] = { "threat", "threats", "enemy", "enemies", "foe", "foes", "adversary",
                                      "adversaries", "rival", "rivals", "menace", "danger", "aggressor",
                                      "aggressors", "occupier", "occupiers", "invader", "invaders",
                                      "usurper", "usurpers", "illegitimate", "illegal", "expired",
                                      "hostile", "renegade", "wayward", "rogue", "pariah", NULL };
  static const char *const friends[] = { "ally", "allies", "partner", "partners", "friend", "friends",
                                         "guarantor", "protector", NULL };
  static const char *const parts[] = { "extension", "offshoot", "branch", "wing", "front", NULL };
  /* "its main", "a close strategic", "a de facto" */
  static const char *const modifiers[] = { "main", "chief", "principal", "greatest", "biggest", "key", "close",
                                           "closest", "strategic", "existential", "direct", "security", "major",
                                           "serious", "grave", "real", "natural", "reliable", "trusted", "sworn",
                                           "regional", "military", "political", "economic", "primary",
                                           "foremost", "top", "important", "most", "mere", "de", "facto", NULL };

  for (guint u = t; u < s->n && u < t + 5; u++)
    {
      if (s->ment_at[u] >= 0 || !is_word (s, u))
        return ENT_POLARITY_NEUTRAL;
      *end = u;
      if (tis_among (s, u, foes))
        return ENT_POLARITY_HOSTILE;
      if (tis_among (s, u, friends))
        return ENT_POLARITY_ALLY;
      /* "an extension of the PKK": a front for a party the holder is
       * not ("an extension of its own forces" is none) */
      if (tis_among (s, u, parts))
        {
          if (u + 2 < s->n && tis (s, u + 1, "of"))
            {
              guint w = tis (s, u + 2, "the") ? u + 3 : u + 2;
              int of = w < s->n ? s->ment_at[w] : -1;
              if (of >= 0 && is_party (ment (s, of)) && (subj < 0 || ment (s, of)->actor != ment (s, subj)->actor))
                {
                  *end = ment (s, of)->t1 - 1;
                  return ENT_POLARITY_HOSTILE;
                }
            }
          return ENT_POLARITY_NEUTRAL;
        }
      if (!(is_determiner (s, u) || possessive_pronoun (s, u) || tis_among (s, u, modifiers)))
        return ENT_POLARITY_NEUTRAL;
    }
  return ENT_POLARITY_NEUTRAL;
}

/* "Turkey regards the YPG as an extension of the PKK", "Russia views
 * NATO as a threat", "Cairo regards Dbeibah's mandate as expired",
 * "Washington sees Beijing as its main rival", "the SDF, which Ankara
 * considers an enemy": what the holder calls the other is its stance
 * towards it (terror designations are designated_terrorist()'s). */
static void
regarded_as (Sent *s)
{
  static EntGazCue foe = { (char *) "regards as hostile", ENT_POLARITY_HOSTILE, (char *) "accusation", TRUE };
  static EntGazCue friend = { (char *) "regards as ally", ENT_POLARITY_ALLY, (char *) "cooperation", TRUE };

  if (!(s->wx_any & WX_REGARD) || s->ments->len < 2)
    return;
  for (guint v = 1; v + 2 < s->n; v++)
    {
      guint16 cl = s->clause[v];
      guint t, end = 0, rel = 0;
      int obj = -1, subj = -1;
      gboolean bare = tprefix (s, v, "consider") || tprefix (s, v, "deem");
      EntPolarity pol;

      if (!(wx (s, v) & WX_REGARD) || s->ment_at[v] >= 0 || s->inq[v] || negated (s, v, cl))
        continue;
      /* the object right after the verb ("regards the YPG"), or the
       * relative's antecedent ("the SDF, which Ankara regards as") */
      t = v + 1;
      if (t < s->n && (tis (s, t, "the") || tis (s, t, "its") || tis (s, t, "their")))
        t++;
      if (t < s->n && s->ment_at[t] >= 0 && is_party (ment (s, s->ment_at[t])))
        {
          obj = s->ment_at[t];
          t = ment (s, obj)->t1;
          /* "Dbeibah's mandate", "Kyiv's government" */
          if (t + 1 < s->n && tis (s, t, "'s") && is_word (s, t + 1) && s->ment_at[t + 1] < 0)
            t += 2;
          /* "the YPG, the Kurdish militia at the core of the SDF, as" */
          if (t < s->n && tis (s, t, ","))
            {
              guint u;
              for (u = t + 1; u < s->n && u < t + 16 && !tis (s, u, ","); u++)
                ;
              if (u < s->n && tis (s, u, ",") && u + 1 < s->n && tis (s, u + 1, "as"))
                t = u + 1;
            }
          if ((subj = verb_subject (s, v)) < 0)
            continue;
        }
      else if ((obj = relative_antecedent (s, v, cl, &rel)) >= 0)
        {
          /* "which Ankara regards as": the holder between */
          if ((subj = party_before (s, v, cl, FALSE, v - rel)) < 0 || ment (s, subj)->t0 <= rel)
            continue;
          t = v + 1;
        }
      else
        continue;
      if (t >= s->n || ment (s, subj)->actor == ment (s, obj)->actor)
        continue;
      if (tis (s, t, "as"))
        t++;
      else if (!bare)
        continue;
      if ((pol = regarded_role (s, t, subj, &end)) == ENT_POLARITY_NEUTRAL)
        continue;
      emit_one (s, pol == ENT_POLARITY_HOSTILE ? &foe : &friend, v, end, subj, obj);
    }
}

/* "Russia maintains its 201st military base in Tajikistan", "the U.S.
 * keeps a base in Qatar": a base kept in a state with its leave is a tie */
static void
base_in (Sent *s)
{
  static EntGazCue base = { (char *) "base in", ENT_POLARITY_ALLY, (char *) "cooperation", TRUE };

  if (!(s->wx_any & WX_BASE))
    return;
  for (guint b = 2; b + 2 < s->n; b++)
    {
      guint v;
      int host, subj;

      if (!(wx (s, b) & WX_BASE) || !(tis (s, b + 1, "in") || tis (s, b + 1, "at")) ||
          s->ment_at[b + 2] < 0 || s->inq[b])
        continue;
      host = s->ment_at[b + 2];
      if (((EntXActor *) g_ptr_array_index (s->ctx->actors, ment (s, host)->actor))->type != ENT_ACTOR_STATE)
        continue;
      /* "maintains its 201st military base", "has a naval base" */
      gboolean kept = FALSE;
      for (v = b; v > 0 && b - v < 6; v--)
        {
          if (tis (s, v - 1, "maintains") || tis (s, v - 1, "maintained") || tis (s, v - 1, "maintain") ||
              tis (s, v - 1, "keeps") || tis (s, v - 1, "kept") || tis (s, v - 1, "keep") ||
              tis (s, v - 1, "operates") || tis (s, v - 1, "operated") || tis (s, v - 1, "operate") ||
              tis (s, v - 1, "has") || tis (s, v - 1, "have") || tis (s, v - 1, "had"))
            {
              kept = TRUE;
              break;
            }
          if (s->ment_at[v - 1] >= 0 || !(is_word (s, v - 1) || (tok (s, v - 1)->flags & TOK_DIGIT)) ||
              s->cue[v - 1] || s->cue_v[v - 1])
            break;
        }
      if (!kept || negated (s, v - 1, s->clause[v - 1]))
        continue;
      if ((subj = verb_subject (s, v - 1)) < 0 || ment (s, subj)->actor == ment (s, host)->actor)
        continue;
      mention_acts (s, ment (s, host));
      emit_one (s, &base, v - 1, b + 2, subj, host);
    }
}

/* "they formally quit ECOWAS", "Burundi withdrew from the ICC": leaving
 * an organisation is a break with it (a state, a place, is left as a
 * place: "withdrew from Kherson" is no relation). */
static void
quit_group (Sent *s)
{
  static EntGazCue quit = { (char *) "withdrawal", ENT_POLARITY_HOSTILE, (char *) "sanction", TRUE };

  if (!(s->wc_any & (WC_QUIT | WC_WITHDRAW | WC_PULL)))
    return;
  for (guint v = 0; v + 1 < s->n; v++)
    {
      guint16 cl = s->clause[v];
      guint after, cue_end;
      int obj, subj;
      EntXActor *a;
      guint wc = word_class (s, v);

      if (wc & WC_QUIT)
        after = v + 1;
      else if ((wc & WC_WITHDRAW) && tis (s, v + 1, "from"))
        after = v + 2;
      else if ((wc & WC_PULL) && tis (s, v + 1, "out") && tis (s, v + 2, "of"))
        after = v + 3;
      else
        continue;
      if (s->ment_at[v] >= 0 || s->inq[v] || negated (s, v, cl))
        continue;
      cue_end = after;
      while (after < s->n && is_determiner (s, after))
        after++;
      if (after >= s->n || (obj = s->ment_at[after]) < 0 || !is_party (ment (s, obj)))
        continue;
      a = g_ptr_array_index (s->ctx->actors, ment (s, obj)->actor);
      if (a->type != ENT_ACTOR_GROUP || a->armed == 2)
        continue;
      {
        Emit e = span_emit (s, &quit, v, cue_end - 1);
        MSet src = { 0 }, dst = { 0 };
        if ((subj = coordinated_vp_subject (s, v, cl)) >= 0 || (subj = subject_before (s, v, cl, 40)) >= 0)
          coord_backward (s, subj, &src);
        else
          emit_subject_fallback (s, &src, cl, v);
        coord_forward (s, obj, &dst);
        emit_pairs (&e, &src, &dst, TRUE);
      }
    }
}

static gboolean
noun_context (Sent *s, guint c)
{
  guint t = c;

  /* "Sanctions against X were imposed by Y": a sentence opens with a
   * noun, not a finite verb */
  if (c == 0 || (c == 1 && (tok (s, 0)->flags & TOK_OPEN_QUOTE)))
    return TRUE;

  for (guint skipped = 0; t > 0 && skipped <= 2; skipped++)
    {
      guint p = t - 1;
      if (tok (s, p)->flags & TOK_POSS)
        return TRUE;
      /* "Egypt said it supported Qatar", "said it was backing Qatar",
       * "has backed": a verb after its subject pronoun or auxiliary */
      if (skipped == 0 && (subject_pronoun (s, p) || tis (s, p, "we") ||
                           (tsuffix (s, c, "ing", 5) &&
                            be_form (s, p)) ||
                           (tsuffix (s, c, "ed", 4) &&
                            (tis (s, p, "has") || tis (s, p, "have") || tis (s, p, "had")))))
        return FALSE;
      /* "and cut aid to Bogota": what was cut; "drawing protests from X",
       * "sparking clashes": the object of a gerund */
      /* ("was cutting off aid to Ethiopia") */
      if (skipped == 0 && (has_kind (s, p, LEX_RUPTURE) ||
                           (p > 0 && tis (s, p, "off") && has_kind (s, p - 1, LEX_RUPTURE)) ||
                           (is_word (s, p) && !s->cue[p] && !s->cue_v[p] && tsuffix (s, p, "ing", 5))))
        return TRUE;
      if (s->ment_at[p] >= 0)
        {
          /* "Russian support", "US sanctions" but not "Russia supports" */
          Ment *m = ment (s, s->ment_at[p]);
          return m->form == FORM_ADJ || (tok (s, p)->flags & TOK_UPPER) || skipped > 0;
        }
      if (word_class (s, p) & WC_NOUN_DET)
        return TRUE;
      /* "an armed attack", "extends to armed attacks on X" */
      if (skipped == 0 && tis (s, p, "armed") && p > 0 &&
          (is_determiner (s, p - 1) || is_object_prep (s, p - 1) || tis (s, p - 1, "to")))
        return TRUE;
      /* "$100 million in aid to X", "a pledge of support": after a
       * preposition, a noun */
      if (skipped == 0 && (tis (s, p, "in") || tis (s, p, "of") || tis (s, p, "for") || tis (s, p, "without")) &&
          !tsuffix (s, c, "ing", 5))
        return TRUE;
      /* "announced criminal charges against X": the object of a verb of
       * saying */
      if (skipped > 0 && is_speech (s, p) && !s->inq[p])
        return TRUE;
      /* "Russia's immediate neighbour and ally", "a friend and ally": a
       * noun coordinated with a noun of a noun phrase */
      if (skipped == 0 && (tis (s, p, "and") || tis (s, p, "or")) && p >= 2 && is_word (s, p - 1) &&
          s->ment_at[p - 1] < 0 && !s->cue_v[p - 1])
        for (guint q = p - 1; q > 0 && p - q < 3; q--)
          {
            if ((tok (s, q - 1)->flags & TOK_POSS) || is_determiner (s, q - 1) || possessive_pronoun (s, q - 1))
              return TRUE;
            if (!is_word (s, q - 1) || s->ment_at[q - 1] >= 0 || s->cue[q - 1] || s->cue_v[q - 1])
              break;
          }
      /* "an Oct. 7 attack", "the 2019 attacks": a date between the
       * article and its noun */
      if (skipped == 0 && (tok (s, p)->flags & TOK_DIGIT) && p > 0)
        {
          guint q = p;
          while (q > 0 && p - q < 2 && s->ment_at[q - 1] < 0 && (tis (s, q - 1, ".") || is_cap (s, q - 1)))
            q--;
          if (q > 0 && is_determiner (s, q - 1))
            return TRUE;
        }
      /* "coalition partner", "its longtime ally": a noun after a noun or
       * an adjective of partners */
      if (skipped == 0 && ((s->cue[p] && s->cue[p]->form == CUE_NOUN && !s->cue_v[p]) ||
                           (word_class (s, p) & WC_ALLY_MOD)))
        return TRUE;
      if (!is_word (s, p) || s->cue[p] || s->cue_v[p] || has_kind (s, p, LEX_NEGATION) ||
          tis (s, p, "to") || tis (s, p, "will") || tis (s, p, "would") || tis (s, p, "and") ||
          tis (s, p, "also") || tis (s, p, "not") ||
          /* perfect tense: "Egypt has backed", not "Egyptian [...] backing" */
          tis (s, p, "has") || tis (s, p, "have") || tis (s, p, "had"))
        return FALSE;
      t = p;
    }
  return FALSE;
}

/* "an attack by the Houthis on the UAE", "strikes claimed by X on
 * Monday against Y", "support by Russia for Y": the noun cue at @c names
 * its agent after "by" and its target after a preposition.  Fills @src
 * and @dst and returns TRUE when both are found. */
static gboolean
agent_and_target (Sent *s, guint c, guint after, guint16 cl, MSet *src, MSet *dst)
{
  const EntGazCue *cue = hit_cue (s, s->cue[c]);
  guint t = after;
  int k;

  /* "a visit to Morocco in August by Israel's foreign minister": the
   * agent after the target and a time */
  if (t + 1 < s->n && (tis (s, t, "to") || tis (s, t, "with")) && (k = party_after (s, t + 1, cl, 3)) >= 0)
    {
      guint u = ment (s, k)->t1, skip = 0;
      while (u < s->n && skip < 3 && s->ment_at[u] < 0 && !tis (s, u, "by") &&
             (tis (s, u, "in") || tis (s, u, "on") || tis (s, u, "last") || tis (s, u, "this") ||
              (tok (s, u)->flags & (TOK_CAP | TOK_DIGIT))))
        {
          u++;
          skip++;
        }
      if (u + 1 < s->n && tis (s, u, "by") && s->clause[u] == cl)
        {
          int a = party_after (s, u + 1, cl, 3);
          if (a >= 0 && ment (s, a)->actor != ment (s, k)->actor)
            {
              coord_forward (s, k, dst);
              coord_forward (s, a, src);
              return TRUE;
            }
        }
    }
  /* "an attack on Israel by Hamas militants", "an attack in southern
   * Israel by Hamas": the target, then the agent after "by" (a state
   * attacked on its soil is the one attacked) */
  if (cue->polarity == ENT_POLARITY_HOSTILE && t + 3 < s->n &&
      (tis (s, t, "on") || tis (s, t, "against") || (tis (s, t, "in") && kind_is (cue->kind, "conflict"))))
    {
      guint v = t + 1;
      while (v < s->n && v < t + 3 && s->ment_at[v] < 0 && is_word (s, v) && !is_cap (s, v) && !s->cue[v] &&
             !s->cue_v[v] && !tis (s, v, "by"))
        v++;
      if (v < s->n && s->ment_at[v] >= 0 && ment (s, s->ment_at[v])->t0 == v && s->clause[v] == cl)
        {
          Ment *m = ment (s, s->ment_at[v]);
          guint u = m->t1;
          int a;
          if (u + 1 < s->n && tis (s, u, "by") && !(m->flags & M_SKIP) &&
              (is_party (m) || ((m->flags & M_LOC) && tis (s, t, "in") &&
                                ((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->type ==
                                  ENT_ACTOR_STATE)) &&
              (a = party_after (s, u + 1, cl, 3)) >= 0 && ment (s, a)->actor != m->actor &&
              /* (a raid in Syria by U.S. forces may be aimed at others
               * there: on a state's soil, only a group's attack) */
              (!(m->flags & M_LOC) ||
               ((EntXActor *) g_ptr_array_index (s->ctx->actors, ment (s, a)->actor))->type == ENT_ACTOR_GROUP))
            {
              mention_acts (s, m);
              mset_add (dst, s->ment_at[v]);
              coord_forward (s, a, src);
              return TRUE;
            }
        }
    }
  /* "Sanctions against X have already been imposed by A, B and C": the
   * agents of a passive verb after the target */
  if (t + 1 < s->n && (tis (s, t, "against") || tis (s, t, "on")) && (k = party_after (s, t + 1, cl, 6)) >= 0)
    {
      guint u, aux = 0;
      coord_forward (s, k, dst);
      u = ment (s, dst->m[dst->n - 1])->t1;
      while (u < s->n && aux < 4 &&
             (tis (s, u, "have") || tis (s, u, "has") || tis (s, u, "had") || tis (s, u, "already") ||
              tis (s, u, "been") || tis (s, u, "were") || tis (s, u, "was") || tis (s, u, "also") ||
              tis (s, u, "now") || tis (s, u, "since")))
        {
          u++;
          aux++;
        }
      if (aux > 0 && u + 2 < s->n && tsuffix (s, u, "ed", 3) && tis (s, u + 1, "by") && s->clause[u] == cl &&
          (k = party_after (s, u + 2, cl, 3)) >= 0)
        {
          coord_forward (s, k, src);
          return TRUE;
        }
      dst->n = 0;
    }
  /* "the killing of X and Y in a U.S. drone strike", "the assassination
   * of X by Israel" */
  if (cue->polarity == ENT_POLARITY_HOSTILE && t + 1 < s->n && tis (s, t, "of") &&
      (k = party_after (s, t + 1, cl, 3)) >= 0)
    {
      guint u;
      coord_forward (s, k, dst);
      u = ment (s, dst->m[dst->n - 1])->t1;
      if (u + 1 < s->n && tis (s, u, "by") && (k = party_after (s, u + 1, cl, 3)) >= 0)
        {
          coord_forward (s, k, src);
          return TRUE;
        }
      if (u + 3 < s->n && tis (s, u, "in") && (tis (s, u + 1, "a") || tis (s, u + 1, "an")) &&
          s->ment_at[u + 2] >= 0 && ment (s, s->ment_at[u + 2])->t0 == u + 2 &&
          !(ment (s, s->ment_at[u + 2])->flags & (M_SKIP | M_INDIV)))
        {
          Ment *m = ment (s, s->ment_at[u + 2]);
          for (guint w = m->t1; w < s->n && w < m->t1 + 3; w++)
            if ((word_class (s, w) & WC_EVENT) || tis (s, w, "airstrike") || tis (s, w, "operation"))
              {
                mention_acts (s, m);
                mset_add (src, s->ment_at[u + 2]);
                return TRUE;
              }
        }
      dst->n = 0;
      return FALSE;
    }
  if (t + 1 < s->n && (tis (s, t, "claimed") || tis (s, t, "launched") || tis (s, t, "mounted") ||
                       tis (s, t, "staged") || tis (s, t, "conducted") || tis (s, t, "ordered") ||
                       tis (s, t, "made") || tis (s, t, "issued") || tis (s, t, "voiced")))
    t++;
  else if (t + 2 < s->n && tis (s, t, "carried") && tis (s, t + 1, "out"))
    t += 2;
  /* "claimed", a speech verb, opens a clause of its own */
  if (t + 1 < s->n && t > after)
    cl = s->clause[t + 1];
  if (!tis (s, t, "by") || (k = party_after (s, t + 1, cl, 3)) < 0)
    return FALSE;
  coord_forward (s, k, src);
  t = ment (s, src->m[src->n - 1])->t1;
  /* "on Monday", "last week", "overnight" */
  if (t + 1 < s->n && (tis (s, t, "on") || tis (s, t, "last") || tis (s, t, "this") || tis (s, t, "early") ||
                       tis (s, t, "late")) &&
      s->ment_at[t + 1] < 0 && is_word (s, t + 1) && (tok (s, t + 1)->flags & TOK_CAP || !tis (s, t, "on")))
    t += 2;
  else if (t < s->n && tis (s, t, "overnight"))
    t++;
  /* "by the Israeli Foreign Minister from Rabat against Algeria": past
   * the office and the place it spoke from */
  if (t < s->n && has_kind (s, t, LEX_TITLE) && ment (s, src->m[src->n - 1])->form == FORM_ADJ)
    t += kind_len (s, t, LEX_TITLE);
  if (t + 2 < s->n && (tis (s, t, "from") || tis (s, t, "in")) && s->ment_at[t + 1] >= 0 &&
      ment (s, s->ment_at[t + 1])->t0 == t + 1)
    t = ment (s, s->ment_at[t + 1])->t1;
  if (t + 1 < s->n &&
      (cue->polarity == ENT_POLARITY_HOSTILE
         ? (tis (s, t, "on") || tis (s, t, "against") || tis (s, t, "targeting") || tis (s, t, "at"))
         : (tis (s, t, "for") || tis (s, t, "to") || tis (s, t, "with"))) &&
      (k = party_after (s, t + 1, cl, 4)) >= 0)
    {
      coord_forward (s, k, dst);
      return TRUE;
    }
  src->n = 0;
  return FALSE;
}

/* The subject of a participle after a comma at @c when the clause has
 * none that clause_subject() finds: that of the verb before it, "Tuareg
 * rebels of X ambushed a column of Y, killing dozens"; -1 */
static int
participle_subject (Sent *s, guint c, guint16 cl)
{
  for (guint t = c - 1; t > 0 && c - t < 25 && s->clause[t - 1] == cl; t--)
    if (s->ment_at[t - 1] < 0 && (s->cue_v[t - 1] || (s->cue[t - 1] && (s->cue[t - 1]->form == CUE_VERB ||
                                                                        s->cue[t - 1]->form == CUE_VERB_PART))))
      return subject_before (s, t - 1, cl, 40);
  return -1;
}

/* "While condemning India's military action, Erdogan emphasized ...",
 * "After meeting Putin, Aliyev said ...", "Citing the attacks, Ankara
 * ...": a participle opening the sentence is done by the subject of the
 * clause after the comma that closes it; -1 when none follows there. */
static int
opening_participle_subject (Sent *s, guint c)
{
  static const char *const subs[] = { "while", "after", "before", "when", "since", "by", "upon", "despite",
                                      "in", NULL };
  guint first = s->body_start < s->n ? s->body_start : 0;
  gboolean sub = FALSE;

  if (c == first + 1)
    sub = tis_among (s, first, subs);
  if (c != first && !sub)
    return -1;
  for (guint t = c + 1; t < s->n && t < c + 25; t++)
    {
      if (s->inq[t] || tis (s, t, ";") || tis (s, t, ":") || tis (s, t, "."))
        return -1;
      if (!tis (s, t, ","))
        continue;
      for (guint u = t + 1; u < s->n && u <= t + 4; u++)
        {
          if (s->ment_at[u] >= 0)
            {
              /* "Russian President Vladimir Putin": the person titled */
              guint j;
              if (!is_party (ment (s, s->ment_at[u])) &&
                  (j = person_after_title (s, ment (s, s->ment_at[u])->t1)) != G_MAXUINT && s->ment_at[j] >= 0)
                u = j;
              return is_party (ment (s, s->ment_at[u])) ? s->ment_at[u] : -1;
            }
          if (!is_word (s, u) || s->cue[u] || s->cue_v[u] || is_speech (s, u))
            return -1;
        }
      return -1;
    }
  return -1;
}

/* "the administration supported by Haftar": a plain noun with an article
 * right before the participle at @c, which describes it; no party.  But
 * "a move rejected by X" is X against whoever moved. */
static gboolean
described_noun (Sent *s, guint c)
{
  static const char * const acts[] = { "move", "decision", "plan", "step", "bid", "proposal", "offer",
                                       "announcement", "measure", "policy", "request", "demand",
                                       "operation", "initiative" };
  guint det = c - 2;
  /* "Chinese drones supplied by the UAE": weapons named by their maker
   * (weapon_origin()) are no party either */
  if (c >= 1 && s->ment_at[c - 1] >= 0 && (ment (s, s->ment_at[c - 1])->flags & M_LOC) &&
      ment (s, s->ment_at[c - 1])->form == FORM_GOV && is_weapon_noun (s, c - 1))
    return TRUE;
  if (c < 2 || s->ment_at[c - 1] >= 0 || !is_word (s, c - 1) || (tok (s, c - 1)->flags & TOK_CAP) ||
      s->cue[c - 1] || s->cue_v[c - 1])
    return FALSE;
  /* "an earlier effort hosted by X": one adjective may come between */
  if (c >= 3 && !(tis (s, det, "the") || tis (s, det, "a") || tis (s, det, "an")) && is_word (s, det) &&
      s->ment_at[det] < 0 && !(tok (s, det)->flags & TOK_CAP) && !s->cue[det] && !s->cue_v[det])
    det--;
  if (!(tis (s, det, "the") || tis (s, det, "a") || tis (s, det, "an")))
    return FALSE;
  for (guint k = 0; k < G_N_ELEMENTS (acts); k++)
    if (tis (s, c - 1, acts[k]))
      return FALSE;
  return TRUE;
}

/* "efforts to normalise", "a bid to mend": the verb at @c is only tried */
static gboolean
attempt_to_mend (Sent *s, guint c)
{
  return c >= 2 && tis (s, c - 1, "to") &&
         (tis (s, c - 2, "efforts") || tis (s, c - 2, "attempts") || tis (s, c - 2, "bid") ||
          tis (s, c - 2, "push") || tis (s, c - 2, "initiative") || tis (s, c - 2, "drive")) &&
         (tprefix (s, c, "normali") || tprefix (s, c, "reconcil") || tprefix (s, c, "restor") ||
          tprefix (s, c, "mend") || tprefix (s, c, "repair") || tprefix (s, c, "improv"));
}

/* "Baku and Yerevan each accusing the other", "A and B accused one
 * another": the parties coordinated before the verb at @c, pair by pair */
static gboolean
reciprocal_pair (Emit *e, guint c, guint16 cl)
{
  Sent *s = e->s;
  guint after = c + s->cuelen[c];
  gboolean other = FALSE;
  int k;

  /* (no "other" or "another" in the sentence: none of the phrases) */
  if (!(s->wx_any & WX_OTHER))
    return FALSE;
  for (guint u = after; u + 1 < s->n && u < after + 3 && s->clause[u] == cl && !other; u++)
    other = (tis (s, u, "each") && tis (s, u + 1, "other")) || (tis (s, u, "one") && tis (s, u + 1, "another")) ||
            (tis (s, u, "the") && tis (s, u + 1, "other") && !(u + 2 < s->n && is_word (s, u + 2) &&
                                                               !is_object_prep (s, u + 2)));
  if (!other || (k = party_before (s, c, cl, FALSE, 12)) < 0)
    return FALSE;
  return emit_among (e, k);
}

/* "hosted the office at Washington's request", "deployed at Bamako's
 * invitation": on the side of the one who asked */
static void
at_request (Sent *s)
{
  static EntGazCue request_cue = { (char *) "at the request of", ENT_POLARITY_ALLY, (char *) "cooperation", TRUE };

  if (!(s->wx_any & WX_REQUEST))
    return;
  for (guint t = 3; t < s->n; t++)
    {
      int k, subj;
      if (!(wx (s, t) & WX_REQUEST) || !(tok (s, t - 1)->flags & TOK_POSS) || (k = s->ment_at[t - 2]) < 0 ||
          !is_party (ment (s, k)) || ment (s, k)->t0 == 0 || !tis (s, ment (s, k)->t0 - 1, "at") || s->inq[t])
        continue;
      if ((subj = verb_subject (s, ment (s, k)->t0 - 1)) >= 0 && is_party (ment (s, subj)))
        emit_one (s, &request_cue, ment (s, k)->t0 - 1, t, subj, k);
    }
}

/* "The UAE and Egypt join Bahrain and Saudi Arabia in cutting ties with
 * Qatar", "Britain joined France in condemning Russia": the joiners and
 * the joined act together, and the act after "in" is all of theirs */
static void
joined_in (Sent *s)
{
  static EntGazCue join_cue = { (char *) "joined", ENT_POLARITY_ALLY, (char *) "cooperation", FALSE };

  if (!(s->wx_any & WX_JOIN) || s->ments->len < 2)
    return;
  for (guint v = 1; v + 3 < s->n; v++)
    {
      guint16 cl = s->clause[v];
      MSet all = { 0 }, dst = { 0 };
      guint t, g = 0;
      int k, j;

      /* (not "invited Egypt and Sudan to join Ethiopia in managing the
       * river": asked, not done) */
      if (!(wx (s, v) & WX_JOIN) || s->ment_at[v] >= 0 || s->inq[v] || tis (s, v - 1, "to") || negated (s, v, cl) ||
          (k = party_before (s, v, cl, TRUE, 3)) < 0)
        continue;
      for (t = v + 1; t < s->n && is_determiner (s, t); t++)
        ;
      if (t >= s->n || (j = s->ment_at[t]) < 0 || !is_party (ment (s, j)))
        continue;
      coord_backward (s, k, &all);
      coord_forward (s, j, &all);
      for (guint i = 0; i < all.n; i++)
        g = MAX (g, ment (s, all.m[i])->t1);
      if (all.n < 2 || g + 2 >= s->n || !tis (s, g, "in") || !tsuffix (s, g + 1, "ing", 4) || s->clause[g] != cl)
        continue;
      {
        Emit e = span_emit (s, &join_cue, v, v);
        joint_action (&e, &all);
      }
      /* the act: "condemning Russia"; "cutting (diplomatic) ties with" */
      {
        const EntLexHit *hit = s->cue[g + 1];
        const EntGazCue *cue = NULL;
        guint last = g + 1, from;
        EntGazCue *rupture = NULL;
        int d;

        if (hit != NULL)
          last = g + hit->ntok;
        else
          /* "cutting (diplomatic) ties with": the break of a tie;
           * "issuing sanction measures against", "imposing sanctions
           * on": the act is the noun the verb governs */
          for (guint u = g + 2; u < s->n && u < g + 5 && hit == NULL && s->ment_at[u] < 0; u++)
            if (s->cue[u] != NULL && s->cue[u]->form == CUE_NOUN)
              {
                hit = s->cue[u];
                last = u + hit->ntok - 1;
                if (has_kind (s, g + 1, LEX_RUPTURE))
                  rupture = &rupture_cue;
              }
        if (hit == NULL)
          continue;
        cue = hit_cue (s, hit);
        if (rupture != NULL && cue->polarity != ENT_POLARITY_ALLY)
          continue;
        from = last + 1;
        if (from < s->n && (tis (s, from, "with") || tis (s, from, "to") || tis (s, from, "on") ||
                            tis (s, from, "against")))
          from++;
        if ((d = party_after (s, from, cl, 4)) < 0)
          continue;
        coord_forward (s, d, &dst);
        {
          Emit e = span_emit (s, rupture ? rupture : cue, g + 1, last);
          emit_pairs (&e, &all, &dst, TRUE);
        }
      }
    }
}

static void
find_relations (Sent *s)
{
  EntXCtx *ctx = s->ctx;
  guint cue_end = 0;
  int actors[ENT_MAX_NEUTRAL_ACTORS];
  guint na = 0;

  if (!s->caption)
    for (guint c = s->cue_lo; c < s->cue_hi; c++)
      {
        if ((s->cue[c] == NULL && s->cue_v[c] == NULL) || c < cue_end || s->ment_at[c] >= 0)
          continue;
        /* "the support of", "his allies", "Russian support": a noun; "to
         * support", "Moscow supports": a verb */
        /* ("blamed for killing President X", "accused of attacking Y":
         * a gerund, whatever the noun it also is) */
        if (s->cue[c] && s->cue_v[c] && s->cuelen_v[c] >= s->cuelen[c] && !noun_ally (s, c) &&
            (!noun_context (s, c) ||
             (s->cue_v[c]->form == CUE_VERB_ING && c > 1 && (tis (s, c - 1, "for") || tis (s, c - 1, "of")) &&
              accusation_verb_at (s, c - 2))))
          {
            s->cue[c] = s->cue_v[c];
            s->cuelen[c] = s->cuelen_v[c];
          }
        else if (s->cue[c] == NULL)
          {
            s->cue[c] = s->cue_v[c];
            s->cuelen[c] = s->cuelen_v[c];
          }
        cue_end = c + s->cuelen[c];
        /* "coalition partner the UAE": the first noun qualifies the
         * second, which says what the party is */
        if (s->cue[c]->form == CUE_NOUN && cue_end < s->n && s->cue[cue_end] &&
            s->cue[cue_end]->form == CUE_AGENT_NOUN && appositive_title (s, c) != G_MAXUINT)
          continue;
        apply_cue (s, c, s->cuelen[c]);
      }

  if (!s->caption)
    {
      fired_at (s);
      designated_terrorist (s);
      quit_group (s);
      co_authors (s);
      joint_adjective (s);
      sent_forces (s);
      ordered_out (s);
      drove_out (s);
      base_in (s);
      regarded_as (s);
      recalled_envoy (s);
      anti_pro (s);
      joined_in (s);
      at_request (s);
      followed_suit (s);
    }

  /* co-mention without a cue: neutral */
  for (guint k = 0; k < s->ments->len && na < ENT_MAX_NEUTRAL_ACTORS; k++)
    {
      Ment *m = ment (s, k);
      gboolean dup = FALSE;
      if (!is_party (m))
        continue;
      for (guint j = 0; j < na; j++)
        if (actors[j] == m->actor)
          dup = TRUE;
      if (!dup)
        actors[na++] = m->actor;
    }
  for (guint i = 0; i < na; i++)
    for (guint j = i + 1; j < na; j++)
      {
        /* skip pairs that got a cue in this sentence */
        gboolean related = _ent_relation_cued (ctx, actors[i], actors[j]);
        if (!related)
          _ent_relation_add (ctx, actors[i], actors[j], ENT_POLARITY_NEUTRAL, "mention", FALSE,
                             s->sent, NULL, s->speaker);
      }
}

static void
update_topic (Sent *s)
{
  for (guint k = 0; k < s->ments->len; k++)
    {
      Ment *m = ment (s, k);
      /* (a virtual mention, one without tokens, is no topic) */
      if (!is_party (m) || m->t1 == m->t0 || s->inq[m->t1 - 1] || (m->flags & M_SPEAKER))
        continue;
      if (m->t0 <= 3)
        s->ctx->topic = m->actor;
      break;
    }
}

/* After "these", "those" or "the" at @i: the head of "these countries",
 * "the three Sahel countries", "the breakaway juntas" when it can stand
 * for the ctx->plural states (a number must be theirs), or 0 */
static guint
plural_head (Sent *s, guint i)
{
  guint t = i + 1, mods = 0;
  gboolean named = FALSE, counted = FALSE;

  for (; t < s->n && mods < 3; t++, mods++)
    {
      /* ("the two post-Soviet countries": a compound is one word) */
      if (t > i + 1 && (tok (s, t)->flags & TOK_HYPHEN) && t + 1 < s->n && is_word (s, t + 1))
        {
          t++;
          mods--;
          continue;
        }
      /* "the Sahel states", "the Gulf states" name their own set,
       * unless counted to the list's size ("the three Sahel countries") */
      if (named && !counted && (tis (s, t, "countries") || tis (s, t, "states") || tis (s, t, "nations")))
        return 0;
      if (tis (s, t, "countries") || tis (s, t, "states") || tis (s, t, "nations") || tis (s, t, "juntas") ||
          tis (s, t, "governments") || tis (s, t, "regimes"))
        {
          /* ("the states of the region", "the countries in which") */
          if (t + 1 < s->n && (tis (s, t + 1, "of") || tis (s, t + 1, "in") || tis (s, t + 1, "that") ||
                               tis (s, t + 1, "which") || tis (s, t + 1, "where") || tis (s, t + 1, "who")))
            return 0;
          /* "among the first countries to break ties", "the only states",
           * "many other nations": a set of its own, not the list */
          {
            static const char *const sets[] = { "first", "last", "only", "few", "many", "other", "several",
                                                "some", "most", "more", "fewer", "second", "third", "largest",
                                                "biggest", "richest", "poorest", "smaller", "larger", NULL };
            for (guint u = i + 1; u < t; u++)
              if (tis_among (s, u, sets))
                return 0;
          }
          /* "the countries" alone is any countries; "these" or a
           * modifier ties them to the list */
          return tis (s, i, "the") && t == i + 1 ? 0 : t;
        }
      if (s->ment_at[t] >= 0 || s->alen[t] > 0 || !is_word (s, t))
        return 0;
      /* ("the two governments" are the sides that last met: "two" is
       * note_sides_pair()'s, unless the pair was just listed) */
      {
        guint nw = number_word (s, t);
        /* (but a pair listed in this or the last sentence is the pair:
         * "Niger and Mali are run by juntas. The two countries ...") */
        if (nw != 0 && (nw != s->ctx->plural_n || (nw == 2 && s->ctx->plural_sent + 1 < s->sent)))
          return 0;
        counted = counted || nw != 0;
      }
      named = named || is_cap (s, t);
    }
  return 0;
}

/* Remembers the longest list of states this sentence names ("Burkina
 * Faso, Mali and Niger") for "these countries" in the next ones */
static void
note_plural (Sent *s)
{
  EntXCtx *ctx = s->ctx;
  MSet best = { 0 };

  if (s->ments->len < 2)
    return;
  for (guint k = 0; k + 1 < s->ments->len; k++)
    {
      MSet co = { 0 };
      gboolean states = TRUE;
      Ment *m = ment (s, k), *next = ment (s, k + 1);

      /* (a list starts with two states in a row: most sentences have
       * none, and coord_forward() is no small call) */
      if (!is_party (m) || (m->flags & (M_INDIV | M_PLURAL)) || m->t1 == m->t0 || next->t0 < m->t1 ||
          next->t0 > m->t1 + 3 || next->actor == m->actor ||
          ((EntXActor *) g_ptr_array_index (ctx->actors, m->actor))->type != ENT_ACTOR_STATE ||
          ((EntXActor *) g_ptr_array_index (ctx->actors, next->actor))->type != ENT_ACTOR_STATE)
        continue;
      coord_forward (s, k, &co);
      for (guint j = 0; j < co.n && states; j++)
        states = is_party (ment (s, co.m[j])) && !(ment (s, co.m[j])->flags & M_PLURAL) &&
                 ((EntXActor *) g_ptr_array_index (ctx->actors, ment (s, co.m[j])->actor))->type == ENT_ACTOR_STATE;
      if (states && co.n > best.n)
        best = co;
    }
  if (best.n < 2)
    return;
  ctx->plural_n = 0;
  for (guint j = 0; j < best.n && ctx->plural_n < ENT_X_PLURAL; j++)
    {
      int actor = ment (s, best.m[j])->actor;
      gboolean dup = FALSE;
      for (guint q = 0; q < ctx->plural_n; q++)
        dup = dup || ctx->plural[q] == actor;
      if (!dup)
        ctx->plural[ctx->plural_n++] = actor;
    }
  if (ctx->plural_n < 2)
    ctx->plural_n = 0;
  ctx->plural_sent = s->sent;
}

/* ---------------------------------------------------------------------- */

static void
sent_reserve (Sent *s, guint n)
{
  if (n <= s->cap)
    return;
  s->cap = MAX (n, s->cap * 2);
  /* (nothing kept: every sentence starts them from zero) */
  g_free (s->zeroed);
  s->zeroed = g_malloc (s->cap * SENT_ZEROED_BYTES);
  s->ment_at = g_renew (int, s->ment_at, s->cap);
  s->clause = g_renew (guint16, s->clause, s->cap);
  s->inq = g_renew (guint8, s->inq, s->cap);
  s->wc = g_renew (guint64, s->wc, s->cap);
  s->wid = g_renew (guint8, s->wid, s->cap);
  s->lex1 = g_renew (const EntLexNode *, s->lex1, s->cap);
  /* (called with no mention yet: the array keeps the room) */
  g_array_set_size (s->ments, s->cap);
  s->ments->len = 0;
  s->ment_room = s->cap;
}

static void
sent_clear (Sent *s)
{
  g_free (s->zeroed);
  g_free (s->ment_at);
  g_free (s->clause);
  g_free (s->inq);
  g_free (s->wc);
  g_free (s->wid);
  g_free (s->lex1);
  g_free (s->tok_cache);
  g_free (s->lex_one);
  g_array_unref (s->toks);
  g_string_free (s->fold, TRUE);
  g_array_unref (s->ments);
}

static gboolean
span_is_caption (const char *text, const EntSpan *sp)
{
  /* a stand-alone line without final punctuation ending in a credit: "(AFP)" */
  const char *e = text + sp->end;
  return sp->end > sp->start + 2 && e[-1] == ')' && memchr (text + sp->start, '(', sp->end - sp->start) != NULL &&
         memchr (text + sp->start, '.', sp->end - sp->start) == NULL;
}

/* A line without final punctuation ending in a photo credit after a dash,
 * the agency before a slash: "Polisario Front leader Brahim Ghali -
 * AP/FATEH GUIDOUM", "— Reuters/Jane Doe". Its first token (the dash), or
 * n; names after it are no actors. */
static guint
credit_start (Sent *s)
{
  if (s->n < 3 || strchr (".!?\"'", s->text[s->s_end - 1]) != NULL)
    return s->n;
  for (guint i = s->n - 2; i > 0; i--)
    if (is_dash (s, i) && (tok (s, i)->flags & TOK_SPACE_BEFORE))
      {
        for (guint j = i + 1; j < s->n && j <= i + 3; j++)
          if (tis (s, j, "/"))
            return i;
        break;
      }
  /* "REUTERS/Rick Wilking/File Photo", "AFP PHOTO/POOL/Name": an agency
   * in capitals and a slash open the photographer's credit */
  {
    guint credit = s->n;
    for (guint i = s->n - 1; i > 0 && s->n - i < 12; i--)
      if (tis (s, i, "/") && (tok (s, i - 1)->flags & TOK_UPPER) && tok (s, i - 1)->fold_len >= 2)
        {
          guint j = i - 1;
          while (j > 0 && s->n - j < 14 && ((tok (s, j - 1)->flags & TOK_UPPER) || tis (s, j - 1, "/")))
            j--;
          credit = j;
          i = j + 1;
        }
    return credit;
  }
}

static void
process_sentence (Sent *s, const EntSpan *sp, gboolean paragraph_start)
{
  const WcSlot *table = word_class_table ();

  s->s_start = sp->start;
  s->s_end = sp->end;
  /* (GArray's count is public: emptying these needs no call) */
  s->toks->len = 0;
  g_string_truncate (s->fold, 0);
  s->ments->len = 0;
  s->ctx->n_cued = 0;
  s->ctx->serial++;
  if (paragraph_start)
    {
      s->ctx->in_quote = FALSE;
      s->ctx->quote_age = 0;
    }
  _ent_tokenize (s->text, sp->start, sp->end, s->text_len, s->toks, s->fold, &s->toks_room);
  s->n = MIN (s->toks->len, (guint) ENT_MAX_TOKENS);
  /* room to read 16 bytes at any folded form (tok_key) */
  if (s->fold->len + TOK_CACHE_KEY >= s->fold->allocated_len)
    {
      gsize len = s->fold->len;
      g_string_set_size (s->fold, len + TOK_CACHE_KEY);
      g_string_truncate (s->fold, len);
    }
  s->tk = (EntTok *) s->toks->data;
  s->fold_str = s->fold->str;
  if (s->n == 0)
    return;
  sent_reserve (s, s->n);
  /* the arrays that start at zero laid end to end for this sentence's
   * tokens: one memset instead of eight */
  {
    guint8 *z = s->zeroed;

    s->anode = (const EntLexNode **) (gpointer) z;
    z += s->n * sizeof (gpointer);
    s->cue = (const EntLexHit **) (gpointer) z;
    z += s->n * sizeof (gpointer);
    s->cue_v = (const EntLexHit **) (gpointer) z;
    z += s->n * sizeof (gpointer);
    s->kmask = (guint32 *) (gpointer) z;
    z += s->n * sizeof (guint32);
    s->klen = z;
    z += s->n * LEX_N_KINDS;
    s->alen = z;
    z += s->n;
    s->cuelen = z;
    z += s->n;
    s->cuelen_v = z;
    z += s->n;
    memset (s->zeroed, 0, z - s->zeroed);
  }
  s->kind_any = 0;
  lookup_tokens (s, table);
  s->caption = span_is_caption (s->text, sp);
  s->body_start = 0;
  s->open_end = opening_clause_end (s);

  scan_lexicon (s);
  if (sentence_is_byline (s))
    {
      new_story (s->ctx);
      return;
    }
  s->credit = credit_start (s);
  find_mentions (s);
  if (s->caption)
    {
      /* the credit in parentheses at the end of a caption is no actor */
      for (guint k = 0; k < s->ments->len; k++)
        {
          Ment *m = ment (s, k);
          if (m->t0 > 0 && tis (s, m->t0 - 1, "("))
            m->flags |= M_SKIP;
        }
    }
  for (guint k = 0; k < s->ments->len; k++)
    note_rebel_group (s, ment (s, k));
  link_affiliations (s);
  mark_places (s);
  mark_dateline (s);
  count_place_mentions (s);
  mark_clauses (s);
  note_sides (s);
  find_speaker (s);
  if (s->ctx->debug)
    {
      g_printerr ("[%u] %.*s\n", s->sent, (int) MIN (s->s_end - s->s_start, 100), s->text + s->s_start);
      for (guint k = 0; k < s->ments->len; k++)
        {
          Ment *m = ment (s, k);
          g_autofree char *sf = span_text (s, m->t0, m->t1);
          g_printerr ("  m%u '%s' -> %s%s%s%s cl=%u%s\n", k, sf,
                      ((EntXActor *) g_ptr_array_index (s->ctx->actors, m->actor))->name,
                      m->flags & M_LOC ? " LOC" : "", m->flags & M_SKIP ? " SKIP" : "",
                      m->flags & M_SPEAKER ? " SPEAKER" : "", s->clause[m->t0],
                      s->inq[m->t0] ? " inq" : "");
        }
    }
  note_coup (s);
  weapon_origin (s);
  find_relations (s);
  note_plural (s);
  refresh_striker (s);
  note_group (s);
  note_weapons (s);
  update_topic (s);
}

static gboolean
paragraph_break_between (const char *text, gsize a, gsize b)
{
  guint nl = 0;
  for (gsize i = a; i < b; i++)
    if (text[i] == '\n')
      {
        if (++nl >= 2)
          return TRUE;
      }
    else if (!g_ascii_isspace (text[i]))
      nl = 0;
  return FALSE;
}

/* @json_path: NULL, or where the JSON goes instead of the relations
 * going into @net (ent_extract_to_json()); @drop_text, with it: the file
 * holds no text, and the documents' text is released once it is written */
static gboolean
extract_run (EntNetwork *net, const EntGazetteer *gaz, GCancellable *cancellable,
             EntProgressFunc progress, gpointer user_data, gboolean drop_text,
             const char *json_path, GError **error)
{
  EntXCtx ctx = { 0 };
  Sent s = { 0 };
  gsize total = 0, done = 0;
  g_autofree int *map = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (net != NULL && gaz != NULL, FALSE);

  ctx.gaz = gaz;
  ctx.net = net;
  ctx.debug = g_strcmp0 (g_getenv ("ENTENTE_DEBUG_EXTRACT"), "1") == 0;
  ctx.streaming = json_path != NULL;
  _ent_actors_init (&ctx);
  ctx.doc_people = g_array_new (FALSE, FALSE, sizeof (int));
  ctx.doc_skel = g_hash_table_new (g_str_hash, g_str_equal);
  ctx.surname_miss = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.name_cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx.strings = g_string_chunk_new (4096);
  ctx.string_set = g_hash_table_new (g_str_hash, g_str_equal);
  s.ctx = &ctx;
  s.toks = g_array_new (FALSE, FALSE, sizeof (EntTok));
  s.fold = g_string_new (NULL);
  s.ments = g_array_new (FALSE, FALSE, sizeof (Ment));
  s.tok_cache = g_new0 (TokSlot, TOK_CACHE_SLOTS);
  s.lex_one = g_new0 (LexOne, LEX_ONE_SLOTS);

  for (guint d = 0; d < net->documents->len; d++)
    total += ((EntDocument *) g_ptr_array_index (net->documents, d))->len;
  ctx.evidence_budget = MAX ((gsize) ENT_EXTRACT_MIN_EVIDENCE, total / ENT_EXTRACT_BYTES_PER_EVIDENCE);
  /* news copy gives a relation every 60 bytes or so: room made at once
   * for a few megabytes' worth, beyond that by doubling */
  _ent_relations_reserve (&ctx, MIN (total / 64, (gsize) 96 * 1024));

  for (guint d = 0; d < net->documents->len && ok; d++)
    {
      EntDocument *doc = g_ptr_array_index (net->documents, d);
      gsize prev_end = 0;
      gsize last_report = 0;

      if (doc->sentences == NULL || doc->sentences->len == 0)
        {
          if (doc->sentences == NULL)
            doc->sentences = g_array_new (FALSE, FALSE, sizeof (EntSpan));
          ent_text_split_sentences (doc->text, doc->len, doc->sentences);
        }
      ctx.doc_index = d;
      new_story (&ctx);
      ctx.topic = -1;
      ctx.last_speaker = -1;
      ctx.act_sent = 0;
      ctx.in_quote = FALSE;
      ctx.quote_age = 0;
      g_array_set_size (ctx.doc_people, 0);
      g_hash_table_remove_all (ctx.doc_skel);
      g_hash_table_remove_all (ctx.surname_miss);
      g_hash_table_remove_all (ctx.name_cache);
      ctx.home_state = -1;
      ctx.home_count = 0;
      ctx.gov_state = -1;
      ctx.federal_state = -1;
      ctx.compass[0] = ctx.compass[1] = -1;
      ctx.gov_count = 0;
      g_clear_pointer (&ctx.doc_alias, g_hash_table_unref);
      s.text = doc->text;
      s.text_len = doc->len;

      for (guint i = 0; i < doc->sentences->len; i++)
        {
          EntSpan *sp = &g_array_index (doc->sentences, EntSpan, i);

          if ((i & 63) == 0 && g_cancellable_is_cancelled (cancellable))
            {
              ok = FALSE;
              break;
            }
          s.sent = i;
          process_sentence (&s, sp, i == 0 || paragraph_break_between (doc->text, prev_end, sp->start));
          prev_end = sp->end;
          if (progress && sp->end - last_report > 256 * 1024)
            {
              last_report = sp->end;
              progress (total ? (double) (done + sp->end) / total : 1.0, user_data);
            }
        }
      done += doc->len;
      /* One report per document as well, so that many small articles
       * still move a progress bar one step each. */
      if (ok && progress && d + 1 < net->documents->len)
        progress (total ? (double) done / total : 1.0, user_data);
    }

  if (!ok)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_CANCELLED, "extraction cancelled");
    }
  else if (json_path != NULL)
    {
      EntJsonStream *js;

      map = g_new (int, ctx.actors->len + 1);
      _ent_actors_to_network (&ctx, map);
      ent_network_renumber (net);
      /* the evidence is written from the documents' text */
      js = _ent_json_stream_open (net, json_path, !drop_text, error);
      if (js != NULL)
        {
          _ent_relations_write (&ctx, map, js);
          ok = _ent_json_stream_close (js, error);
        }
      else
        ok = FALSE;
      for (guint d = 0; drop_text && d < net->documents->len; d++)
        {
          EntDocument *doc = g_ptr_array_index (net->documents, d);

          g_free (doc->text);
          doc->text = g_strdup ("");
          doc->len = 0;
        }
    }
  else
    {
      map = g_new (int, ctx.actors->len + 1);
      _ent_actors_to_network (&ctx, map);
      _ent_relations_to_network (&ctx, map);
      ent_network_renumber (net);
      if (progress)
        progress (1.0, user_data);
    }

  sent_clear (&s);
  g_array_unref (ctx.doc_people);
  g_hash_table_unref (ctx.doc_skel);
  g_hash_table_unref (ctx.surname_miss);
  g_hash_table_unref (ctx.name_cache);
  g_hash_table_unref (ctx.string_set);
  g_string_chunk_free (ctx.strings);
  g_clear_pointer (&ctx.doc_alias, g_hash_table_unref);
  _ent_relations_clear (&ctx);
  _ent_actors_clear (&ctx);
  return ok;
}

gboolean
ent_extract (EntNetwork *net, const EntGazetteer *gaz, GCancellable *cancellable,
             EntProgressFunc progress, gpointer user_data, GError **error)
{
  return extract_run (net, gaz, cancellable, progress, user_data, FALSE, NULL, error);
}

gboolean
ent_extract_to_json (EntNetwork *net, const EntGazetteer *gaz, const char *path,
                     gboolean with_text, GError **error)
{
  return extract_run (net, gaz, NULL, NULL, NULL, !with_text, path, error);
}
