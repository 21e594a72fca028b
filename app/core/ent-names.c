/* ent-names.c: name normalisation, transliteration keys and edit distance. */
#define G_LOG_DOMAIN "entente-names"

#include "config.h"

#include <string.h>

#include "ent-names.h"

/* ent_name_fold() of any text: decomposed, marks dropped, lower case */
static char *
fold_general (const char *s, gssize len)
{
  g_autofree char *nfd = NULL;
  GString *out;
  const char *p;

  nfd = g_utf8_normalize (s, len, G_NORMALIZE_NFD);
  if (nfd == NULL)
    return g_ascii_strdown (s, len);
  out = g_string_sized_new (len);
  for (p = nfd; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType t = g_unichar_type (c);

      if (t == G_UNICODE_NON_SPACING_MARK || t == G_UNICODE_SPACING_MARK ||
          t == G_UNICODE_ENCLOSING_MARK)
        continue;
      if (c == 0x2019 || c == 0x2018 || c == 0x02bc || c == 0x02bf || c == 0x02be)
        c = '\'';
      else if (c == 0x2010 || c == 0x2011 || c == 0x2013)
        c = '-';
      else if (c == 0x0131)   /* dotless i */
        c = 'i';
      /* letters with a stroke do not decompose: "Đurić" is "Djuric"'s
       * "d", not a name starting with a vowel */
      else if (c == 0x0110 || c == 0x0111)
        c = 'd';
      else if (c == 0x0141 || c == 0x0142)
        c = 'l';
      else if (c == 0x00d8 || c == 0x00f8)
        c = 'o';
      else if (c == 0x0126 || c == 0x0127)
        c = 'h';
      else if (c == 0x00df)
        {
          g_string_append (out, "ss");
          continue;
        }
      c = g_unichar_tolower (c);
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

/* The characters of two bytes in UTF-8 that names outside ASCII mostly
 * hold: the Latin letters with diacritics ("São Tomé", "Chișinău") and the
 * combining marks. */
#define LATIN_FIRST 0xc0
#define LATIN_LAST  0x36f

typedef struct {
  guint8 len;     /* bytes of its fold; more than 2: not in the table */
  char   s[2];
} LatinFold;

/* fold_general() of each of those characters, worked out once.  Folding a
 * text character by character gives what fold_general() gives the whole:
 * decomposition keeps the letters in their order and only moves marks,
 * which are dropped. */
static const LatinFold *
latin_folds (void)
{
  static LatinFold table[LATIN_LAST - LATIN_FIRST + 1];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      for (gunichar c = LATIN_FIRST; c <= LATIN_LAST; c++)
        {
          char buf[8];
          gint n = g_unichar_to_utf8 (c, buf);
          g_autofree char *f = fold_general (buf, n);
          gsize fl = strlen (f);
          LatinFold *t = &table[c - LATIN_FIRST];

          t->len = (guint8) MIN (fl, 3);
          if (fl <= 2)
            memcpy (t->s, f, fl);
        }
      g_once_init_leave (&done, 1);
    }
  return table;
}

/* ent_name_fold() of @s (@len bytes) when it holds only ASCII other than
 * NUL and the characters of latin_folds(), else NULL */
static char *
fold_latin (const char *s, gsize len)
{
  const LatinFold *folds = latin_folds ();
  char *r = g_malloc (len + 1);
  char *o = r;

  for (gsize i = 0; i < len;)
    {
      guchar c = s[i];

      if (c < 0x80 && c != 0)
        {
          *o++ = g_ascii_tolower (c);
          i++;
          continue;
        }
      if (c >= 0xc2 && c <= 0xdf && i + 1 < len && ((guchar) s[i + 1] & 0xc0) == 0x80)
        {
          gunichar u = ((gunichar) (c & 0x1f) << 6) | ((guchar) s[i + 1] & 0x3f);

          if (u >= LATIN_FIRST && u <= LATIN_LAST && folds[u - LATIN_FIRST].len <= 2)
            {
              const LatinFold *f = &folds[u - LATIN_FIRST];

              memcpy (o, f->s, f->len);
              o += f->len;
              i += 2;
              continue;
            }
        }
      g_free (r);
      return NULL;
    }
  *o = '\0';
  return r;
}

char *
ent_name_fold (const char *s, gssize len)
{
  char *r;

  if (len < 0)
    len = strlen (s);
  /* Fast path: plain ASCII. */
  {
    gboolean ascii = TRUE;
    for (gssize i = 0; i < len; i++)
      if ((guchar) s[i] >= 0x80)
        {
          ascii = FALSE;
          break;
        }
    if (ascii)
      {
        r = g_strndup (s, len);
        for (char *q = r; *q; q++)
          *q = g_ascii_tolower (*q);
        return r;
      }
  }
  r = fold_latin (s, len);
  return r ? r : fold_general (s, len);
}

gboolean
ent_name_is_particle (const char *w)
{
  static const char * const particles[] = {
    "al", "el", "ul", "ad", "as", "ash", "an", "at", "az", "ar", "ad-", "al-", "el-",
  };
  for (guint i = 0; i < G_N_ELEMENTS (particles); i++)
    if (g_strcmp0 (w, particles[i]) == 0)
      return TRUE;
  return FALSE;
}

static inline gboolean
is_vowel (char c)
{
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

/* The skeleton of lower-case ASCII letters @s (length @n) into @out (room
 * for @n + 1 bytes). */
static void
skeleton_core (const char *s, gsize n, char *out)
{
  gsize o = 0;

  for (gsize i = 0; i < n; i++)
    {
      char c = s[i];
      char d = i + 1 < n ? s[i + 1] : '\0';
      char e = i + 2 < n ? s[i + 2] : '\0';
      char m = c;

      if (c == 's' && d == 'c' && e == 'h')
        { m = 's'; i += 2; }
      else if ((c == 's' || c == 'c') && d == 'h')
        { m = 's'; i++; }
      else if (c == 'k' && d == 'h')
        { m = 'h'; i++; }
      else if (c == 'g' && d == 'h')
        { m = 'k'; i++; }
      else if (c == 'd' && d == 'h')
        { m = 'd'; i++; }
      else if (c == 't' && d == 'h')
        { m = 't'; i++; }
      else if (c == 'p' && d == 'h')
        { m = 'f'; i++; }
      else if (c == 'z' && d == 'h')
        { m = 'j'; i++; }
      else if (c == 'd' && d == 'j')
        { m = 'j'; i++; }
      else if (c == 'o' && d == 'u')
        { m = 'u'; i++; }
      else if (c == 'q' || c == 'g' || c == 'c' || c == 'x')
        m = 'k';
      else if (c == 'w')
        m = 'v';
      else if (c == 'z')
        m = 's';
      else if (c == 'h' && i > 0 && !is_vowel (s[i - 1]))
        continue;   /* h after a consonant: Ahhmed, Muhhammad */

      if (is_vowel (m))
        m = 'a';
      if (o > 0 && out[o - 1] == m)
        continue;   /* doubled letters and vowel runs */
      out[o++] = m;
    }
  out[o] = '\0';
}

char *
ent_name_skeleton (const char *word, gssize len)
{
  char stack[128];
  g_autofree char *heap = NULL;
  g_autofree char *folded = NULL;
  const char *f = word;
  char *letters;
  gsize n = 0, flen;
  char *out;

  if (len < 0)
    len = strlen (word);
  for (gssize i = 0; i < len; i++)
    if ((guchar) word[i] >= 0x80)
      {
        folded = ent_name_fold (word, len);
        f = folded;
        len = strlen (folded);
        break;
      }
  flen = len;
  letters = flen < sizeof stack ? stack : (heap = g_malloc (flen + 1));
  /* letters only, lower case; "al-"/"el-" prefix dropped */
  for (gsize i = 0; i < flen; i++)
    {
      char c = f[i];
      if (g_ascii_isalpha (c))
        letters[n++] = g_ascii_tolower (c);
      else if (c == '-' && n == 2 &&
               ((letters[0] == 'a' && letters[1] == 'l') || (letters[0] == 'e' && letters[1] == 'l')))
        n = 0;   /* al-Assad, el-Sisi */
    }
  out = g_malloc (n + 1);
  skeleton_core (letters, n, out);
  return out;
}

char *
ent_name_consonants (const char *skeleton)
{
  GString *out = g_string_new (NULL);

  for (const char *p = skeleton; *p; p++)
    if (*p != 'a' && (out->len == 0 || out->str[out->len - 1] != *p))
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

guint
ent_name_distance (const char *a, const char *b, guint max)
{
  gsize la = strlen (a), lb = strlen (b);
  guint stack_rows[3 * 64];
  guint *rows;
  guint *r0, *r1, *r2;
  guint result;

  if ((la > lb ? la - lb : lb - la) > max)
    return max + 1;
  if (la == 0 || lb == 0)
    return MAX (la, lb) > max ? max + 1 : MAX (la, lb);

  /* (names are short: rows on the stack unless one is not) */
  rows = 3 * (lb + 1) <= G_N_ELEMENTS (stack_rows) ? stack_rows : g_new (guint, 3 * (lb + 1));
  r2 = rows;              /* i - 2 */
  r1 = rows + (lb + 1);   /* i - 1 */
  r0 = rows + 2 * (lb + 1);
  for (gsize j = 0; j <= lb; j++)
    r1[j] = j;
  for (gsize i = 1; i <= la; i++)
    {
      guint best = G_MAXUINT;
      r0[0] = i;
      for (gsize j = 1; j <= lb; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint v = MIN (MIN (r1[j] + 1, r0[j - 1] + 1), r1[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            v = MIN (v, r2[j - 2] + 1);
          r0[j] = v;
          best = MIN (best, v);
        }
      if (best > max)
        {
          if (rows != stack_rows)
            g_free (rows);
          return max + 1;
        }
      {
        guint *t = r2;
        r2 = r1;
        r1 = r0;
        r0 = t;
      }
    }
  result = r1[lb];
  if (rows != stack_rows)
    g_free (rows);
  return result > max ? max + 1 : result;
}

double
ent_name_word_similarity (const char *a, const char *b)
{
  g_autofree char *fa = ent_name_fold (a, -1);
  g_autofree char *fb = ent_name_fold (b, -1);
  g_autofree char *sa = NULL, *sb = NULL, *ca = NULL, *cb = NULL;
  gsize len;
  guint allowed;

  if (g_strcmp0 (fa, fb) == 0)
    return 1.0;
  if (MIN (strlen (fa), strlen (fb)) <= 3)
    return 0.0;   /* Ali, Ala, Alo: too short to tell spellings from names */
  sa = ent_name_skeleton (a, -1);
  sb = ent_name_skeleton (b, -1);
  if (sa[0] == '\0' || sb[0] == '\0')
    return 0.0;
  if (strcmp (sa, sb) == 0)
    return 0.9;
  /* First letters must agree (after the skeleton's mapping). */
  if (sa[0] != sb[0])
    return 0.0;
  len = MIN (strlen (sa), strlen (sb));
  allowed = len >= 8 ? 2 : len >= 5 ? 1 : 0;
  if (allowed > 0 && ent_name_distance (sa, sb, allowed) <= allowed)
    return 0.75;
  ca = ent_name_consonants (sa);
  cb = ent_name_consonants (sb);
  if (strlen (ca) >= 3 && strcmp (ca, cb) == 0)
    return 0.6;
  return 0.0;
}

/* A separator between the words of a name: spaces, tabs, hyphens
 * ("al-Assad" is "al" and "Assad") and commas */
static inline gboolean
name_sep (char c)
{
  return c == ' ' || c == '\t' || c == '-' || c == ',';
}

/* The words are found in place, not copied into an array of strings:
 * the gazetteer and the extractor ask for thousands of surnames, and
 * the copies were most of their cost. */
char *
ent_name_surname (const char *name)
{
  const char *p = name + strlen (name);

  /* from the last word back */
  while (p > name)
    {
      const char *e;
      while (p > name && name_sep (p[-1]))
        p--;
      e = p;
      while (p > name && !name_sep (p[-1]))
        p--;
      if (e > p)
        {
          g_autofree char *f = ent_name_fold (p, e - p);
          if (!ent_name_is_particle (f))
            return g_strndup (p, e - p);
        }
    }
  return NULL;
}

char *
ent_name_given (const char *name)
{
  const char *p = name, *s, *e;
  g_autofree char *f = NULL;

  while (*p && name_sep (*p))
    p++;
  s = p;
  while (*p && !name_sep (*p))
    p++;
  e = p;
  while (*p && name_sep (*p))
    p++;
  /* fewer than two words */
  if (e == s || *p == '\0')
    return NULL;
  f = ent_name_fold (s, e - s);
  if (ent_name_is_particle (f))
    return NULL;
  return g_strndup (s, e - s);
}
