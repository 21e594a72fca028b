/* ent-gazetteer.c: loading the gazetteer and cue lexicon and compiling them
 * into one phrase table.
 *
 * Data (GResource /io/github/entente/data/gazetteer/, or a user file given
 * with --gazetteer, same schema):
 *   states.json   {"states": [{"id", "name", "official", "names": [],
 *                   "abbreviations": [], "demonyms": [], "capital",
 *                   "capital_refers_to", "metonyms": [], "government": []}]}
 *   leaders.json  {"leaders": [{"id", "name", "names"/"variants"/"aliases": [],
 *                   "acts_for", "type": "leader"|"person"}]}
 *   groups.json   {"groups": [{"id", "name", "names"/"aliases": [],
 *                   "abbreviations": [], "acts_for", "kind"}]}
 *   lexicon.json  cue lexicon and word lists (see that file's "about").
 * Every key is optional; an entry needs an "id" or a "name".  A user entry
 * with the id of a built-in one adds to it (its names are appended, its
 * scalar fields replace the old ones).
 *
 * Compiled form: every name, generated form ("<demonym> regime", "<demonym>
 * forces" ...), capital, abbreviation and lexicon word becomes a phrase of
 * folded tokens in an open-addressing hash table; the extractor looks up
 * token sequences with hashes extended a token at a time, so one pass
 * over the text does all matching.
 */
#define G_LOG_DOMAIN "entente-gazetteer"

#include "config.h"

#include <string.h>
#include <gio/gio.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ent-gazetteer-private.h"
#include "ent-names.h"
#include "ent-extract-private.h"

#define DATA_PREFIX "/io/github/entente/data/gazetteer/"

/* ---------------------------------------------------------------------- */
/* Tokenizer                                                              */

static inline gboolean
byte_is_word (guchar c)
{
  return g_ascii_isalnum (c) || c >= 0x80;
}

/* Length of the UTF-8 punctuation/space character at @p, 0 when it is a
 * letter (or any other character that belongs in words). */
static inline gsize
utf8_nonword_len (const char *p, const char *end)
{
  guchar c = *p;

  if (c < 0x80)
    return byte_is_word (c) ? 0 : 1;
  if (c == 0xe2 && p + 2 < end + 0 && (guchar) p[1] == 0x80)
    return 3;   /* General Punctuation: dashes, quotes, ellipsis, spaces */
  if (c == 0xe2 && p + 2 < end && (guchar) p[1] == 0x80)
    return 3;
  if (c == 0xc2 && p + 1 < end &&
      ((guchar) p[1] == 0xa0 || (guchar) p[1] == 0xab || (guchar) p[1] == 0xbb ||
       (guchar) p[1] == 0xb7))
    return 2;   /* nbsp « » · */
  return 0;
}

static gboolean
is_quote_char (const char *p, gsize n)
{
  if (n == 1)
    return *p == '"';
  if (n == 2)
    return (guchar) p[1] == 0xab || (guchar) p[1] == 0xbb;
  if (n == 3)
    return (guchar) p[2] == 0x9c || (guchar) p[2] == 0x9d || (guchar) p[2] == 0x9e;
  return FALSE;
}

static gboolean
is_space_seq (const char *p, gsize n)
{
  if (n == 1)
    return g_ascii_isspace (*p);
  if (n == 2)
    return (guchar) p[1] == 0xa0;
  if (n == 3)
    return (guchar) p[1] == 0x80 && (guchar) p[2] >= 0x80 && (guchar) p[2] <= 0x8b;
  return FALSE;
}

/* The end of the run of ASCII letters and digits at text[i, end), copied
 * to @out with each byte or'ed with 0x20 (lower case; digits have that bit
 * already); in *@upper, *@lower and *@digit, non-zero when it holds such
 * a byte.  The text may be read up to @limit (>= @end), sixteen bytes at
 * a time; @out has room for end - i + 16 bytes. */
static inline gsize
ascii_word (const char *text, gsize i, gsize end, gsize limit, char *out,
            guint *upper, guint *lower, guint *digit)
{
  const guint16 *ascii = g_ascii_table;
  gsize j = i;
  guint cls = 0;

#ifdef __SSE2__
  /* sixteen bytes at a time while they lie within the text: a byte is in
   * [lo, lo + n) when, moved by 0x80 - lo, it is below -128 + n signed */
  const __m128i up_shift = _mm_set1_epi8 ((char) (0x80 - 'A'));
  const __m128i low_shift = _mm_set1_epi8 ((char) (0x80 - 'a'));
  const __m128i digit_shift = _mm_set1_epi8 ((char) (0x80 - '0'));
  const __m128i letters = _mm_set1_epi8 (-128 + 26);
  const __m128i digits = _mm_set1_epi8 (-128 + 10);
  const __m128i lower_bit = _mm_set1_epi8 (0x20);
  guint up_seen = 0, low_seen = 0, dig_seen = 0;

  while (j + 16 <= limit)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + j));
      guint up = (guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_add_epi8 (v, up_shift), letters));
      guint low = (guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_add_epi8 (v, low_shift), letters));
      guint dig = (guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_add_epi8 (v, digit_shift), digits));
      /* bit 16 set: a block of sixteen word bytes goes on; the bytes
       * from @end on (readable up to @limit) stop it too */
      guint stop = ~(up | low | dig);

      if (end - j < 16)
        stop |= ~0u << (end - j);
      guint n = (guint) __builtin_ctz (stop);
      guint in = (1u << n) - 1;

      _mm_storeu_si128 ((__m128i *) (gpointer) (out + (j - i)), _mm_or_si128 (v, lower_bit));
      up_seen |= up & in;
      low_seen |= low & in;
      dig_seen |= dig & in;
      j += n;
      if (n < 16)
        {
          *upper = up_seen;
          *lower = low_seen;
          *digit = dig_seen;
          return j;
        }
    }
  cls = (up_seen ? G_ASCII_UPPER : 0) | (low_seen ? G_ASCII_LOWER : 0) | (dig_seen ? G_ASCII_DIGIT : 0);
#endif
  while (j < end && (ascii[(guchar) text[j]] & G_ASCII_ALNUM))
    {
      cls |= ascii[(guchar) text[j]];
      out[j - i] = (char) ((guchar) text[j] | 0x20);
      j++;
    }
  *upper = cls & G_ASCII_UPPER;
  *lower = cls & G_ASCII_LOWER;
  *digit = cls & G_ASCII_DIGIT;
  return j;
}

/* Appends without a call per token while within the room _ent_tokenize
 * reserved (@room: the count it holds; `len` is GArray's public count). */
static inline void
tok_append (GArray *toks, const EntTok *t, guint room)
{
  if (G_LIKELY (toks->len < room))
    ((EntTok *) (gpointer) toks->data)[toks->len++] = *t;
  else
    g_array_append_val (toks, *t);
}

/* The apostrophe at @i (@n bytes: ' or U+2019) after a capitalised
 * plural, as in "the Houthis' main backer" or "the Emiratis' allies",
 * with a word after it and no single quote left open since the
 * sentence's first token (@len0) to close here. */
static gboolean
plural_possessive (const char *text, gsize i, gsize n, gsize end, GArray *toks, guint len0)
{
  const EntTok *last;
  int open = 0;

  if (toks->len == len0 || i + n + 1 >= end || text[i + n] != ' ' || text[i - 1] != 's' ||
      !g_ascii_isalpha (text[i + n + 1]))
    return FALSE;
  last = &g_array_index (toks, EntTok, toks->len - 1);
  if (last->end != i || !(last->flags & TOK_CAP) || (last->flags & TOK_UPPER) ||
      last->end - last->start < 4)
    return FALSE;
  for (guint k = len0; k < toks->len; k++)
    {
      const EntTok *t = &g_array_index (toks, EntTok, k);
      const guchar *p = (const guchar *) text + t->start;
      gboolean single = (t->end - t->start == 1 && *p == '\'') ||
                        (t->end - t->start == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
                         (p[2] == 0x98 || p[2] == 0x99));

      if (single && (t->flags & TOK_OPEN_QUOTE))
        open++;
      else if (single && (t->flags & TOK_CLOSE_QUOTE) && open > 0)
        open--;
    }
  return open == 0;
}

/* "U.S.-backed": the hyphen follows an abbreviation's full stop, which
 * belongs to the word token before it, so it joins words all the same. */
static inline gboolean
abbrev_before (const char *text, gsize i, GArray *toks)
{
  const EntTok *last;

  if (toks->len == 0 || i == 0 || text[i - 1] != '.')
    return FALSE;
  last = &g_array_index (toks, EntTok, toks->len - 1);
  return last->end == i && (last->flags & TOK_WORD) && last->end - last->start >= 3;
}

