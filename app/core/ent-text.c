/* ent-text.c: loading article text and splitting it into sentences.
 *
 * Offsets.  Every offset Entente stores is a byte offset into the text this
 * module returns.  For UTF-8 files that text is the file's bytes, unchanged:
 * CRLF line ends stay, and a UTF-8 byte order mark stays at offset 0 (it is
 * never part of a sentence), so offsets are file offsets.  A UTF-16 file
 * (recognised by its byte order mark) is converted to UTF-8 without the mark;
 * its offsets are then offsets into the converted UTF-8 text, not the file.
 *
 * Sentences.  The splitter works line by line:
 *  - a blank line (a paragraph break) always ends a sentence;
 *  - a short line without final punctuation (a heading, byline, dateline or
 *    caption) is a sentence of its own;
 *  - inside a paragraph a sentence ends at . ! ? or an ellipsis, plus any
 *    closing quotes and brackets, when whitespace and a likely sentence start
 *    follow; not after titles and abbreviations (Gen. Dr. Jan. St.), initials
 *    (H. W.), dotted acronyms (U.S. U.N.) unless a typical sentence opener
 *    follows, and never when the next word starts in lower case;
 *  - quotes do not change where sentences end, so a quote that spans several
 *    sentences or is never closed cannot swallow the rest of the text;
 *  - no sentence is longer than ENT_TEXT_MAX_SENTENCE bytes: a longer run is
 *    cut at the last whitespace before the limit (or at a character boundary).
 */
#define G_LOG_DOMAIN "entente-text"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <glib/gstdio.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "ent-text.h"

#define ENT_TEXT_MAX_SENTENCE 2000
/* A line shorter than this without final punctuation stands alone. */
#define ENT_TEXT_SHORT_LINE 64

static gboolean
has_binary_magic (const guchar *d, gsize len)
{
  static const struct { const char *magic; gsize len; } magics[] = {
    { "\x89PNG", 4 }, { "\xff\xd8\xff", 3 }, { "GIF87a", 6 }, { "GIF89a", 6 },
    { "%PDF-", 5 }, { "PK\x03\x04", 4 }, { "\x7f" "ELF", 4 },
    { "RIFF", 4 }, { "\x1f\x8b", 2 }, { "II*\0", 4 }, { "MM\0*", 4 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (magics); i++)
    if (magics[i].len > 0 && len >= magics[i].len &&
        memcmp (d, magics[i].magic, magics[i].len) == 0)
      return TRUE;
  return FALSE;
}

/* g_utf8_validate_len for text without NUL bytes, with ASCII (nearly all
 * of English copy) checked eight bytes at a time. */
static gboolean
utf8_valid (const char *text, gsize len, const char **end)
{
  gsize i = 0;

  while (i < len)
    {
      gunichar c;

      while (i + 8 <= len)
        {
          guint64 w;
          memcpy (&w, text + i, 8);
          if (w & G_GUINT64_CONSTANT (0x8080808080808080))
            break;
          i += 8;
        }
      while (i < len && (guchar) text[i] < 0x80)
        i++;
      if (i >= len)
        break;
      c = g_utf8_get_char_validated (text + i, (gssize) (len - i));
      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          *end = text + i;
          return FALSE;
        }
      i += g_utf8_skip[(guchar) text[i]];
    }
  *end = text + len;
  return TRUE;
}

gboolean
ent_text_validate (const char *text, gsize len, const char *origin, GError **error)
{
  const char *end = NULL;
  gsize i;

  (void) origin;   /* callers prefix the origin; messages are plain reasons */

  if (text == NULL || len == 0)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_EMPTY, "no text");
      return FALSE;
    }
  if (len > ENT_TEXT_MAX_BYTES)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_TOO_LARGE,
                   "too large (%" G_GSIZE_FORMAT " bytes; the limit is %" G_GSIZE_FORMAT ")",
                   len, (gsize) ENT_TEXT_MAX_BYTES);
      return FALSE;
    }
  if (has_binary_magic ((const guchar *) text, len) || memchr (text, '\0', len) != NULL)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_ENCODING, "binary data, not text");
      return FALSE;
    }
  if (!utf8_valid (text, len, &end))
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_ENCODING, "invalid UTF-8 at byte %" G_GSIZE_FORMAT,
                   (gsize) (end - text));
      return FALSE;
    }
  i = (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0) ? 3 : 0;
  for (; i < len; i++)
    if (!g_ascii_isspace (text[i]))
      return TRUE;
  g_set_error (error, ENT_ERROR, ENT_ERROR_EMPTY, "no text");
  return FALSE;
}

