/* ent-json.c: the entente/1 JSON format.
 *
 * Writing streams straight to the file (a corpus can produce hundreds of
 * megabytes of evidence, more than a jansson tree should hold); reading goes
 * through jansson and checks every field, naming the one that is wrong.
 */
#define G_LOG_DOMAIN "entente-json"
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ent-json.h"
#include "ent-json-private.h"
#include "ent-text.h"

/* ---------------------------------------------------------------- writing */

/* Copies @n bytes to @p; returns their end.  Ids, kinds and cues (a few
 * bytes, a length known only at run time, hundreds of thousands of them)
 * take two overlapping moves rather than a call. */
static inline char *
cur_put (char *p, const char *s, gsize n)
{
  if (__builtin_constant_p (n) || n > 16)
    memcpy (p, s, n);
  else if (n >= 8)
    {
      guint64 a, b;
      memcpy (&a, s, 8);
      memcpy (&b, s + n - 8, 8);
      memcpy (p, &a, 8);
      memcpy (p + n - 8, &b, 8);
    }
  else if (n >= 4)
    {
      guint32 a, b;
      memcpy (&a, s, 4);
      memcpy (&b, s + n - 4, 4);
      memcpy (p, &a, 4);
      memcpy (p + n - 4, &b, 4);
    }
  else
    for (gsize i = 0; i < n; i++)
      p[i] = s[i];
  return p + n;
}

/* Records are mostly written through a cursor (cur_put) into room made
 * for the whole record (put_reserve): a GString's length and room are
 * reread after every copy, which may write anywhere as far as the
 * compiler knows. */
#define cur_lit(p, lit) cur_put ((p), "" lit, sizeof (lit) - 1)

/* Appends without a call when the buffer has room (nearly always: the
 * writer flushes at 64 KiB).  The writer's strings are only ever read by
 * their length (fwrite, json_loadb, put_len): the appends here leave out
 * the terminating NUL, a store per append. */
static inline void
put_len (GString *o, const char *s, gsize n)
{
  if (G_LIKELY (o->len + n < o->allocated_len))
    o->len = cur_put (o->str + o->len, s, n) - o->str;
  else
    g_string_append_len (o, s, (gssize) n);
}

#define put_lit(o, lit) put_len ((o), "" lit, sizeof (lit) - 1)

static inline void
put_cstr (GString *o, const char *s)
{
  put_len (o, s, strlen (s));
}

/* Bytes a JSON string holds as they are: not a control character, quote,
 * backslash, DEL or the terminating NUL. */
static const guint8 json_plain[256] = {
#define R16(v) v, v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
  R16 (0), R16 (0),
  1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,    /* 0x20: '"' */
  R16 (1), R16 (1),
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,    /* 0x50: '\\' */
  R16 (1),
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0,    /* 0x70: DEL */
  R16 (1), R16 (1), R16 (1), R16 (1), R16 (1), R16 (1), R16 (1), R16 (1),
#undef R16
};

/* The number of bytes at the start of @p (@n bytes, no NUL among them)
 * that need no escape.  Evidence sentences are most of a corpus's output
 * and rarely hold a byte to escape, so they are checked sixteen bytes at
 * a time where SSE2 is there (every x86-64). */
static inline gsize
plain_run (const guchar *p, gsize n)
{
  gsize i = 0;

#ifdef __SSE2__
  const __m128i quote = _mm_set1_epi8 ('"');
  const __m128i backslash = _mm_set1_epi8 ('\\');
  const __m128i del = _mm_set1_epi8 (0x7f);
  const __m128i ctl = _mm_set1_epi8 (0x1f);

  while (i < n && n >= 16)
    {
      /* the last block overlaps the one before rather than leave a tail */
      gsize at = MIN (i, n - 16);
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (p + at));
      /* max (v, 0x1f) == 0x1f: an (unsigned) byte below 0x20 */
      __m128i esc = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, quote),
                                                _mm_cmpeq_epi8 (v, backslash)),
                                  _mm_or_si128 (_mm_cmpeq_epi8 (v, del),
                                                _mm_cmpeq_epi8 (_mm_max_epu8 (v, ctl), ctl)));
      unsigned mask = (unsigned) _mm_movemask_epi8 (esc);

      /* bytes of the overlap were checked already */
      mask &= ~0u << (i - at);
      if (mask != 0)
        return at + (gsize) __builtin_ctz (mask);
      i = at + 16;
    }
#endif
  while (i < n && json_plain[p[i]])
    i++;
  return i;
}

/* @s (@n bytes without a NUL) as a JSON string */
static void
put_string_n (GString *out, const char *s, gsize n)
{
  static const char hex[] = "0123456789abcdef";
  const guchar *p = (const guchar *) s;
  const guchar *end = p + n;

  put_lit (out, "\"");
  while (p < end)
    {
      gsize run = plain_run (p, end - p);
      char esc[6];

      /* copy the run of bytes that need no escape in one go */
      if (run > 0)
        put_len (out, (const char *) p, run);
      p += run;
      if (p == end)
        break;
      switch (*p)
        {
        case '"':  put_lit (out, "\\\""); break;
        case '\\': put_lit (out, "\\\\"); break;
        case '\n': put_lit (out, "\\n"); break;
        case '\r': put_lit (out, "\\r"); break;
        case '\t': put_lit (out, "\\t"); break;
        default:
          memcpy (esc, "\\u00", 4);
          esc[4] = hex[*p >> 4];
          esc[5] = hex[*p & 0xf];
          put_len (out, esc, sizeof esc);
        }
      p++;
    }
  put_lit (out, "\"");
}

static void
put_string (GString *out, const char *s)
{
  if (s == NULL)
    s = "";
  put_string_n (out, s, strlen (s));
}

/* Appends @len bytes of @s, replacing invalid UTF-8 so the output is always
 * valid JSON. */
