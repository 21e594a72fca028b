/* ent-gazetteer-private.h: the compiled gazetteer and cue lexicon shared by
 * the extraction code.  Read-only after loading, so one gazetteer can serve
 * several extraction threads. */
#pragma once

#include <string.h>
#include <jansson.h>
#include "ent-extract.h"

G_BEGIN_DECLS

/* What a phrase of the table means. */
typedef enum {
  LEX_ACTOR = 1,      /* value: entry index; form: EntGazForm */
  LEX_CUE,            /* value: cue index; form: EntCuePos */
  LEX_TITLE,          /* a title or office before a leader's name */
  LEX_ROLE,           /* a role of other people: analyst, businessman */
  LEX_ORG_HEAD,       /* organisation head-word: Ministry, Council, Front */
  LEX_GOV_FORM,       /* regime, government, forces, army ... */
  LEX_SPEECH,         /* said, says, added, told, according (to) */
  LEX_NEGATION,       /* not, never, no, denied */
  LEX_LOCATIVE,       /* in, inside, across: a following place is a location */
  LEX_FACILITY,       /* airport, port, base: a preceding place is a location */
  LEX_GIVEN,          /* a common given name */
  LEX_OUTLET,         /* news, agency, TV, newspaper: names an outlet */
  LEX_NON_NAME,       /* capitalised words that never start a name */
  LEX_CLAUSE,         /* words that open a new clause: but, while, whereas */
  LEX_PRONOUN,        /* it, he, she, they, its, his, her, their */
  LEX_RELATIVE,       /* which, who, that (relative pronoun) */
  LEX_RUPTURE,        /* cut, severed, suspended: before an ally noun, a break */
  LEX_PLACE,          /* Lake Chad, Northern Ireland: a place holding a state's name */
  LEX_ECHO,           /* followed suit: the act just told, done by others */
  LEX_N_KINDS
} EntLexKind;

typedef enum {
  FORM_NAME = 0,      /* a name of the actor */
  FORM_ADJ,           /* a demonym adjective: Syrian, Emirati */
  FORM_PLURAL,        /* a demonym for the people: Syrians, the Turks */
  FORM_CAPITAL,       /* a capital city standing for the state */
  FORM_GOV,           /* a form of government: the Syrian regime, the Kremlin */
  FORM_SURNAME,       /* a leader's surname alone */
  FORM_ABBREV,        /* an abbreviation: UAE, U.S. */
} EntGazForm;

typedef enum {
  CUE_VERB = 0,       /* base or finite verb form */
  CUE_VERB_PART,      /* past participle (passive with "by") */
  CUE_VERB_ING,
  CUE_NOUN,           /* support, aggression, sanctions */
  CUE_AGENT_NOUN,     /* supporter, backer, ally, enemy: the actor IS this */
  CUE_PREP,           /* against, with (in coordination with) */
  CUE_ADJ,            /* hostile, loyal, close (to), allied */
} EntCuePos;

/* The longest phrase the table holds, in tokens: "Sheikh Sabah
 * al-Ahmad al-Jaber al-Sabah" has eleven */
#define ENT_LEX_MAX_TOKENS 16

typedef struct {
  guint8  kind;       /* EntLexKind */
  guint8  form;       /* EntGazForm or EntCuePos */
  guint8  ntok;       /* tokens in the phrase */
  guint8  cap_mask;   /* tokens that must start with a capital letter (of the first 8) */
  guint8  upper_mask; /* tokens that must be all capitals */
  guint8  mixed_mask; /* tokens that must keep an inner capital: "LeT", "AfD" (not "Let") */
  guint8  pad[2];
  guint32 value;
} EntLexHit;

/* A phrase table slot.  Keys of up to 8 bytes (most words) are stored in
 * the slot itself, so checking a match reads no other memory. */
#define ENT_LEX_INLINE_KEY 8
typedef struct {
  guint64    hash;
  union {
    char    *ptr;
    char     inl[ENT_LEX_INLINE_KEY];
  } key;              /* folded tokens joined by single spaces, not terminated */
  EntLexHit *hits;
  guint16    n_hits;
  guint16    key_len;
  guint8     max_len; /* longest phrase starting with this key's first token */
  guint8     used;    /* 0: an empty slot */
  guint8     lower_ok; /* a phrase starting with this first token may begin in lower
                        * case (or is long enough to matter there): otherwise a
                        * lower-case token here starts nothing */
} EntLexNode;