static void
push_tok (const char *text, gsize s, gsize e, guint16 flags, GArray *toks, GString *fold,
          gboolean strip_dots, guint room)
{
  EntTok t;
  gsize at = fold->len;
  gboolean ascii = TRUE;

  t.start = s;
  t.end = e;
  t.flags = flags;
  t.fold = at;
  if (e - s == 1 && (guchar) text[s] < 0x80 && !(strip_dots && text[s] == '.'))
    {
      /* one ASCII byte (commas, full stops, quotes: a token in four):
       * its folded form and hash straight away */
      guchar c = text[s];

      c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
      if (fold->allocated_len <= at + 1)
        g_string_set_size (fold, at + 1);
      fold->str[at] = (char) c;
      fold->str[at + 1] = '\0';
      fold->len = at + 1;
      t.fold_len = 1;
      t.hash = ent_tok_hash_final (ent_tok_hash_block (ENT_TOK_SEED, c, 0), 1);   /* = ent_tok_hash () */
      tok_append (toks, &t, room);
      return;
    }
  {
    /* ASCII (nearly every token): lower-case straight into the buffer;
     * give up at the first other byte */
    char *out;

    if (fold->allocated_len <= at + (e - s))
      g_string_set_size (fold, at + (e - s));
    out = fold->str + at;
    for (gsize i = s; i < e; i++)
      {
        guchar c = text[i];
        if (c >= 0x80)
          {
            ascii = FALSE;
            break;
          }
        if (strip_dots && c == '.')
          continue;
        c = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        *out++ = c;
      }
    if (ascii)
      {
        fold->len = out - fold->str;
        *out = '\0';
        t.fold_len = (guint16) MIN (fold->len - t.fold, G_MAXUINT16);
        t.hash = ent_tok_hash (fold->str + t.fold, t.fold_len);
      }
    else
      {
        fold->len = at;
        fold->str[at] = '\0';
      }
  }
  if (!ascii)
    {
      g_autofree char *f = ent_name_fold (text + s, e - s);
      g_string_append (fold, f);
      t.fold_len = (guint16) MIN (fold->len - t.fold, G_MAXUINT16);
      t.hash = ent_tok_hash (fold->str + t.fold, t.fold_len);
    }
  tok_append (toks, &t, room);
}

#ifdef __SSE2__
/* The tokens of a run of ASCII words from text[i] (an ASCII letter or
 * digit), each of up to fifteen bytes before an ASCII byte or @end, with
 * single spaces between them: each found, folded, classed and hashed
 * from one sixteen-byte load, its state kept in registers from one to
 * the next.  Returns where it stopped (@i when it took nothing): anything
 * else (a longer word, one going on in other UTF-8, a letter and a dot
 * that may start "U.S.", punctuation) is left to the general path of
 * _ent_tokenize(), which gives the same tokens. */
static inline gsize
ascii_words (const char *text, gsize i, gsize end, gsize limit, GArray *toks, GString *fold,
             guint room, guint16 *space_io)
{
  EntTok *tp = (EntTok *) (gpointer) toks->data + toks->len;
  EntTok *tlim = (EntTok *) (gpointer) toks->data + room;
  char *fstr = fold->str;
  gsize at = fold->len;
  gsize flim = fold->allocated_len;
  guint16 space = *space_io;
  const __m128i lower_bit = _mm_set1_epi8 (0x20);
  const __m128i low_shift = _mm_set1_epi8 ((char) (0x80 - 'a'));
  const __m128i digit_shift = _mm_set1_epi8 ((char) (0x80 - '0'));
  const __m128i letters = _mm_set1_epi8 (-128 + 26);
  const __m128i digits = _mm_set1_epi8 (-128 + 10);

  /* room: sixteen bytes stored at the fold's end, and its NUL.  Each turn
   * takes a byte of text at least for a token and at most a byte of fold
   * per byte of text: one bound on @i keeps all three within theirs */
  gsize ilim = limit >= 15 ? limit - 15 : 0;

  ilim = MIN (ilim, i + (gsize) (tlim - tp));
  ilim = MIN (ilim, flim > at + 32 ? i + (flim - at - 32) : i);
  while (i < ilim)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (text + i));
      __m128i lo = _mm_or_si128 (v, lower_bit);
      /* a byte is in [lo, lo + n) when, moved by 0x80 - lo, it is below
       * -128 + n signed; a letter or'ed with 0x20 is in a..z */
      guint letter = (guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_add_epi8 (lo, low_shift), letters));
      guint digit = (guint) _mm_movemask_epi8 (_mm_cmplt_epi8 (_mm_add_epi8 (v, digit_shift), digits));
      guint stop = ~(letter | digit);
      /* the bytes of other UTF-8, those within the text only */
      guint high = (guint) _mm_movemask_epi8 (v);
      guint nw, in, up;
      guint16 f;
      guint64 w0, w1;
      char *out;

      if (end - i < 16)
        {
          guint past = ~0u << (end - i);

          stop |= past;
          high &= ~past;
        }
      nw = (guint) __builtin_ctz (stop);
      /* (no word, sixteen bytes or more, one going on in other UTF-8) */
      if (nw - 1 >= 15u || ((high >> nw) & 1) || (nw == 1 && i + 3 < end && text[i + 1] == '.'))
        break;
      out = fstr + at;
      in = (1u << nw) - 1;
      /* bit 5 of each byte (clear in capitals) moved up to bit 7 */
      up = letter & ~(guint) _mm_movemask_epi8 (_mm_slli_epi16 (v, 2)) & in;
      letter &= in;
      _mm_storeu_si128 ((__m128i *) (gpointer) out, lo);
      memcpy (&w0, out, 8);
      memcpy (&w1, out + 8, 8);
      w0 = GUINT64_FROM_LE (w0) & ent_tok_mask[nw][0];
      w1 = GUINT64_FROM_LE (w1) & ent_tok_mask[nw][1];
      out[nw] = '\0';
      f = TOK_WORD | space;
      if (up & 1)
        f |= TOK_CAP;
      /* all capitals, two or more */
      if (up == letter && (up & (up - 1)) != 0)
        f |= TOK_UPPER;
      if (letter == 0)
        f |= TOK_DIGIT;
      tp->start = i;
      tp->end = i + nw;
      tp->fold = (guint32) at;
      tp->fold_len = (guint16) nw;
      tp->flags = f;
      tp->hash = ent_tok_hash_final (ent_tok_hash_block (ENT_TOK_SEED, w0, w1), nw);
      tp++;
      at += nw;
      i += nw;
      /* a space, then another word (known from the same load when it
       * starts within it)? */
      if (i < end && text[i] == ' ')
        {
          i++;
          space = TOK_SPACE_BEFORE;
          if (nw + 1 < 16 ? !(~stop & (1u << (nw + 1))) : !(i < end && g_ascii_isalnum (text[i])))
            break;
        }
      else
        {
          space = 0;
          break;
        }
    }
  toks->len = (guint) (tp - (EntTok *) (gpointer) toks->data);
  fold->len = at;
  *space_io = space;
  return i;
}
#endif