static void
put_string_len (GString *out, const char *s, gsize len)
{
  if (g_utf8_validate_len (s, len, NULL) && memchr (s, '\0', len) == NULL)
    put_string_n (out, s, len);
  else
    {
      g_autofree char *valid = g_utf8_make_valid (s, (gssize) len);
      put_string (out, valid);
    }
}

/* "00" "01" ... "99": two digits per division */
static const char digit_pairs[201] =
  "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
  "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
  "8081828384858687888990919293949596979899";

/* Writes the decimal digits of @v ending just before @end; returns the
 * first digit. */
static inline char *
uint_digits (char *end, guint64 v)
{
  guint32 w;

  while (v > G_MAXUINT32)
    {
      guint r = (guint) (v % 100);
      v /= 100;
      end -= 2;
      memcpy (end, digit_pairs + 2 * r, 2);
    }
  /* offsets fit 32 bits, whose divisions are cheaper; four digits a
   * turn, with one division: r / 100 is (r * 5243) >> 19 for r < 10000 */
  w = (guint32) v;
  while (w >= 10000)
    {
      guint32 q = w / 10000;
      guint32 r = w - q * 10000;
      guint32 hi = (r * 5243) >> 19;
      guint32 lo = r - hi * 100;

      end -= 4;
      memcpy (end, digit_pairs + 2 * hi, 2);
      memcpy (end + 2, digit_pairs + 2 * lo, 2);
      w = q;
    }
  while (w >= 100)
    {
      guint32 r = w % 100;
      w /= 100;
      end -= 2;
      memcpy (end, digit_pairs + 2 * r, 2);
    }
  if (w >= 10)
    {
      end -= 2;
      memcpy (end, digit_pairs + 2 * w, 2);
    }
  else
    *--end = (char) ('0' + w);
  return end;
}

/* Room for @n more bytes past the end of @o (whose len stays). */
static inline char *
put_reserve (GString *o, gsize n)
{
  if (G_UNLIKELY (o->len + n >= o->allocated_len))
    {
      gsize len = o->len;
      g_string_set_size (o, len + n);
      g_string_truncate (o, len);
    }
  return o->str + o->len;
}

/* Copies the digits of @v to @p, which has room for 24 bytes; returns the
 * end.  Fixed-size copies: the compiler makes them a few moves, where
 * copies of a computed length would be calls.  Kept out of line: only
 * numbers of nine digits or more come here. */
static __attribute__ ((noinline)) char *
put_long_digits_at (char *p, guint64 v)
{
  char num[48];
  char *d = uint_digits (num + 24, v);

  memcpy (p, d, 24);
  return p + (num + 24 - d);
}

/* Writes the digits of @v to @p, which has room for 24 bytes; returns the
 * end.  Always inlined: a call and return would be a sixth of its cost. */
static inline __attribute__ ((always_inline)) char *
put_digits_at (char *p, guint64 v)
{

  /* Offsets below 10^8 (all of them, in practice) are split into their
   * eight decimal digits at once, one digit a byte of a 64-bit word,
   * the first digit lowest: four digits a 32-bit lane, then two a 16-bit
   * lane, then one a byte, each step a multiply that works on every lane
   * (x / 100 is (x * 5243) >> 19 for x < 10^4, x / 10 is (x * 103) >> 10
   * for x < 100; no product carries into the next lane).  The leading
   * zeros are then shifted away, leaving at least one digit.  About 30
   * instructions, without branches, where the loop of divisions took
   * about 50 a number: a corpus writes hundreds of thousands. */
  if (G_LIKELY (v < 100000000))
    {
      /* hi | (x - hi * d) << k, the quotient below and the remainder
       * above, is x << k minus hi * ((d << k) - 1): no lane goes below 0
       * or past its width, so the wrapping sum is exact */
      guint64 a = (guint32) v / 10000;
      guint64 x = (v << 32) - a * ((G_GUINT64_CONSTANT (10000) << 32) - 1);
      guint64 hi = ((x * 5243) >> 19) & G_GUINT64_CONSTANT (0x0000007F0000007F);
      guint bits;

      x = (x << 16) - hi * ((100 << 16) - 1);
      hi = ((x * 103) >> 10) & G_GUINT64_CONSTANT (0x000F000F000F000F);
      x = (x << 8) - hi * ((10 << 8) - 1);
      /* the leading zero bytes, in bits (never all eight: one 0 stays) */
      bits = (guint) __builtin_ctzll (x | G_GUINT64_CONSTANT (1) << 56) & ~7u;
      x = (x + G_GUINT64_CONSTANT (0x3030303030303030)) >> bits;
      x = GUINT64_TO_LE (x);
      memcpy (p, &x, 8);
      return p + 8 - bits / 8;
    }
  return put_long_digits_at (p, v);
}

/* @a S @b E @c in one append: a corpus has millions of spans.  Inlined so
 * the literals' lengths are constants. */
static inline void
put_span_with (GString *out, const char *a, gsize alen, gsize start,
               const char *b, gsize blen, gsize end, const char *c, gsize clen)
{
  char *p;

  g_assert (alen <= 32 && blen <= 32 && clen <= 32);
  p = put_reserve (out, alen + blen + clen + 2 * 24 + 1);
  memcpy (p, a, alen);
  p = put_digits_at (p + alen, start);
  memcpy (p, b, blen);
  p = put_digits_at (p + blen, end);
  memcpy (p, c, clen);
  p += clen;
  out->len = p - out->str;
}

#define LIT(s) "" s, sizeof (s) - 1

/* {"start": S, "end": E} */
static void
put_span (GString *out, gsize start, gsize end)
{
  put_span_with (out, LIT ("{\"start\": "), start, LIT (", \"end\": "), end, LIT ("}"));
}

typedef struct {
  GString *buf;
  FILE    *fp;      /* NULL: everything stays in buf */
  int      errsv;
} Writer;

static void
writer_flush_now (Writer *w)
{
  if (w->buf->len && fwrite (w->buf->str, 1, w->buf->len, w->fp) != w->buf->len && !w->errsv)
    w->errsv = errno ? errno : EIO;
  g_string_truncate (w->buf, 0);
}

