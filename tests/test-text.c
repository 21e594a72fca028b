/* test-text.c: loading article text and splitting sentences. */
#define G_LOG_DOMAIN "test-text"

#include "config.h"

#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "ent-text.h"

/* Splits @text and returns the sentences as strings. */
static GPtrArray *
split (const char *text)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (EntSpan));
  GPtrArray *out = g_ptr_array_new_with_free_func (g_free);

  ent_text_split_sentences (text, strlen (text), spans);
  for (guint i = 0; i < spans->len; i++)
    {
      EntSpan *sp = &g_array_index (spans, EntSpan, i);
      g_assert_cmpuint (sp->start, <, sp->end);
      g_assert_cmpuint (sp->end, <=, strlen (text));
      g_ptr_array_add (out, g_strndup (text + sp->start, sp->end - sp->start));
    }
  return out;
}

static void
assert_split (const char *text, const char * const *expected)
{
  g_autoptr(GPtrArray) got = split (text);
  guint n = g_strv_length ((char **) expected);

  for (guint i = 0; i < MIN (n, got->len); i++)
    g_assert_cmpstr (g_ptr_array_index (got, i), ==, expected[i]);
  if (got->len != n)
    {
      for (guint i = 0; i < got->len; i++)
        g_printerr ("  [%u] %s\n", i, (char *) g_ptr_array_index (got, i));
    }
  g_assert_cmpuint (got->len, ==, n);
}

static void
test_split_basic (void)
{
  const char *exp[] = { "The talks ended on Monday.", "Both sides left Geneva!",
                        "Will they return?", NULL };
  assert_split ("The talks ended on Monday. Both sides left Geneva! Will they return?", exp);
}

static void
test_split_titles (void)
{
  const char *exp[] = { "Gen. Omar Basri met Maj. Lina Kaddour and Lt. Col. Rami Nassar in the capital.",
                        "Dr. Sami Aziz and Mr. Tarek Jalloul later joined Sen. Mary Dunn and Gov. Paul Ross at St. Mark's.",
                        NULL };
  assert_split ("Gen. Omar Basri met Maj. Lina Kaddour and Lt. Col. Rami Nassar in the capital. "
                "Dr. Sami Aziz and Mr. Tarek Jalloul later joined Sen. Mary Dunn and Gov. Paul Ross at St. Mark's.",
                exp);
}

static void
test_split_months_numbers (void)
{
  const char *exp[] = { "The ceasefire began on Jan. 5 and collapsed by Feb. 20, 2020.",
                        "Prices rose 3.5 percent in 2019.", "Talks resume on Dec. 1.", NULL };
  assert_split ("The ceasefire began on Jan. 5 and collapsed by Feb. 20, 2020. "
                "Prices rose 3.5 percent in 2019. Talks resume on Dec. 1.", exp);
}

static void
test_split_lost_spaces (void)
{
  /* copy pasted from the web loses spaces after sentences: a lower-case
   * or capitalised word, its period and a capitalised word break; an
   * address, a decimal and an acronym do not */
  const char *exp[] = { "Troops pushed them back with tear gas.", "Warsaw accused Minsk of staging the crisis.",
                        "\"We will not yield,\" the minister said.",
                        "Officials at example.org and U.S.Army units saw 3.5 percent more crossings near Kuznica.",
                        "Eventually the camp was cleared.", NULL };
  assert_split ("Troops pushed them back with tear gas.Warsaw accused Minsk of staging the crisis. "
                "\"We will not yield,\" the minister said.Officials at example.org and U.S.Army units saw "
                "3.5 percent more crossings near Kuznica.Eventually the camp was cleared.", exp);
}

static void
test_split_acronyms (void)
{
  const char *exp[] = { "The U.S. Treasury and the U.N. Security Council acted, as did U.K. and E.U. envoys.",
                        "Aid arrived from the U.S.", "The convoy then left.", NULL };
  assert_split ("The U.S. Treasury and the U.N. Security Council acted, as did U.K. and E.U. envoys. "
                "Aid arrived from the U.S. The convoy then left.", exp);
}

static void
test_split_initials (void)
{
  const char *exp[] = { "George H. W. Bush spoke first.", "J. R. Ewing did not.", NULL };
  assert_split ("George H. W. Bush spoke first. J. R. Ewing did not.", exp);
}

static void
test_split_quotes (void)
{
  const char *exp[] = { "\"We will not retreat.\"", "The minister left.",
                        "\u201cIs this a truce?\u201d he asked.", NULL };
  assert_split ("\"We will not retreat.\" The minister left. \u201cIs this a truce?\u201d he asked.", exp);
}