gboolean
ent_text_load_file (const char *path, char **text, gsize *len, GError **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) local = NULL;
  GStatBuf st;
  gsize n = 0;

  g_return_val_if_fail (path != NULL && text != NULL, FALSE);

  if (g_stat (path, &st) != 0)
    {
      int e = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (e), "%s",
                   e == ENOENT ? "no such file" : g_strerror (e));
      return FALSE;
    }
  if (S_ISDIR (st.st_mode))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "is a directory, not a text file");
      return FALSE;
    }
  if (S_ISREG (st.st_mode) && (guint64) st.st_size > ENT_TEXT_MAX_BYTES)
    {
      g_set_error (error, ENT_ERROR, ENT_ERROR_TOO_LARGE,
                   "too large (%" G_GUINT64_FORMAT " bytes; the limit is %" G_GSIZE_FORMAT ")",
                   (guint64) st.st_size, (gsize) ENT_TEXT_MAX_BYTES);
      return FALSE;
    }
  if (!g_file_get_contents (path, &data, &n, &local))
    {
      g_set_error (error, local->domain, local->code, "%s",
                   local->code == G_FILE_ERROR_ACCES ? "permission denied" : "cannot be read");
      return FALSE;
    }

  /* UTF-16 with a byte order mark: convert (offsets are then in the UTF-8). */
  if (n >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
                 ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      const char *from = (guchar) data[0] == 0xff ? "UTF-16LE" : "UTF-16BE";
      gsize written = 0;
      char *conv;

      if (n == 2)
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_EMPTY, "no text");
          return FALSE;
        }
      conv = g_convert (data + 2, n - 2, "UTF-8", from, NULL, &written, NULL);
      if (conv == NULL)
        {
          g_set_error (error, ENT_ERROR, ENT_ERROR_ENCODING, "invalid %s text", from);
          return FALSE;
        }
      g_free (data);
      data = conv;
      n = written;
    }

  if (!ent_text_validate (data, n, path, error))
    return FALSE;

  *text = g_steal_pointer (&data);
  if (len)
    *len = n;
  return TRUE;
}

/* ---------------------------------------------------------------------- */
/* Sentence splitting                                                     */

/* (word_in_list: no word in this list or openers is over 9 bytes) */
static const char * const abbreviations[] = {
  /* titles and ranks */
  "mr", "mrs", "ms", "dr", "prof", "gen", "maj", "lt", "col", "capt", "cpt",
  "sgt", "cpl", "pvt", "adm", "brig", "cmdr", "cdr", "sen", "rep", "gov",
  "pres", "amb", "rev", "hon", "fr", "sr", "jr", "st", "mt", "ft", "messrs",
  "gens", "lt.col", "insp", "supt", "det", "atty", "sec", "dep", "pm",
  /* months */
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  /* other abbreviations that are rarely sentence-final */
  "no", "nos", "vs", "v", "approx", "est", "dept", "univ", "inc", "corp", "ltd",
  "co", "bros", "al", "cf", "fig", "vol", "art", "para", "op", "ed", "eds",
  "e.g", "i.e", "etc",
};

/* Capitalised words that typically open a sentence: after a dotted acronym
 * ("the U.S. The ...") they mean the acronym ended the sentence. */
static const char * const openers[] = {
  "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And",
  "This", "That", "These", "Those", "In", "On", "At", "His", "Her", "Their",
  "Its", "There", "However", "Meanwhile", "Earlier", "Later", "Since", "After",
  "When", "While", "If", "As", "Yet", "So", "Officials", "Some", "Many",
};

/* The lengths (bit n for n bytes) of a list's words by their first and by
 * their last byte: nearly every word before a period is ruled out by
 * these without a comparison. */