/* Called after each item: inline, the test whether 64 KiB are there */
static inline void
writer_flush (Writer *w, gboolean force)
{
  if (w->fp != NULL && (force || w->buf->len >= 1 << 16))
    writer_flush_now (w);
}

/* JSON forms of the strings a network repeats on every relation and
 * evidence (kinds, polarities, cues, speakers: a few dozen interned
 * strings).  Nothing changes while a network is written, so within one
 * write a string's address stands for its form. */
#define QUOTED_SLOTS 256

typedef struct {
  const char *key;
  GString    *json;
} QuotedSlot;

/* quoted_form() of a string not in its slot */
static __attribute__ ((noinline)) const GString *
quoted_form_fill (QuotedSlot *slot, const char *s)
{
  if (slot->json == NULL)
    slot->json = g_string_new (NULL);
  g_string_truncate (slot->json, 0);
  put_string (slot->json, s);
  slot->key = s;
  return slot->json;
}

/* The JSON form of @s (not NULL).  Inlined, the filling apart: nearly
 * every call finds its string (a relation's kind, an evidence's cue and
 * speaker), and the call cost as much as the look. */
static inline const GString *
quoted_form (QuotedSlot *cache, const char *s)
{
  QuotedSlot *slot = &cache[((guintptr) s * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 56];

  if (G_UNLIKELY (slot->key != s))
    return quoted_form_fill (slot, s);
  return slot->json;
}

/* Evidence sentences met while writing: the evidence of one sentence
 * shares its text (ent_relation_add_evidence_ref), so the second and
 * later times it is written, its length and whether it needs an escape
 * are known.  Keyed by address, as QuotedSlot. */
#define TEXT_SLOTS 1024

typedef struct {
  const char *key;
  gsize       len;
  gsize       span;    /* put_text_span(): the bytes it was asked for */
  gboolean    plain;   /* no byte to escape */
} TextSlot;

static void
put_text_cached (GString *o, TextSlot *cache, const char *s)
{
  TextSlot *slot;

  if (s == NULL)
    {
      put_lit (o, "\"\"");
      return;
    }
  slot = &cache[((guintptr) s * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 54];
  if (slot->key != s || slot->span != G_MAXSIZE)
    {
      slot->key = s;
      slot->len = strlen (s);
      slot->span = G_MAXSIZE;
      slot->plain = plain_run ((const guchar *) s, slot->len) == slot->len;
    }
  if (slot->plain)
    {
      put_lit (o, "\"");
      put_len (o, s, slot->len);
      put_lit (o, "\"");
    }
  else
    put_string_n (o, s, slot->len);
}

/* The sentence at @s (@n bytes of a document's text) as the text of an
 * evidence, as put_text_cached() writes a copy of it: up to a NUL, if it
 * holds one.  Keyed by address as well (the evidence of a sentence points
 * to the same bytes). */
static void
put_text_span (GString *o, TextSlot *cache, const char *s, gsize n)
{
  TextSlot *slot = &cache[((guintptr) s * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 54];

  if (slot->key != s || slot->span != n)
    {
      slot->key = s;
      slot->span = n;
      slot->len = n;
      slot->plain = plain_run ((const guchar *) s, n) == n;
      if (!slot->plain)
        slot->len = strnlen (s, n);
    }
  if (slot->plain)
    {
      char *p = put_reserve (o, slot->len + 2);

      *p++ = '"';
      memcpy (p, s, slot->len);
      p += slot->len;
      *p++ = '"';
      o->len = p - o->str;
    }
  else
    put_string_n (o, s, slot->len);
}

/* The ids of @items (of EntDocument* or EntActor*, whose `id` is at
 * @id_offset) as JSON strings: each is written once per mention or
 * relation. */
static GString **
quoted_ids (GPtrArray *items, gsize id_offset)
{
  GString **ids = g_new (GString *, items->len + 1);

  for (guint i = 0; i < items->len; i++)
    {
      const char *id = G_STRUCT_MEMBER (const char *, g_ptr_array_index (items, i), id_offset);

      ids[i] = g_string_new (NULL);
      put_string (ids[i], id);
    }
  return ids;
}

static void
quoted_ids_free (GString **ids, guint n)
{
  for (guint i = 0; i < n; i++)
    g_string_free (ids[i], TRUE);
  g_free (ids);
}

/* A network being written: its documents and actors first, then its
 * relations one at a time, from the network or from a builder that never
 * makes EntRelations (_ent_json_stream_open()). */
struct _EntJsonStream {
  Writer      w;
  GString   **doc_ids;
  guint       n_docs;
  GString   **actor_ids;
  guint       n_actors;
  QuotedSlot *cache;
  GString    *polarities[ENT_N_POLARITIES];   /* their JSON forms, made once */
  TextSlot   *texts;
  guint       n_relations;   /* begun so far */
  guint       n_evidence;    /* of the relation being written */
  char       *tmpl, *target; /* of atomic_open(), for a file */
};

/* Sets up @js (its writer set already) and writes the documents and
 * actors of @net, up to the first relation. */
static void
stream_begin (EntJsonStream *js, const EntNetwork *net, gboolean with_text)
{
  Writer *w = &js->w;
  GString *o = w->buf;
  GString **doc_ids, **actor_ids;
  char conf_text[64];
  gsize conf_len = 0;
  double conf_last = 0;

  doc_ids = js->doc_ids = quoted_ids (net->documents, G_STRUCT_OFFSET (EntDocument, id));
  js->n_docs = net->documents->len;
  actor_ids = js->actor_ids = quoted_ids (net->actors, G_STRUCT_OFFSET (EntActor, id));
  js->n_actors = net->actors->len;
  js->cache = g_new0 (QuotedSlot, QUOTED_SLOTS);
  for (guint p = 0; p < ENT_N_POLARITIES; p++)
    {
      js->polarities[p] = g_string_new (NULL);
      put_string (js->polarities[p], ent_polarity_to_string ((EntPolarity) p));
    }
  js->texts = g_new0 (TextSlot, TEXT_SLOTS);
  js->n_relations = 0;
  js->n_evidence = 0;

  put_lit (o, "{\n \"format\": \"" ENT_FORMAT_ID "\",\n \"documents\": [");
  for (guint i = 0; i < net->documents->len; i++)
    {
      const EntDocument *d = g_ptr_array_index (net->documents, i);

      put_cstr (o, i ? ",\n  {" : "\n  {");
      put_lit (o, "\"id\": ");
      put_len (o, doc_ids[i]->str, doc_ids[i]->len);
      put_lit (o, ", \"path\": ");
      put_string (o, d->path ? d->path : "");
      put_lit (o, ", \"title\": ");
      put_string (o, d->title ? d->title : "");
      if (with_text)
        {
          put_lit (o, ",\n   \"text\": ");
          put_string_len (o, d->text, d->len);
        }
      put_lit (o, ",\n   \"sentences\": [");
      for (guint j = 0; j < d->sentences->len; j++)
        {
          const EntSpan *s = &g_array_index (d->sentences, EntSpan, j);
          if (j % 4 != 0)
            put_lit (o, ", ");
          else if (j != 0)
            put_lit (o, ",\n    ");
          put_span (o, s->start, s->end);
          writer_flush (w, FALSE);
        }
      put_lit (o, "]}");
    }
  put_lit (o, "\n ],\n \"actors\": [");
  for (guint i = 0; i < net->actors->len; i++)
    {
      const EntActor *a = g_ptr_array_index (net->actors, i);

      put_cstr (o, i ? ",\n  {" : "\n  {");
      put_lit (o, "\"id\": ");
      put_len (o, actor_ids[i]->str, actor_ids[i]->len);
      put_lit (o, ", \"name\": ");
      put_string (o, a->name);
      put_lit (o, ", \"type\": ");
      put_string (o, ent_actor_type_to_string (a->type));
      put_lit (o, ",\n   \"aliases\": [");
      for (guint j = 0; j < a->aliases->len; j++)
        {
          if (j)
            put_lit (o, ", ");
          put_string (o, g_ptr_array_index (a->aliases, j));
        }
      put_lit (o, "]");
      if (a->affiliation >= 0 && (guint) a->affiliation < net->actors->len)
        {
          const GString *aff = actor_ids[a->affiliation];
          put_lit (o, ", \"affiliation\": ");
          put_len (o, aff->str, aff->len);
        }
      /* most actors share a few confidences: each is formatted once in a row */
      if (conf_len == 0 || memcmp (&a->confidence, &conf_last, sizeof conf_last) != 0)
        {
          conf_len = (gsize) g_snprintf (conf_text, sizeof conf_text, ", \"confidence\": %.3g", a->confidence);
          conf_len = MIN (conf_len, sizeof conf_text - 1);
          conf_last = a->confidence;
        }
      put_len (o, conf_text, conf_len);
      put_lit (o, ",\n   \"mentions\": [");
      for (guint j = 0; j < a->mentions->len; j++)
        {
          const EntMention *m = &g_array_index (a->mentions, EntMention, j);
          const GString *doc = m->doc < net->documents->len ? doc_ids[m->doc] : NULL;
          char *p = put_reserve (o, 6 + 8 + (doc ? doc->len : 2) + 11 + 24 + 9 + 24 + 1);

          if (j % 3 != 0)
            p = cur_lit (p, ", ");
          else if (j != 0)
            p = cur_lit (p, ",\n    ");
          p = cur_lit (p, "{\"doc\": ");
          if (doc)
            p = cur_put (p, doc->str, doc->len);
          else
            p = cur_lit (p, "\"\"");
          p = cur_lit (p, ", \"start\": ");
          p = put_digits_at (p, m->start);
          p = cur_lit (p, ", \"end\": ");
          p = put_digits_at (p, m->end);
          p = cur_lit (p, "}");
          o->len = p - o->str;
          writer_flush (w, FALSE);
        }
      put_lit (o, "]}");
    }
  put_lit (o, "\n ],\n \"relations\": [");
}

/* The start of a relation, up to its evidence.  @id (@id_len bytes) may
 * be NULL; when @serial is not 0 the id is "r" and @serial instead, and
 * @id is not read. */
static inline __attribute__ ((always_inline)) void
stream_relation (EntJsonStream *js, const char *id, gsize id_len, guint serial, guint source, guint target,
                 EntPolarity polarity, const char *kind, gboolean directed)
{
  GString *o = js->w.buf;
  const GString *src = js->actor_ids[source];
  const GString *tgt = js->actor_ids[target];
  /* (one form of the cache at a time: two strings may share a slot; a
   * polarity's form is made once, without a call to name it) */
  const GString *q = (guint) polarity < ENT_N_POLARITIES ? js->polarities[polarity]
                                                         : quoted_form (js->cache, ent_polarity_to_string (polarity));
  char *p;

  if (js->n_relations++ != 0)
    put_lit (o, ",\n  {\"id\": ");
  else
    put_lit (o, "\n  {\"id\": ");
  js->n_evidence = 0;
  /* a serial is written straight into the buffer: it needs no escape
   * check, no copy from a scratch buffer */
  if (serial != 0)
    {
      p = put_reserve (o, 2 + 24 + 1);
      p = cur_lit (p, "\"r");
      p = put_digits_at (p, serial);
      *p++ = '"';
      o->len = p - o->str;
    }
  /* an id is plain text (nearly always): quoted as it is */
  else if (plain_run ((const guchar *) id, id_len) == id_len)
    {
      p = put_reserve (o, id_len + 2);
      *p++ = '"';
      p = cur_put (p, id, id_len);
      *p++ = '"';
      o->len = p - o->str;
    }
  else
    put_string (o, id);
  p = put_reserve (o, 12 + src->len + 12 + tgt->len + 14 + q->len);
  p = cur_lit (p, ", \"source\": ");
  p = cur_put (p, src->str, src->len);
  p = cur_lit (p, ", \"target\": ");
  p = cur_put (p, tgt->str, tgt->len);
  p = cur_lit (p, ", \"polarity\": ");
  p = cur_put (p, q->str, q->len);
  o->len = p - o->str;
  q = kind ? quoted_form (js->cache, kind) : NULL;
  p = put_reserve (o, 10 + (q ? q->len : 2) + 36);
  p = cur_lit (p, ", \"kind\": ");
  if (q)
    p = cur_put (p, q->str, q->len);
  else
    p = cur_lit (p, "\"\"");
  if (directed)
    p = cur_lit (p, ", \"directed\": true,\n   \"evidence\": [");
  else
    p = cur_lit (p, ", \"directed\": false,\n   \"evidence\": [");
  o->len = p - o->str;
}

/* One evidence of the relation begun last, up to its text */
static inline __attribute__ ((always_inline)) void
stream_evidence_head (EntJsonStream *js, guint doc_index, guint sentence, gsize start, gsize end)
{
  GString *o = js->w.buf;
  const GString *doc = doc_index < js->n_docs ? js->doc_ids[doc_index] : NULL;
  char *p = put_reserve (o, 14 + (doc ? doc->len : 2) + 14 + 24 + 11 + 24 + 9 + 24 + 10);

  if (js->n_evidence++ != 0)
    p = cur_lit (p, ",\n    {\"doc\": ");
  else
    p = cur_lit (p, "\n    {\"doc\": ");
  if (doc)
    p = cur_put (p, doc->str, doc->len);
  else
    p = cur_lit (p, "\"\"");
  p = cur_lit (p, ", \"sentence\": ");
  p = put_digits_at (p, sentence);
  p = cur_lit (p, ", \"start\": ");
  p = put_digits_at (p, start);
  p = cur_lit (p, ", \"end\": ");
  p = put_digits_at (p, end);
  p = cur_lit (p, ", \"text\": ");
  o->len = p - o->str;
}

/* ... and the rest of it, after its text */
static inline __attribute__ ((always_inline)) void
stream_evidence_tail (EntJsonStream *js, const char *cue, const char *speaker)
{
  GString *o = js->w.buf;
  const GString *q = cue ? quoted_form (js->cache, cue) : NULL;
  char *p = put_reserve (o, 9 + (q ? q->len : 4) + 1);

  p = cur_lit (p, ", \"cue\": ");
  if (q)
    p = cur_put (p, q->str, q->len);
  else
    p = cur_lit (p, "null");
  o->len = p - o->str;
  if (speaker)
    {
      q = quoted_form (js->cache, speaker);
      p = put_reserve (o, 14 + q->len + 1);
      p = cur_lit (p, ", \"speaker\": ");
      p = cur_put (p, q->str, q->len);
      o->len = p - o->str;
    }
  put_lit (o, "}");
  writer_flush (&js->w, FALSE);
}

static inline __attribute__ ((always_inline)) void
stream_relation_end (EntJsonStream *js)
{
  put_lit (js->w.buf, "]}");
}

/* Writes the end and releases what stream_begin() made (not the writer) */
static void
stream_end (EntJsonStream *js)
{
  put_lit (js->w.buf, "\n ]\n}\n");
  writer_flush (&js->w, TRUE);
  quoted_ids_free (js->doc_ids, js->n_docs);
  quoted_ids_free (js->actor_ids, js->n_actors);
  for (guint i = 0; i < QUOTED_SLOTS; i++)
    if (js->cache[i].json != NULL)
      g_string_free (js->cache[i].json, TRUE);
  g_free (js->cache);
  for (guint p = 0; p < ENT_N_POLARITIES; p++)
    g_string_free (js->polarities[p], TRUE);
  g_free (js->texts);
}

/* The relations of @net */
static void
stream_relations (EntJsonStream *js, const EntNetwork *net)
{
  for (guint i = 0; i < net->relations->len; i++)
    {
      const EntRelation *r = g_ptr_array_index (net->relations, i);

      stream_relation (js, r->id, r->id ? strlen (r->id) : 0, 0, r->source, r->target,
                       r->polarity, r->kind, r->directed);
      for (guint j = 0; j < r->evidence->len; j++)
        {
          const EntEvidence *e = g_ptr_array_index (r->evidence, j);

          stream_evidence_head (js, e->doc, e->sentence, e->start, e->end);
          put_text_cached (js->w.buf, js->texts, e->text);
          stream_evidence_tail (js, e->cue, e->speaker);
        }
      stream_relation_end (js);
    }
}

static void
write_network (Writer *w, const EntNetwork *net, gboolean with_text)
{
  EntJsonStream js = { *w };

  stream_begin (&js, net, with_text);
  stream_relations (&js, net);
  stream_end (&js);
  *w = js.w;
}

json_t *
ent_network_to_json (const EntNetwork *net, gboolean with_text)
{
  Writer w = { g_string_new (NULL), NULL, 0 };
  json_error_t err;
  json_t *root;

  write_network (&w, net, with_text);
  root = json_loadb (w.buf->str, w.buf->len, 0, &err);
  if (root == NULL)
    g_critical ("internal JSON error: %s at %d:%d", err.text, err.line, err.column);
  g_string_free (w.buf, TRUE);
  return root;
}

/* Opens a temporary file beside the file @path names, to be renamed over it
 * by atomic_close().  *target_out gets the path to rename over: symbolic
 * links are followed, so a link stays a link.  Anything that is not a
 * regular file (a terminal, a pipe behind /dev/stdout, /dev/null) cannot be
 * replaced by a rename and is written directly (*tmpl_out NULL). */
static FILE *
atomic_open (const char *path, char **tmpl_out, char **target_out, GError **error)
{
  g_autofree char *real = realpath (path, NULL);
  const char *target = real ? real : path;
  g_autofree char *dir = g_path_get_dirname (target);
  g_autofree char *base = g_path_get_basename (target);
  g_autofree char *tmpl = NULL;
  FILE *fp = NULL;
  int fd = -1;

  *tmpl_out = NULL;
  *target_out = NULL;
  if (g_str_has_prefix (path, "/dev/") || g_str_has_prefix (path, "/proc/") ||
      (g_file_test (path, G_FILE_TEST_EXISTS) &&
       (real == NULL || !g_file_test (real, G_FILE_TEST_IS_REGULAR))))
    fp = fopen (path, "a");   /* appending: `extract >> log` keeps what the shell's file held */
  else
    {
      tmpl = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
      fd = g_mkstemp (tmpl);
      if (fd >= 0 && (fp = fdopen (fd, "w")) == NULL)
        {
          int errsv = errno;
          close (fd);
          g_unlink (tmpl);
          errno = errsv;
        }
    }
  if (fp == NULL)
    {
      int errsv = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   "cannot create a file in %s: %s", dir, g_strerror (errsv));
      return NULL;
    }
  *tmpl_out = g_steal_pointer (&tmpl);
  *target_out = g_strdup (target);
  return fp;
}

/* Flushes, syncs and closes @fp, then renames the temporary file over
 * @path.  With @errsv set (an earlier write failed) or on any failure the
 * temporary file is removed and the previous @path is left as it was. */
static gboolean
atomic_close (FILE *fp, char *tmpl, char *target, int errsv, GError **error)
{
  g_autofree char *path = target;

  if (fflush (fp) != 0 && !errsv)
    errsv = errno;
  if (tmpl && !errsv && fsync (fileno (fp)) != 0)
    errsv = errno;
  if (fclose (fp) != 0 && !errsv)
    errsv = errno;
  if (!errsv && tmpl)
    {
      /* The usual permissions of a new file rather than mkstemp's 0600. */
      mode_t mask = umask (0);
      umask (mask);
      g_chmod (tmpl, 0666 & ~mask);
      if (g_rename (tmpl, path) != 0)
        {
          errsv = errno;
          g_unlink (tmpl);
          g_free (tmpl);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                       "cannot replace the file: %s", g_strerror (errsv));
          return FALSE;
        }
    }
  if (errsv)
    {
      if (tmpl)
        g_unlink (tmpl);
      g_free (tmpl);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (errsv),
                   "cannot write: %s", g_strerror (errsv));
      return FALSE;
    }
  g_free (tmpl);
  return TRUE;
}