void
_ent_tokenize (const char *text, gsize start, gsize end, gsize limit, GArray *toks, GString *fold,
               guint *room_io)
{
  /* GLib's character class table, in a local: stores through the char
   * pointers below would otherwise make the compiler reload it */
  const guint16 *ascii = g_ascii_table;
  gsize i = start;
  guint16 space = TOK_SPACE_BEFORE;
  const char *tend = text + end;
  guint len0 = toks->len;
  /* room for every token of a sentence (a token is at least a byte);
   * arrays keep their allocation when they shrink */
  guint room = len0 + (guint) MIN (end - start + 1, (gsize) 4096);

  /* (a call a sentence, a twentieth of tokenizing a short one, when the
   * caller knows the array is big enough already; arrays never shrink) */
  if (room_io == NULL || room > *room_io)
    {
      g_array_set_size (toks, room);
      toks->len = len0;
      if (room_io != NULL)
        *room_io = room;
    }
  while (i < end)
    {
      guchar c = text[i];
      guint16 cls = ascii[c];
      gsize n;

#ifdef __SSE2__
      /* nearly every token: see ascii_words() */
      if (cls & G_ASCII_ALNUM)
        {
          gsize j = ascii_words (text, i, end, limit, toks, fold, room, &space);

          if (j != i)
            {
              i = j;
              continue;
            }
        }
#endif
      /* ASCII punctuation other than quotes, apostrophes and hyphens
       * (commas, full stops: a token in seven) is a token of its own
       * byte, which folds to itself */
      if (!(cls & (G_ASCII_ALNUM | G_ASCII_SPACE)) && c < 0x80 && c != '"' && c != '\'' && c != '-' &&
          G_LIKELY (toks->len < room && fold->len + 2 < fold->allocated_len))
        {
          gsize at = fold->len;
          EntTok *t = &((EntTok *) (gpointer) toks->data)[toks->len++];

          fold->str[at] = (char) c;
          fold->str[at + 1] = '\0';
          fold->len = at + 1;
          t->start = i;
          t->end = i + 1;
          t->fold = (guint32) at;
          t->fold_len = 1;
          t->flags = TOK_PUNCT | space;
          t->hash = ent_tok_hash_final (ent_tok_hash_block (ENT_TOK_SEED, c, 0), 1);   /* = ent_tok_hash () */
          i++;
          space = 0;
          continue;
        }

      /* ASCII bytes are told apart by the table; only the others need a
       * look at the UTF-8 sequence */
      if (cls & G_ASCII_SPACE)
        {
          space = TOK_SPACE_BEFORE;
          i++;
          continue;
        }
      if (cls & G_ASCII_ALNUM)
        n = 0;
      else if (c < 0x80)
        n = 1;
      else
        n = utf8_nonword_len (text + i, tend);

      if (n > 0)
        {
          if (is_space_seq (text + i, n))
            {
              space = TOK_SPACE_BEFORE;
              i += n;
              continue;
            }
          {
            guint16 f = TOK_PUNCT | space;
            gboolean prev_word = i > start && byte_is_word (text[i - 1]);
            gboolean next_word = i + n < end && byte_is_word (text[i + n]);

            if ((c == '\'' || (n == 3 && (guchar) text[i + 2] == 0x99)) &&
                plural_possessive (text, i, n, end, toks, len0))
              {
                /* "the Houthis' main backer": a possessive of its own */
                push_tok (text, i, i + n, TOK_POSS | TOK_PUNCT, toks, fold, FALSE, room);
                i += n;
                space = 0;
                continue;
              }
            if (is_quote_char (text + i, n))
              {
                f |= TOK_QUOTE;
                if (n == 3)
                  f |= (guchar) text[i + 2] == 0x9d ? TOK_CLOSE_QUOTE : TOK_OPEN_QUOTE;
                else if (n == 2)
                  f |= (guchar) text[i + 1] == 0xbb ? TOK_CLOSE_QUOTE : TOK_OPEN_QUOTE;
                else
                  f |= (space || i == start || !prev_word) && next_word ? TOK_OPEN_QUOTE
                       : (prev_word || (i > start && g_ascii_ispunct (text[i - 1]))) ? TOK_CLOSE_QUOTE
                       : (space ? TOK_OPEN_QUOTE : TOK_CLOSE_QUOTE);
              }
            else if ((c == '-' || (n == 3 && (guchar) text[i + 2] == 0x90) ||
                      (n == 3 && (guchar) text[i + 2] == 0x91)) && next_word && !space &&
                     (prev_word || abbrev_before (text, i, toks)))
              f |= TOK_HYPHEN;
            else if ((c == '\'' || (n == 3 && (guchar) text[i + 2] == 0x99)) && prev_word &&
                     i + n < end && (text[i + n] == 's' || text[i + n] == 'S') &&
                     (i + n + 1 >= end || !byte_is_word (text[i + n + 1])))
              {
                /* possessive 's */
                push_tok (text, i, i + n + 1, TOK_POSS | TOK_PUNCT, toks, fold, FALSE, room);
                i += n + 1;
                space = 0;
                continue;
              }
            else if ((c == '\'' || (n == 3 && (guchar) text[i + 2] == 0x99)) && prev_word && next_word)
              {
                /* apostrophe inside a word: Qur'an, Ma'arib.  Glue: the
                 * previous token is extended below by re-tokenising. */
                EntTok *last = toks->len ? &g_array_index (toks, EntTok, toks->len - 1) : NULL;
                gsize j = i + n;
                while (j < end && utf8_nonword_len (text + j, tend) == 0)
                  j++;
                if (last && last->end == i && (last->flags & TOK_WORD))
                  {
                    gsize s0 = last->start;
                    guint16 fl = last->flags;
                    g_string_truncate (fold, last->fold);
                    g_array_set_size (toks, toks->len - 1);
                    push_tok (text, s0, j, fl, toks, fold, FALSE, room);
                    i = j;
                    space = 0;
                    continue;
                  }
              }
            if (c == '\'' && !(f & TOK_QUOTE))
              {
                /* a lone single quote: treat as a quote mark */
                f |= TOK_QUOTE | ((space || !prev_word) ? TOK_OPEN_QUOTE : TOK_CLOSE_QUOTE);
              }
            push_tok (text, i, i + n, f, toks, fold, FALSE, room);
            i += n;
            space = 0;
            continue;
          }
        }

      /* a word */
      {
        gsize s = i;
        guint16 f = TOK_WORD | space;
        gboolean all_upper = TRUE, any_alpha = FALSE, digit = FALSE;
        gsize letters = 0;

        /* an ASCII word (nearly every word of English copy): scan, fold
         * and hash in one pass; a non-ASCII byte sends it the long way */
        {
          gsize j = i, at = fold->len;
          guint64 h;
          char *out;

          /* (sixteen bytes more: ascii_word stores and the hash reads
           * sixteen at a time) */
          if (fold->allocated_len <= at + (end - i) + 16)
            {
              g_string_set_size (fold, at + (end - i) + 16);
              g_string_truncate (fold, at);
            }
          out = fold->str + at;
          guint has_upper, has_lower, has_digit;

          /* its end and folded form first, then the hash of that: a word
           * of up to sixteen bytes (nearly all) is two loads, masked */
          j = ascii_word (text, i, end, limit, out, &has_upper, &has_lower, &has_digit);

          /* dotted acronym: U.S. U.N. D.R.C. (a word of one letter before
           * a dot first: that rules out nearly every word) */
          if (j == i + 1 && i + 3 < end && text[j] == '.' && (cls & G_ASCII_ALPHA) &&
              g_ascii_isalpha (text[i + 2]) && text[i + 3] == '.')
            {
              gsize k = i;
              gboolean upper = TRUE;
              while (k + 1 < end && g_ascii_isalpha (text[k]) && text[k + 1] == '.')
                {
                  if (!g_ascii_isupper (text[k]))
                    upper = FALSE;
                  k += 2;
                }
              if (k >= end || !g_ascii_isalpha (text[k]))
                {
                  f |= upper ? (TOK_CAP | TOK_UPPER) : 0;
                  push_tok (text, i, k, f, toks, fold, TRUE, room);
                  i = k;
                  space = 0;
                  continue;
                }
            }
          if (j - i <= 16)
            {
              guint64 w0, w1;
              gsize wl = j - i;

              memcpy (&w0, out, 8);
              memcpy (&w1, out + 8, 8);
              w0 = GUINT64_FROM_LE (w0) & ent_tok_mask[wl][0];
              w1 = GUINT64_FROM_LE (w1) & ent_tok_mask[wl][1];
              h = ent_tok_hash_final (ent_tok_hash_block (ENT_TOK_SEED, w0, w1), wl);
            }
          else
            h = ent_tok_hash (out, j - i);
          out += j - i;
          if (j > i && (j == end || (guchar) text[j] < 0x80))
            {
              EntTok t;

              if (cls & G_ASCII_UPPER)
                f |= TOK_CAP;
              if (has_upper && !has_lower)
                {
                  /* all capitals: of two letters or more? */
                  for (gsize q = i; q < j && letters < 2; q++)
                    letters += (ascii[(guchar) text[q]] & G_ASCII_UPPER) != 0;
                  if (letters >= 2)
                    f |= TOK_UPPER;
                }
              if (has_digit && !has_upper && !has_lower)
                f |= TOK_DIGIT;
              *out = '\0';
              t.start = i;
              t.end = j;
              t.flags = f;
              t.fold = at;
              t.fold_len = (guint16) MIN (j - i, G_MAXUINT16);
              t.hash = h;
              fold->len = at + (j - i);
              tok_append (toks, &t, room);
              /* the space after a word, most often, without a turn of
               * the loop */
              if (j < end && text[j] == ' ')
                {
                  i = j + 1;
                  space = TOK_SPACE_BEFORE;
                }
              else
                {
                  i = j;
                  space = 0;
                }
              continue;
            }
          fold->str[at] = '\0';
          all_upper = TRUE;
          any_alpha = digit = FALSE;
          letters = 0;
        }

        while (i < end)
          {
            guchar d = text[i];
            if (d < 0x80)
              {
                if (!g_ascii_isalnum (d))
                  break;
                if (g_ascii_isalpha (d))
                  {
                    any_alpha = TRUE;
                    letters++;
                    if (g_ascii_islower (d))
                      all_upper = FALSE;
                  }
                else
                  digit = TRUE;
                i++;
              }
            else
              {
                gsize m = utf8_nonword_len (text + i, tend);
                if (m > 0)
                  break;
                {
                  gunichar u = g_utf8_get_char_validated (text + i, end - i);
                  const char *nx = g_utf8_find_next_char (text + i, tend);
                  if (u == (gunichar) -1 || u == (gunichar) -2 || nx == NULL)
                    nx = tend;
                  if (u != (gunichar) -1 && u != (gunichar) -2)
                    {
                      if (!g_unichar_isalnum (u) && !g_unichar_ismark (u))
                        {
                          if (i == s)
                            {
                              /* some other symbol: a punctuation token */
                              push_tok (text, i, nx - text, TOK_PUNCT | space, toks, fold, FALSE, room);
                              i = nx - text;
                              s = i;
                              space = 0;
                              break;
                            }
                          break;
                        }
                      if (g_unichar_isalpha (u))
                        {
                          any_alpha = TRUE;
                          letters++;
                          if (g_unichar_islower (u))
                            all_upper = FALSE;
                        }
                    }
                  i = nx - text;
                }
              }
          }
        if (i == s)
          {
            if (i < end && s == i)
              {
                /* consumed as symbol above, or nothing: make progress */
                if (toks->len == 0 || g_array_index (toks, EntTok, toks->len - 1).end != i)
                  i++;
              }
            continue;
          }
        if ((guchar) text[s] < 0x80)
          {
            if (g_ascii_isupper (text[s]))
              f |= TOK_CAP;
          }
        else
          {
            gunichar first = g_utf8_get_char_validated (text + s, i - s);
            if (first != (gunichar) -1 && first != (gunichar) -2 && g_unichar_isupper (first))
              f |= TOK_CAP;
          }
        if (any_alpha && all_upper && letters >= 2)
          f |= TOK_UPPER;
        if (digit && !any_alpha)
          f |= TOK_DIGIT;
        push_tok (text, s, i, f, toks, fold, FALSE, room);
        space = 0;
      }
    }
}

/* ---------------------------------------------------------------------- */
/* Entries                                                                */

static void
entry_free (EntGazEntry *e)
{
  g_free (e->id);
  g_free (e->name);
  g_free (e->kind);
  g_free (e->acts_for);
  g_free (e->capital_for);
  g_ptr_array_unref (e->names);
  g_ptr_array_unref (e->abbrevs);
  g_ptr_array_unref (e->demonyms);
  g_ptr_array_unref (e->capitals);
  g_ptr_array_unref (e->government);
  g_ptr_array_unref (e->surnames);
  g_ptr_array_unref (e->regions);
  g_free (e);
}