static inline const char *
ent_lex_node_key (const EntLexNode *n)
{
  return n->key_len <= ENT_LEX_INLINE_KEY ? n->key.inl : n->key.ptr;
}

typedef struct {
  char        *id;
  char        *name;
  EntActorType type;
  char        *kind;          /* group kind ("outlet", "militia" ...), may be NULL */
  char        *acts_for;      /* id of the state or group it acts for */
  char        *capital_for;   /* id the capital stands for (capital_refers_to) */
  GPtrArray   *names;         /* every name (including name, official) */
  GPtrArray   *abbrevs;
  GPtrArray   *demonyms;
  GPtrArray   *capitals;      /* capital + metonyms */
  GPtrArray   *government;    /* explicit government forms */
  GPtrArray   *surnames;      /* short forms of a person's name */
  GPtrArray   *regions;       /* a state's regions in lower case ("west african", "gulf"): "the Gulf state" */
  int          acts_for_index;   /* resolved, -1 */
  int          capital_index;    /* resolved capital_for, -1 */
  gboolean     outlet;
  gboolean     ambiguous;        /* "ambiguous": true: also a given name or surname (Chad, Togo, Wagner) */
  gboolean     former;           /* "to": a year: no longer in the office */
} EntGazEntry;

typedef struct {
  char        *name;          /* the lexicon's label ("support") */
  EntPolarity  polarity;
  char        *kind;          /* relation kind: support, conflict ... */
  gboolean     directed;
} EntGazCue;

struct _EntGazetteer {
  GPtrArray  *entries;        /* EntGazEntry* */
  GHashTable *by_id;          /* id -> GUINT_TO_POINTER (index + 1) */
  GPtrArray  *cues;           /* EntGazCue* */
  json_t     *lexicon;        /* merged lexicon object (owned) */

  /* compiled */
#define ENT_FILTER_WORDS (1 << 14)          /* 1 Mbit: 128 KB */
#define ENT_FILTER_MASK  (ENT_FILTER_WORDS - 1)
  guint64     filter[ENT_FILTER_WORDS];   /* bit per key hash: a cheap "not here" */
  EntLexNode *nodes;          /* while compiling: open addressing, capacity a power of two */
  gsize       n_nodes;
  gsize       capacity;
  /* for lookups: every node packed with its hits and long key in one
   * block, found through 8-byte slots (32-bit hash tag, offset / 8 + 1);
   * a lookup reads a slot and one or two lines of the block */
  guint64    *index;
  gsize       index_mask;
  guint8     *packed;
  GHashTable *surname_skeletons;  /* skeleton -> GUINT_TO_POINTER (entry + 1) (leaders) */
  GHashTable *org_keys;           /* sorted content words -> entry + 1 (groups) */
  gboolean    compiled;
};

/* Hash of a token's folded form (EntTok.hash), eight bytes a step: each
 * sixteen bytes (the last zero-padded) are two words mixed in, then the
 * length.  A phrase's hash folds its tokens' hashes in one after the
 * other (ent_phrase_hash), so that the extractor extends a phrase by a
 * token without reading the text again.  Only ever compared for equality
 * or used to place keys: any change here only needs the two sides to
 * agree (the tokenizer and the phrase table). */
#define ENT_TOK_SEED ((guint64) 0x243f6a8885a308d3ULL)
#define ENT_TOK_K1   ((guint64) 0x9e3779b97f4a7c15ULL)
#define ENT_TOK_K2   ((guint64) 0xc2b2ae3d27d4eb4fULL)

/* For n in 0..16, the bits of the first n bytes of two little-endian
 * words: masks a sixteen-byte load to a token of n bytes without a shift
 * by a variable count. */
#define ENT_B(k) ((k) >= 8 ? G_GUINT64_CONSTANT (0xffffffffffffffff) : (G_GUINT64_CONSTANT (1) << ((k) * 8)) - 1)
#define ENT_TOK_MASK(n) { ENT_B ((n) < 8 ? (n) : 8), ENT_B ((n) < 8 ? 0 : (n) - 8) }
static const guint64 ent_tok_mask[17][2] = {
  ENT_TOK_MASK (0), ENT_TOK_MASK (1), ENT_TOK_MASK (2), ENT_TOK_MASK (3), ENT_TOK_MASK (4),
  ENT_TOK_MASK (5), ENT_TOK_MASK (6), ENT_TOK_MASK (7), ENT_TOK_MASK (8), ENT_TOK_MASK (9),
  ENT_TOK_MASK (10), ENT_TOK_MASK (11), ENT_TOK_MASK (12), ENT_TOK_MASK (13), ENT_TOK_MASK (14),
  ENT_TOK_MASK (15), ENT_TOK_MASK (16),
};
#undef ENT_TOK_MASK
#undef ENT_B