typedef struct {
  guint16 first[128];
  guint16 last[128];
} WordFilter;

static const WordFilter *
word_filter (WordFilter *filter, gsize *ready, const char * const *list, guint list_len)
{
  if (g_once_init_enter (ready))
    {
      for (guint i = 0; i < list_len; i++)
        {
          gsize n = strlen (list[i]);

          filter->first[(guchar) list[i][0] & 0x7f] |= 1u << n;
          filter->last[(guchar) list[i][n - 1] & 0x7f] |= 1u << n;
        }
      g_once_init_leave (ready, 1);
    }
  return filter;
}

static gboolean
word_in_list (const char *w, gsize n, const char * const *list, guint list_len, gboolean fold,
              const WordFilter *filter)
{
  guchar c0, c1;

  /* no word in either list is longer */
  if (n == 0 || n > 9)
    return FALSE;
  /* lists are lower case when folded */
  c0 = fold ? g_ascii_tolower (w[0]) : w[0];
  c1 = fold ? g_ascii_tolower (w[n - 1]) : w[n - 1];
  if (c0 >= 0x80 || c1 >= 0x80 || !(filter->first[c0] & filter->last[c1] & (1u << n)))
    return FALSE;
  for (guint i = 0; i < list_len; i++)
    if (list[i][0] == c0 && strlen (list[i]) == n &&
        (fold ? g_ascii_strncasecmp (w, list[i], n) == 0 : strncmp (w, list[i], n) == 0))
      return TRUE;
  return FALSE;
}

static gboolean
is_abbreviation (const char *w, gsize n)
{
  static WordFilter filter;
  static gsize ready;

  return word_in_list (w, n, abbreviations, G_N_ELEMENTS (abbreviations), TRUE,
                       word_filter (&filter, &ready, abbreviations, G_N_ELEMENTS (abbreviations)));
}

static gboolean
is_opener (const char *w, gsize n)
{
  static WordFilter filter;
  static gsize ready;

  return word_in_list (w, n, openers, G_N_ELEMENTS (openers), FALSE,
                       word_filter (&filter, &ready, openers, G_N_ELEMENTS (openers)));
}

static inline gboolean
is_closer_at (const char *t, gsize i, gsize end, gsize *clen)
{
  guchar c = t[i];
  if (c == '"' || c == '\'' || c == ')' || c == ']')
    {
      *clen = 1;
      return TRUE;
    }
  /* ” ’ » */
  if (c == 0xe2 && i + 2 < end && (guchar) t[i + 1] == 0x80 &&
      ((guchar) t[i + 2] == 0x9d || (guchar) t[i + 2] == 0x99))
    {
      *clen = 3;
      return TRUE;
    }
  if (c == 0xc2 && i + 1 < end && (guchar) t[i + 1] == 0xbb)
    {
      *clen = 2;
      return TRUE;
    }
  return FALSE;
}

/* Classifies the token that ends just before the '.' at @dot, inside
 * [@lo, @dot).  Returns TRUE when the period belongs to an abbreviation that
 * never ends a sentence (titles, months, initials); sets *acronym for dotted
 * acronyms such as U.S. */
static gboolean
period_is_abbreviation (const char *t, gsize lo, gsize dot, gboolean *acronym)
{
  gsize s = dot;

  *acronym = FALSE;
  while (s > lo && (g_ascii_isalpha (t[s - 1]) || t[s - 1] == '.'))
    s--;
  if (s == dot)
    return FALSE;
  /* Something other than a word start before it (a digit, a hyphen joined
   * word): treat as an ordinary word. */
  if (s > lo && !(g_ascii_isspace (t[s - 1]) || t[s - 1] == '(' || t[s - 1] == '"' ||
                  (guchar) t[s - 1] >= 0x80 || t[s - 1] == '\''))
    return FALSE;

  {
    gsize n = dot - s;
    const char *w = t + s;
    gboolean dotted = memchr (w, '.', n) != NULL;

    if (n == 1 && g_ascii_isupper (w[0]))
      return TRUE;   /* an initial: "H. W. Bush" */
    if (dotted)
      {
        /* U.S / U.N / e.g / i.e : letters separated by dots */
        gboolean pattern = TRUE;
        for (gsize k = 0; k < n; k++)
          if ((k % 2 == 0 && !g_ascii_isalpha (w[k])) || (k % 2 == 1 && w[k] != '.'))
            pattern = FALSE;
        if (pattern && n % 2 == 1)
          {
            if (g_ascii_islower (w[0]))
              return TRUE;   /* e.g. i.e. */
            *acronym = TRUE;
            return FALSE;
          }
      }
    return is_abbreviation (w, n);
  }
}