static void
cue_free (EntGazCue *c)
{
  g_free (c->name);
  g_free (c->kind);
  g_free (c);
}

static EntGazEntry *
entry_new (void)
{
  EntGazEntry *e = g_new0 (EntGazEntry, 1);
  e->names = g_ptr_array_new_with_free_func (g_free);
  e->abbrevs = g_ptr_array_new_with_free_func (g_free);
  e->demonyms = g_ptr_array_new_with_free_func (g_free);
  e->capitals = g_ptr_array_new_with_free_func (g_free);
  e->government = g_ptr_array_new_with_free_func (g_free);
  e->surnames = g_ptr_array_new_with_free_func (g_free);
  e->regions = g_ptr_array_new_with_free_func (g_free);
  e->acts_for_index = -1;
  e->capital_index = -1;
  return e;
}

static void
strv_add_unique (GPtrArray *a, const char *s)
{
  if (s == NULL || *s == '\0')
    return;
  /* first byte first: most names of an entry differ there, and a call
   * to strcmp() for each of them cost more than the test */
  for (guint i = 0; i < a->len; i++)
    {
      const char *x = g_ptr_array_index (a, i);
      if (x[0] == s[0] && strcmp (x, s) == 0)
        return;
    }
  g_ptr_array_add (a, g_strdup (s));
}

/* Adds strings from @v (a string, an array of strings, or an object whose
 * values are strings/arrays) to @a. */
static gboolean
add_strings (GPtrArray *a, json_t *v, const char *where, const char *key, GError **error)
{
  if (v == NULL || json_is_null (v))
    return TRUE;
  if (json_is_string (v))
    {
      strv_add_unique (a, json_string_value (v));
      return TRUE;
    }
  if (json_is_array (v))
    {
      size_t i;
      json_t *x;
      json_array_foreach (v, i, x)
        {
          if (!json_is_string (x))
            {
              g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                           "%s: \"%s\" must hold strings", where, key);
              return FALSE;
            }
          strv_add_unique (a, json_string_value (x));
        }
      return TRUE;
    }
  if (json_is_object (v))
    {
      const char *k;
      json_t *x;
      json_object_foreach (v, k, x)
        if (!add_strings (a, x, where, key, error))
          return FALSE;
      return TRUE;
    }
  g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
               "%s: \"%s\" must be a string or a list of strings", where, key);
  return FALSE;
}

static gboolean
get_string (json_t *obj, const char *key, char **out, const char *where, GError **error)
{
  json_t *v = json_object_get (obj, key);
  if (v == NULL || json_is_null (v))
    return TRUE;
  if (!json_is_string (v))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                   "%s: \"%s\" must be a string", where, key);
      return FALSE;
    }
  g_free (*out);
  *out = g_strdup (json_string_value (v));
  return TRUE;
}

static gboolean
parse_entry (EntGazetteer *gaz, json_t *obj, EntActorType default_type, const char *where,
             GError **error)
{
  static const char * const name_keys[] = {
    "names", "aliases", "variants", "spellings", "transliterations", "short", "short_names",
  };
  g_autofree char *id = NULL;
  g_autofree char *name = NULL;
  g_autofree char *type = NULL;
  EntGazEntry *e;
  gpointer found;
  const char *acts_keys[] = { "acts_for", "faction", "affiliation", "state", "group" };

  if (!json_is_object (obj))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: an entry must be an object", where);
      return FALSE;
    }
  if (!get_string (obj, "id", &id, where, error) ||
      !get_string (obj, "name", &name, where, error) ||
      !get_string (obj, "type", &type, where, error))
    return FALSE;
  if (id == NULL && name == NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: an entry needs an \"id\" or a \"name\"", where);
      return FALSE;
    }
  if (id == NULL)
    id = g_ascii_strdown (name, -1);

  found = g_hash_table_lookup (gaz->by_id, id);
  if (found)
    e = g_ptr_array_index (gaz->entries, GPOINTER_TO_UINT (found) - 1);
  else
    {
      e = entry_new ();
      e->id = g_strdup (id);
      e->type = default_type;
      g_ptr_array_add (gaz->entries, e);
      g_hash_table_insert (gaz->by_id, e->id, GUINT_TO_POINTER (gaz->entries->len));
    }
  if (name)
    {
      g_free (e->name);
      e->name = g_strdup (name);
      strv_add_unique (e->names, name);
    }
  if (type)
    {
      EntActorType t;
      if (ent_actor_type_from_string (type, &t))
        e->type = t;
      else if (g_strcmp0 (type, "outlet") == 0)
        e->outlet = TRUE;
    }
  if (!get_string (obj, "kind", &e->kind, where, error) ||
      !get_string (obj, "capital_refers_to", &e->capital_for, where, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (acts_keys); i++)
    {
      json_t *v = json_object_get (obj, acts_keys[i]);
      if (v && json_is_string (v))
        {
          g_free (e->acts_for);
          e->acts_for = g_strdup (json_string_value (v));
          break;
        }
    }
  {
    /* "to": 2021 left office; null or absent, still in it */
    json_t *to = json_object_get (obj, "to");
    if (to)
      e->former = json_is_integer (to);
  }
  if (e->kind && (g_ascii_strcasecmp (e->kind, "outlet") == 0 ||
                  g_ascii_strcasecmp (e->kind, "media") == 0 ||
                  g_ascii_strcasecmp (e->kind, "news agency") == 0))
    e->outlet = TRUE;
  {
    json_t *o = json_object_get (obj, "official");
    if (o && !add_strings (e->names, o, where, "official", error))
      return FALSE;
  }
  for (guint i = 0; i < G_N_ELEMENTS (name_keys); i++)
    if (!add_strings (e->names, json_object_get (obj, name_keys[i]), where, name_keys[i], error))
      return FALSE;
  if (!add_strings (e->abbrevs, json_object_get (obj, "abbreviations"), where, "abbreviations", error) ||
      !add_strings (e->abbrevs, json_object_get (obj, "acronyms"), where, "acronyms", error) ||
      !add_strings (e->demonyms, json_object_get (obj, "demonyms"), where, "demonyms", error) ||
      !add_strings (e->demonyms, json_object_get (obj, "adjective"), where, "adjective", error) ||
      !add_strings (e->demonyms, json_object_get (obj, "plural"), where, "plural", error) ||
      !add_strings (e->capitals, json_object_get (obj, "capital"), where, "capital", error) ||
      !add_strings (e->capitals, json_object_get (obj, "metonyms"), where, "metonyms", error) ||
      !add_strings (e->government, json_object_get (obj, "government"), where, "government", error) ||
      !add_strings (e->surnames, json_object_get (obj, "surnames"), where, "surnames", error) ||
      !add_strings (e->regions, json_object_get (obj, "regions"), where, "regions", error))
    return FALSE;
  e->ambiguous = json_is_true (json_object_get (obj, "ambiguous"));
  if (e->name == NULL)
    e->name = e->names->len ? g_strdup (g_ptr_array_index (e->names, 0)) : g_strdup (e->id);
  return TRUE;
}

/* "@origin: @section[@index]" (@key NULL) or "@origin: @section.@key",
 * where an entry is, for an error message: written in @buf (no printf
 * for each of thousands of entries), or in a copy *@heap holds when it
 * does not fit */
static const char *
entry_where (char *buf, gsize size, char **heap, const char *origin, const char *section,
             const char *key, gsize index)
{
  gsize lo = strlen (origin), ls = strlen (section), lk = key ? strlen (key) : 0;
  char digits[24];
  gsize nd = 0;
  char *p;

  if (key == NULL)
    do
      {
        digits[sizeof digits - 1 - nd++] = (char) ('0' + index % 10);
        index /= 10;
      }
    while (index != 0);
  if (lo + ls + lk + nd + 5 > size)
    return *heap = key ? g_strdup_printf ("%s: %s.%s", origin, section, key)
                       : g_strdup_printf ("%s: %s[%.*s]", origin, section, (int) nd,
                                          digits + sizeof digits - nd);
  p = buf;
  memcpy (p, origin, lo);
  p += lo;
  *p++ = ':';
  *p++ = ' ';
  memcpy (p, section, ls);
  p += ls;
  if (key)
    {
      *p++ = '.';
      memcpy (p, key, lk);
      p += lk;
    }
  else
    {
      *p++ = '[';
      memcpy (p, digits + sizeof digits - nd, nd);
      p += nd;
      *p++ = ']';
    }
  *p = '\0';
  return buf;
}

static gboolean
parse_entries (EntGazetteer *gaz, json_t *root, const char *origin, GError **error)
{
  static const struct { const char *key; EntActorType type; } sections[] = {
    { "states", ENT_ACTOR_STATE }, { "leaders", ENT_ACTOR_LEADER },
    { "people", ENT_ACTOR_PERSON }, { "persons", ENT_ACTOR_PERSON },
    { "groups", ENT_ACTOR_GROUP }, { "outlets", ENT_ACTOR_GROUP },
  };

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      json_t *arr = json_object_get (root, sections[s].key);
      size_t i;
      json_t *x;

      if (arr == NULL)
        continue;
      if (json_is_object (arr))
        {
          /* keyed by id */
          const char *k;
          json_object_foreach (arr, k, x)
            {
              char buf[128];
              g_autofree char *heap = NULL;
              const char *where = entry_where (buf, sizeof buf, &heap, origin, sections[s].key, k, 0);
              if (json_is_object (x) && json_object_get (x, "id") == NULL)
                json_object_set_new (x, "id", json_string (k));
              if (!parse_entry (gaz, x, sections[s].type, where, error))
                return FALSE;
            }
          continue;
        }
      if (!json_is_array (arr))
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                       "%s: \"%s\" must be a list of entries", origin, sections[s].key);
          return FALSE;
        }
      json_array_foreach (arr, i, x)
        {
          char buf[128];
          g_autofree char *heap = NULL;
          const char *where = entry_where (buf, sizeof buf, &heap, origin, sections[s].key, NULL, i);
          if (!parse_entry (gaz, x, sections[s].type, where, error))
            return FALSE;
          if (g_strcmp0 (sections[s].key, "outlets") == 0)
            ((EntGazEntry *) g_ptr_array_index (gaz->entries, gaz->entries->len - 1))->outlet = TRUE;
        }
    }
  return TRUE;
}