gboolean
ent_file_write_atomic (const char *path, const char *data, gsize len, GError **error)
{
  char *tmpl, *target;
  FILE *fp = atomic_open (path, &tmpl, &target, error);
  int errsv = 0;

  if (fp == NULL)
    return FALSE;
  if (fwrite (data, 1, len, fp) != len)
    errsv = errno ? errno : EIO;
  return atomic_close (fp, tmpl, target, errsv, error);
}

gboolean
ent_network_save_json (const EntNetwork *net, const char *path, gboolean with_text,
                       GError **error)
{
  Writer w = { g_string_sized_new (1 << 17), NULL, 0 };
  char *tmpl, *target;

  /* Streamed (a corpus gives hundreds of megabytes of evidence) into a
   * temporary file renamed over the target at the end. */
  w.fp = atomic_open (path, &tmpl, &target, error);
  if (w.fp == NULL)
    {
      g_string_free (w.buf, TRUE);
      return FALSE;
    }
  write_network (&w, net, with_text);
  g_string_free (w.buf, TRUE);
  return atomic_close (w.fp, tmpl, target, w.errsv, error);
}

EntJsonStream *
_ent_json_stream_open (const EntNetwork *net, const char *path, gboolean with_text,
                       GError **error)
{
  EntJsonStream *js = g_new0 (EntJsonStream, 1);

  js->w.buf = g_string_sized_new (1 << 17);
  js->w.fp = atomic_open (path, &js->tmpl, &js->target, error);
  if (js->w.fp == NULL)
    {
      g_string_free (js->w.buf, TRUE);
      g_free (js);
      return NULL;
    }
  stream_begin (js, net, with_text);
  stream_relations (js, net);
  return js;
}