static inline gboolean
is_space_at (const char *t, gsize i, gsize end, gsize *clen)
{
  guchar c = t[i];
  if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
    {
      *clen = 1;
      return TRUE;
    }
  if (c == 0xc2 && i + 1 < end && (guchar) t[i + 1] == 0xa0)   /* no-break space */
    {
      *clen = 2;
      return TRUE;
    }
  return FALSE;
}

/* Sentences found, handed to the caller's array a block at a time (a
 * call per sentence would be a good part of the splitting) */
typedef struct {
  GArray *out;
  guint   n;
  EntSpan buf[256];
} Spans;

static void
spans_flush (Spans *spans)
{
  g_array_append_vals (spans->out, spans->buf, spans->n);
  spans->n = 0;
}

static void
push_span (Spans *out, const char *t, gsize s, gsize e)
{
  gsize k;
  EntSpan sp;

  while (s < e && is_space_at (t, s, e, &k))
    s += k;
  while (e > s && (g_ascii_isspace (t[e - 1]) ||
                   (e - s >= 2 && (guchar) t[e - 2] == 0xc2 && (guchar) t[e - 1] == 0xa0)))
    e -= g_ascii_isspace (t[e - 1]) ? 1 : 2;
  if (s >= e)
    return;
  sp.start = s;
  sp.end = e;
  if (out->n == G_N_ELEMENTS (out->buf))
    spans_flush (out);
  out->buf[out->n++] = sp;
}

/* Bytes split_segment must look at: sentence punctuation and the lead
 * byte of the ellipsis (e2); every other byte is skipped in a tight loop. */
static const guchar split_stop[256] = {
  ['.'] = 1, ['!'] = 1, ['?'] = 1, [0xe2] = 1,
};

/* The first byte of [i, lim) that split_segment must look at, or lim: a
 * sentence has some eighty bytes to skip, sixteen at a time where SSE2
 * is there (every x86-64). */
static inline gsize
next_stop (const char *t, gsize i, gsize lim)
{
#ifdef __SSE2__
  const __m128i dot = _mm_set1_epi8 ('.');
  const __m128i bang = _mm_set1_epi8 ('!');
  const __m128i question = _mm_set1_epi8 ('?');
  const __m128i e2 = _mm_set1_epi8 ((char) 0xe2);

  for (; i + 16 <= lim; i += 16)
    {
      __m128i v = _mm_loadu_si128 ((const __m128i *) (gconstpointer) (t + i));
      __m128i stop = _mm_or_si128 (_mm_or_si128 (_mm_cmpeq_epi8 (v, dot), _mm_cmpeq_epi8 (v, bang)),
                                   _mm_or_si128 (_mm_cmpeq_epi8 (v, question), _mm_cmpeq_epi8 (v, e2)));
      unsigned mask = (unsigned) _mm_movemask_epi8 (stop);

      if (mask != 0)
        return i + (gsize) __builtin_ctz (mask);
    }
#endif
  while (i < lim && !split_stop[(guchar) t[i]])
    i++;
  return i;
}

/* The last white space (or no-break space) that starts in (lo, hi), or 0;
 * t[hi] is readable. */
static gsize
last_space_before (const char *t, gsize lo, gsize hi)
{
  if ((guchar) t[hi] == 0xa0 && (guchar) t[hi - 1] == 0xc2 && hi - 1 > lo)
    return hi - 1;
  for (gsize p = hi; p > lo + 1; p--)
    {
      guchar c = t[p - 1];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v')
        return p - 1;
      if (c == 0xa0 && (guchar) t[p - 2] == 0xc2 && p - 2 > lo)
        return p - 2;
    }
  return 0;
}