/* Merges lexicon keys of @root into gaz->lexicon: lists are appended, cue
 * lists appended. */
static gboolean
merge_lexicon (EntGazetteer *gaz, json_t *root, const char *origin, GError **error)
{
  const char *k;
  json_t *v;
  json_t *lex = json_object_get (root, "lexicon");

  if (lex == NULL)
    lex = root;
  if (!json_is_object (lex))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: \"lexicon\" must be an object", origin);
      return FALSE;
    }
  json_object_foreach (lex, k, v)
    {
      json_t *old;
      if (g_str_equal (k, "states") || g_str_equal (k, "leaders") || g_str_equal (k, "groups") ||
          g_str_equal (k, "people") || g_str_equal (k, "persons") || g_str_equal (k, "outlets") ||
          g_str_equal (k, "lexicon") || g_str_equal (k, "about") || g_str_equal (k, "format"))
        continue;
      if (!json_is_array (v))
        continue;
      old = json_object_get (gaz->lexicon, k);
      if (old && json_is_array (old))
        json_array_extend (old, v);
      else
        json_object_set (gaz->lexicon, k, v);
    }
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Phrase table                                                           */

typedef struct {
  /* the phrase table being built, in its final layout: open addressing by
   * the key's hash, grown to stay at most half full */
  EntLexNode *nodes;
  gsize       capacity;
  gsize       n_nodes;
  GArray     *toks;    /* scratch, reused for every phrase */
  guint       toks_room; /* the tokens it has room for (_ent_tokenize) */
  GString    *fold;
  GString    *key;
  GString    *text;    /* the phrase, and sixteen zero bytes the tokenizer may read */
  /* the nodes' long keys and their hits, carved from blocks freed when
   * the table is packed (a malloc each was a tenth of compiling) */
  GPtrArray  *blocks;
  char       *next;
  char       *end;
} Builder;

#define BUILDER_BLOCK_BYTES (64 * 1024)

/* @size bytes, 8-aligned, until the builder is freed */
static gpointer
builder_alloc (Builder *b, gsize size)
{
  gpointer p;

  size = (size + 7) & ~(gsize) 7;
  if ((gsize) (b->end - b->next) < size)
    {
      gsize bytes = MAX (size, BUILDER_BLOCK_BYTES);

      b->next = g_malloc (bytes);
      b->end = b->next + bytes;
      g_ptr_array_add (b->blocks, b->next);
    }
  p = b->next;
  b->next += size;
  return p;
}

static void
builder_grow (Builder *b)
{
  EntLexNode *old = b->nodes;
  gsize old_capacity = b->capacity;

  b->capacity = b->capacity ? b->capacity * 2 : 64;
  b->nodes = g_new0 (EntLexNode, b->capacity);
  for (gsize i = 0; i < old_capacity; i++)
    if (old[i].used)
      {
        gsize j = old[i].hash & (b->capacity - 1);
        while (b->nodes[j].used)
          j = (j + 1) & (b->capacity - 1);
        b->nodes[j] = old[i];
      }
  g_free (old);
}

/* The node of @key (@len bytes, of hash @h: ent_phrase_hash() of its
 * tokens), added when new.  The pointer is valid until the next call. */
static EntLexNode *
builder_node (Builder *b, const char *key, gsize len, guint64 h)
{
  gsize i;

  if ((b->n_nodes + 1) * 2 + 1 > b->capacity)
    builder_grow (b);
  /* a key longer than a guint16 can count is cut there */
  len = MIN (len, G_MAXUINT16);
  for (i = h & (b->capacity - 1); b->nodes[i].used; i = (i + 1) & (b->capacity - 1))
    {
      EntLexNode *n = &b->nodes[i];
      if (n->hash == h && n->key_len == len && memcmp (ent_lex_node_key (n), key, len) == 0)
        return n;
    }
  if (len <= ENT_LEX_INLINE_KEY)
    memcpy (b->nodes[i].key.inl, key, len);
  else
    b->nodes[i].key.ptr = memcpy (builder_alloc (b, len), key, len);
  b->nodes[i].used = 1;
  b->nodes[i].hash = h;
  b->nodes[i].key_len = (guint16) len;
  b->n_nodes++;
  return &b->nodes[i];
}

/* "LeT", "AfD", "HoR": a capital after a lower-case letter, ASCII */
static gboolean
has_inner_capital (const char *p, gsize n)
{
  for (gsize i = 1; i < n; i++)
    if (g_ascii_isupper (p[i]) && g_ascii_islower (p[i - 1]))
      return TRUE;
  return FALSE;
}

/* Adds @phrase with @hit.  @caps: honour the phrase's capitals (names). */
static void
builder_add (Builder *b, const char *phrase, EntLexHit hit, gboolean caps)
{
  GArray *toks = b->toks;
  GString *fold = b->fold;
  char *key;
  gsize key_len = 0;
  EntLexNode *n;
  guint nt;
  guint64 h = 0;

  if (phrase == NULL)
    return;
  toks->len = 0;
  g_string_truncate (fold, 0);
  {
    gsize len = strlen (phrase);

    /* tokenized in a copy followed by sixteen readable bytes: the
     * tokenizer reads sixteen at a time where it may (the tokens are
     * the same, and their offsets those of @phrase) */
    g_string_set_size (b->text, len + 16);
    memcpy (b->text->str, phrase, len);
    memset (b->text->str + len, 0, 16);
    _ent_tokenize (b->text->str, 0, len, len + 16, toks, fold, &b->toks_room);
  }
  nt = toks->len;
  /* the key: the folded tokens joined by spaces, at most fold->len + nt
   * bytes, written in place */
  g_string_set_size (b->key, fold->len + nt);
  key = b->key->str;
  /* "the X" names: drop the article; the extractor skips articles itself */
  {
    guint first = 0;
    if (nt > 1)
      {
        EntTok *t0 = &g_array_index (toks, EntTok, 0);
        if (t0->fold_len == 3 && strncmp (fold->str + t0->fold, "the", 3) == 0)
          first = 1;
      }
    if (nt - first == 0 || nt - first > ENT_LEX_MAX_TOKENS)
      return;
    hit.ntok = nt - first;
    hit.cap_mask = 0;
    hit.upper_mask = 0;
    hit.mixed_mask = 0;
    for (guint i = first; i < nt; i++)
      {
        EntTok *t = &g_array_index (toks, EntTok, i);
        if (i > first)
          key[key_len++] = ' ';
        memcpy (key + key_len, fold->str + t->fold, t->fold_len);
        key_len += t->fold_len;
        h = i > first ? ent_phrase_hash (h, t->hash) : t->hash;
        /* only the first word must be capitalised: "National Accord
         * government" is the "National Accord Government" */
        if (i - first >= 8)
          continue;   /* (the masks' bits: the 9th word on is free) */
        if (caps && (t->flags & TOK_CAP) && i == first)
          {
            /* "Al-Qaeda" is also written "al-Qaeda": the capital moves to
             * the word after the article */
            gboolean article = t->fold_len == 2 && i + 2 < nt &&
                               (g_str_has_prefix (fold->str + t->fold, "al") ||
                                g_str_has_prefix (fold->str + t->fold, "el")) &&
                               (g_array_index (toks, EntTok, i + 1).flags & TOK_HYPHEN);
            hit.cap_mask |= 1u << (i - first + (article ? 2 : 0));
          }
        if (caps && (t->flags & TOK_UPPER) && t->end - t->start <= 6)
          hit.upper_mask |= 1u << (i - first);
        else if (caps && (t->flags & TOK_CAP) && t->end - t->start <= 6 && has_inner_capital (phrase + t->start, t->end - t->start))
          hit.mixed_mask |= 1u << (i - first);
      }
    n = builder_node (b, key, key_len, h);
    for (guint i = 0; i < n->n_hits; i++)
      if (n->hits[i].kind == hit.kind && n->hits[i].value == hit.value && n->hits[i].form == hit.form)
        {
          /* the same name in other capitals ("RED Tabara", "Red
           * Tabara"): either writing matches */
          EntLexHit *o = &n->hits[i];
          guint upper = o->upper_mask & hit.upper_mask;
          o->cap_mask = ((o->cap_mask | o->upper_mask) & (hit.cap_mask | hit.upper_mask)) & ~upper;
          o->upper_mask = upper;
          o->mixed_mask &= hit.mixed_mask;
          goto first_token;
        }
    {
      /* (a node's earlier hits stay in the block: most have one) */
      EntLexHit *hits = builder_alloc (b, (n->n_hits + 1) * sizeof (EntLexHit));

      if (n->n_hits)
        memcpy (hits, n->hits, n->n_hits * sizeof (EntLexHit));
      n->hits = hits;
      n->hits[n->n_hits++] = hit;
    }
  first_token:
    if (hit.ntok > 1)
      {
        /* the first token knows the longest phrase it starts; every
         * shorter prefix is in the table too (without hits), so the
         * extractor stops at the first prefix that is not */
        for (guint k = 0; k + 1 < hit.ntok; k++)
          {
            EntTok *t = &g_array_index (toks, EntTok, first + k);
            EntLexNode *f;
            if (k == 0)
              key_len = 0;
            else
              key[key_len++] = ' ';
            memcpy (key + key_len, fold->str + t->fold, t->fold_len);
            key_len += t->fold_len;
            h = k > 0 ? ent_phrase_hash (h, t->hash) : t->hash;
            f = builder_node (b, key, key_len, h);
            if (k == 0)
              {
                f->max_len = MAX (f->max_len, hit.ntok);
                f->lower_ok |= !((hit.cap_mask | hit.upper_mask) & 1u) || hit.ntok >= 3;
              }
          }
      }
    else
      {
        n->max_len = MAX (n->max_len, 1);
        n->lower_ok |= !((hit.cap_mask | hit.upper_mask) & 1u);
      }
  }
}