void
_ent_json_stream_relation (EntJsonStream *js, guint source, guint target, EntPolarity polarity,
                           const char *kind, gboolean directed)
{
  g_return_if_fail (source < js->n_actors && target < js->n_actors);
  stream_relation (js, NULL, 0, js->n_relations + 1, source, target, polarity, kind, directed);
}

void
_ent_json_stream_evidence (EntJsonStream *js, guint doc, guint sentence, gsize start, gsize end,
                           const char *text, gsize len, const char *cue, const char *speaker)
{
  stream_evidence_head (js, doc, sentence, start, end);
  put_text_span (js->w.buf, js->texts, text, len);
  stream_evidence_tail (js, cue, speaker);
}

void
_ent_json_stream_relation_end (EntJsonStream *js)
{
  stream_relation_end (js);
}

gboolean
_ent_json_stream_close (EntJsonStream *js, GError **error)
{
  gboolean ok;

  stream_end (js);
  g_string_free (js->w.buf, TRUE);
  ok = atomic_close (js->w.fp, js->tmpl, js->target, js->w.errsv, error);
  g_free (js);
  return ok;
}

/* ---------------------------------------------------------------- reading */

static gboolean
bad (GError **error, const char *where, const char *fmt, ...) G_GNUC_PRINTF (3, 4);