/* Splits [s, e) (which holds no blank line) at sentence punctuation. */
/* "...the prime minister added.The remarks came ...": a sentence end with
 * its space lost.  The terminal punctuation at @dot follows a word of
 * three lower-case letters or more (capitalised or not) that follows a
 * space or a quote (not
 * part of an address, "reuters.com"), the sentence is no fragment, and a
 * capitalised word starts at @after. */
static gboolean
glued_sentence_end (const char *t, gsize start, gsize dot, gsize after, gsize e)
{
  gsize w = dot;

  if (dot < start + 20 || after + 1 >= e || !g_ascii_isupper (t[after]) || !g_ascii_islower (t[after + 1]))
    return FALSE;
  while (w > start && g_ascii_islower (t[w - 1]))
    w--;
  if (dot - w < 3 || w == start)
    return FALSE;
  if (g_ascii_isupper (t[w - 1]) && w - 1 > start)
    w--;   /* "the town of Zawiya.Eventually" */
  return t[w - 1] == ' ' || t[w - 1] == '"' || (guchar) t[w - 1] == 0x9d || t[w - 1] == '\'';
}

static void
split_segment (const char *t, gsize s, gsize e, Spans *out)
{
  gsize start = s;
  gsize i = s;

  while (i < e)
    {
      guchar c;
      gsize clen;

      {
        /* ordinary bytes, up to the sentence length limit */
        gsize lim = MIN (e, start + ENT_TEXT_MAX_SENTENCE);
        i = next_stop (t, i, lim);
        if (i >= e)
          break;
      }
      c = t[i];

      if (i - start >= ENT_TEXT_MAX_SENTENCE)
        {
          gsize last_space = last_space_before (t, start, i);
          gsize cut = last_space > start ? last_space : i;
          while (cut > start && cut < e && ((guchar) t[cut] & 0xc0) == 0x80)
            cut--;
          if (cut <= start)
            cut = i;
          push_span (out, t, start, cut);
          start = cut;
          continue;
        }

      if (c == '.' || c == '!' || c == '?' ||
          (c == 0xe2 && i + 2 < e && (guchar) t[i + 1] == 0x80 && (guchar) t[i + 2] == 0xa6))
        {
          gsize p = i;
          gboolean acronym = FALSE;
          gboolean abbrev = FALSE;
          gsize after, next;

          /* run of terminal punctuation: "?!", "...", "…" */
          while (p < e && (t[p] == '.' || t[p] == '!' || t[p] == '?' ||
                           ((guchar) t[p] == 0xe2 && p + 2 < e && (guchar) t[p + 1] == 0x80 &&
                            (guchar) t[p + 2] == 0xa6)))
            p += ((guchar) t[p] == 0xe2) ? 3 : 1;
          if (c == '.' && p == i + 1)
            abbrev = period_is_abbreviation (t, start, i, &acronym);
          /* closing quotes and brackets belong to the sentence */
          while (p < e && is_closer_at (t, p, e, &clen))
            p += clen;
          after = p;
          if (after >= e)
            {
              i = after;
              continue;
            }
          if (!is_space_at (t, after, e, &clen))
            {
              /* "3.5", "U.S.-backed", "example.Com" run on; but copy that
               * lost its spaces, "the prime minister added.The remarks",
               * breaks after a lower-case word */
              if (!abbrev && !acronym && glued_sentence_end (t, start, i, after, e))
                {
                  push_span (out, t, start, after);
                  start = after;
                }
              i = after;
              continue;
            }
          next = after;
          while (next < e && is_space_at (t, next, e, &clen))
            next += clen;
          if (next >= e)
            {
              i = next;
              continue;
            }
          {
            guchar n0 = t[next];
            gboolean lower = g_ascii_islower (n0);
            gboolean brk;

            if (lower)
              brk = FALSE;
            else if (abbrev)
              brk = FALSE;
            else if (acronym)
              {
                gsize w = next;

                while (w < e && g_ascii_isalpha (t[w]))
                  w++;
                brk = is_opener (t + next, w - next);
              }
            else
              brk = TRUE;

            if (brk)
              {
                push_span (out, t, start, after);
                start = next;
              }
            i = next;
            continue;
          }
        }
      i++;
    }
  push_span (out, t, start, e);
}