static void
add_word_list (Builder *b, json_t *lex, const char *key, EntLexKind kind, gboolean caps)
{
  json_t *arr = json_object_get (lex, key);
  size_t i;
  json_t *x;
  EntLexHit hit = { 0 };

  hit.kind = kind;
  if (!json_is_array (arr))
    return;
  json_array_foreach (arr, i, x)
    if (json_is_string (x))
      builder_add (b, json_string_value (x), hit, caps);
}

static gboolean
ends_with (const char *s, const char *suffix)
{
  gsize a = strlen (s), b = strlen (suffix);
  return a >= b && strcmp (s + a - b, suffix) == 0;
}

static gboolean
is_vowel_c (char c)
{
  return strchr ("aeiou", c) != NULL;
}

/* Adds the inflections of verb @v (lower case, one word or a phrase whose
 * first word is the verb). */
static void
add_verb_forms (Builder *b, const char *v, EntLexHit hit)
{
  const char *sp = strchr (v, ' ');
  g_autofree char *verb = sp ? g_strndup (v, sp - v) : g_strdup (v);
  const char *rest = sp ? sp : "";
  gsize n = strlen (verb);
  g_autofree char *stem = NULL;
  struct { char *form; EntCuePos pos; } forms[8];
  guint nf = 0;

  if (n == 0)
    return;
  forms[nf].form = g_strdup (verb); forms[nf++].pos = CUE_VERB;
  if (ends_with (verb, "y") && n > 1 && !is_vowel_c (verb[n - 2]))
    {
      stem = g_strndup (verb, n - 1);
      forms[nf].form = g_strconcat (stem, "ies", NULL); forms[nf++].pos = CUE_VERB;
      forms[nf].form = g_strconcat (stem, "ied", NULL); forms[nf++].pos = CUE_VERB_PART;
      forms[nf].form = g_strconcat (verb, "ing", NULL); forms[nf++].pos = CUE_VERB_ING;
    }
  else if (ends_with (verb, "e"))
    {
      stem = g_strndup (verb, n - 1);
      forms[nf].form = g_strconcat (verb, "s", NULL); forms[nf++].pos = CUE_VERB;
      forms[nf].form = g_strconcat (verb, "d", NULL); forms[nf++].pos = CUE_VERB_PART;
      forms[nf].form = g_strconcat (stem, "ing", NULL); forms[nf++].pos = CUE_VERB_ING;
    }
  else
    {
      gboolean sib = ends_with (verb, "s") || ends_with (verb, "sh") || ends_with (verb, "ch") ||
                     ends_with (verb, "x") || ends_with (verb, "z");
      forms[nf].form = g_strconcat (verb, sib ? "es" : "s", NULL); forms[nf++].pos = CUE_VERB;
      forms[nf].form = g_strconcat (verb, "ed", NULL); forms[nf++].pos = CUE_VERB_PART;
      forms[nf].form = g_strconcat (verb, "ing", NULL); forms[nf++].pos = CUE_VERB_ING;
      /* consonant-vowel-consonant: ban -> banned, banning */
      if (n >= 3 && !is_vowel_c (verb[n - 1]) && is_vowel_c (verb[n - 2]) && !is_vowel_c (verb[n - 3]) &&
          strchr ("wxy", verb[n - 1]) == NULL && n <= 5)
        {
          forms[nf].form = g_strdup_printf ("%s%ced", verb, verb[n - 1]); forms[nf++].pos = CUE_VERB_PART;
          forms[nf].form = g_strdup_printf ("%s%cing", verb, verb[n - 1]); forms[nf++].pos = CUE_VERB_ING;
        }
    }
  for (guint i = 0; i < nf; i++)
    {
      g_autofree char *p = g_strconcat (forms[i].form, rest, NULL);
      hit.form = forms[i].pos;
      builder_add (b, p, hit, FALSE);
      g_free (forms[i].form);
    }
}

static void
add_noun_forms (Builder *b, const char *noun, EntLexHit hit)
{
  gsize n = strlen (noun);
  g_autofree char *pl = NULL;

  builder_add (b, noun, hit, FALSE);
  /* a phrase takes the plural on its last word ("joint operations"),
   * unless it is plural already ("diplomatic relations") */
  if (n < 2 || (strchr (noun, ' ') != NULL && ends_with (noun, "s")))
    return;
  if (ends_with (noun, "y") && !is_vowel_c (noun[n - 2]))
    pl = g_strdup_printf ("%.*sies", (int) (n - 1), noun);
  else if (ends_with (noun, "s") || ends_with (noun, "sh") || ends_with (noun, "ch") || ends_with (noun, "x"))
    pl = g_strconcat (noun, "es", NULL);
  else
    pl = g_strconcat (noun, "s", NULL);
  builder_add (b, pl, hit, FALSE);
}

static gboolean
compile_cues (EntGazetteer *gaz, Builder *b, GError **error)
{
  json_t *cues = json_object_get (gaz->lexicon, "cues");
  size_t i;
  json_t *c;

  g_ptr_array_set_size (gaz->cues, 0);
  if (cues == NULL)
    return TRUE;
  json_array_foreach (cues, i, c)
    {
      EntGazCue *cue;
      const char *pol;
      EntLexHit hit = { 0 };
      static const struct { const char *key; int pos; } lists[] = {
        { "verbs", -1 }, { "nouns", CUE_NOUN }, { "agent_nouns", CUE_AGENT_NOUN },
        { "prepositions", CUE_PREP }, { "adjectives", CUE_ADJ }, { "phrases", CUE_PREP },
        { "verb_phrases", -1 },
      };

      if (!json_is_object (c))
        continue;
      pol = json_string_value (json_object_get (c, "polarity"));
      cue = g_new0 (EntGazCue, 1);
      cue->name = g_strdup (json_string_value (json_object_get (c, "kind")));
      if (cue->name == NULL)
        cue->name = g_strdup ("cue");
      cue->kind = g_strdup (cue->name);
      if (pol == NULL || !ent_polarity_from_string (pol, &cue->polarity))
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA,
                       "lexicon: cues[%zu]: \"polarity\" must be ally, hostile or neutral", i);
          cue_free (cue);
          return FALSE;
        }
      cue->directed = json_is_true (json_object_get (c, "directed"));
      g_ptr_array_add (gaz->cues, cue);
      hit.kind = LEX_CUE;
      hit.value = gaz->cues->len - 1;
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        {
          json_t *arr = json_object_get (c, lists[l].key);
          size_t j;
          json_t *w;
          if (!json_is_array (arr))
            continue;
          json_array_foreach (arr, j, w)
            {
              const char *s = json_string_value (w);
              if (s == NULL)
                continue;
              if (lists[l].pos < 0)
                add_verb_forms (b, s, hit);
              else if (lists[l].pos == CUE_NOUN || lists[l].pos == CUE_AGENT_NOUN)
                {
                  hit.form = lists[l].pos;
                  add_noun_forms (b, s, hit);
                }
              else
                {
                  hit.form = lists[l].pos;
                  builder_add (b, s, hit, FALSE);
                }
            }
        }
    }
  return TRUE;
}

static gboolean
demonym_is_plural (const EntGazEntry *e, const char *d)
{
  gsize n = strlen (d);
  if (n < 3 || d[n - 1] != 's' || ends_with (d, "ss"))
    return FALSE;
  for (guint i = 0; i < e->demonyms->len; i++)
    {
      const char *o = g_ptr_array_index (e->demonyms, i);
      if (o != d && !ends_with (o, "s"))
        return TRUE;
    }
  return FALSE;
}