static gboolean
bad (GError **error, const char *where, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *msg = NULL;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: %s", where, msg);
  return FALSE;
}

static const char *
get_str (json_t *obj, const char *key, gboolean required, const char *where, GError **error)
{
  json_t *v = json_object_get (obj, key);

  if (v == NULL || json_is_null (v))
    {
      if (required)
        bad (error, where, "missing \"%s\"", key);
      return NULL;
    }
  if (!json_is_string (v))
    {
      bad (error, where, "\"%s\" must be a string", key);
      return NULL;
    }
  return json_string_value (v);
}

static gboolean
get_size (json_t *obj, const char *key, gsize *out, const char *where, GError **error)
{
  json_t *v = json_object_get (obj, key);

  if (!json_is_integer (v) || json_integer_value (v) < 0)
    return bad (error, where, "\"%s\" must be a non-negative integer", key);
  *out = (gsize) json_integer_value (v);
  return TRUE;
}

static gboolean
check_span (gsize start, gsize end, const EntDocument *d, const char *where, GError **error)
{
  if (end < start)
    return bad (error, where, "end %" G_GSIZE_FORMAT " is before start %" G_GSIZE_FORMAT, end, start);
  if (end > ENT_TEXT_MAX_BYTES)
    return bad (error, where, "offset %" G_GSIZE_FORMAT " is past the largest document Entente reads (%" G_GSIZE_FORMAT " bytes)",
                end, (gsize) ENT_TEXT_MAX_BYTES);
  /* Without the text (plain entente/1), offsets cannot be checked. */
  if (d->len > 0 && end > d->len)
    return bad (error, where, "offset %" G_GSIZE_FORMAT " is past the end of document %s",
                end, d->id);
  return TRUE;
}