static void
test_split_quote_spanning (void)
{
  /* A quote spanning several sentences, then an unclosed quote: neither
   * swallows what follows. */
  const char *exp[] = { "\"The siege is over.", "We have won.", "Nobody doubts it,\" he said.",
                        "\"The road is open.", "Trucks moved in.", "A final one.", NULL };
  assert_split ("\"The siege is over. We have won. Nobody doubts it,\" he said. "
                "\"The road is open. Trucks moved in.\n\nA final one.", exp);
}

static void
test_split_paragraphs_and_headings (void)
{
  const char *exp[] = { "Jane Roe - Khartoum", "Fighting Spreads Across Darfur",
                        "Clashes broke out in the west", "A burned market in El Fasher (Reuters)",
                        "The army blamed the militia.", "By John Smith", "Talks stalled.", NULL };
  assert_split ("Jane Roe - Khartoum\n\nFighting Spreads Across Darfur\n"
                "Clashes broke out in the west\n\n"
                "A burned market in El Fasher (Reuters)\n"
                "The army blamed the militia.\nBy John Smith\n\nTalks stalled.", exp);
}

static void
test_split_wrapped (void)
{
  const char *exp[] = { "The council met on Sunday to discuss the\nfuture of the northern provinces and the\nrole of foreign troops.",
                        "It adjourned.", NULL };
  assert_split ("The council met on Sunday to discuss the\nfuture of the northern provinces and the\n"
                "role of foreign troops. It adjourned.", exp);
}

static void
test_split_long_headline (void)
{
  /* a headline longer than a short line still stands alone when nearly
   * all its longer words are capitalised; a wrapped line of prose of the
   * same length does not */
  const char *exp[] = { "Chad's Leader Alarmed by Growing Niger-Nigeria Border Tensions Over Lake",
                        "President Deby said the dispute between the two neighbours was dangerous.",
                        NULL };
  const char *exp2[] = { "The ministers of the three countries met in the capital with Chad's\n"
                         "President Deby and agreed on a joint patrol of the border.", NULL };
  assert_split ("Chad's Leader Alarmed by Growing Niger-Nigeria Border Tensions Over Lake\n"
                "President Deby said the dispute between the two neighbours was dangerous.", exp);
  assert_split ("The ministers of the three countries met in the capital with Chad's\n"
                "President Deby and agreed on a joint patrol of the border.", exp2);
}

static void
test_split_offsets_crlf_bom (void)
{
  const char *text = "\xef\xbb\xbfHeadline Here\r\n\r\nFirst one. Second one.\r\nThird.\r\n";
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (EntSpan));
  EntSpan *sp;

  ent_text_split_sentences (text, strlen (text), spans);
  g_assert_cmpuint (spans->len, ==, 4);
  sp = &g_array_index (spans, EntSpan, 0);
  g_assert_cmpuint (sp->start, ==, 3);
  g_assert_cmpuint (sp->end, ==, 16);
  sp = &g_array_index (spans, EntSpan, 1);
  g_assert_cmpuint (sp->start, ==, 20);
  g_assert_cmpuint (sp->end, ==, 30);
  sp = &g_array_index (spans, EntSpan, 2);
  g_assert_cmpuint (sp->start, ==, 31);
  g_assert_cmpuint (sp->end, ==, 42);
  sp = &g_array_index (spans, EntSpan, 3);
  g_assert_cmpuint (sp->start, ==, 44);
  g_assert_cmpuint (sp->end, ==, 50);
  g_assert_true (strncmp (text + sp->start, "Third.", 6) == 0);
}

static void
test_split_long_line (void)
{
  gsize n = 200000;
  g_autofree char *text = g_malloc (n + 1);
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (EntSpan));
  gsize prev = 0;

  for (gsize i = 0; i < n; i++)
    text[i] = (i % 7 == 6) ? ' ' : 'a' + (i % 5);
  text[n] = '\0';
  ent_text_split_sentences (text, n, spans);
  g_assert_cmpuint (spans->len, >=, n / 2000);
  for (guint i = 0; i < spans->len; i++)
    {
      EntSpan *sp = &g_array_index (spans, EntSpan, i);
      g_assert_cmpuint (sp->end - sp->start, <=, 2000);
      g_assert_cmpuint (sp->start, >=, prev);
      prev = sp->end;
    }
  /* covers the text: the last sentence ends at the end */
  g_assert_cmpuint (prev, ==, n);
}

static char *
write_tmp (const char *name, const char *data, gsize len)
{
  g_autoptr(GError) error = NULL;
  char *path = g_build_filename (g_get_tmp_dir (), name, NULL);

  g_file_set_contents (path, data, len, &error);
  g_assert_no_error (error);
  return path;
}