static void
compile_entries (EntGazetteer *gaz, Builder *b)
{
  json_t *forms = json_object_get (gaz->lexicon, "government_forms");

  /* resolve references */
  for (guint i = 0; i < gaz->entries->len; i++)
    {
      EntGazEntry *e = g_ptr_array_index (gaz->entries, i);
      gpointer p;
      e->acts_for_index = -1;
      e->capital_index = -1;
      if (e->acts_for && (p = g_hash_table_lookup (gaz->by_id, e->acts_for)))
        e->acts_for_index = GPOINTER_TO_UINT (p) - 1;
      if (e->capital_for && (p = g_hash_table_lookup (gaz->by_id, e->capital_for)))
        e->capital_index = GPOINTER_TO_UINT (p) - 1;
    }

  for (guint i = 0; i < gaz->entries->len; i++)
    {
      EntGazEntry *e = g_ptr_array_index (gaz->entries, i);
      EntLexHit hit = { 0 };

      hit.kind = LEX_ACTOR;
      hit.value = i;
      hit.form = FORM_NAME;
      for (guint k = 0; k < e->names->len; k++)
        {
          builder_add (b, g_ptr_array_index (e->names, k), hit, TRUE);
          if (e->type == ENT_ACTOR_GROUP)
            {
              char *key = _ent_org_key (g_ptr_array_index (e->names, k));
              if (*key && !g_hash_table_contains (gaz->org_keys, key))
                g_hash_table_insert (gaz->org_keys, key, GUINT_TO_POINTER (i + 1));
              else
                g_free (key);
            }
        }
      hit.form = FORM_ABBREV;
      for (guint k = 0; k < e->abbrevs->len; k++)
        builder_add (b, g_ptr_array_index (e->abbrevs, k), hit, TRUE);
      hit.form = FORM_GOV;
      for (guint k = 0; k < e->government->len; k++)
        builder_add (b, g_ptr_array_index (e->government, k), hit, TRUE);
      for (guint k = 0; k < e->capitals->len; k++)
        {
          const char *cap = g_ptr_array_index (e->capitals, k);
          EntLexHit ch = hit;
          ch.form = k == 0 ? FORM_CAPITAL : FORM_GOV;
          if (k == 0 && e->capital_index >= 0)
            ch.value = e->capital_index;
          builder_add (b, cap, ch, TRUE);
          /* "the Damascus regime", "Tehran government": the state itself */
          if (k == 0 && json_is_array (forms))
            {
              static const char * const capital_forms[] = { "regime", "government", "authorities" };
              for (guint f = 0; f < G_N_ELEMENTS (capital_forms); f++)
                {
                  g_autofree char *p = g_strconcat (cap, " ", capital_forms[f], NULL);
                  EntLexHit gh = hit;
                  gh.form = FORM_GOV;
                  gh.value = ch.value;
                  builder_add (b, p, gh, TRUE);
                }
            }
        }
      for (guint k = 0; k < e->demonyms->len; k++)
        {
          const char *d = g_ptr_array_index (e->demonyms, k);
          gboolean plural = demonym_is_plural (e, d);

          hit.form = plural ? FORM_PLURAL : FORM_ADJ;
          builder_add (b, d, hit, TRUE);
          if (!plural && json_is_array (forms))
            {
              size_t f;
              json_t *w;
              gsize dl = strlen (d);
              json_array_foreach (forms, f, w)
                {
                  /* "<demonym> <form>" in a buffer on the stack: thirteen
                   * thousand of them, each a g_strconcat() and a free */
                  char buf[256];
                  g_autofree char *heap = NULL;
                  const char *form;
                  gsize fl;
                  char *p = buf;
                  if (!json_is_string (w))
                    continue;
                  form = json_string_value (w);
                  fl = strlen (form);
                  if (dl + 1 + fl + 1 > sizeof buf)
                    p = heap = g_malloc (dl + 1 + fl + 1);
                  memcpy (p, d, dl);
                  p[dl] = ' ';
                  memcpy (p + dl + 1, form, fl + 1);
                  hit.form = FORM_GOV;
                  builder_add (b, p, hit, TRUE);
                }
            }
        }

      /* Leaders and people: surnames alone, surname skeletons, and
       * "<surname> regime/government" standing for the state they lead. */
      if (e->type == ENT_ACTOR_LEADER || e->type == ENT_ACTOR_PERSON)
        {
          /* an entry listing its surnames says which short forms are its
           * own: guessing from the last word of every name ("Brown",
           * "Hassan", "Sheikh") only adds false matches; listed surnames
           * of any length count ("Xi", "MBS"), capitalised in the text */
          for (guint k = e->surnames->len > 0 ? e->names->len : 0; k < e->names->len + e->surnames->len; k++)
            {
              gboolean listed = k >= e->names->len;
              const char *nm = listed ? g_ptr_array_index (e->surnames, k - e->names->len)
                                      : g_ptr_array_index (e->names, k);
              g_autofree char *sur = listed ? g_strdup (nm) : ent_name_surname (nm);
              g_autofree char *skel = NULL;
              if (sur == NULL || strlen (sur) < (listed ? 2u : 4u) || (!listed && strchr (nm, ' ') == NULL))
                continue;
              /* "Lin Chia-lung": a lower-case last syllable is no surname */
              if (!listed && !g_unichar_isupper (g_utf8_get_char (sur)))
                continue;
              if (listed && strchr (sur, ' ') != NULL)
                {
                  /* a listed short form of several words ("Maher al-Assad"): a name */
                  hit.form = FORM_NAME;
                  hit.value = i;
                  builder_add (b, sur, hit, TRUE);
                  continue;
                }
              hit.form = FORM_SURNAME;
              hit.value = i;
              builder_add (b, sur, hit, TRUE);
              {
                /* "al-Assad": the skeleton of the surname proper */
                g_autofree char *last = ent_name_surname (sur);
                skel = ent_name_skeleton (last ? last : sur, -1);
              }
              if (strlen (skel) >= 4 && !g_hash_table_contains (gaz->surname_skeletons, skel))
                g_hash_table_insert (gaz->surname_skeletons, g_steal_pointer (&skel), GUINT_TO_POINTER (i + 1));
              if (e->acts_for_index >= 0 &&
                  ((EntGazEntry *) g_ptr_array_index (gaz->entries, e->acts_for_index))->type == ENT_ACTOR_STATE)
                {
                  static const char * const lforms[] = { "regime", "government", "administration" };
                  for (guint f = 0; f < G_N_ELEMENTS (lforms); f++)
                    {
                      g_autofree char *p = g_strconcat (sur, " ", lforms[f], NULL);
                      EntLexHit gh = hit;
                      gh.form = FORM_GOV;
                      gh.value = e->acts_for_index;
                      builder_add (b, p, gh, TRUE);
                    }
                }
            }
        }
    }
}


static gsize
packed_size (const EntLexNode *n)
{
  gsize k = n->key_len > ENT_LEX_INLINE_KEY ? n->key_len : 0;
  return (sizeof (EntLexNode) + n->n_hits * sizeof (EntLexHit) + k + 7) & ~(gsize) 7;
}

/* Packs the builder's table for lookups (see EntGazetteer) and frees it:
 * the index is an eighth of the table's size and the nodes are dense, so
 * far more of both stay in cache while a corpus streams past. */
static void
pack_table (EntGazetteer *gaz)
{
  gsize size = 0, cap = 1024, at = 0;

  for (gsize i = 0; i < gaz->capacity; i++)
    if (gaz->nodes[i].used)
      size += packed_size (&gaz->nodes[i]);
  while (cap < gaz->n_nodes + gaz->n_nodes / 2)
    cap *= 2;
  gaz->packed = g_malloc (MAX (size, 8));
  gaz->index = g_new0 (guint64, cap);
  gaz->index_mask = cap - 1;
  for (gsize i = 0; i < gaz->capacity; i++)
    if (gaz->nodes[i].used)
      {
        const EntLexNode *n = &gaz->nodes[i];
        EntLexNode *p = (EntLexNode *) (gpointer) (gaz->packed + at);
        EntLexHit *hits = (EntLexHit *) (gpointer) (p + 1);
        gsize slot = n->hash & gaz->index_mask;

        *p = *n;
        if (n->n_hits)
          memcpy (hits, n->hits, n->n_hits * sizeof (EntLexHit));
        p->hits = hits;
        if (n->key_len > ENT_LEX_INLINE_KEY)
          {
            p->key.ptr = (char *) (hits + n->n_hits);
            memcpy (p->key.ptr, n->key.ptr, n->key_len);
          }
        while (gaz->index[slot] != 0)
          slot = (slot + 1) & gaz->index_mask;
        gaz->index[slot] = (n->hash & G_GUINT64_CONSTANT (0xffffffff00000000)) | (guint64) (at / 8 + 1);
        at += packed_size (n);
      }
  /* (its keys and hits go with the builder) */
  g_free (gaz->nodes);
  gaz->nodes = NULL;
  gaz->capacity = 0;
}

static void
table_clear (EntGazetteer *gaz)
{
  g_clear_pointer (&gaz->index, g_free);
  g_clear_pointer (&gaz->packed, g_free);
  gaz->index_mask = 0;
  g_clear_pointer (&gaz->nodes, g_free);
  gaz->capacity = 0;
  gaz->n_nodes = 0;
}