static gboolean
line_is_blank (const char *t, gsize s, gsize e)
{
  for (gsize i = s; i < e; i++)
    if (!g_ascii_isspace (t[i]))
      {
        if ((guchar) t[i] == 0xc2 && i + 1 < e && (guchar) t[i + 1] == 0xa0)
          {
            i++;
            continue;
          }
        return FALSE;
      }
  return TRUE;
}

/* Trimmed bounds of a line. */
static void
line_trim (const char *t, gsize *s, gsize *e)
{
  while (*s < *e && g_ascii_isspace (t[*s]))
    (*s)++;
  while (*e > *s && g_ascii_isspace (t[*e - 1]))
    (*e)--;
}

static gboolean
ends_with_terminal (const char *t, gsize s, gsize e)
{
  gsize clen;

  /* skip closing quotes/brackets backwards */
  while (e > s)
    {
      gsize k = e - 1;
      while (k > s && ((guchar) t[k] & 0xc0) == 0x80)
        k--;
      if (is_closer_at (t, k, e, &clen) && k + clen == e)
        e = k;
      else
        break;
    }
  if (e == s)
    return FALSE;
  {
    guchar c = t[e - 1];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';')
      return TRUE;
    if (e - s >= 3 && (guchar) t[e - 3] == 0xe2 && (guchar) t[e - 2] == 0x80 && c == 0xa6)
      return TRUE;
  }
  return FALSE;
}

/* A line that stands alone: short, no final punctuation, not obviously
 * continued (ends in a comma, a hyphen or a lower-case joining word). */
/* "Brazil's Lula Alarmed by Growing Venezuela-Guyana Tensions": a longer
 * line whose words of four letters or more nearly all start in capitals
 * is a headline, not the first line of a hard-wrapped paragraph. */
static gboolean
line_is_title_case (const char *t, gsize s, gsize e)
{
  guint words = 0, caps = 0;

  if (e - s > 200)
    return FALSE;
  for (gsize i = s; i < e;)
    {
      gsize j = i;
      while (j < e && !g_ascii_isspace (t[j]))
        j++;
      if (j - i >= 4)
        {
          gsize k = i;
          while (k < j && !g_ascii_isalpha (t[k]) && (guchar) t[k] < 0x80)
            k++;   /* past an opening quote or bracket */
          words++;
          if (k < j && g_ascii_isupper (t[k]))
            caps++;
        }
      i = j;
      while (i < e && g_ascii_isspace (t[i]))
        i++;
    }
  return words >= 4 && caps * 5 >= words * 4;
}

static gboolean
line_stands_alone (const char *t, gsize s, gsize e, gboolean next_blank, gboolean next_upper)
{
  guchar last;

  line_trim (t, &s, &e);
  if (s >= e)
    return FALSE;
  if (ends_with_terminal (t, s, e))
    return FALSE;
  last = t[e - 1];
  if (last == ',' || last == '-' || last == '(' || last == '&')
    return FALSE;
  if (next_blank)
    return TRUE;
  if (e - s >= ENT_TEXT_SHORT_LINE)
    return next_upper && line_is_title_case (t, s, e);
  return next_upper;
}

/* The end of the line starting at @pos: the next \n, or a \r that no \n
 * follows (old Mac line ends); NULL at the end of the text. */
static const char *
find_line_end (const char *t, gsize pos, gsize len)
{
  const char *nl = memchr (t + pos, '\n', len - pos);
  const char *cr = memchr (t + pos, '\r', (nl ? (gsize) (nl - t) : len) - pos);

  /* a CR before the first LF ends the line unless it is a CRLF's */
  if (cr != NULL)
    return ((gsize) (cr - t) + 1 < len && cr[1] == '\n') ? cr + 1 : cr;
  return nl;
}