static void
expect_load_error (const char *name, const char *data, gsize len, const char *msg)
{
  g_autofree char *path = write_tmp (name, data, len);
  g_autoptr(GError) error = NULL;
  char *text = NULL;
  gsize tlen = 0;

  g_assert_false (ent_text_load_file (path, &text, &tlen, &error));
  g_assert_nonnull (error);
  if (strstr (error->message, msg) == NULL)
    g_error ("expected '%s', got '%s'", msg, error->message);
  g_assert_null (text);
  g_unlink (path);
}

static void
test_load_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *pid = g_strdup_printf ("ent-text-%d", (int) getpid ());
  g_autofree char *n1 = g_strconcat (pid, "-empty.txt", NULL);
  g_autofree char *n2 = g_strconcat (pid, "-ws.txt", NULL);
  g_autofree char *n3 = g_strconcat (pid, "-nul.txt", NULL);
  g_autofree char *n4 = g_strconcat (pid, "-png.txt", NULL);
  g_autofree char *n5 = g_strconcat (pid, "-bad.txt", NULL);
  char *text = NULL;
  gsize len;

  g_assert_false (ent_text_load_file ("/nonexistent/entente/none.txt", &text, &len, &error));
  g_assert_nonnull (strstr (error->message, "no such file"));
  g_clear_error (&error);

  g_assert_false (ent_text_load_file (g_get_tmp_dir (), &text, &len, &error));
  g_assert_nonnull (strstr (error->message, "directory"));
  g_clear_error (&error);

  expect_load_error (n1, "", 0, "no text");
  expect_load_error (n2, " \n\t\r\n ", 6, "no text");
  expect_load_error (n3, "abc\0def", 7, "binary data, not text");
  expect_load_error (n4, "\x89PNG\r\n\x1a\nxx", 10, "binary data, not text");
  expect_load_error (n5, "Good text \xc3\x28 here", 16, "invalid UTF-8 at byte 10");
}

static void
test_load_utf16 (void)
{
  /* "Hi. Ok." in UTF-16LE with a BOM */
  const char data[] = "\xff\xfeH\0i\0.\0 \0O\0k\0.\0";
  g_autofree char *name = g_strdup_printf ("ent-text-%d-u16.txt", (int) getpid ());
  g_autofree char *path = write_tmp (name, data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize len = 0;

  g_assert_true (ent_text_load_file (path, &text, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Hi. Ok.");
  g_assert_cmpuint (len, ==, 7);
  g_unlink (path);
}

static void
test_load_ok_bom (void)
{
  const char data[] = "\xef\xbb\xbfTitle line\n\nBody text.";
  g_autofree char *name = g_strdup_printf ("ent-text-%d-bom.txt", (int) getpid ());
  g_autofree char *path = write_tmp (name, data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  gsize len = 0;

  g_assert_true (ent_text_load_file (path, &text, &len, &error));
  g_assert_cmpuint (len, ==, sizeof data - 1);
  g_assert_cmpmem (text, len, data, sizeof data - 1);
  title = ent_text_guess_title (text, len, "x");
  g_assert_cmpstr (title, ==, "Title line");
  g_unlink (path);
}

static void
test_title_skips_byline (void)
{
  const char *t = "Jane Roe - Khartoum\n\nArmy Retakes the Bridge\n\nThe army said.";
  g_autofree char *title = ent_text_guess_title (t, strlen (t), "fallback");
  g_autofree char *t2 = ent_text_guess_title ("Just a sentence.", 16, "fallback");

  g_assert_cmpstr (title, ==, "Army Retakes the Bridge");
  g_assert_cmpstr (t2, ==, "fallback");
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/text/split/basic", test_split_basic);
  g_test_add_func ("/text/split/titles", test_split_titles);
  g_test_add_func ("/text/split/months-numbers", test_split_months_numbers);
  g_test_add_func ("/text/split/acronyms", test_split_acronyms);
  g_test_add_func ("/text/split/lost-spaces", test_split_lost_spaces);
  g_test_add_func ("/text/split/initials", test_split_initials);
  g_test_add_func ("/text/split/quotes", test_split_quotes);
  g_test_add_func ("/text/split/quote-spanning", test_split_quote_spanning);
  g_test_add_func ("/text/split/paragraphs-headings", test_split_paragraphs_and_headings);
  g_test_add_func ("/text/split/wrapped", test_split_wrapped);
  g_test_add_func ("/text/split/long-headline", test_split_long_headline);
  g_test_add_func ("/text/split/offsets-crlf-bom", test_split_offsets_crlf_bom);
  g_test_add_func ("/text/split/long-line", test_split_long_line);
  g_test_add_func ("/text/load/errors", test_load_errors);
  g_test_add_func ("/text/load/utf16", test_load_utf16);
  g_test_add_func ("/text/load/bom", test_load_ok_bom);
  g_test_add_func ("/text/title", test_title_skips_byline);
  return g_test_run ();
}