static gboolean
compile (EntGazetteer *gaz, GError **error)
{
  Builder b = { 0 };
  json_t *lex = gaz->lexicon;
  static const struct { const char *key; EntLexKind kind; gboolean caps; } lists[] = {
    { "leader_titles", LEX_TITLE, FALSE },
    { "person_roles", LEX_ROLE, FALSE },
    { "org_heads", LEX_ORG_HEAD, TRUE },
    { "government_forms", LEX_GOV_FORM, FALSE },
    { "speech_verbs", LEX_SPEECH, FALSE },
    { "negations", LEX_NEGATION, FALSE },
    { "locative_prepositions", LEX_LOCATIVE, FALSE },
    { "facility_nouns", LEX_FACILITY, FALSE },
    { "place_heads", LEX_FACILITY, TRUE },
    { "given_names", LEX_GIVEN, TRUE },
    { "outlet_words", LEX_OUTLET, FALSE },
    { "non_names", LEX_NON_NAME, FALSE },
    { "clause_openers", LEX_CLAUSE, FALSE },
    { "pronouns", LEX_PRONOUN, FALSE },
    { "relative_pronouns", LEX_RELATIVE, FALSE },
    { "rupture_verbs", LEX_RUPTURE, FALSE },
    { "places_not_actors", LEX_PLACE, TRUE },
    { "echo_verbs", LEX_ECHO, FALSE },
  };

  table_clear (gaz);
  g_hash_table_remove_all (gaz->surname_skeletons);
  g_hash_table_remove_all (gaz->org_keys);
  b.toks = g_array_new (FALSE, FALSE, sizeof (EntTok));
  b.fold = g_string_new (NULL);
  b.key = g_string_new (NULL);
  b.text = g_string_new (NULL);
  b.blocks = g_ptr_array_new_with_free_func (g_free);

  if (!compile_cues (gaz, &b, error))
    {
      gaz->nodes = b.nodes;   /* table_clear frees what was built */
      gaz->capacity = b.capacity;
      table_clear (gaz);
      g_array_unref (b.toks);
      g_string_free (b.fold, TRUE);
      g_string_free (b.key, TRUE);
      g_string_free (b.text, TRUE);
      g_ptr_array_unref (b.blocks);
      return FALSE;
    }
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    add_word_list (&b, lex, lists[i].key, lists[i].kind, lists[i].caps);
  compile_entries (gaz, &b);

  if (b.capacity == 0)
    builder_grow (&b);
  /* the builder's table is the lookup table */
  gaz->nodes = b.nodes;
  gaz->capacity = b.capacity;
  gaz->n_nodes = b.n_nodes;
  memset (gaz->filter, 0, sizeof gaz->filter);
  for (gsize i = 0; i < gaz->capacity; i++)
    if (gaz->nodes[i].used)
      {
        guint64 h = gaz->nodes[i].hash;
        gaz->filter[(h >> 6) & ENT_FILTER_MASK] |= G_GUINT64_CONSTANT (1) << (h & 63);
      }
  pack_table (gaz);
  g_array_unref (b.toks);
  g_string_free (b.fold, TRUE);
  g_string_free (b.key, TRUE);
  g_string_free (b.text, TRUE);
  g_ptr_array_unref (b.blocks);
  gaz->compiled = TRUE;
  return TRUE;
}

/* Keys and tokens are short: rather than a call to memcmp or a loop over
 * the bytes, compare the first and the last bytes in words, overlapping
 * (fixed-size copies compile to plain loads, and read nothing past @n). */
static inline gboolean
bytes_equal (const char *a, const char *b, gsize n)
{
  if (n >= 8)
    {
      guint64 x, y;

      for (gsize i = 0; i + 8 < n; i += 8)
        {
          memcpy (&x, a + i, 8);
          memcpy (&y, b + i, 8);
          if (x != y)
            return FALSE;
        }
      memcpy (&x, a + n - 8, 8);
      memcpy (&y, b + n - 8, 8);
      return x == y;
    }
  if (n >= 4)
    {
      guint32 x0, y0, x1, y1;

      memcpy (&x0, a, 4);
      memcpy (&y0, b, 4);
      memcpy (&x1, a + n - 4, 4);
      memcpy (&y1, b + n - 4, 4);
      return x0 == y0 && x1 == y1;
    }
  if (n >= 2)
    {
      guint16 x0, y0, x1, y1;

      memcpy (&x0, a, 2);
      memcpy (&y0, b, 2);
      memcpy (&x1, a + n - 2, 2);
      memcpy (&y1, b + n - 2, 2);
      return x0 == y0 && x1 == y1;
    }
  return n == 0 || a[0] == b[0];
}

/* The probe of _ent_gazetteer_lookup, apart: the filter turns most calls
 * away, and those then need none of its registers saved. */
static G_GNUC_NO_INLINE const EntLexNode *
lookup_probe (const EntGazetteer *gaz, guint64 hash,
              const char * const *toks, const guint *lens, guint n)
{
  gsize mask = gaz->index_mask;
  guint64 tag = hash & G_GUINT64_CONSTANT (0xffffffff00000000);

  for (gsize i = hash & mask; gaz->index[i] != 0; i = (i + 1) & mask)
    {
      const EntLexNode *node;
      const char *k;
      gsize pos = 0, kl;
      guint t;

      if ((gaz->index[i] & G_GUINT64_CONSTANT (0xffffffff00000000)) != tag)
        continue;
      node = (const EntLexNode *) (gconstpointer) (gaz->packed + ((gaz->index[i] & 0xffffffffu) - 1) * 8);
      if (node->hash != hash)
        continue;
      k = ent_lex_node_key (node);
      kl = node->key_len;
      if (n == 1)
        {
          if (kl == lens[0] && bytes_equal (k, toks[0], kl))
            return node;
          continue;
        }
      for (t = 0; t < n; t++)
        {
          if (t > 0)
            {
              if (pos >= kl || k[pos] != ' ')
                break;
              pos++;
            }
          if (pos + lens[t] > kl || !bytes_equal (k + pos, toks[t], lens[t]))
            break;
          pos += lens[t];
        }
      if (t == n && pos == kl)
        return node;
    }
  return NULL;
}

const EntLexNode *
_ent_gazetteer_lookup (const EntGazetteer *gaz, guint64 hash,
                       const char * const *toks, const guint *lens, guint n)
{
  if (gaz->index == NULL)
    return NULL;
  /* most words of a text are in no phrase: a bit per hash says so */
  if (!(gaz->filter[(hash >> 6) & ENT_FILTER_MASK] & (G_GUINT64_CONSTANT (1) << (hash & 63))))
    return NULL;
  return lookup_probe (gaz, hash, toks, lens, n);
}

const EntGazEntry *
_ent_gazetteer_entry (const EntGazetteer *gaz, guint index)
{
  return index < gaz->entries->len ? g_ptr_array_index (gaz->entries, index) : NULL;
}

int
_ent_gazetteer_find_org (const EntGazetteer *gaz, const char *key)
{
  gpointer p = g_hash_table_lookup (gaz->org_keys, key);
  return p ? (int) GPOINTER_TO_UINT (p) - 1 : -1;
}

int
_ent_gazetteer_find_surname (const EntGazetteer *gaz, const char *skeleton)
{
  gpointer p = g_hash_table_lookup (gaz->surname_skeletons, skeleton);
  return p ? (int) GPOINTER_TO_UINT (p) - 1 : -1;
}

/* ---------------------------------------------------------------------- */

static EntGazetteer *
gazetteer_new (void)
{
  EntGazetteer *gaz = g_new0 (EntGazetteer, 1);
  gaz->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  gaz->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  gaz->cues = g_ptr_array_new_with_free_func ((GDestroyNotify) cue_free);
  gaz->lexicon = json_object ();
  gaz->surname_skeletons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gaz->org_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return gaz;
}

void
ent_gazetteer_free (EntGazetteer *gaz)
{
  if (gaz == NULL)
    return;
  table_clear (gaz);
  g_hash_table_unref (gaz->by_id);
  g_ptr_array_unref (gaz->entries);
  g_ptr_array_unref (gaz->cues);
  json_decref (gaz->lexicon);
  g_hash_table_unref (gaz->surname_skeletons);
  g_hash_table_unref (gaz->org_keys);
  g_free (gaz);
}

static gboolean
merge_json (EntGazetteer *gaz, json_t *root, const char *origin, GError **error)
{
  if (!json_is_object (root))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "%s: the top level must be an object", origin);
      return FALSE;
    }
  return parse_entries (gaz, root, origin, error) && merge_lexicon (gaz, root, origin, error);
}

EntGazetteer *
ent_gazetteer_new_default (GError **error)
{
  static const char * const files[] = { "states.json", "groups.json", "leaders.json", "lexicon.json" };
  EntGazetteer *gaz = gazetteer_new ();

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_strconcat (DATA_PREFIX, files[i], NULL);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) local = NULL;
      json_error_t jerr;
      json_t *root;
      gsize len;
      const char *data;

      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, &local);
      if (bytes == NULL)
        continue;   /* a missing data file is an empty one */
      data = g_bytes_get_data (bytes, &len);
      root = json_loadb (data, len, 0, &jerr);
      if (root == NULL)
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "built-in %s: line %d, column %d: %s",
                       files[i], jerr.line, jerr.column, jerr.text);
          ent_gazetteer_free (gaz);
          return NULL;
        }
      if (!merge_json (gaz, root, files[i], error))
        {
          json_decref (root);
          ent_gazetteer_free (gaz);
          return NULL;
        }
      json_decref (root);
    }
  if (!compile (gaz, error))
    {
      ent_gazetteer_free (gaz);
      return NULL;
    }
  return gaz;
}

gboolean
ent_gazetteer_merge_file (EntGazetteer *gaz, const char *path, GError **error)
{
  json_error_t jerr;
  json_t *root;
  gboolean ok;
  g_autofree char *base = NULL;

  g_return_val_if_fail (gaz != NULL && path != NULL, FALSE);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "is a directory, not a gazetteer file");
      return FALSE;
    }
  root = json_load_file (path, JSON_REJECT_DUPLICATES, &jerr);
  if (root == NULL)
    {
      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "no such file");
      else
        g_set_error (error, ENT_ERROR, ENT_ERROR_INVALID_DATA, "line %d, column %d: %s",
                     jerr.line, jerr.column, jerr.text);
      return FALSE;
    }
  base = g_path_get_basename (path);
  ok = merge_json (gaz, root, "gazetteer", error) && compile (gaz, error);
  json_decref (root);
  return ok;
}