static int
doc_index (GHashTable *ids, const char *id)
{
  gpointer v;

  if (id && g_hash_table_lookup_extended (ids, id, NULL, &v))
    return GPOINTER_TO_INT (v);
  return -1;
}

/* The document an object (a mention or evidence) refers to by its "doc" id;
 * -1 with @error set when it is missing or unknown. */
static int
get_doc (json_t *obj, GHashTable *doc_ids, const char *where, GError **error)
{
  GError *local = NULL;
  const char *id;
  int d;

  if (!json_is_object (obj))
    return bad (error, where, "not an object"), -1;
  id = get_str (obj, "doc", TRUE, where, &local);
  if (local != NULL)
    {
      g_propagate_error (error, local);
      return -1;
    }
  d = doc_index (doc_ids, id);
  if (d < 0)
    bad (error, where, "\"doc\" is not a document id");
  return d;
}

EntNetwork *
ent_network_from_json (json_t *root, GError **error)
{
  g_autoptr(EntNetwork) net = ent_network_new ();
  g_autoptr(GHashTable) doc_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) actor_ids = g_hash_table_new (g_str_hash, g_str_equal);
  json_t *docs, *actors, *relations, *v;
  size_t i;
  char where[96];

  if (!json_is_object (root))
    return bad (error, "top level", "not a JSON object"), NULL;
  if (g_strcmp0 (get_str (root, "format", FALSE, "top level", NULL), ENT_FORMAT_ID) != 0)
    return bad (error, "format", "not an %s file", ENT_FORMAT_ID), NULL;

  docs = json_object_get (root, "documents");
  actors = json_object_get (root, "actors");
  relations = json_object_get (root, "relations");
  if (!json_is_array (docs))
    return bad (error, "documents", "missing or not a list"), NULL;
  if (!json_is_array (actors))
    return bad (error, "actors", "missing or not a list"), NULL;
  if (!json_is_array (relations))
    return bad (error, "relations", "missing or not a list"), NULL;

  json_array_foreach (docs, i, v)
    {
      const char *id, *path, *title, *text;
      json_t *sents, *s;
      EntDocument *d;
      size_t j;

      g_snprintf (where, sizeof where, "documents[%zu]", i);
      if (!json_is_object (v))
        return bad (error, where, "not an object"), NULL;
      if (!(id = get_str (v, "id", TRUE, where, error)))
        return NULL;
      path = get_str (v, "path", FALSE, where, NULL);
      title = get_str (v, "title", FALSE, where, NULL);
      text = get_str (v, "text", FALSE, where, NULL);
      if (g_hash_table_contains (doc_ids, id))
        return bad (error, where, "duplicate id \"%s\"", id), NULL;
      d = ent_network_add_document (net, path, title,
                                    text ? g_strndup (text, json_string_length (json_object_get (v, "text"))) : NULL,
                                    text ? json_string_length (json_object_get (v, "text")) : 0);
      g_free (d->id);
      d->id = g_strdup (id);
      g_hash_table_insert (doc_ids, d->id, GINT_TO_POINTER (net->documents->len - 1));
      sents = json_object_get (v, "sentences");
      if (sents != NULL && !json_is_array (sents))
        return bad (error, where, "\"sentences\" must be a list"), NULL;
      json_array_foreach (sents, j, s)
        {
          EntSpan span;
          char w2[128];

          g_snprintf (w2, sizeof w2, "documents[%zu].sentences[%zu]", i, j);
          if (!json_is_object (s) ||
              !get_size (s, "start", &span.start, w2, error) ||
              !get_size (s, "end", &span.end, w2, error) ||
              !check_span (span.start, span.end, d, w2, error))
            {
              if (error && *error == NULL)
                bad (error, w2, "not an object");
              return NULL;
            }
          g_array_append_val (d->sentences, span);
        }
    }

  /* First pass: actors, so affiliations can point forward. */
  json_array_foreach (actors, i, v)
    {
      const char *id, *name, *type;
      EntActorType t;
      EntActor *a;

      g_snprintf (where, sizeof where, "actors[%zu]", i);
      if (!json_is_object (v))
        return bad (error, where, "not an object"), NULL;
      if (!(id = get_str (v, "id", TRUE, where, error)) ||
          !(name = get_str (v, "name", TRUE, where, error)) ||
          !(type = get_str (v, "type", TRUE, where, error)))
        return NULL;
      if (!ent_actor_type_from_string (type, &t))
        return bad (error, where, "unknown type \"%s\" (state, leader, person or group)", type), NULL;
      if (g_hash_table_contains (actor_ids, id))
        return bad (error, where, "duplicate id \"%s\"", id), NULL;
      a = ent_network_add_actor (net, name, t);
      g_free (a->id);
      a->id = g_strdup (id);
      g_hash_table_insert (actor_ids, a->id, GINT_TO_POINTER (net->actors->len - 1));
    }
  json_array_foreach (actors, i, v)
    {
      EntActor *a = g_ptr_array_index (net->actors, i);
      json_t *aliases = json_object_get (v, "aliases");
      json_t *mentions = json_object_get (v, "mentions");
      json_t *conf = json_object_get (v, "confidence");
      const char *aff;
      json_t *x;
      size_t j;

      g_snprintf (where, sizeof where, "actors[%zu]", i);
      if (aliases && !json_is_array (aliases))
        return bad (error, where, "\"aliases\" must be a list"), NULL;
      json_array_foreach (aliases, j, x)
        {
          if (!json_is_string (x))
            return bad (error, where, "aliases[%zu] must be a string", j), NULL;
          ent_actor_add_alias (a, json_string_value (x));
        }
      aff = get_str (v, "affiliation", FALSE, where, error);
      if (error && *error)
        return NULL;
      if (aff)
        {
          gpointer idx;
          if (!g_hash_table_lookup_extended (actor_ids, aff, NULL, &idx))
            return bad (error, where, "affiliation \"%s\" is not an actor id", aff), NULL;
          a->affiliation = GPOINTER_TO_INT (idx);
        }
      if (conf && json_is_number (conf))
        a->confidence = CLAMP (json_number_value (conf), 0.0, 1.0);
      if (mentions && !json_is_array (mentions))
        return bad (error, where, "\"mentions\" must be a list"), NULL;
      json_array_foreach (mentions, j, x)
        {
          char w2[128];
          gsize start, end;
          int d;

          g_snprintf (w2, sizeof w2, "actors[%zu].mentions[%zu]", i, j);
          if ((d = get_doc (x, doc_ids, w2, error)) < 0)
            return NULL;
          if (!get_size (x, "start", &start, w2, error) || !get_size (x, "end", &end, w2, error) ||
              !check_span (start, end, g_ptr_array_index (net->documents, d), w2, error))
            return NULL;
          ent_actor_add_mention (a, (guint) d, start, end);
        }
    }

  json_array_foreach (relations, i, v)
    {
      const char *id, *src, *tgt, *pol, *kind;
      json_t *evidence, *x, *dir;
      gpointer si, ti;
      EntPolarity p;
      EntRelation *r;
      size_t j;

      g_snprintf (where, sizeof where, "relations[%zu]", i);
      if (!json_is_object (v))
        return bad (error, where, "not an object"), NULL;
      if (!(id = get_str (v, "id", TRUE, where, error)) ||
          !(src = get_str (v, "source", TRUE, where, error)) ||
          !(tgt = get_str (v, "target", TRUE, where, error)) ||
          !(pol = get_str (v, "polarity", TRUE, where, error)))
        return NULL;
      kind = get_str (v, "kind", FALSE, where, error);
      if (error && *error)
        return NULL;
      if (!g_hash_table_lookup_extended (actor_ids, src, NULL, &si))
        return bad (error, where, "source \"%s\" is not an actor id", src), NULL;
      if (!g_hash_table_lookup_extended (actor_ids, tgt, NULL, &ti))
        return bad (error, where, "target \"%s\" is not an actor id", tgt), NULL;
      if (!ent_polarity_from_string (pol, &p))
        return bad (error, where, "unknown polarity \"%s\" (ally, hostile or neutral)", pol), NULL;
      dir = json_object_get (v, "directed");
      if (dir && !json_is_boolean (dir))
        return bad (error, where, "\"directed\" must be true or false"), NULL;
      r = ent_network_add_relation (net, GPOINTER_TO_UINT (si), GPOINTER_TO_UINT (ti), p, kind,
                                    dir ? json_is_true (dir) : FALSE);
      g_free (r->id);
      r->id = g_strdup (id);
      evidence = json_object_get (v, "evidence");
      if (evidence && !json_is_array (evidence))
        return bad (error, where, "\"evidence\" must be a list"), NULL;
      json_array_foreach (evidence, j, x)
        {
          char w2[128];
          gsize start = 0, end = 0;
          const char *text, *cue, *speaker;
          json_t *sent;
          int d;

          g_snprintf (w2, sizeof w2, "relations[%zu].evidence[%zu]", i, j);
          if ((d = get_doc (x, doc_ids, w2, error)) < 0)
            return NULL;
          if (!(text = get_str (x, "text", TRUE, w2, error)))
            return NULL;
          cue = get_str (x, "cue", FALSE, w2, error);
          speaker = get_str (x, "speaker", FALSE, w2, error);
          if (error && *error)
            return NULL;
          sent = json_object_get (x, "sentence");
          if (!json_is_integer (sent) || json_integer_value (sent) < 0)
            return bad (error, w2, "\"sentence\" must be a non-negative integer"), NULL;
          if (json_object_get (x, "start") &&
              (!get_size (x, "start", &start, w2, error) || !get_size (x, "end", &end, w2, error) ||
               !check_span (start, end, g_ptr_array_index (net->documents, d), w2, error)))
            return NULL;
          ent_relation_add_evidence (r, (guint) d, (guint) json_integer_value (sent), start, end,
                                     text, cue, speaker);
        }
    }

  return g_steal_pointer (&net);
}

EntNetwork *
ent_network_load_json_data (const char *data, gsize len, const char *origin, GError **error)
{
  g_autoptr(json_t) root = NULL;
  json_error_t jerr;
  GError *local = NULL;
  EntNetwork *net;

  root = json_loadb (data, len, JSON_REJECT_DUPLICATES, &jerr);
  if (root == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "line %d, column %d: %s",
                   jerr.line, jerr.column, jerr.text);
      return NULL;
    }
  net = ent_network_from_json (root, &local);
  if (net == NULL)
    g_propagate_error (error, local);
  (void) origin;
  return net;
}

EntNetwork *
ent_network_load_json (const char *path, GError **error)
{
  g_autofree char *data = NULL;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, error))
    return NULL;
  return ent_network_load_json_data (data, len, path, error);
}