void
ent_text_split_sentences (const char *text, gsize len, GArray *out)
{
  Spans spans;
  gsize pos = 0;
  gsize seg = G_MAXSIZE;   /* start of the pending paragraph segment */
  gboolean prev_terminal = TRUE;

  g_return_if_fail (out != NULL);
  if (text == NULL || len == 0)
    return;
  if (len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    pos = 3;
  spans.out = out;
  spans.n = 0;

  while (pos < len)
    {
      const char *nl = find_line_end (text, pos, len);
      gsize le = nl ? (gsize) (nl - text) : len;      /* line end (excl. \n) */
      gsize next = nl ? le + 1 : len;
      gboolean next_blank = TRUE, next_upper = FALSE;

      if (line_is_blank (text, pos, le))
        {
          if (seg != G_MAXSIZE)
            split_segment (text, seg, pos, &spans);
          seg = G_MAXSIZE;
          pos = next;
          continue;
        }

      if (next < len)
        {
          const char *nl2 = find_line_end (text, next, len);
          gsize le2 = nl2 ? (gsize) (nl2 - text) : len;
          next_blank = line_is_blank (text, next, le2);
          if (!next_blank)
            {
              gsize k = next;
              while (k < le2 && g_ascii_isspace (text[k]))
                k++;
              next_upper = k < le2 && !g_ascii_islower (text[k]);
            }
        }

      if (seg == G_MAXSIZE)
        seg = pos;

      if (line_stands_alone (text, pos, le, next_blank, next_upper))
        {
          /* A heading or caption after complete sentences stands alone; the
           * last line of a hard-wrapped sentence just ends it. */
          if (seg != pos && prev_terminal)
            split_segment (text, seg, pos, &spans), seg = pos;
          split_segment (text, seg, le, &spans);
          seg = G_MAXSIZE;
        }
      {
        gsize s = pos, e = le;
        line_trim (text, &s, &e);
        prev_terminal = ends_with_terminal (text, s, e);
      }
      pos = next;
    }
  if (seg != G_MAXSIZE)
    split_segment (text, seg, len, &spans);
  spans_flush (&spans);
}

/* ---------------------------------------------------------------------- */

static gboolean
line_is_byline (const char *t, gsize s, gsize e)
{
  gsize n = e - s;

  if (n >= 3 && g_ascii_strncasecmp (t + s, "by ", 3) == 0)
    return TRUE;
  /* "Name Surname - City" */
  for (gsize i = s; i + 2 < e; i++)
    if (t[i] == ' ' && (t[i + 1] == '-' || (guchar) t[i + 1] == 0xe2) && n < 60)
      return TRUE;
  return FALSE;
}

char *
ent_text_guess_title (const char *text, gsize len, const char *fallback)
{
  gsize pos = 0;
  guint lines = 0;

  if (text != NULL && len >= 3 && memcmp (text, "\xef\xbb\xbf", 3) == 0)
    pos = 3;
  while (text != NULL && pos < len && lines < 6)
    {
      const char *nl = find_line_end (text, pos, len);
      gsize s = pos, e = nl ? (gsize) (nl - text) : len;

      pos = nl ? e + 1 : len;
      line_trim (text, &s, &e);
      if (s >= e)
        continue;
      lines++;
      if (line_is_byline (text, s, e))
        continue;
      if (e - s <= 200 && !ends_with_terminal (text, s, e) && g_utf8_validate_len (text + s, e - s, NULL))
        return g_strndup (text + s, e - s);
      break;
    }
  return g_strdup (fallback ? fallback : "");
}

EntDocument *
ent_network_load_document (EntNetwork *net, const char *path, GError **error)
{
  g_autofree char *base = NULL;
  g_autofree char *title = NULL;
  char *text = NULL;
  gsize len = 0;
  EntDocument *doc;

  g_return_val_if_fail (net != NULL && path != NULL, NULL);

  if (!ent_text_load_file (path, &text, &len, error))
    return NULL;
  base = g_path_get_basename (path);
  title = ent_text_guess_title (text, len, base);
  doc = ent_network_add_document (net, path, title, text, len);
  if (doc->sentences == NULL)
    doc->sentences = g_array_new (FALSE, FALSE, sizeof (EntSpan));
  if (doc->sentences->len == 0)
    ent_text_split_sentences (doc->text, doc->len, doc->sentences);
  return doc;
}