static inline guint64
ent_tok_hash_block (guint64 h, guint64 w0, guint64 w1)
{
  guint64 a = (w0 ^ h) * ENT_TOK_K1;
  guint64 b = (w1 ^ (h >> 17)) * ENT_TOK_K2;
  return a ^ ((b << 32) | (b >> 32));
}

/* (the length, and the high half folded into the low one, whose bits
 * place keys: the products above mixed the high half well already) */
static inline guint64
ent_tok_hash_final (guint64 h, gsize n)
{
  h ^= (guint64) n;
  h ^= h >> 32;
  return h;
}

/* The first @n (at most 16) bytes at @p as two zero-padded words, as a
 * little-endian load would give them, reading only those bytes. */
static inline void
ent_tok_words (const char *p, gsize n, guint64 *w0, guint64 *w1)
{
  guchar b[16] = { 0 };

  memcpy (b, p, n);
  memcpy (w0, b, 8);
  memcpy (w1, b + 8, 8);
  *w0 = GUINT64_FROM_LE (*w0);
  *w1 = GUINT64_FROM_LE (*w1);
}

static inline guint64
ent_tok_hash (const char *p, gsize n)
{
  guint64 h = ENT_TOK_SEED, w0, w1;
  gsize i = 0;

  for (; n - i > 16; i += 16)
    {
      ent_tok_words (p + i, 16, &w0, &w1);
      h = ent_tok_hash_block (h, w0, w1);
    }
  ent_tok_words (p + i, n - i, &w0, &w1);
  return ent_tok_hash_final (ent_tok_hash_block (h, w0, w1), n);
}

/* The hash of a phrase of tokens: the first token's hash, then each
 * next token's folded in. */
static inline guint64
ent_phrase_hash (guint64 prefix, guint64 tok_hash)
{
  return (((prefix << 23) | (prefix >> 41)) * ENT_TOK_K1) ^ tok_hash;
}

const EntLexNode *_ent_gazetteer_lookup (const EntGazetteer *gaz, guint64 hash,
                                         const char * const *toks, const guint *lens,
                                         guint n);
const EntGazEntry *_ent_gazetteer_entry (const EntGazetteer *gaz, guint index);
int                _ent_gazetteer_find_surname (const EntGazetteer *gaz, const char *skeleton);
int                _ent_gazetteer_find_org (const EntGazetteer *gaz, const char *key);

/* Tokenizer shared by the gazetteer compiler and the extractor. */
typedef enum {
  TOK_WORD    = 1 << 0,
  TOK_CAP     = 1 << 1,   /* starts with an upper-case letter */
  TOK_UPPER   = 1 << 2,   /* all capitals, 2+ letters (or a dotted acronym) */
  TOK_PUNCT   = 1 << 3,
  TOK_QUOTE   = 1 << 4,   /* " “ ” « » (and ' when it stands alone) */
  TOK_HYPHEN  = 1 << 5,   /* a hyphen joined to the previous token: X-backed */
  TOK_POSS    = 1 << 6,   /* 's / ’s */
  TOK_DIGIT   = 1 << 7,
  TOK_SPACE_BEFORE = 1 << 8,
  TOK_OPEN_QUOTE  = 1 << 9,
  TOK_CLOSE_QUOTE = 1 << 10,
} EntTokFlags;

typedef struct {
  gsize   start;      /* byte offsets in the text */
  gsize   end;
  guint32 fold;       /* offset of the folded form in the fold buffer */
  guint16 fold_len;
  guint16 flags;
  guint64 hash;       /* ent_tok_hash of the folded form */
} EntTok;

/* Appends the tokens of text[start, end) to @toks, folded forms to @fold.
 * The text may be read up to @limit (>= @end: sixteen bytes at a time),
 * never past it.  @room_io, when not NULL, is how many tokens @toks is
 * known to have room for (0 at first), kept by the caller with the
 * array and updated here: the array is grown only when a text needs
 * more. */
void _ent_tokenize (const char *text, gsize start, gsize end, gsize limit, GArray *toks,
                    GString *fold, guint *room_io);

G_END_DECLS
